// The API-token page's own words, in both languages.

import type { Language } from '../../../shared/languages';

const EN = {
  title: 'API tokens',
  lead: 'A token lets a program (a script, a spreadsheet, another system) use the Groundwork API as you, with the roles you hold whenever it calls. The program sends it in the header Authorization: Bearer <token>.',
  limits:
    'A token cannot sign in or out, change your password, make or revoke tokens, send or accept invitations, or delete suspect responses: those need you here, signed in.',
  description: 'The API is described at',
  descriptionEnd: '.',
  create: 'Make a token',
  name: 'Name',
  nameHint: 'What it is for, so you recognise it in the list (for example “Nightly report export”).',
  expiry: 'Expires',
  expiryOptions: { '30': 'In 30 days', '90': 'In 90 days', '365': 'In a year', never: 'Never' },
  neverHint: 'A token that never expires works until you revoke it.',
  submit: 'Make token',
  creating: 'Making…',
  newToken: (name: string) => `Your new token “${name}”`,
  showOnce: 'Copy it now: it is shown only this once. Groundwork keeps no copy it could show you again.',
  warning:
    'Whoever holds it can act as you until it expires or you revoke it. Keep it in a password manager or the program’s secret settings, never in an email or a shared document.',
  token: 'Token',
  copy: 'Copy',
  copied: 'Copied',
  done: 'I have copied it',
  yourTokens: 'Your tokens',
  none: 'You have no tokens.',
  created: 'Created',
  lastUsed: 'Last used',
  expires: 'Expires',
  never: 'Never',
  neverUsed: 'Not yet',
  expired: (day: string) => `Expired ${day}`,
  revoke: 'Revoke',
  revokeNamed: (name: string) => `Revoke ${name}`,
  confirmRevoke: (name: string) => `Revoke “${name}”? Programs using it stop working at once.`,
  revoked: (name: string) => `“${name}” is revoked.`,
};

export type ApiTokensText = typeof EN;

export const API_TOKENS_TEXT = {
  en: EN,
  'zh-cn': {
    title: 'API 令牌',
    lead: '令牌让程序（脚本、电子表格或其他系统）以您的身份调用 Groundwork API，权限为每次调用时您所拥有的角色。程序需在请求头中发送 Authorization: Bearer <令牌>。',
    limits:
      '令牌不能登录或退出、修改密码、新建或撤销令牌、发送或接受邀请，也不能删除可疑回复：这些操作需要您本人登录后在此完成。',
    description: 'API 说明见',
    descriptionEnd: '。',
    create: '新建令牌',
    name: '名称',
    nameHint: '写明用途，便于日后在列表中辨认（例如“每晚导出报告”）。',
    expiry: '有效期',
    expiryOptions: { '30': '30 天', '90': '90 天', '365': '一年', never: '永不过期' },
    neverHint: '永不过期的令牌在您撤销之前一直有效。',
    submit: '新建令牌',
    creating: '正在新建…',
    newToken: (name: string) => `您的新令牌“${name}”`,
    showOnce: '请立即复制：令牌只显示这一次，Groundwork 不保留任何可再次显示的副本。',
    warning:
      '持有令牌的人在其过期或被您撤销之前都能以您的身份操作。请将它保存在密码管理器或程序的密钥设置中，切勿放进邮件或共享文档。',
    token: '令牌',
    copy: '复制',
    copied: '已复制',
    done: '我已复制',
    yourTokens: '您的令牌',
    none: '您还没有令牌。',
    created: '创建时间',
    lastUsed: '最近使用',
    expires: '到期',
    never: '永不',
    neverUsed: '尚未使用',
    expired: (day: string) => `已于 ${day} 过期`,
    revoke: '撤销',
    revokeNamed: (name: string) => `撤销 ${name}`,
    confirmRevoke: (name: string) => `撤销“${name}”？使用它的程序将立即无法访问。`,
    revoked: (name: string) => `“${name}”已撤销。`,
  },
} satisfies Record<Language, ApiTokensText>;
