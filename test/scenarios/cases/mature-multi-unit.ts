// Seed case 'mature-multi-unit': a multi-unit group with established KPIs that a Balanced Scorecard suits.

import { type CaseSpec, level, MIXED_OKRS } from '../case-spec';

export const matureMultiUnit: CaseSpec = {
  story:
    'A mature group with several business units and an established KPI system, whose work changes at a moderate pace: a Balanced Scorecard suits its governance better than OKRs.',
  expected: { verdict: 'balanced-scorecard', decidingGate: 'fit-balanced-scorecard' },
  organizationName: 'Meridian Group',
  departments: [
    {
      key: 'consumer',
      name: 'Consumer Business Unit',
      headcount: 28,
      answered: 20,
      dependsOn: ['shared-it', 'finance'],
      levels: level({ 'fit.dynamism': 52, 'fit.control': 46 }),
      meaning: { customer: 0.5, volume: 0.3, quality: 0.2 },
    },
    {
      key: 'enterprise',
      name: 'Enterprise Business Unit',
      headcount: 24,
      answered: 18,
      dependsOn: ['shared-it', 'finance'],
      levels: level({ 'fit.dynamism': 50, 'fit.control': 48 }),
      meaning: { customer: 0.5, volume: 0.5 },
    },
    {
      key: 'finance',
      name: 'Group Finance',
      headcount: 12,
      answered: 9,
      dependsOn: ['consumer', 'enterprise'],
      levels: level({ 'fit.dynamism': 48, 'fit.control': 52 }),
      meaning: { cost: 0.8, quality: 0.2 },
    },
    {
      key: 'shared-it',
      name: 'Shared IT Services',
      headcount: 14,
      answered: 10,
      dependsOn: ['consumer', 'enterprise'],
      levels: level({ 'fit.dynamism': 54, 'fit.control': 46 }),
      meaning: { quality: 0.6, speed: 0.4 },
    },
    {
      key: 'hr',
      name: 'Group HR',
      headcount: 9,
      answered: 6,
      dependsOn: ['consumer', 'enterprise'],
      levels: level({ 'fit.dynamism': 48, 'fit.control': 50 }),
      meaning: { quality: 0.7, cost: 0.3 },
    },
  ],
  profile: {
    profile_industry: { services: 0.5, retail: 0.3, technology: 0.2 },
    profile_kpi_system: { established: 0.85, some: 0.15 },
    profile_okr_experience: { never: 0.6, tried: 0.4 },
    profile_bonus_link: { no: 0.4, partly: 0.4, dk: 0.2 },
    profile_business_units: { two_to_four: 0.55, five_plus: 0.3, one: 0.05, dk: 0.1 },
  },
  facts: {
    industry: 'services',
    businessUnits: 'two-to-four',
    kpiSystem: 'established',
    maturity: 'mature',
    projectPractice: 'established',
    okrExperience: 'never',
    payLink: 'partly',
  },
  sampleOkrs: MIXED_OKRS,
  sampleRate: 0.4,
};
