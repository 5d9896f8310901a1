// The words of the campaign page's choice of optional questions about people (cut-choice-section.tsx).

import type { Language } from '../../../shared/languages';
import type { CutId } from '../../../shared/cut-limits';

export const CUT_CHOICE_TEXT = {
  en: {
    heading: 'Questions about people (optional)',
    intro: (min: number) =>
      `The survey can end with optional questions about the respondent, so that the report can also be read by tenure, level or location. Their answers are shown only once the campaign has closed, for groups of at least ${min} people, never combined with departments, and never in the data export.`,
    cuts: {
      tenure: 'Time with the organization (under 1 year, 1–3, 3–10, over 10 years)',
      level: 'Level (staff, manager, executive)',
      location: 'Location',
    } satisfies Record<CutId, string>,
    locations: 'Locations, one per line (2 to 20)',
    save: 'Save these questions',
    saved: 'Saved.',
    none: 'The survey asks no questions about people.',
    fixed: 'Fixed when the campaign opened:',
    locationList: (names: string) => `Location (${names})`,
  },
  'zh-cn': {
    heading: '关于答题人的问题（选答）',
    intro: (min: number) =>
      `问卷末尾可以加上关于答题人的选答问题，报告便可按工龄、职级或工作地点查看。这些回答只在调查结束后、以不少于 ${min} 人的群体显示，从不与部门交叉呈现，也不会出现在数据导出中。`,
    cuts: {
      tenure: '在本单位的工作年限（不到一年、一到三年、三到十年、十年以上）',
      level: '职级（普通员工、管理者、高层管理者）',
      location: '工作地点',
    } satisfies Record<CutId, string>,
    locations: '工作地点，每行一个（2 至 20 个）',
    save: '保存这些问题',
    saved: '已保存。',
    none: '问卷不询问关于答题人的问题。',
    fixed: '调查开始时已确定：',
    locationList: (names: string) => `工作地点（${names}）`,
  },
} satisfies Record<Language, unknown>;
