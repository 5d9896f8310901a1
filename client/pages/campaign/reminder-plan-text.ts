// What the planned-reminders part of the sending section says, in both languages.

import type { Language } from '../../components/language-switch';
import type { ReminderVia } from './chat-types';

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

const EN = {
  heading: 'Planned reminders',
  help: 'Planned reminders go out by themselves while the campaign is open, each the ways chosen: by email to everyone sent a link who has not answered yet, and into the chat channels (with a group’s progress where it is large enough to show). Each goes out once. If several fall due while the server is stopped, only the latest is sent when it starts again, late; the others are marked as passed over.',
  draft: 'Reminders planned now go out only once the campaign is open.',
  closed: 'The campaign has closed: planned reminders will not go out.',
  empty: 'No reminders are planned.',
  line: (planned: string, outcome: string) => `${planned} — ${outcome}`,
  afterDays: (n: number) => `${days(n)} after the invitations`,
  onDay: (when: string) => `On ${when}`,
  dueAt: (when: string) => `due ${when}`,
  toGo: 'not sent yet',
  waitsForInvitations: 'counted from the first invitations, by email or the chat announcement',
  next: (when: string) => `Next reminder: ${when}.`,
  sent: (when: string) => `sent ${when}`,
  sentWith: (when: string, counts: string) => `sent ${when}: ${counts}`,
  mailingCounts: (sent: number, total: number, failed: number) =>
    failed > 0 ? `${sent} of ${total} sent, ${failed} failed` : `${sent} of ${total} sent`,
  mailingSending: 'sending now',
  mailingInterrupted: 'interrupted: see the mailing below',
  superseded: (when: string) => `passed over ${when}: a later reminder fell due at the same time`,
  nobodyWaiting: (when: string) => `not sent ${when}: everyone sent a link had answered`,
  remove: 'Remove',
  removeLabel: (what: string) => `Remove the reminder ${what}`,
  add: 'Add a reminder',
  kindDays: 'Days after the invitations',
  kindDate: 'On a date (at 9:00 your time)',
  daysLabel: 'Days',
  dateLabel: 'Date',
  addButton: 'Add to the plan',
  adding: 'Adding…',
  dateMissing: 'Choose a date.',
  and: '; ',
  chatCounts: (sent: number, failed: number, uncertain: number) =>
    `chat: posted to ${sent === 1 ? '1 channel' : `${sent} channels`}` +
    (failed > 0 ? `, ${failed} failed` : '') +
    (uncertain > 0 ? `, ${uncertain} uncertain` : ''),
  chatSending: 'chat: posting now',
  viaLegend: 'Send by',
  via: { email: 'Email', chat: 'Chat' } satisfies Record<ReminderVia, string>,
  viaLine: (via: readonly ReminderVia[]): string =>
    via.includes('email') && via.includes('chat')
      ? '(by email and in chat)'
      : via.includes('chat')
        ? '(in chat)'
        : '(by email)',
  viaMissing: 'Choose email, chat or both.',
  chatOnly: 'Reminders are posted in the chat channels: no mail server is set up.',
};

export type ReminderPlanText = typeof EN;

export const REMINDER_PLAN_TEXT = {
  en: EN,
  'zh-cn': {
    heading: '计划中的提醒',
    help: '在调查开放期间，计划中的提醒会按所选方式自动发出：通过邮件发给所有已收到链接但尚未作答的人，和/或发到群聊渠道（人数足够多的群会附上作答进度）。每次提醒只发送一次。如果服务器停止期间有多次提醒到期，重新启动后只会补发最近的一次，其余的标记为已略过。',
    draft: '现在安排的提醒要等调查开启后才会发送。',
    closed: '本次调查已结束，计划中的提醒不会再发送。',
    empty: '尚未安排任何提醒。',
    line: (planned: string, outcome: string) => `${planned}：${outcome}`,
    afterDays: (n: number) => `邀请发出 ${n} 天后`,
    onDay: (when: string) => `定于 ${when}`,
    dueAt: (when: string) => `预定 ${when} 发送`,
    toGo: '尚未发送',
    waitsForInvitations: '从首次发出邀请（邮件或群聊邀请消息）时起算',
    next: (when: string) => `下一次提醒：${when}。`,
    sent: (when: string) => `已于 ${when} 发送`,
    sentWith: (when: string, counts: string) => `已于 ${when} 发送，${counts}`,
    mailingCounts: (sent: number, total: number, failed: number) =>
      failed > 0 ? `已发送 ${sent}/${total}，失败 ${failed} 封` : `已发送 ${sent}/${total}`,
    mailingSending: '正在发送',
    mailingInterrupted: '发送中断，详见下方的发送情况',
    superseded: (when: string) => `已于 ${when} 略过：同时有更晚的一次提醒到期`,
    nobodyWaiting: (when: string) => `${when} 未发送：收到链接的人都已作答`,
    remove: '删除',
    removeLabel: (what: string) => `删除提醒：${what}`,
    add: '添加提醒',
    kindDays: '邀请发出后若干天',
    kindDate: '指定日期（您所在时区上午 9:00）',
    daysLabel: '天数',
    dateLabel: '日期',
    addButton: '加入计划',
    adding: '正在添加…',
    dateMissing: '请选择日期。',
    and: '；',
    chatCounts: (sent: number, failed: number, uncertain: number) =>
      `群聊：已发到 ${sent} 个渠道` +
      (failed > 0 ? `，${failed} 个失败` : '') +
      (uncertain > 0 ? `，${uncertain} 个不确定` : ''),
    chatSending: '群聊：正在发送',
    viaLegend: '发送方式',
    via: { email: '邮件', chat: '群聊' },
    viaLine: (via: readonly ReminderVia[]): string =>
      via.includes('email') && via.includes('chat')
        ? '（邮件和群聊）'
        : via.includes('chat')
          ? '（群聊）'
          : '（邮件）',
    viaMissing: '请至少选择邮件或群聊中的一种。',
    chatOnly: '未设置邮件服务器，提醒将发到群聊渠道。',
  },
} satisfies Record<Language, ReminderPlanText>;
