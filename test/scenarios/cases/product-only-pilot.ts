// Seed case 'product-only-pilot': OKRs piloted in product only; few had a say and departments pull apart.

import {
  type CaseSpec,
  level,
  MIXED_OKRS,
  INTERNET_COMPANY_PROFILE,
  INTERNET_COMPANY_FACTS,
} from '../case-spec';

export const productOnlyPilot: CaseSpec = {
  story:
    'OKRs were piloted in the product department only: basics are sound, but few people had a say, and marketing and R&D depend on each other while chasing different definitions of success.',
  expected: { verdict: 'pilot-first', decidingGate: 'participation-breakdown' },
  organizationName: 'Kestrel Apps',
  departments: [
    {
      key: 'product',
      name: 'Product',
      headcount: 18,
      answered: 14,
      dependsOn: ['rnd'],
      // The pilot department itself: it had a say and sees the other teams' goals.
      levels: level({ 'participation.breadth': 68, 'participation.silos': 66 }),
      meaning: { customer: 0.7, innovation: 0.3 },
    },
    {
      key: 'rnd',
      name: 'R&D',
      headcount: 27,
      answered: 20,
      dependsOn: ['marketing', 'product'],
      levels: level({
        'participation.breadth': 32,
        'participation.silos': 36,
        'breakdown.shared-definitions': 40,
      }),
      meaning: { innovation: 0.7, quality: 0.2, speed: 0.1 },
    },
    {
      key: 'marketing',
      name: 'Marketing',
      headcount: 15,
      answered: 11,
      dependsOn: ['rnd', 'sales'],
      levels: level({
        'participation.breadth': 30,
        'participation.silos': 34,
        'breakdown.shared-definitions': 38,
      }),
      meaning: { volume: 0.7, customer: 0.2, cost: 0.1 },
    },
    {
      key: 'sales',
      name: 'Sales',
      headcount: 14,
      answered: 10,
      dependsOn: ['marketing'],
      levels: level({ 'participation.breadth': 38, 'participation.silos': 50 }),
      meaning: { volume: 0.8, customer: 0.2 },
    },
  ],
  profile: {
    ...INTERNET_COMPANY_PROFILE,
    profile_okr_experience: { tried: 0.6, using: 0.3, never: 0.1 },
  },
  facts: { ...INTERNET_COMPANY_FACTS, okrExperience: 'some-departments' },
  sampleOkrs: MIXED_OKRS,
  sampleRate: 0.5,
};
