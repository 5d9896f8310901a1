// A demo organization with one open campaign and synthetic responses, so a newcomer sees a full report at
// once. Its story: hygiene and culture are sound, but goals are broken down poorly and departments work
// in silos, so the model should advise a pilot; one department is too small to be shown. Departments
// answer in whole batches of five, so that most of their answers are released (MODEL.md §5.2).

import { createCampaign, openCampaign, type Campaign } from '../domain/campaigns/campaign';
import type { Organization } from '../domain/campaigns/organization';
import type { Questionnaire } from '../domain/instrument/questionnaire';
import type { SurveyResponse } from '../domain/instrument/response';
import { seededRandom, synthesizeAnswers, type GroupProfile } from './synthesize-responses';

export interface DemoData {
  organization: Organization;
  campaign: Campaign;
  responses: SurveyResponse[];
}

const SOUND_BASICS = {
  'hygiene.pay': 70,
  'hygiene.security': 74,
  'hygiene.systems': 68,
  'okr-kpi.knowledge': 75,
  'okr-kpi.decoupling': 68,
  'okr-kpi.stability': 66,
  'culture.safety': 70,
  'culture.commitment': 72,
  'culture.efficacy': 68,
  'fit.dynamism': 72,
  'fit.control': 40,
};

interface DemoDepartment {
  name: string;
  headcount: number;
  answered: number;
  /** The departments its people say they rely on (by name). */
  dependsOn: string[];
  profile: GroupProfile;
}

const DEPARTMENTS: DemoDepartment[] = [
  {
    name: 'Product & R&D',
    dependsOn: ['Marketing'],
    headcount: 24,
    answered: 20,
    profile: {
      defaultLevel: 62,
      levels: { ...SOUND_BASICS, 'participation.silos': 36, 'breakdown.shared-definitions': 38 },
      fixedAnswers: {
        success_meaning: 'innovation',
      },
    },
  },
  {
    name: 'Marketing',
    dependsOn: ['Product & R&D', 'Sales'],
    headcount: 14,
    answered: 10,
    profile: {
      defaultLevel: 60,
      levels: {
        ...SOUND_BASICS,
        'participation.breadth': 40,
        'participation.silos': 30,
        'breakdown.specificity': 42,
        'breakdown.granularity': 44,
      },
      fixedAnswers: { success_meaning: 'volume' },
    },
  },
  {
    name: 'Sales',
    dependsOn: ['Marketing', 'Operations'],
    headcount: 16,
    answered: 15,
    profile: {
      defaultLevel: 64,
      levels: {
        ...SOUND_BASICS,
        'participation.breadth': 76,
        'participation.silos': 76,
        'breakdown.granularity': 50,
      },
      fixedAnswers: {
        success_meaning: 'volume',
      },
    },
  },
  {
    name: 'Operations',
    dependsOn: ['Sales'],
    headcount: 12,
    answered: 10,
    profile: {
      defaultLevel: 58,
      levels: { ...SOUND_BASICS, 'fit.dynamism': 50, 'fit.control': 62 },
      fixedAnswers: {
        success_meaning: 'cost',
      },
    },
  },
  {
    name: 'Finance',
    dependsOn: [],
    headcount: 4,
    answered: 3,
    profile: {
      defaultLevel: 62,
      levels: SOUND_BASICS,
      fixedAnswers: {
        success_meaning: 'cost',
      },
    },
  },
];

/** Objectives as the demo's staff would write them today: some sound, many vague or task-like. */
const SAMPLE_OKRS = [
  'O: Improve user experience. KR1: Optimise the checkout page. KR2: Complete the requirement documents.',
  'O: Make onboarding effortless. KR1: Cut average setup time from 40 to 15 minutes by the end of Q3. KR2: Raise activation in week one from 35% to 55%.',
  'O: Grow brand awareness. KR1: Hold four webinars. KR2: Launch the new website.',
  'O: Keep operations stable. KR1: Maintain uptime at 99.9%. KR2: Keep support tickets below 200 a week.',
  '目标：提升用户体验。关键结果：完成需求文档；优化页面。',
  '目标：让新客户更快上手。关键结果1：本季度内把首次配置时间从3天缩短到1天。关键结果2：9月底前把新客户30天留存率从60%提高到75%。',
  'O: Win more mid-size customers. KR1: Increase qualified leads from mid-size firms by 20% within 3 months. KR2: Raise the win rate on them from 15% to 25% this quarter.',
];

const MEANINGS = ['cost', 'volume', 'quality', 'speed', 'customer', 'innovation'];
const pick = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)]!;

export function buildDemoData(
  questionnaire: Questionnaire,
  ids: { newId: () => string; newToken: () => string },
  today: string,
  seed = 20261126,
): DemoData {
  const random = seededRandom(seed);
  const organization: Organization = {
    id: ids.newId(),
    name: 'Northwind Devices (demo)',
    departments: DEPARTMENTS.map((d) => ({ id: ids.newId(), name: d.name, headcount: d.headcount })),
    createdOn: today,
  };
  const draft = createCampaign({
    id: ids.newId(),
    organizationId: organization.id,
    name: 'Readiness baseline (demo)',
    questionnaireId: questionnaire.id,
    departmentIds: organization.departments.map((d) => d.id),
    // What the demo's HR would state: one company, KPIs in some departments, growing fast.
    organizationFacts: {
      industry: 'technology',
      businessUnits: 'one',
      kpiSystem: 'some',
      maturity: 'growing',
      projectPractice: 'some',
      okrExperience: 'never',
      payLink: 'partly',
    },
    today,
    newToken: ids.newToken,
  });
  const campaign = openCampaign(draft, today, Date.parse(today));
  const idOf = new Map(organization.departments.map((d) => [d.name, d.id]));
  const responses = DEPARTMENTS.flatMap((d, i) =>
    Array.from({ length: d.answered }, (): SurveyResponse => ({
      id: ids.newId(),
      campaignId: campaign.id,
      departmentId: organization.departments[i]!.id,
      language: random() < 0.3 ? 'zh-cn' : 'en',
      submittedOn: today,
      answers: {
        ...synthesizeAnswers(questionnaire, d.profile, random),
        // People in one department do not all see it the same way: some name other meanings, and not
        // everyone names every department their team relies on.
        ...(random() < 0.25 ? { success_meaning: pick(MEANINGS, random) } : {}),
        depends_on: d.dependsOn.filter(() => random() < 0.8).map((name) => idOf.get(name)!),
        ...(random() < 0.6 ? { sample_okr: pick(SAMPLE_OKRS, random) } : {}),
      },
    })),
  );
  return { organization, campaign, responses };
}
