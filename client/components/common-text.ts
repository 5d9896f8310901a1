// The words of the shared frame and components every administrator page shows, in both languages.

import type { Language } from './language-switch';

const EN = {
  tagline: 'OKR readiness',
  language: 'Language',
  account: 'Account',
  changePassword: 'Change password',
  apiTokens: 'API tokens',
  signOut: 'Sign out',
  loading: 'Loading…',
  somethingWentWrong: 'Something went wrong',
  pageNotFound: 'Page not found',
  nothingHere: 'There is nothing at this address.',
  backToStart: 'Back to the start page',
  status: { draft: 'Draft', scheduled: 'Scheduled', open: 'Open', closed: 'Closed' },
};

export type CommonText = typeof EN;

export const COMMON_TEXT = {
  en: EN,
  'zh-cn': {
    tagline: 'OKR 准备度',
    language: '语言',
    account: '账号',
    changePassword: '修改密码',
    apiTokens: 'API 令牌',
    signOut: '退出登录',
    loading: '加载中…',
    somethingWentWrong: '出错了',
    pageNotFound: '页面不存在',
    nothingHere: '此地址下没有内容。',
    backToStart: '返回首页',
    status: { draft: '草稿', scheduled: '待开始', open: '进行中', closed: '已结束' },
  },
} satisfies Record<Language, CommonText>;
