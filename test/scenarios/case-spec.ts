// The spec of a seed case, and the levels, sample objectives and profiles the cases share.

import type { OrganizationFacts } from '../../server/domain/campaigns/organization-facts';
import type { Verdict } from '../../server/domain/decisions/verdicts';

/** What a reader of the seed would conclude, and the decision gate that should say so. */
export interface ExpectedVerdict {
  verdict: Verdict;
  decidingGate: string | null;
}

/** A choice drawn with the given weights (they need not sum to 1). */
export type Weighted = Record<string, number>;

export interface DepartmentSpec {
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

export interface CaseSpec {
  story: string;
  expected: ExpectedVerdict;
  organizationName: string;
  departments: DepartmentSpec[];
  /** How respondents describe the organization (questionnaire 1's profile questions), drawn per respondent. */
  profile: Record<string, Weighted>;
  /** What HR states about the organization (questionnaire 2 asks HR instead of respondents). */
  facts: Partial<OrganizationFacts>;
  /** Share of respondents who had OKR training (questionnaire 2 asks it); a fifth unless told. */
  trained?: number;
  /** Objectives people write when asked for one of their current OKRs, and how often they write one. */
  sampleOkrs: readonly string[];
  sampleRate: number;
}

// ——— Levels ———————————————————————————————————————————————————————————————————————————————————————————

/** A sound organization: hygiene, culture and OKR/KPI understanding in place, goals reasonably written. */
export const SOUND: Record<string, number> = {
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
  // Scales questionnaire 2 adds (model 2); questionnaire 1 has no items on them, so its cases are unchanged.
  'culture.trust': 70,
  'culture.motivation': 70,
  'culture.growth': 68,
  'okr-kpi.strategy': 70,
  /** Fast-changing work with a preference for autonomy over procedure: where OKR fits. */
  'fit.dynamism': 72,
  'fit.control': 38,
};

export const level = (overrides: Record<string, number> = {}) => ({ ...SOUND, ...overrides });

/** Everything in place, a little above the sound baseline so that the evidence is clear, not marginal. */
export const READY: Record<string, number> = {
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
  'culture.trust': 74,
  'culture.motivation': 74,
  'culture.growth': 72,
  'okr-kpi.strategy': 74,
  'fit.dynamism': 76,
  'fit.control': 34,
};

// ——— Sample objectives ————————————————————————————————————————————————————————————————————————————————

/** Objectives that pass every SMART check. */
export const SMART_OKRS = [
  'O: Make onboarding effortless. KR1: Cut average setup time from 40 to 15 minutes by the end of Q3. KR2: Raise activation in week one from 35% to 55%.',
  'O: Win more mid-size customers. KR1: Increase qualified leads from mid-size firms by 20% within 3 months. KR2: Raise the win rate on them from 15% to 25% this quarter.',
  'O: Increase product exposure. KR1: Grow monthly organic visits from 40k to 48k (+20%) within 3 months. KR2: Double newsletter sign-ups to 2,000 a month by the end of Q2.',
  'O: Ship changes faster. KR1: Cut median lead time from commit to production from 5 days to 2 days this quarter. KR2: Reduce failed deployments from 12% to 5% by end of Q4.',
  '目标：让新客户更快上手。关键结果1：本季度内把首次配置时间从3天缩短到1天。关键结果2：9月底前把新客户30天留存率从60%提高到75%。',
  '目标：提升复购。关键结果1：本季度把老客户复购率从18%提高到25%。关键结果2：6月底前把客户投诉率降低30%。',
];

/** The seed's "misfocused breakdown": vague statements and daily tasks written as key results. */
export const VAGUE_OKRS = [
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
export const STEADY_OKRS = [
  'O: Keep operations stable. KR1: Maintain uptime at 99.9%. KR2: Keep support tickets below 200 a week.',
  'O: Keep scrap rate at or below 2% every month. KR: Maintain on-time delivery above 95%.',
  '目标：保持产线稳定。关键结果：设备故障停机时间维持在每月4小时以内。',
];

/** A typical mix: about half sound, the rest vague, task-like or business-as-usual. */
export const MIXED_OKRS = [...SMART_OKRS, ...VAGUE_OKRS.slice(0, 3), STEADY_OKRS[0]!, VAGUE_OKRS[7]!];

// ——— What HR states ——————————————————————————————————————————————————————————————————————————————————————

/** A single-company internet business, growing, with KPIs in some departments. */
export const INTERNET_COMPANY_FACTS: Partial<OrganizationFacts> = {
  industry: 'technology',
  businessUnits: 'one',
  kpiSystem: 'some',
  maturity: 'growing',
  projectPractice: 'some',
  okrExperience: 'never',
  payLink: 'partly',
};

// ——— Profiles —————————————————————————————————————————————————————————————————————————————————————————

/** How the people of an internet company describe it; cases override what differs. */
export const INTERNET_COMPANY_PROFILE: Record<string, Weighted> = {
  profile_industry: { technology: 0.9, services: 0.1 },
  profile_kpi_system: { some: 0.7, none: 0.2, established: 0.1 },
  profile_okr_experience: { never: 0.5, tried: 0.4, using: 0.1 },
  profile_bonus_link: { no: 0.6, partly: 0.2, dk: 0.2 },
  profile_business_units: { one: 0.85, two_to_four: 0.05, dk: 0.1 },
};
