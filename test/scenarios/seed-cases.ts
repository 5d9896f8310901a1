// The cases of the seed document ("OKR Implementation Challenges"), each as a synthetic organization with
// one open campaign and its responses, plus the verdict a reader of the seed would expect. Pure and
// deterministic: the same name and seed always give the same organization, campaign and answers.

import shipped from '../../questionnaires/readiness-okr.json';
import { seededRandom, synthesizeAnswers, type Random } from '../../server/demo/synthesize-responses';
import { createCampaign, openCampaign, type Campaign } from '../../server/domain/campaign';
import type { Organization } from '../../server/domain/organization';
import { parseQuestionnaire, type Questionnaire } from '../../server/domain/questionnaire';
import type { SurveyResponse } from '../../server/domain/response';
import type { Answers } from '../../server/domain/validate-answers';
import type { Verdict } from '../../server/domain/verdicts';

export const SEED_CASE_NAMES = [
  'layoffs',
  'product-only-pilot',
  'okr-as-appraisal',
  'vague-task-goals',
  'traditional-manufacturer',
  'mature-multi-unit',
  'agile-ready',
  'department-too-small',
  'too-few-responses',
] as const;
export type SeedCaseName = (typeof SEED_CASE_NAMES)[number];

export const DEFAULT_SEED = 20260301;

export interface SeedCase {
  name: SeedCaseName;
  /** The seed's situation in one line. */
  story: string;
  /** What a reader of the seed would conclude, and the decision gate that should say so. */
  expected: { verdict: Verdict; decidingGate: string | null };
  organization: Organization;
  campaign: Campaign;
  responses: SurveyResponse[];
}

/** A choice drawn with the given weights (they need not sum to 1). */
type Weighted = Record<string, number>;

interface DepartmentSpec {
  key: string;
  name: string;
  headcount: number;
  answered: number;
  /** Keys of the departments its people say their team relies on. */
  dependsOn: string[];
  /** True levels (0–100) per scale; unnamed scales sit at the case's base. */
  levels: Record<string, number>;
  /** What "doing better" means to its people. */
  meaning: Weighted;
}

interface CaseSpec {
  story: string;
  expected: SeedCase['expected'];
  organizationName: string;
  departments: DepartmentSpec[];
  /** How respondents describe the organization (profile questions), drawn per respondent. */
  profile: Record<string, Weighted>;
  /** Objectives people write when asked for one of their current OKRs, and how often they write one. */
  sampleOkrs: readonly string[];
  sampleRate: number;
}

// ——— Levels ———————————————————————————————————————————————————————————————————————————————————————————

/** A sound organization: hygiene, culture and OKR/KPI understanding in place, goals reasonably written. */
const SOUND: Record<string, number> = {
  'hygiene.pay': 70,
  'hygiene.security': 74,
  'hygiene.systems': 70,
  'participation.breadth': 72,
  'participation.silos': 72,
  'culture.commitment': 72,
  'culture.efficacy': 70,
  'culture.support': 68,
  'culture.safety': 70,
  'culture.transparency': 68,
  'okr-kpi.knowledge': 80,
  'okr-kpi.decoupling': 70,
  'okr-kpi.stability': 70,
  'breakdown.specificity': 72,
  'breakdown.granularity': 72,
  'breakdown.shared-definitions': 72,
  'breakdown.data': 70,
  /** Fast-changing work with a preference for autonomy over procedure: where OKR fits. */
  'fit.dynamism': 72,
  'fit.control': 38,
};

const level = (overrides: Record<string, number> = {}) => ({ ...SOUND, ...overrides });

// ——— Sample objectives ————————————————————————————————————————————————————————————————————————————————

/** Objectives that pass every SMART check. */
const SMART_OKRS = [
  'O: Make onboarding effortless. KR1: Cut average setup time from 40 to 15 minutes by the end of Q3. KR2: Raise activation in week one from 35% to 55%.',
  'O: Win more mid-size customers. KR1: Increase qualified leads from mid-size firms by 20% within 3 months. KR2: Raise the win rate on them from 15% to 25% this quarter.',
  'O: Increase product exposure. KR1: Grow monthly organic visits from 40k to 48k (+20%) within 3 months. KR2: Double newsletter sign-ups to 2,000 a month by the end of Q2.',
  'O: Ship changes faster. KR1: Cut median lead time from commit to production from 5 days to 2 days this quarter. KR2: Reduce failed deployments from 12% to 5% by end of Q4.',
  '目标：让新客户更快上手。关键结果1：本季度内把首次配置时间从3天缩短到1天。关键结果2：9月底前把新客户30天留存率从60%提高到75%。',
  '目标：提升复购。关键结果1：本季度把老客户复购率从18%提高到25%。关键结果2：6月底前把客户投诉率降低30%。',
];

/** The seed's "misfocused breakdown": vague statements and daily tasks written as key results. */
const VAGUE_OKRS = [
  'O: Improve user experience. KR: Complete requirement documents.',
  'O: Improve user experience. KR1: Complete the requirement documents. KR2: Optimise the checkout page.',
  'O: Strengthen brand awareness. KR1: Hold two product webinars. KR2: Publish blog posts regularly.',
  'O: Enhance product quality. KR1: Finish code review for all modules. KR2: Write test cases.',
  'O: Be a better partner to sales. KR1: Attend the weekly sales meeting. KR2: Prepare a product FAQ.',
  'O: Optimise internal processes. KR: Document the release process.',
  'Improve customer satisfaction and work harder on quality.',
  '目标：提升用户体验。关键结果：完成需求文档；优化页面。',
  '目标：加强团队协作。关键结果1：每周召开例会。关键结果2：整理项目文档。',
  '目标：提高产品质量。关键结果：完成测试用例编写；开展代码评审。',
];

/** Objectives that only hold a level: what steady operations write when asked for an OKR. */
const STEADY_OKRS = [
  'O: Keep operations stable. KR1: Maintain uptime at 99.9%. KR2: Keep support tickets below 200 a week.',
  'O: Keep scrap rate at or below 2% every month. KR: Maintain on-time delivery above 95%.',
  '目标：保持产线稳定。关键结果：设备故障停机时间维持在每月4小时以内。',
];

/** A typical mix: about half sound, the rest vague, task-like or business-as-usual. */
const MIXED_OKRS = [...SMART_OKRS, ...VAGUE_OKRS.slice(0, 3), STEADY_OKRS[0]!, VAGUE_OKRS[7]!];

/** Everything in place, a little above the sound baseline so that the evidence is clear, not marginal. */
const READY: Record<string, number> = {
  'hygiene.pay': 74,
  'hygiene.security': 78,
  'hygiene.systems': 74,
  'participation.breadth': 76,
  'participation.silos': 76,
  'culture.commitment': 76,
  'culture.efficacy': 74,
  'culture.support': 74,
  'culture.safety': 76,
  'culture.transparency': 76,
  'okr-kpi.knowledge': 80,
  'okr-kpi.decoupling': 74,
  'okr-kpi.stability': 74,
  'breakdown.specificity': 76,
  'breakdown.granularity': 76,
  'breakdown.shared-definitions': 76,
  'breakdown.data': 74,
  'fit.dynamism': 76,
  'fit.control': 34,
};

// ——— The cases ————————————————————————————————————————————————————————————————————————————————————————

const INTERNET_COMPANY_PROFILE: Record<string, Weighted> = {
  profile_industry: { technology: 0.9, services: 0.1 },
  profile_kpi_system: { some: 0.7, none: 0.2, established: 0.1 },
  profile_okr_experience: { never: 0.5, tried: 0.4, using: 0.1 },
  profile_bonus_link: { no: 0.6, partly: 0.2, dk: 0.2 },
  profile_business_units: { one: 0.85, two_to_four: 0.05, dk: 0.1 },
};

const SPECS: Record<SeedCaseName, CaseSpec> = {
  layoffs: {
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
    sampleOkrs: MIXED_OKRS,
    sampleRate: 0.5,
  },

  'product-only-pilot': {
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
    sampleOkrs: MIXED_OKRS,
    sampleRate: 0.5,
  },

  'okr-as-appraisal': {
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
    sampleOkrs: MIXED_OKRS,
    sampleRate: 0.5,
  },

  'vague-task-goals': {
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
    sampleOkrs: [...VAGUE_OKRS, VAGUE_OKRS[0]!, VAGUE_OKRS[7]!, SMART_OKRS[0]!],
    sampleRate: 0.75,
  },

  'traditional-manufacturer': {
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
    sampleOkrs: [...STEADY_OKRS, ...STEADY_OKRS, VAGUE_OKRS[3]!, SMART_OKRS[3]!],
    sampleRate: 0.4,
  },

  'mature-multi-unit': {
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
    sampleOkrs: MIXED_OKRS,
    sampleRate: 0.4,
  },

  'agile-ready': {
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
    sampleOkrs: [...SMART_OKRS, ...SMART_OKRS, VAGUE_OKRS[0]!, STEADY_OKRS[0]!],
    sampleRate: 0.6,
  },

  'department-too-small': {
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
    sampleOkrs: MIXED_OKRS,
    sampleRate: 0.5,
  },

  'too-few-responses': {
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
    sampleOkrs: MIXED_OKRS,
    sampleRate: 0.5,
  },
};

// ——— Generation ———————————————————————————————————————————————————————————————————————————————————————

const SHIPPED_QUESTIONNAIRE = parseQuestionnaire(shipped);

function pick(random: Random, weights: Weighted): string {
  const entries = Object.entries(weights);
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

const TODAY = '2026-03-02';

/**
 * The organization, open campaign and responses of one seed case. Deterministic for a given name and seed;
 * `questionnaire` defaults to the shipped readiness-okr questionnaire.
 */
export function buildSeedCase(
  name: SeedCaseName,
  seed: number = DEFAULT_SEED,
  questionnaire: Questionnaire = SHIPPED_QUESTIONNAIRE,
): SeedCase {
  const spec = SPECS[name];
  const random = seededRandom(seed);
  const departmentId = (key: string) => `${name}-${key}`;
  const organization: Organization = {
    id: `${name}-org`,
    name: spec.organizationName,
    departments: spec.departments.map((d) => ({
      id: departmentId(d.key),
      name: d.name,
      headcount: d.headcount,
    })),
    createdOn: '2026-02-20',
  };
  let token = 0;
  const campaign = openCampaign(
    createCampaign({
      id: `${name}-campaign`,
      organizationId: organization.id,
      name: 'OKR readiness baseline',
      questionnaireId: questionnaire.id,
      modelVersion: questionnaire.modelVersion,
      departmentIds: organization.departments.map((d) => d.id),
      today: '2026-02-23',
      newToken: () => `${name}-token-${++token}`,
    }),
    TODAY,
  );
  let serial = 0;
  const responses = spec.departments.flatMap((d) =>
    Array.from({ length: d.answered }, (): SurveyResponse => {
      const profileAnswers: Answers = {};
      for (const [question, weights] of Object.entries(spec.profile))
        profileAnswers[question] = pick(random, weights);
      const answers: Answers = {
        ...synthesizeAnswers(
          questionnaire,
          {
            levels: d.levels,
            defaultLevel: 65,
            fixedAnswers: { ...profileAnswers, success_meaning: pick(random, d.meaning) },
          },
          random,
        ),
      };
      // Most people name the departments their team relies on; some leave one out.
      answers.depends_on = d.dependsOn.filter(() => random() < 0.85).map(departmentId);
      if (random() < spec.sampleRate) {
        answers.sample_okr = spec.sampleOkrs[Math.floor(random() * spec.sampleOkrs.length)]!;
      }
      return {
        id: `${name}-response-${++serial}`,
        campaignId: campaign.id,
        departmentId: departmentId(d.key),
        language: random() < 0.3 ? 'zh-cn' : 'en',
        submittedOn: TODAY,
        answers,
      };
    }),
  );
  return {
    name,
    story: spec.story,
    expected: spec.expected,
    organization,
    campaign,
    responses,
  };
}
