// The password page's own words, in both languages.

import type { Language } from '../../components/language-switch';

const EN = {
  title: 'Change your password',
  signedInAs: (name: string, email: string) => `Signed in as ${name} (${email}).`,
  current: 'Current password',
  next: 'New password',
  nextHelp: 'At least 12 characters.',
  submit: 'Change password',
  saving: 'Changing…',
  changed: 'Your password is changed. You stay signed in here; every other browser you used was signed out.',
  elsewhere: 'Other browsers',
  elsewhereHelp:
    'Signed in on a shared or lost computer? Sign out there from here: every browser but this one is signed out at once.',
  endOthers: 'Sign out everywhere else',
  endingOthers: 'Signing out…',
  endedOthers: 'Every other browser signed in as you is now signed out.',
};

export type ChangePasswordText = typeof EN;

export const CHANGE_PASSWORD_TEXT = {
  en: EN,
  'zh-cn': {
    title: '修改密码',
    signedInAs: (name: string, email: string) => `当前登录：${name}（${email}）。`,
    current: '当前密码',
    next: '新密码',
    nextHelp: '至少 12 个字符。',
    submit: '修改密码',
    saving: '正在修改…',
    changed: '密码已修改。您在此处保持登录，您用过的其他浏览器均已退出登录。',
    elsewhere: '其他浏览器',
    elsewhereHelp:
      '在公用电脑或丢失的设备上登录过？可以在此处让其退出：除当前浏览器外，所有浏览器将立即退出登录。',
    endOthers: '退出其他所有登录',
    endingOthers: '正在退出…',
    endedOthers: '以您的身份登录的其他浏览器现已全部退出登录。',
  },
} satisfies Record<Language, ChangePasswordText>;
