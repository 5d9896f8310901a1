// The words of the report's "Group by" choice (cut-selector.tsx): departments, or one of the optional
// questions about people the campaign asked, and why a grouping cannot be shown yet.

import type { Language } from '../../../shared/languages';
import type { CutId } from '../../../shared/cut-limits';

export const CUT_TEXT = {
  en: {
    groupBy: 'Group by',
    department: 'Department',
    cuts: { tenure: 'Time with the organization', level: 'Level', location: 'Location' } satisfies Record<
      CutId,
      string
    >,
    reasons: {
      'not-closed': 'Shown once the campaign is closed, so that the groups no longer change.',
      'organization-withheld': 'Shown only to readers who see the whole organization.',
    },
    note: (min: number) =>
      `People grouped by their own answer about themselves. A group shows a figure only where it and the people outside the groups shown number at least ${min}; groups are never combined with departments.`,
    loadFailed: 'The groups could not be loaded.',
  },
  'zh-cn': {
    groupBy: '分组方式',
    department: '部门',
    cuts: { tenure: '在本单位的工作年限', level: '职级', location: '工作地点' } satisfies Record<
      CutId,
      string
    >,
    reasons: {
      'not-closed': '调查结束后才会显示，届时分组不再变化。',
      'organization-withheld': '只向能查看全单位结果的读者显示。',
    },
    note: (min: number) =>
      `按答题人对自己的回答分组。只有当该分组以及未显示分组之外的人数都不少于 ${min} 人时，才显示其结果；分组从不与部门交叉呈现。`,
    loadFailed: '无法加载分组结果。',
  },
} satisfies Record<Language, unknown>;
