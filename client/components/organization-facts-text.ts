// The words around HR's organization facts on the campaign forms, in both languages; the questions and
// answers themselves are the model's, and come from the server.

import type { Language } from './language-switch';

const EN = {
  heading: 'About the organization (for HR)',
  optional: '(optional)',
  explanation:
    'Staff cannot know these facts, so they are asked of you instead; the report’s routing between OKR and its alternatives reads some of them, and states its rule beside the verdict. Leave a fact you are not sure of as “Not stated”: the checks that need it are then left unassessed. They can be changed while the campaign is a draft and are fixed once it opens.',
  fixed: 'HR stated these when setting up the campaign; they were fixed when it opened.',
  notStated: 'Not stated',
  askedOfStaff:
    'This earlier questionnaire version asks staff about the organization itself, as the baseline did, and its routes follow their answers; HR’s statement is not asked.',
};

export type OrganizationFactsText = typeof EN;

export const ORGANIZATION_FACTS_TEXT = {
  en: EN,
  'zh-cn': {
    heading: '关于公司（由 HR 填写）',
    optional: '（选填）',
    explanation:
      '员工无从得知这些情况，因此改由您填写；报告在 OKR 与其替代方案之间做路径判断时会用到其中几项，判断规则显示在结论旁。不确定的情况请保留“未说明”：需要它的检查项将不作判断。调查活动为草稿时可以修改，开始后即固定。',
    fixed: '这些情况由 HR 在设置调查活动时填写，调查活动开始时已固定。',
    notStated: '未说明',
    askedOfStaff:
      '这一早期问卷版本与基线调查一样，直接向员工询问公司的情况，路径判断依据他们的回答，因此无需 HR 填写。',
  },
} satisfies Record<Language, OrganizationFactsText>;
