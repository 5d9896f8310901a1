// Seed case 'agile-ready': an agile product company with everything in place for OKR.

import {
  type CaseSpec,
  READY,
  level,
  SMART_OKRS,
  VAGUE_OKRS,
  STEADY_OKRS,
  INTERNET_COMPANY_PROFILE,
  INTERNET_COMPANY_FACTS,
} from '../case-spec';

export const agileReady: CaseSpec = {
  story:
    'An agile product company with fair pay, safe teams, OKRs kept apart from appraisal, well-written goals and one shared idea of success: ready for OKR.',
  expected: { verdict: 'ready', decidingGate: null },
  organizationName: 'Swiftlark Labs',
  departments: [
    {
      key: 'product',
      name: 'Product',
      headcount: 14,
      answered: 11,
      dependsOn: ['engineering', 'design'],
      levels: level(READY),
      meaning: { customer: 0.8, innovation: 0.2 },
    },
    {
      key: 'engineering',
      name: 'Engineering',
      headcount: 26,
      answered: 20,
      dependsOn: ['product'],
      levels: level(READY),
      meaning: { customer: 0.7, quality: 0.3 },
    },
    {
      key: 'design',
      name: 'Design',
      headcount: 9,
      answered: 7,
      dependsOn: ['product', 'engineering'],
      levels: level(READY),
      meaning: { customer: 0.9, quality: 0.1 },
    },
    {
      key: 'growth',
      name: 'Growth',
      headcount: 12,
      answered: 9,
      dependsOn: ['product', 'engineering'],
      levels: level(READY),
      meaning: { customer: 0.7, volume: 0.3 },
    },
  ],
  profile: {
    ...INTERNET_COMPANY_PROFILE,
    profile_okr_experience: { tried: 0.5, using: 0.3, never: 0.2 },
  },
  facts: { ...INTERNET_COMPANY_FACTS, projectPractice: 'established', okrExperience: 'some-departments' },
  sampleOkrs: [...SMART_OKRS, ...SMART_OKRS, VAGUE_OKRS[0]!, STEADY_OKRS[0]!],
  sampleRate: 0.6,
};
