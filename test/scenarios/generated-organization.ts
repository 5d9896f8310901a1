// Generated organizations for measuring how often the model errs: every department drawn from true scale
// levels, so the truth is known and a verdict can be scored right or wrong (MODEL.md section 10.4).

import { seededRandom, synthesizeAnswers } from '../../server/demo/synthesize-responses';
import { createCampaign, openCampaign, type Campaign } from '../../server/domain/campaigns/campaign';
import type { Organization } from '../../server/domain/campaigns/organization';
import type { Questionnaire } from '../../server/domain/instrument/questionnaire';
import type { SurveyResponse } from '../../server/domain/instrument/response';

export interface GeneratedDepartment {
  /** True level (0–100) of each scale in this department; unnamed scales sit at the case's default. */
  levels: Record<string, number>;
  respondents: number;
}

export interface OrganizationCase {
  departments: GeneratedDepartment[];
  defaultLevel: number;
  /** How far people differ from their department on a scale, in answer points (0.6 in the demo). */
  personSpread: number;
  /** Item-to-item noise around a person's own level, in answer points (0.5 in the demo). */
  itemSpread: number;
}

export interface GeneratedOrganization {
  organization: Organization;
  campaign: Campaign;
  responses: SurveyResponse[];
}

const TODAY = '2026-12-01';

/**
 * Every readiness scale 15 points clear of the barrier line that judges it, on the healthy side: means at
 * 80 (the pilot line is 65, the red line 50), knowledge at 80% (line 60), dynamism 80 and control 30 (so
 * neither route applies: lines 40/60 and 60). The hardest organization that is still clearly ready.
 */
export const CLEARLY_READY: Record<string, number> = {
  'hygiene.pay': 80,
  'hygiene.security': 80,
  'hygiene.systems': 80,
  'participation.breadth': 80,
  'participation.silos': 80,
  'culture.commitment': 80,
  'culture.efficacy': 80,
  'culture.support': 80,
  'culture.safety': 80,
  'culture.transparency': 80,
  'okr-kpi.knowledge': 80,
  'okr-kpi.decoupling': 80,
  'okr-kpi.stability': 80,
  'breakdown.specificity': 80,
  'breakdown.granularity': 80,
  'breakdown.shared-definitions': 80,
  'breakdown.data': 80,
  // Questionnaire 2's added scales; questionnaire 1 has no items on them.
  'culture.trust': 80,
  'culture.motivation': 80,
  'culture.growth': 80,
  'okr-kpi.strategy': 80,
  'fit.dynamism': 80,
  'fit.control': 30,
};

/** Hygiene 15 points under the red line (35): "Fix hygiene first" whatever else holds. */
export const CLEARLY_FAILING: Record<string, number> = {
  ...CLEARLY_READY,
  'hygiene.pay': 35,
  'hygiene.security': 35,
  'hygiene.systems': 35,
};

/** The participation and breakdown scales, the ones a silo shows on. */
export const SILO_SCALES = [
  'participation.breadth',
  'participation.silos',
  'breakdown.specificity',
  'breakdown.granularity',
  'breakdown.shared-definitions',
  'breakdown.data',
];

/** Four departments of `respondents` each at the same levels: nothing differs between them. */
export function uniform(levels: Record<string, number>, respondents = 12) {
  return Array.from({ length: 4 }, () => ({ levels, respondents }));
}

/** Like `uniform`, but the last department sits `gap` points lower on every silo scale. */
export function withSilo(levels: Record<string, number>, gap: number, respondents = 12) {
  const apart = { ...levels };
  for (const s of SILO_SCALES) apart[s] = (levels[s] ?? 65) - gap;
  return [...uniform(levels, respondents).slice(0, 3), { levels: apart, respondents }];
}

/**
 * One organization, its open campaign on `modelVersion` and its responses, deterministic for a seed.
 * Everyone answers the profile questions as a one-unit company without an established KPI system, so the
 * Balanced Scorecard route never applies.
 */
export function generateOrganization(
  questionnaire: Questionnaire,
  spec: OrganizationCase,
  seed: number,
  modelVersion: string,
): GeneratedOrganization {
  const random = seededRandom(seed);
  const organization: Organization = {
    id: 'generated-org',
    name: 'Generated',
    departments: spec.departments.map((d, i) => ({
      id: `dept-${i + 1}`,
      name: `Department ${i + 1}`,
      // A response rate of 80%: well clear of the 60% line.
      headcount: Math.ceil(d.respondents / 0.8),
    })),
    createdOn: TODAY,
  };
  let token = 0;
  const campaign = openCampaign(
    createCampaign({
      id: 'generated-campaign',
      organizationId: organization.id,
      name: 'Generated',
      questionnaireId: questionnaire.id,
      modelVersion,
      departmentIds: organization.departments.map((d) => d.id),
      today: TODAY,
      newToken: () => `token-${++token}`,
    }),
    TODAY,
    Date.parse(TODAY),
  );
  let serial = 0;
  const responses = spec.departments.flatMap((d, i) =>
    Array.from({ length: d.respondents }, (): SurveyResponse => ({
      id: `response-${++serial}`,
      campaignId: campaign.id,
      departmentId: `dept-${i + 1}`,
      language: 'en',
      submittedOn: TODAY,
      answers: synthesizeAnswers(
        questionnaire,
        {
          levels: d.levels,
          defaultLevel: spec.defaultLevel,
          personSpread: spec.personSpread,
          itemSpread: spec.itemSpread,
          fixedAnswers: {
            profile_business_units: 'one',
            profile_kpi_system: 'some',
            success_meaning: 'customer',
          },
        },
        random,
      ),
    })),
  );
  return { organization, campaign, responses };
}
