// What the form that sets up a goal-writing workshop says, in both languages.

import type { Language } from '../../components/language-switch';

const en = {
  title: 'New goal-writing workshop',
  intro:
    'People join on their phones with a short code or a QR code, without an account. They sort situations into OKR, KPI or project, then write an objective with key results while a coach gives advice.',
  fromCampaign: (name: string) => `From the report of ${name}: kept objectives can go into its action plan.`,
  name: 'Title',
  nameHint: 'Shown on every phone and on the projector.',
  defaultTitle: 'Writing our objectives',
  languages: 'Languages',
  languagesHint: 'Participants read the workshop in these; with both, each chooses.',
  departments: {
    legend: 'Who takes part',
    all: 'Everyone',
    some: 'Chosen departments',
    help: 'For the record only: anyone with the code can join.',
  },
  naming: 'Drafts on the facilitator’s screen',
  named: 'With the names people give when joining',
  anonymous: 'Anonymously: nobody’s name is asked or shown',
  expiry: 'Open for',
  hours: (n: number) => (n === 1 ? '1 hour' : `${n} hours`),
  create: 'Create the workshop',
  creating: 'Creating…',
  noLanguage: 'Choose at least one language.',
  noOrganization: 'This page needs an organization: open it from an organization or a report.',
  back: 'Back to the organization',
};

export type WorkshopNewText = typeof en;

const zh: WorkshopNewText = {
  title: '新建目标撰写工作坊',
  intro:
    '参与者无需账号，用手机输入短码或扫描二维码即可加入。先把情境分为 OKR、KPI 或项目，再撰写目标和关键结果，同时由教练给出建议。',
  fromCampaign: (name: string) => `来自“${name}”的报告：保留的目标可以加入它的行动计划。`,
  name: '标题',
  nameHint: '显示在每部手机和投影上。',
  defaultTitle: '撰写我们的目标',
  languages: '语言',
  languagesHint: '参与者用这些语言阅读工作坊；两种都选时，由每人自行选择。',
  departments: {
    legend: '参与范围',
    all: '所有人',
    some: '选定的部门',
    help: '仅作记录：凡持有短码的人都可加入。',
  },
  naming: '主持人屏幕上的草稿',
  named: '显示参与者加入时填写的名字',
  anonymous: '匿名：不询问也不显示任何人的名字',
  expiry: '开放时长',
  hours: (n: number) => `${n} 小时`,
  create: '创建工作坊',
  creating: '正在创建……',
  noLanguage: '请至少选择一种语言。',
  noOrganization: '此页面需要指定组织：请从组织页面或报告中打开。',
  back: '返回组织',
};

export const WORKSHOP_NEW_TEXT = { en, 'zh-cn': zh } satisfies Record<Language, WorkshopNewText>;
