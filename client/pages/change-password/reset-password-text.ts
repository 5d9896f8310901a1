// The words of the page a password-reset link opens, in both languages.

import type { Language } from '../../components/language-switch';

const EN = {
  title: 'Choose a new password',
  forAccount: (email: string) => `For the account ${email}.`,
  next: 'New password',
  nextHelp: 'At least 12 characters. Every browser signed in as you is signed out once it is set.',
  submit: 'Set password',
  saving: 'Setting…',
  askAgain: 'Ask for a new link',
};

export type ResetPasswordText = typeof EN;

export const RESET_PASSWORD_TEXT = {
  en: EN,
  'zh-cn': {
    title: '设置新密码',
    forAccount: (email: string) => `账号：${email}。`,
    next: '新密码',
    nextHelp: '至少 12 个字符。设置后，所有以您的身份登录的浏览器都将退出登录。',
    submit: '设置密码',
    saving: '正在设置…',
    askAgain: '重新申请链接',
  },
} satisfies Record<Language, ResetPasswordText>;
