// What the campaign page's workplace-chat section says, in both languages. Platform names come from
// chat-platform-text.ts.

import type { Language } from '../../components/language-switch';
import type { ChatDeliveryState, ChatInvite, ChatPlatformId, ChatPostKind } from './chat-types';

const channels = (n: number) => (n === 1 ? '1 channel' : `${n} channels`);

const EN = {
  heading: 'Workplace chat',
  intro:
    'Post the survey, reminders and the closing notice into your teams’ group chats through a group robot or incoming webhook. Each channel posts into one department’s group, or into a group for the whole campaign. Messages never say who has answered.',
  unavailable:
    'This server cannot keep webhook addresses secret yet, so no chat channel can be added. Whoever runs Groundwork needs to set the SECRETS_KEY setting first.',
  loading: 'Loading the chat channels…',
  empty: 'No chat channels yet.',
  channels: 'Chat channels',
  platform: 'Platform',
  name: 'Name',
  department: 'Department',
  answers: 'How people answer',
  address: 'Webhook',
  signed: 'Signed',
  addedOn: 'Added',
  actions: 'Actions',
  wholeCampaign: 'Whole campaign',
  unknownDepartment: 'Unknown department',
  invite: { link: 'Shared link', 'access-code': 'Access code' } satisfies Record<ChatInvite, string>,
  yes: 'Yes',
  no: 'No',
  sendTest: 'Send test message',
  remove: 'Remove',
  forChannel: (label: string) => ` (${label})`,
  confirmRemove: (label: string) =>
    `Remove the channel “${label}”? Its webhook address is forgotten; to post there again you would add it anew.`,
  // Posting
  posts: 'Post to every channel',
  postsHelp:
    'The announcement carries each department’s link (or where to enter an access code); a reminder adds how far the group has come, only where it is large enough to show; the closing notice thanks everyone once the campaign has closed.',
  postButton: {
    announcement: 'Post announcement',
    reminder: 'Post reminder',
    closing: 'Post closing notice',
  } satisfies Record<Exclude<ChatPostKind, 'test'>, string>,
  confirmPost: (what: string, n: number) => `${what} to ${channels(n)} now?`,
  notOpen: 'The announcement and reminders can be posted once the campaign is open.',
  notClosed: 'The closing notice can be posted once the campaign has closed.',
  // The add form
  addHeading: 'Add a channel',
  platformHelp: {
    feishu:
      'In the Feishu group: Settings → Bots → Add Bot → Custom Bot. Copy its webhook address. If you tick “Set signature verification” under its security settings, copy the secret shown there too.',
    lark: 'In the Lark group: Settings → Bots → Add Bot → Custom Bot. Copy its webhook address, and the secret if you turn on signature verification.',
    dingtalk:
      'In the DingTalk group: Group settings → Bots → Add Robot → Custom. Choose “Additional signature” as its security setting and copy the secret beginning with SEC, then the webhook address.',
    wecom:
      'In the WeCom group: the “…” menu → Group robots → Add → New robot. Copy its webhook address; WeCom group robots have no signing secret.',
    slack:
      'In Slack: an app with Incoming Webhooks switched on → Add New Webhook to Workspace → choose the channel. Copy the address; Slack webhooks have no signing secret.',
    teams:
      'In Microsoft Teams: the channel’s Workflows → “Post to a channel when a webhook request is received”. Copy the address the workflow gives; it has no signing secret.',
  } satisfies Record<ChatPlatformId, string>,
  label: 'Name',
  labelHint: 'For you to tell channels apart, for example “Sales team group”.',
  postsInto: 'Posts into the group of',
  answerHow: 'How this group’s people answer',
  answerLink: 'With the shared link the message carries',
  answerCode: 'With an access code each person was handed',
  webhook: 'Webhook address',
  webhookHint:
    'Anyone holding this address can post into the group: it is stored sealed and never shown again.',
  secret: 'Signing secret (if you turned signing on)',
  secretHint: 'Also stored sealed and never shown again.',
  add: 'Add channel',
  adding: 'Adding…',
  added: (label: string) => `Added “${label}”. Send it a test message to check that it reaches the group.`,
  // The latest post
  latest: 'Latest post',
  kind: {
    test: 'Test message',
    announcement: 'Announcement',
    reminder: 'Reminder',
    closing: 'Closing notice',
  } satisfies Record<ChatPostKind, string>,
  startedAt: (what: string, when: string) => `${what}, started ${when}.`,
  planned: 'Sent by a planned reminder.',
  progress: (done: number, total: number) => `Posting… ${done} of ${channels(total)} done.`,
  finished: (sent: number, total: number) => `Posted to ${sent} of ${channels(total)}.`,
  interrupted: (sent: number, maybe: number, total: number) =>
    `This stopped before the end (a restart, say): posted to ${sent} of ${channels(total)}` +
    (maybe > 0 ? `; ${maybe} may have been posted` : '') +
    '. Nothing of it is sent again; the table shows each channel.',
  results: 'Result per channel',
  channel: 'Channel',
  state: 'Result',
  attempts: 'Attempts',
  error: 'The platform’s answer',
  states: {
    waiting: 'Waiting',
    claimed: 'Posting',
    sent: 'Sent',
    failed: 'Failed',
    uncertain: 'May have been posted',
    'not-sent': 'Not sent',
  } satisfies Record<ChatDeliveryState, string>,
};

export type ChatText = typeof EN;

export const CHAT_TEXT = {
  en: EN,
  'zh-cn': {
    heading: '工作群聊',
    intro:
      '通过群机器人或传入 Webhook，把调查邀请、提醒和结束通知发到各团队的群聊里。每个渠道发到一个部门的群，或整个调查范围的群。消息中不会透露谁已作答。',
    unavailable:
      '本服务器暂时无法加密保存 Webhook 地址，因此不能添加群聊渠道。请 Groundwork 的管理员先设置 SECRETS_KEY。',
    loading: '正在加载群聊渠道…',
    empty: '尚未添加群聊渠道。',
    channels: '群聊渠道',
    platform: '平台',
    name: '名称',
    department: '发往部门',
    answers: '作答方式',
    address: 'Webhook 地址',
    signed: '签名',
    addedOn: '添加日期',
    actions: '操作',
    wholeCampaign: '整个调查',
    unknownDepartment: '未知部门',
    invite: { link: '共享链接', 'access-code': '访问码' },
    yes: '是',
    no: '否',
    sendTest: '发送测试消息',
    remove: '删除',
    forChannel: (label: string) => `（${label}）`,
    confirmRemove: (label: string) =>
      `确定删除渠道“${label}”吗？其 Webhook 地址将被清除，以后要再发到该群需重新添加。`,
    posts: '发到所有渠道',
    postsHelp:
      '邀请消息附上各部门的链接（或访问码的填写入口）；提醒会附上该群的作答进度，但仅限人数足够公开的群；调查结束后，结束通知向大家致谢。',
    postButton: { announcement: '发送邀请消息', reminder: '发送提醒', closing: '发送结束通知' },
    confirmPost: (what: string, n: number) => `现在向 ${n} 个渠道${what}吗？`,
    notOpen: '调查开启后才能发送邀请消息和提醒。',
    notClosed: '调查结束后才能发送结束通知。',
    addHeading: '添加渠道',
    platformHelp: {
      feishu:
        '在飞书群中：设置 → 群机器人 → 添加机器人 → 自定义机器人，复制其 Webhook 地址。如在安全设置中勾选了“签名校验”，请一并复制显示的密钥。',
      lark: '在 Lark 群中：设置 → 群机器人 → 添加机器人 → 自定义机器人，复制 Webhook 地址；如开启了签名校验，也请复制密钥。',
      dingtalk:
        '在钉钉群中：群设置 → 机器人 → 添加机器人 → 自定义。安全设置选择“加签”，复制以 SEC 开头的密钥，再复制 Webhook 地址。',
      wecom:
        '在企业微信群中：右上角“…”→ 群机器人 → 添加 → 新创建机器人，复制其 Webhook 地址；企业微信群机器人没有签名密钥。',
      slack:
        '在 Slack 中：在已开启 Incoming Webhooks 的应用里选择“Add New Webhook to Workspace”并选定频道，复制地址；Slack Webhook 没有签名密钥。',
      teams:
        '在 Microsoft Teams 中：频道的“工作流”→“收到 Webhook 请求时发布到频道”，复制工作流给出的地址；它没有签名密钥。',
    },
    label: '名称',
    labelHint: '便于您区分各渠道，例如“销售部群”。',
    postsInto: '发到哪个群',
    answerHow: '该群成员的作答方式',
    answerLink: '使用消息中附带的共享链接',
    answerCode: '使用每人领到的访问码',
    webhook: 'Webhook 地址',
    webhookHint: '持有此地址的任何人都能在群里发消息：它将加密保存，之后不再显示。',
    secret: '签名密钥（如已开启签名）',
    secretHint: '同样加密保存，之后不再显示。',
    add: '添加渠道',
    adding: '正在添加…',
    added: (label: string) => `已添加“${label}”。请发送一条测试消息，确认能发到群里。`,
    latest: '最近一次发送',
    kind: { test: '测试消息', announcement: '邀请消息', reminder: '提醒', closing: '结束通知' },
    startedAt: (what: string, when: string) => `${what}，开始于 ${when}。`,
    planned: '由计划中的提醒发出。',
    progress: (done: number, total: number) => `正在发送… 已完成 ${done}/${total} 个渠道。`,
    finished: (sent: number, total: number) => `已发到 ${sent}/${total} 个渠道。`,
    interrupted: (sent: number, maybe: number, total: number) =>
      `发送未完成就中断了（例如服务器重启）：已发到 ${sent}/${total} 个渠道` +
      (maybe > 0 ? `，另有 ${maybe} 个可能已发出` : '') +
      '。这条消息不会再重发，各渠道情况见下表。',
    results: '各渠道结果',
    channel: '渠道',
    state: '结果',
    attempts: '尝试次数',
    error: '平台的回复',
    states: {
      waiting: '等待中',
      claimed: '发送中',
      sent: '已发送',
      failed: '失败',
      uncertain: '可能已发送',
      'not-sent': '未发送',
    },
  },
} satisfies Record<Language, ChatText>;
