// Seed case 'layoffs': an internet company surveying during a layoff wave; job security fails hygiene.

import {
  type CaseSpec,
  level,
  MIXED_OKRS,
  INTERNET_COMPANY_PROFILE,
  INTERNET_COMPANY_FACTS,
} from '../case-spec';

export const layoffs: CaseSpec = {
  story:
    'An internet company surveys during a layoff wave: people fear for their jobs, so stretch goals cannot motivate them, though pay, rules and culture are decent.',
  expected: { verdict: 'fix-hygiene', decidingGate: 'hygiene' },
  organizationName: 'Bluepeak Internet',
  departments: [
    {
      key: 'product',
      name: 'Product',
      headcount: 22,
      answered: 16,
      dependsOn: ['engineering', 'marketing'],
      levels: level({ 'hygiene.security': 28 }),
      meaning: { customer: 0.6, innovation: 0.3, speed: 0.1 },
    },
    {
      key: 'engineering',
      name: 'Engineering',
      headcount: 31,
      answered: 22,
      dependsOn: ['product'],
      levels: level({ 'hygiene.security': 24 }),
      meaning: { quality: 0.5, customer: 0.3, speed: 0.2 },
    },
    {
      key: 'marketing',
      name: 'Marketing',
      headcount: 14,
      answered: 10,
      dependsOn: ['product', 'operations'],
      levels: level({ 'hygiene.security': 30 }),
      meaning: { customer: 0.6, volume: 0.4 },
    },
    {
      key: 'operations',
      name: 'Customer Operations',
      headcount: 16,
      answered: 11,
      dependsOn: ['product', 'engineering'],
      levels: level({ 'hygiene.security': 22 }),
      meaning: { customer: 0.7, cost: 0.3 },
    },
  ],
  profile: INTERNET_COMPANY_PROFILE,
  facts: INTERNET_COMPANY_FACTS,
  sampleOkrs: MIXED_OKRS,
  sampleRate: 0.5,
};
