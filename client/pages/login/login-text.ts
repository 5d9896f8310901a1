// The sign-in page's own words, in both languages.

import type { Language } from '../../components/language-switch';

const EN = {
  title: 'Sign in',
  email: 'Email address',
  password: 'Password',
  submit: 'Sign in',
  signingIn: 'Signing in…',
  noAccount: 'No account yet? Ask an administrator of your organization for an invitation link.',
};

export type LoginText = typeof EN;

export const LOGIN_TEXT = {
  en: EN,
  'zh-cn': {
    title: '登录',
    email: '邮箱地址',
    password: '密码',
    submit: '登录',
    signingIn: '正在登录…',
    noAccount: '还没有账号？请向所在组织的管理员索取邀请链接。',
  },
} satisfies Record<Language, LoginText>;
