// The sign-in page's own words, in both languages.

import type { Language } from '../../components/language-switch';

const EN = {
  title: 'Sign in',
  email: 'Email address',
  password: 'Password',
  submit: 'Sign in',
  signingIn: 'Signing in…',
  noAccount: 'No account yet? Ask an administrator of your organization for an invitation link.',
  forgot: 'Forgot your password?',
  forgotTitle: 'Set a new password',
  forgotHelp:
    'Enter the email address you sign in with. If it belongs to an account, we email it a link to choose a new password.',
  sendLink: 'Email me a link',
  sending: 'Sending…',
  linkSent: (email: string, minutes: number) =>
    `If ${email} belongs to an account, a link is on its way. It works once, for ${minutes} minutes. Nothing arrived? Check your spam folder, or ask the owner of Groundwork for a link.`,
  backToSignIn: 'Back to sign in',
  passwordSet:
    'Your new password is set, and every browser that was signed in as you has been signed out. Sign in with it now.',
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
    forgot: '忘记密码？',
    forgotTitle: '设置新密码',
    forgotHelp: '请输入您登录时使用的邮箱地址。如果该地址有对应的账号，我们会向其发送一个设置新密码的链接。',
    sendLink: '发送链接',
    sending: '正在发送…',
    linkSent: (email: string, minutes: number) =>
      `如果 ${email} 有对应的账号，链接已在发送途中。该链接只能使用一次，有效期 ${minutes} 分钟。没有收到？请查看垃圾邮件文件夹，或向 Groundwork 的所有者索取链接。`,
    backToSignIn: '返回登录',
    passwordSet: '新密码已设置，之前以您的身份登录的所有浏览器均已退出登录。请现在用新密码登录。',
  },
} satisfies Record<Language, LoginText>;
