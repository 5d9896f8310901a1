// The words of managing an organization's people (taking back roles, invitations and sessions, and the
// owner's reset links), in both languages. The people table's headings are the organization page's own.

import type { Language } from '../../components/language-switch';

const EN = {
  actions: 'Actions',
  you: '(you)',
  removeRole: (role: string) => `Remove as ${role}`,
  confirmRemoveRole: (name: string, role: string) =>
    `Remove ${name} as ${role}? It stops working at once, in their browsers and for their API tokens.`,
  confirmRemoveOwnRole: (role: string) =>
    `Remove yourself as ${role}? You lose what it allows here at once, and only the owner or another administrator can give it back.`,
  remove: 'Remove',
  endSessions: 'Sign out everywhere',
  confirmEndSessions: (name: string) =>
    `Sign ${name} out of every browser? They can sign in again with their password.`,
  signOut: 'Sign out',
  sessionsEnded: (name: string) => `${name} is signed out everywhere.`,
  roleRemoved: (name: string, role: string) => `${name} is no longer ${role} here.`,
  makeResetLink: 'Reset password',
  resetLinkFor: (name: string) => `Password-reset link for ${name}`,
  resetLinkOnce: (hours: number) =>
    `It works once, for ${hours} hours, and is shown only now: give it to them yourself (in person, by phone or chat). Their current password keeps working until they use it; then every browser signed in as them is signed out.`,
  revoke: 'Revoke',
  confirmRevoke: (email: string, role: string) =>
    `Revoke the invitation of ${email} as ${role}? Its link stops working at once.`,
  revoked: (email: string) => `The invitation of ${email} is revoked.`,
  cancel: 'Cancel',
  copy: 'Copy',
  copied: 'Copied',
  link: 'Link',
};

export type PeopleAdminText = typeof EN;

export const PEOPLE_ADMIN_TEXT = {
  en: EN,
  'zh-cn': {
    actions: '操作',
    you: '（您）',
    removeRole: (role: string) => `移除${role}角色`,
    confirmRemoveRole: (name: string, role: string) =>
      `要移除 ${name} 的${role}角色吗？该角色将立即失效，包括其浏览器和 API 令牌。`,
    confirmRemoveOwnRole: (role: string) =>
      `要移除您自己的${role}角色吗？您将立即失去该角色在此处的权限，只有所有者或其他管理员可以重新授予。`,
    remove: '移除',
    endSessions: '退出所有登录',
    confirmEndSessions: (name: string) => `要让 ${name} 在所有浏览器上退出登录吗？对方可以用密码重新登录。`,
    signOut: '退出登录',
    sessionsEnded: (name: string) => `${name} 已在所有浏览器上退出登录。`,
    roleRemoved: (name: string, role: string) => `${name} 在此处已不再担任${role}。`,
    makeResetLink: '重置密码',
    resetLinkFor: (name: string) => `${name} 的密码重置链接`,
    resetLinkOnce: (hours: number) =>
      `该链接只能使用一次，有效期 ${hours} 小时，且仅在此显示一次：请您亲自交给对方（当面、电话或聊天）。对方使用前，其当前密码仍然有效；使用后，所有以其身份登录的浏览器都将退出登录。`,
    revoke: '撤销',
    confirmRevoke: (email: string, role: string) => `要撤销发给 ${email} 的${role}邀请吗？其链接将立即失效。`,
    revoked: (email: string) => `发给 ${email} 的邀请已撤销。`,
    cancel: '取消',
    copy: '复制',
    copied: '已复制',
    link: '链接',
  },
} satisfies Record<Language, PeopleAdminText>;
