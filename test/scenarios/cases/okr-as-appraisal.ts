// Seed case 'okr-as-appraisal': OKR scores feed the bonus and goals are rewritten monthly.

import {
  type CaseSpec,
  level,
  MIXED_OKRS,
  INTERNET_COMPANY_PROFILE,
  INTERNET_COMPANY_FACTS,
} from '../case-spec';

export const okrAsAppraisal: CaseSpec = {
  story:
    'OKR scores feed the appraisal and bonus, and goals are rewritten every month when numbers dip: people sandbag and stop trusting the goals.',
  expected: { verdict: 'clarify-okr-kpi', decidingGate: 'okr-kpi' },
  organizationName: 'Harbor Commerce',
  departments: [
    {
      key: 'sales',
      name: 'Sales',
      headcount: 20,
      answered: 15,
      dependsOn: ['marketing'],
      levels: level({ 'okr-kpi.decoupling': 24, 'okr-kpi.stability': 30, 'culture.safety': 58 }),
      meaning: { volume: 0.8, customer: 0.2 },
    },
    {
      key: 'marketing',
      name: 'Marketing',
      headcount: 12,
      answered: 9,
      dependsOn: ['sales', 'engineering'],
      levels: level({ 'okr-kpi.decoupling': 30, 'okr-kpi.stability': 28, 'culture.safety': 60 }),
      meaning: { volume: 0.6, customer: 0.4 },
    },
    {
      key: 'engineering',
      name: 'Engineering',
      headcount: 26,
      answered: 19,
      dependsOn: ['marketing'],
      levels: level({ 'okr-kpi.decoupling': 30, 'okr-kpi.stability': 34, 'culture.safety': 60 }),
      meaning: { quality: 0.6, speed: 0.4 },
    },
    {
      key: 'finance-hr',
      name: 'Finance & HR',
      headcount: 10,
      answered: 7,
      dependsOn: ['sales'],
      levels: level({ 'okr-kpi.decoupling': 34, 'okr-kpi.stability': 36 }),
      meaning: { cost: 0.8, quality: 0.2 },
    },
  ],
  profile: {
    ...INTERNET_COMPANY_PROFILE,
    profile_okr_experience: { using: 0.8, tried: 0.2 },
    profile_bonus_link: { yes: 0.8, partly: 0.15, dk: 0.05 },
  },
  facts: { ...INTERNET_COMPANY_FACTS, okrExperience: 'in-use', payLink: 'yes' },
  sampleOkrs: MIXED_OKRS,
  sampleRate: 0.5,
};
