// Seed case 'vague-task-goals': vague objectives and daily tasks written as key results.

import {
  type CaseSpec,
  level,
  SMART_OKRS,
  VAGUE_OKRS,
  INTERNET_COMPANY_PROFILE,
  INTERNET_COMPANY_FACTS,
} from '../case-spec';

export const vagueTaskGoals: CaseSpec = {
  story:
    'Goals are vague ("improve user experience") and key results are daily tasks ("complete requirement documents"), though the organization is otherwise sound.',
  expected: { verdict: 'pilot-first', decidingGate: 'participation-breakdown' },
  organizationName: 'Lumen Software',
  departments: [
    {
      key: 'product',
      name: 'Product',
      headcount: 16,
      answered: 12,
      dependsOn: ['rnd'],
      levels: level({ 'breakdown.specificity': 36, 'breakdown.granularity': 34 }),
      meaning: { customer: 0.8, innovation: 0.2 },
    },
    {
      key: 'rnd',
      name: 'R&D',
      headcount: 24,
      answered: 18,
      dependsOn: ['product'],
      levels: level({ 'breakdown.specificity': 40, 'breakdown.granularity': 30 }),
      meaning: { customer: 0.6, quality: 0.4 },
    },
    {
      key: 'marketing',
      name: 'Marketing',
      headcount: 12,
      answered: 9,
      dependsOn: ['product'],
      levels: level({ 'breakdown.specificity': 34, 'breakdown.granularity': 36 }),
      meaning: { customer: 0.7, volume: 0.3 },
    },
    {
      key: 'operations',
      name: 'Operations',
      headcount: 14,
      answered: 10,
      dependsOn: ['rnd'],
      levels: level({ 'breakdown.specificity': 40, 'breakdown.granularity': 38 }),
      meaning: { customer: 0.6, cost: 0.4 },
    },
  ],
  profile: INTERNET_COMPANY_PROFILE,
  facts: INTERNET_COMPANY_FACTS,
  sampleOkrs: [...VAGUE_OKRS, VAGUE_OKRS[0]!, VAGUE_OKRS[7]!, SMART_OKRS[0]!],
  sampleRate: 0.75,
};
