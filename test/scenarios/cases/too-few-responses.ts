// Seed case 'too-few-responses': a six-person studio with four answers, too few to judge.

import {
  type CaseSpec,
  level,
  MIXED_OKRS,
  INTERNET_COMPANY_PROFILE,
  INTERNET_COMPANY_FACTS,
} from '../case-spec';

export const tooFewResponses: CaseSpec = {
  story:
    'A six-person design studio where four people answered: a good response rate, but too few answers to say anything reliable.',
  expected: { verdict: 'insufficient-evidence', decidingGate: 'data-sufficiency' },
  organizationName: 'Pinecone Studio',
  departments: [
    {
      key: 'design',
      name: 'Design',
      headcount: 3,
      answered: 2,
      dependsOn: ['dev'],
      levels: level(),
      meaning: { customer: 1 },
    },
    {
      key: 'dev',
      name: 'Development',
      headcount: 2,
      answered: 1,
      dependsOn: ['design'],
      levels: level(),
      meaning: { quality: 1 },
    },
    {
      key: 'studio',
      name: 'Studio Management',
      headcount: 1,
      answered: 1,
      dependsOn: ['design', 'dev'],
      levels: level(),
      meaning: { customer: 1 },
    },
  ],
  profile: INTERNET_COMPANY_PROFILE,
  facts: INTERNET_COMPANY_FACTS,
  sampleOkrs: MIXED_OKRS,
  sampleRate: 0.5,
};
