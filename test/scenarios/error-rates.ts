// How often the model errs on organizations whose truth is known: false "Pilot first" in uniform, clearly
// ready organizations, refusals of clearly ready and clearly failing ones, and how often a real silo is
// found. Every organization goes through the real report builder (MODEL.md section 10.4).

import type { BarrierModel } from '../../server/domain/instrument/barrier-model';
import { buildCampaignReport } from '../../server/domain/analysis/campaign-report';
import type { Questionnaire } from '../../server/domain/instrument/questionnaire';
import { wilsonInterval } from '../../server/domain/statistics/intervals';
import type { Verdict } from '../../server/domain/decisions/verdicts';
import {
  CLEARLY_FAILING,
  CLEARLY_READY,
  generateOrganization,
  uniform,
  withSilo,
  type OrganizationCase,
} from './generated-organization';

/** What is counted in a case: a rate that must stay low (an error) or one that should be high (power). */
export interface Measure {
  label: string;
  verdicts: readonly Verdict[];
  kind: 'error' | 'power';
}

export interface ErrorRateCase {
  name: string;
  spec: OrganizationCase;
  measures: readonly Measure[];
}

const FALSE_PILOT: Measure = { label: 'false "Pilot first"', verdicts: ['pilot-first'], kind: 'error' };
const REFUSED: Measure = {
  label: 'refused ("Not enough evidence yet")',
  verdicts: ['insufficient-evidence'],
  kind: 'error',
};
const FOUND: Measure = { label: 'silo found ("Pilot first")', verdicts: ['pilot-first'], kind: 'power' };

/** In the demo's synthetic answers people differ from their department by 0.6 answer points (SD). */
const DEMO_SPREAD = 0.6;
/** Departments that agree: people differ by half as much, so α is low though every mean is precise. */
const CONSENSUS_SPREAD = 0.3;

const spec = (departments: OrganizationCase['departments'], personSpread: number): OrganizationCase => ({
  departments,
  defaultLevel: 65,
  personSpread,
  itemSpread: 0.5,
});

/** Four departments of twelve; every true level at least 15 points clear of the line that judges it. */
export const ERROR_RATE_CASES: readonly ErrorRateCase[] = [
  {
    name: 'clearly ready, every department alike',
    spec: spec(uniform(CLEARLY_READY), DEMO_SPREAD),
    measures: [FALSE_PILOT, REFUSED],
  },
  {
    name: 'clearly ready, every department alike, people agreeing',
    spec: spec(uniform(CLEARLY_READY), CONSENSUS_SPREAD),
    measures: [FALSE_PILOT, REFUSED],
  },
  {
    name: 'clearly failing (hygiene at 35), every department alike',
    spec: spec(uniform(CLEARLY_FAILING), DEMO_SPREAD),
    measures: [REFUSED],
  },
  {
    name: 'clearly failing (hygiene at 35), every department alike, people agreeing',
    spec: spec(uniform(CLEARLY_FAILING), CONSENSUS_SPREAD),
    measures: [REFUSED],
  },
  {
    name: 'clearly ready but one department 30 points lower on participation and breakdown',
    spec: spec(withSilo(CLEARLY_READY, 30), DEMO_SPREAD),
    measures: [FOUND],
  },
  {
    name: 'clearly ready but one department 20 points lower on participation and breakdown',
    spec: spec(withSilo(CLEARLY_READY, 20), DEMO_SPREAD),
    measures: [FOUND],
  },
];

export interface Rate {
  count: number;
  of: number;
  rate: number;
  low: number;
  high: number;
}

export interface CaseResult {
  name: string;
  /** Per measure label, per model version. */
  rates: { measure: Measure; byModel: Record<string, Rate> }[];
}

/**
 * Runs `organizations` generated organizations of one case through the report builder under each model,
 * the same organizations for every model; organization i is generated from seed `seed + i`.
 */
export function measureCase(
  questionnaire: Questionnaire,
  errorCase: ErrorRateCase,
  models: readonly BarrierModel[],
  organizations: number,
  seed: number,
): CaseResult {
  const counts = new Map<string, number>();
  const key = (measure: Measure, model: BarrierModel) => `${measure.label}@${model.version}`;
  for (let i = 0; i < organizations; i++) {
    const generated = generateOrganization(questionnaire, errorCase.spec, seed + i, models[0]!.version);
    for (const model of models) {
      const { organization, responses } = generated;
      const campaign = { ...generated.campaign, modelVersion: model.version };
      const { verdict } = buildCampaignReport({
        organization,
        campaign,
        questionnaire,
        model,
        responses,
      }).decision;
      for (const measure of errorCase.measures) {
        if (measure.verdicts.includes(verdict)) {
          counts.set(key(measure, model), (counts.get(key(measure, model)) ?? 0) + 1);
        }
      }
    }
  }
  return {
    name: errorCase.name,
    rates: errorCase.measures.map((measure) => ({
      measure,
      byModel: Object.fromEntries(
        models.map((model) => {
          const count = counts.get(key(measure, model)) ?? 0;
          const share = wilsonInterval(count, organizations);
          return [
            model.version,
            { count, of: organizations, rate: share.p ?? 0, low: share.low ?? 0, high: share.high ?? 0 },
          ];
        }),
      ),
    })),
  };
}
