// The words of the shared frame and components every administrator page shows, in both languages.

import type { ProblemParams } from '../../server/domain/errors';
import type { CsrfRefusalCode } from '../../server/http/csrf';
import type { Language } from './language-switch';

type Params = Readonly<ProblemParams>;

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
  /** Why the server refused a write as possibly sent by another site, by its code (see coded-problem.ts). */
  problem: {
    'csrf.origin-missing': (p: Params) =>
      `The server refused this change: the request did not say which site it came from (it had no Origin header). Browsers send one; a script must send Origin: ${p.expected}.`,
    'csrf.origin-mismatch': (p: Params) =>
      `The server refused this change: it came from ${p.received}, but changes are accepted only from the server's own pages at ${p.expected}. Open Groundwork at ${p.expected} (to a browser, localhost and 127.0.0.1 are different sites), or have the proxy in front of it pass on the address the browser used.`,
    'csrf.form-content-type': (p: Params) =>
      `The server refused this change: it was labelled ${p.contentType}, which a form on any web site can send, and did not say which site it came from. Send JSON as application/json, or send Origin: ${p.expected}.`,
  } satisfies Record<CsrfRefusalCode, (p: Params) => string>,
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
    problem: {
      'csrf.origin-missing': (p: Params) =>
        `服务器拒绝了此项更改：请求没有说明来自哪个网站（缺少 Origin 请求头）。浏览器会自动发送；脚本须发送 Origin: ${p.expected}。`,
      'csrf.origin-mismatch': (p: Params) =>
        `服务器拒绝了此项更改：请求来自 ${p.received}，而服务器只接受来自其自身页面（${p.expected}）的更改。请通过 ${p.expected} 打开 Groundwork（对浏览器而言，localhost 和 127.0.0.1 是不同的网站），或让前置代理转发浏览器所用的地址。`,
      'csrf.form-content-type': (p: Params) =>
        `服务器拒绝了此项更改：请求的内容类型为 ${p.contentType}，任何网站上的表单都能发送这种类型，而且请求没有说明来自哪个网站。请以 application/json 发送 JSON，或发送 Origin: ${p.expected}。`,
    },
  },
} satisfies Record<Language, CommonText>;
