// The seed document's cases as synthetic organizations: their names, and the deterministic generator.

import shipped from '../../questionnaires/readiness-okr.json';
import { seededRandom, synthesizeAnswers, type Random } from '../../server/demo/synthesize-responses';
import { createCampaign, openCampaign, type Campaign } from '../../server/domain/campaigns/campaign';
import type { Organization } from '../../server/domain/campaigns/organization';
import { parseQuestionnaire, type Questionnaire } from '../../server/domain/instrument/questionnaire';
import type { SurveyResponse } from '../../server/domain/instrument/response';
import type { Answers } from '../../server/domain/instrument/validate-answers';
import type { CaseSpec, ExpectedVerdict, Weighted } from './case-spec';
import { agileReady } from './cases/agile-ready';
import { departmentTooSmall } from './cases/department-too-small';
import { layoffs } from './cases/layoffs';
import { matureMultiUnit } from './cases/mature-multi-unit';
import { okrAsAppraisal } from './cases/okr-as-appraisal';
import { productOnlyPilot } from './cases/product-only-pilot';
import { tooFewResponses } from './cases/too-few-responses';
import { traditionalManufacturer } from './cases/traditional-manufacturer';
import { vagueTaskGoals } from './cases/vague-task-goals';

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
  expected: ExpectedVerdict;
  organization: Organization;
  campaign: Campaign;
  responses: SurveyResponse[];
}

/** Each case's organization, story and expected verdict (one file per case, under cases/). */
const SPECS: Record<SeedCaseName, CaseSpec> = {
  layoffs,
  'product-only-pilot': productOnlyPilot,
  'okr-as-appraisal': okrAsAppraisal,
  'vague-task-goals': vagueTaskGoals,
  'traditional-manufacturer': traditionalManufacturer,
  'mature-multi-unit': matureMultiUnit,
  'agile-ready': agileReady,
  'department-too-small': departmentTooSmall,
  'too-few-responses': tooFewResponses,
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
  const asks = (question: string) => questionnaire.questions.some((q) => q.id === question);
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
      // HR's statement counts only where the questionnaire does not ask respondents (model 2 on).
      organizationFacts: asks('profile_business_units') ? {} : spec.facts,
      today: '2026-02-23',
      newToken: () => `${name}-token-${++token}`,
    }),
    TODAY,
    Date.parse(TODAY),
  );
  let serial = 0;
  const manages = ['no', 'no', 'no', 'no', 'no', 'no', 'yes', 'yes', 'undisclosed'];
  const responses = spec.departments.flatMap((d) =>
    Array.from({ length: d.answered }, (): SurveyResponse => {
      const profileAnswers: Answers = {};
      // Drawn for every profile question of the case, so questionnaire 1's answers stay as they were;
      // only those the questionnaire asks are kept.
      for (const [question, weights] of Object.entries(spec.profile)) {
        const answer = pick(random, weights);
        if (asks(question)) profileAnswers[question] = answer;
      }
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
      if (asks('profile_okr_training')) {
        answers.profile_okr_training = random() < (spec.trained ?? 0.2) ? 'yes' : 'no';
        answers.profile_manages_people = manages[Math.floor(random() * manages.length)]!;
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
