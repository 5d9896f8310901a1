// The first-start page's own words, in both languages.

import type { Language } from '../../components/language-switch';

const EN = {
  title: 'Welcome to Groundwork',
  lead: 'Create the owner account first. The owner sets up organizations and invites everyone else, each with a role in one organization.',
  done: 'Groundwork is set up already.',
  signIn: 'Sign in',
  heading: 'Owner account',
  name: 'Your name',
  email: 'Email address',
  password: 'Password',
  passwordHelp: 'At least 12 characters. A few unrelated words are easy to remember and hard to guess.',
  submit: 'Create the owner account',
  saving: 'Creating…',
};

export type SetupText = typeof EN;

export const SETUP_TEXT = {
  en: EN,
  'zh-cn': {
    title: '欢迎使用 Groundwork',
    lead: '请先创建所有者账号。所有者负责创建组织并邀请其他人，每人在一个组织中担任一个角色。',
    done: 'Groundwork 已完成初始设置。',
    signIn: '登录',
    heading: '所有者账号',
    name: '您的姓名',
    email: '邮箱地址',
    password: '密码',
    passwordHelp: '至少 12 个字符。把几个互不相关的词组合起来，既好记又难猜。',
    submit: '创建所有者账号',
    saving: '正在创建…',
  },
} satisfies Record<Language, SetupText>;
