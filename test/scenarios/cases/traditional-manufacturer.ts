// Seed case 'traditional-manufacturer': steady, procedure-driven work that KPIs and projects suit.

import { type CaseSpec, level, SMART_OKRS, VAGUE_OKRS, STEADY_OKRS } from '../case-spec';

export const traditionalManufacturer: CaseSpec = {
  story:
    'A traditional manufacturer: most work repeats and runs by procedure, so KPIs should run the business and improvements run as chartered projects.',
  expected: { verdict: 'kpi-projects', decidingGate: 'fit-kpi-projects' },
  organizationName: 'Ironvale Components',
  departments: [
    {
      key: 'production',
      name: 'Production',
      headcount: 30,
      answered: 22,
      dependsOn: ['quality', 'procurement', 'maintenance'],
      levels: level({ 'fit.dynamism': 22, 'fit.control': 78, 'culture.transparency': 55 }),
      meaning: { cost: 0.6, quality: 0.4 },
    },
    {
      key: 'quality',
      name: 'Quality',
      headcount: 12,
      answered: 9,
      dependsOn: ['production'],
      levels: level({ 'fit.dynamism': 24, 'fit.control': 80 }),
      meaning: { quality: 0.9, cost: 0.1 },
    },
    {
      key: 'procurement',
      name: 'Procurement & Logistics',
      headcount: 14,
      answered: 10,
      dependsOn: ['production'],
      levels: level({ 'fit.dynamism': 28, 'fit.control': 72 }),
      meaning: { cost: 0.8, speed: 0.2 },
    },
    {
      key: 'sales',
      name: 'Sales',
      headcount: 10,
      answered: 7,
      dependsOn: ['production'],
      levels: level({ 'fit.dynamism': 34, 'fit.control': 66 }),
      meaning: { volume: 0.8, customer: 0.2 },
    },
    {
      key: 'maintenance',
      name: 'Maintenance',
      headcount: 12,
      answered: 8,
      dependsOn: ['production'],
      levels: level({ 'fit.dynamism': 22, 'fit.control': 76 }),
      meaning: { cost: 0.5, quality: 0.5 },
    },
  ],
  profile: {
    profile_industry: { manufacturing: 0.95, other: 0.05 },
    profile_kpi_system: { some: 0.5, established: 0.4, none: 0.1 },
    profile_okr_experience: { never: 0.9, tried: 0.1 },
    profile_bonus_link: { no: 0.5, partly: 0.3, dk: 0.2 },
    profile_business_units: { one: 0.85, dk: 0.15 },
  },
  facts: {
    industry: 'manufacturing',
    businessUnits: 'one',
    kpiSystem: 'established',
    maturity: 'mature',
    projectPractice: 'some',
    okrExperience: 'never',
    payLink: 'partly',
  },
  sampleOkrs: [...STEADY_OKRS, ...STEADY_OKRS, VAGUE_OKRS[3]!, SMART_OKRS[3]!],
  sampleRate: 0.4,
};
