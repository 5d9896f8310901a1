// What the invitations-and-reminders section and its email-text editor say, in both languages.

import type { Language } from '../../components/language-switch';
import type { MailKind } from '../../../server/http/api-types';
import type { Placeholder } from '../../../server/domain/campaigns/email-template';

const people = (n: number) => (n === 1 ? '1 person' : `${n} people`);

const PLACEHOLDER_HELP = {
  name: 'the person’s name from the staff list (may be empty)',
  link: 'their personal survey link; required, and outside any optional section',
  organization: 'the organization’s name',
  campaign: 'the campaign’s name',
  closes: 'the last day to answer, written out in the reader’s language (empty without a closing date)',
  minutes: 'about how many minutes the survey takes, estimated for the reader’s language',
} satisfies Record<Placeholder, string>;

const EN = {
  heading: 'Invitations and reminders',
  draft:
    'Personal links go out once the campaign is opened, because its settings are fixed then. Until then you can prepare the staff list and the email texts.',
  scheduled: 'The survey opens later: links sent now start working on the opening day.',
  closed: 'The campaign has closed: no more invitations or reminders can be sent.',
  counts: (listed: number, sent: number, notYetSent: number) =>
    `${people(listed)} on the staff list: ${sent} sent a link, ${notYetSent} not yet.`,
  deliveryFailures: (n: number) =>
    `${n === 1 ? '1 email' : `${n} emails`} could not be delivered; the staff list shows why, next to each address.`,
  sendInvitations: (n: number) => `Send invitations to ${people(n)}`,
  sendReminders: 'Send reminders to everyone who has not answered',
  confirmInvitations: (n: number) => `Email a personal survey link to ${people(n)} now?`,
  confirmReminders:
    'Email a reminder, with their personal link, to everyone who was invited and has not answered yet?',
  progress: (sent: number, total: number, failed: number) =>
    `Sending… ${sent} of ${total} sent, ${failed} failed.`,
  finished: {
    invitation: (sent: number, total: number) => `Invitations sent: ${sent} of ${total}.`,
    reminder: (sent: number, total: number) => `Reminders sent: ${sent} of ${total}.`,
  } satisfies Record<MailKind, (sent: number, total: number) => string>,
  startedAt: (when: string) => `Started ${when}.`,
  plannedMailing: 'A planned reminder.',
  interrupted: {
    invitation: (sent: number, total: number) =>
      `Sending invitations stopped when the server was restarted: ${sent} of ${total} sent.`,
    reminder: (sent: number, total: number) =>
      `Sending reminders stopped when the server was restarted: ${sent} of ${total} sent.`,
  } satisfies Record<MailKind, (sent: number, total: number) => string>,
  uncertain: (n: number) =>
    `${n === 1 ? '1 email was' : `${n} emails were`} with the mail server when it stopped and may have arrived; ${n === 1 ? 'it is' : 'they are'} counted as sent and will not be sent again.`,
  skipped: (n: number) =>
    `${people(n)} answered or left the list meanwhile and ${n === 1 ? 'was' : 'were'} passed over.`,
  leftToSend: (n: number) => `${people(n)} still to send to.`,
  resume: 'Resume sending',
  confirmResume:
    'Send the rest of this mailing now? Only those it has not reached yet get an email, each with a fresh personal link.',
  failures: (n: number) => `Not delivered (${n}):`,
  failure: (email: string, reason: string) => `${email} — ${reason}`,
  noMailServer:
    'No mail server is set up for Groundwork (the SMTP_URL setting), so it cannot send the emails itself. Download the links instead and send them with your own mail tool, for example a mail merge.',
  ownTool: 'Prefer your own mail tool?',
  downloadInvitations: 'Download invitation links (CSV)',
  downloadReminders: 'Download reminder links (CSV)',
  downloadHelp:
    'The invitation file lists everyone not yet sent a link; the reminder file, everyone sent one who has not answered. Each row holds the address, name, personal link and a ready-written subject and message. Every download issues fresh personal links (earlier ones keep working) and counts those people as sent.',
  preparing: 'Preparing the file…',
  downloaded: (filename: string) => `Saved ${filename}.`,
  // The email-text editor
  editTexts: 'Edit the email texts',
  editHelp: 'Each person gets the text in the language the staff list gives for them.',
  editClosed: 'The campaign has closed: its email texts can no longer change.',
  kinds: { invitation: 'Invitation', reminder: 'Reminder' } satisfies Record<MailKind, string>,
  subject: 'Subject',
  body: 'Message',
  placeholders: 'Placeholders',
  placeholderHelp: PLACEHOLDER_HELP,
  optionalSections:
    'Text between [[ and ]] is an optional section: it is left out whole when a placeholder inside it is empty, so "Hello[[ {{name}}]]," reads "Hello," for someone listed without a name.',
  save: { invitation: 'Save the invitation text', reminder: 'Save the reminder text' } satisfies Record<
    MailKind,
    string
  >,
  saving: 'Saving…',
  saved: 'Saved.',
  unsaved: 'Not saved yet.',
  fixFields: 'Nothing was saved: fix the fields marked below.',
  /** The server's messages read on from the field's name: "Message must contain {{link}}…". */
  fieldError: (field: string, message: string) => `${field} ${message}`,
};

export type SendingText = typeof EN;

export const SENDING_TEXT = {
  en: EN,
  'zh-cn': {
    heading: '邀请与提醒',
    draft:
      '调查活动开启后才能发送专属链接，因为各项设置在开启时才会确定。在此之前，可以先准备员工名单和邮件内容。',
    scheduled: '问卷尚未到开始日期：现在发出的链接将在开始当天生效。',
    closed: '本次调查已结束，不能再发送邀请或提醒。',
    counts: (listed: number, sent: number, notYetSent: number) =>
      `员工名单共 ${listed} 人：已发送链接 ${sent} 人，尚未发送 ${notYetSent} 人。`,
    deliveryFailures: (n: number) => `有 ${n} 封邮件投递失败，原因见员工名单中对应的邮箱地址。`,
    sendInvitations: (n: number) => `向 ${n} 人发送邀请`,
    sendReminders: '向所有尚未作答的人发送提醒',
    confirmInvitations: (n: number) => `现在就向 ${n} 人发送专属问卷链接吗？`,
    confirmReminders: '现在就向所有已邀请但尚未作答的人发送提醒邮件（附各自的专属链接）吗？',
    progress: (sent: number, total: number, failed: number) =>
      `正在发送… 已发送 ${sent}/${total}，失败 ${failed} 封。`,
    finished: {
      invitation: (sent: number, total: number) => `邀请已发送：${sent}/${total}。`,
      reminder: (sent: number, total: number) => `提醒已发送：${sent}/${total}。`,
    },
    startedAt: (when: string) => `开始于 ${when}。`,
    plannedMailing: '此次为按计划自动发送的提醒。',
    interrupted: {
      invitation: (sent: number, total: number) => `服务器重启时邀请发送被中断：已发送 ${sent}/${total}。`,
      reminder: (sent: number, total: number) => `服务器重启时提醒发送被中断：已发送 ${sent}/${total}。`,
    },
    uncertain: (n: number) =>
      `中断时有 ${n} 封邮件正交给邮件服务器，可能已送达；这些邮件记为已发送，不会重复发送。`,
    skipped: (n: number) => `其间有 ${n} 人已作答或已从名单中移除，不再向其发送。`,
    leftToSend: (n: number) => `尚有 ${n} 人待发送。`,
    resume: '继续发送',
    confirmResume: '现在就发送本次邮件的剩余部分吗？只有尚未收到的人会收到邮件，每人附一个新的专属链接。',
    failures: (n: number) => `投递失败（${n}）：`,
    failure: (email: string, reason: string) => `${email}：${reason}`,
    noMailServer:
      '本系统尚未配置邮件服务器（SMTP_URL 设置），无法自行发送邮件。请下载链接文件，用您自己的邮件工具发送，例如邮件合并。',
    ownTool: '想用自己的邮件工具发送？',
    downloadInvitations: '下载邀请链接（CSV）',
    downloadReminders: '下载提醒链接（CSV）',
    downloadHelp:
      '邀请文件包含所有尚未发送过链接的人；提醒文件包含已发送链接但尚未作答的人。每行包括邮箱、姓名、专属链接，以及写好的邮件主题和正文。每次下载都会生成新的专属链接（之前的链接仍然有效），并将这些人记为已发送。',
    preparing: '正在生成文件…',
    downloaded: (filename: string) => `已保存 ${filename}。`,
    editTexts: '编辑邮件内容',
    editHelp: '每个人收到的邮件语言，以员工名单中为其填写的语言为准。',
    editClosed: '本次调查已结束，邮件内容不能再修改。',
    kinds: { invitation: '邀请邮件', reminder: '提醒邮件' },
    subject: '主题',
    body: '正文',
    placeholders: '占位符',
    placeholderHelp: {
      name: '员工名单中的姓名（可能为空）',
      link: '此人的专属问卷链接；必须填写，且不能放在可选段落中',
      organization: '组织名称',
      campaign: '调查活动名称',
      closes: '截止日期，按收件人的语言写出（未设截止日期时为空）',
      minutes: '填写问卷大约需要的分钟数，按收件人的语言估算',
    },
    optionalSections:
      '[[ 和 ]] 之间的文字是可选段落：只要其中任何一个占位符为空，整段就会省略。例如“[[{{name}}，]]您好！”在名单中没有姓名时显示为“您好！”。',
    save: { invitation: '保存邀请邮件', reminder: '保存提醒邮件' },
    saving: '正在保存…',
    saved: '已保存。',
    unsaved: '尚未保存。',
    fixFields: '未保存：请修改下方标出的内容。',
    fieldError: (field: string, message: string) => `${field}：${message}`,
  },
} satisfies Record<Language, SendingText>;
