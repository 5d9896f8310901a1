// Seed case 'department-too-small': a 3-response Legal department hidden, with Finance, for anonymity.

import {
  type CaseSpec,
  level,
  MIXED_OKRS,
  INTERNET_COMPANY_PROFILE,
  INTERNET_COMPANY_FACTS,
} from '../case-spec';

export const departmentTooSmall: CaseSpec = {
  story:
    'A software firm where Legal returns only 3 responses: Legal is hidden, and so is Finance, the next-smallest, so neither can be worked out by subtraction; goals still need work, so a pilot comes first.',
  expected: { verdict: 'pilot-first', decidingGate: 'participation-breakdown' },
  organizationName: 'Northgate Systems',
  departments: [
    {
      key: 'product',
      name: 'Product',
      headcount: 18,
      answered: 14,
      dependsOn: ['engineering', 'sales'],
      levels: level({ 'breakdown.granularity': 48, 'breakdown.data': 44 }),
      meaning: { customer: 0.7, innovation: 0.3 },
    },
    {
      key: 'engineering',
      name: 'Engineering',
      headcount: 24,
      answered: 18,
      dependsOn: ['product'],
      levels: level({ 'breakdown.granularity': 46, 'breakdown.data': 48 }),
      meaning: { customer: 0.6, quality: 0.4 },
    },
    {
      key: 'sales',
      name: 'Sales',
      headcount: 12,
      answered: 9,
      dependsOn: ['product', 'finance'],
      levels: level({ 'breakdown.granularity': 50, 'breakdown.data': 46 }),
      meaning: { volume: 0.7, customer: 0.3 },
    },
    {
      key: 'finance',
      name: 'Finance',
      headcount: 8,
      answered: 6,
      dependsOn: ['sales'],
      levels: level({ 'breakdown.granularity': 50, 'breakdown.data': 50 }),
      meaning: { cost: 0.9, quality: 0.1 },
    },
    {
      key: 'legal',
      name: 'Legal',
      headcount: 4,
      answered: 3,
      dependsOn: ['sales'],
      levels: level({ 'breakdown.granularity': 52, 'breakdown.data': 50 }),
      meaning: { quality: 1 },
    },
  ],
  profile: INTERNET_COMPANY_PROFILE,
  facts: INTERNET_COMPANY_FACTS,
  sampleOkrs: MIXED_OKRS,
  sampleRate: 0.5,
};
