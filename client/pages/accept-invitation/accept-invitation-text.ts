// The invitation page's own words, in both languages; role names come from the shared role text.

import type { Language } from '../../components/language-switch';

const EN = {
  title: 'Invitation',
  join: (organization: string) => `Join ${organization}`,
  offer: (role: string, allows: string) => `You are invited as ${role}: you will be able to ${allows}.`,
  /** Around the invited address, which is shown in bold between them. */
  forEmail: 'The invitation is for',
  forEmailEnd: '.',
  hasAccount:
    'You already have an account with this address. Enter its password to add this role to it; everything else stays as it is.',
  newAccount: 'Choose your name as others will see it and a password, and you are signed in.',
  name: 'Your name',
  password: 'Password',
  newPassword: 'Choose a password',
  passwordHelp: 'At least 12 characters.',
  submit: 'Accept and sign in',
  saving: 'Signing in…',
};

export type AcceptInvitationText = typeof EN;

export const ACCEPT_INVITATION_TEXT = {
  en: EN,
  'zh-cn': {
    title: '邀请',
    join: (organization: string) => `加入${organization}`,
    offer: (role: string, allows: string) => `您受邀担任${role}，可以${allows}。`,
    forEmail: '此邀请发给',
    forEmailEnd: '。',
    hasAccount: '该邮箱地址已有账号。输入该账号的密码，即可为其添加此角色，其他一切保持不变。',
    newAccount: '请填写您希望他人看到的姓名并设置密码，完成后即自动登录。',
    name: '您的姓名',
    password: '密码',
    newPassword: '设置密码',
    passwordHelp: '至少 12 个字符。',
    submit: '接受邀请并登录',
    saving: '正在登录…',
  },
} satisfies Record<Language, AcceptInvitationText>;
