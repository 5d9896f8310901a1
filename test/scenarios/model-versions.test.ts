// A campaign keeps the model it was created with, and a released report stays what it was (issue 10,
// finding 11): model 1's reports on fixed responses are pinned as the code before model 2 computed them,
// while model 2 judges the same responses by its own rules (findings 7 and 8).

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BARRIER_MODEL_V1,
  judgingModel,
  BARRIER_MODELS,
  type BarrierModel,
} from '../../server/domain/instrument/barrier-model';
import { buildCampaignReport } from '../../server/domain/analysis/campaign-report';
import type { Questionnaire } from '../../server/domain/instrument/questionnaire';
import { loadQuestionnaires } from '../../server/load-questionnaires';
import { loadPinnedOrganizations, pinnedParts } from './pinned-organizations';

/** How a campaign on questionnaire 1 created since model 2 exists is judged. */
const MODEL_2_ON_QUESTIONNAIRE_1 = judgingModel('2', '1')!;

const PINNED = JSON.parse(
  readFileSync(new URL('./fixtures/model-1-reports.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

let questionnaire: Questionnaire;
beforeAll(async () => {
  questionnaire = (await loadQuestionnaires()).get('readiness-okr')!;
});

function reportsUnder(model: BarrierModel) {
  return loadPinnedOrganizations(model.version).map(({ name, organization, campaign, responses }) => ({
    name,
    report: buildCampaignReport({ organization, campaign, questionnaire, model, responses }),
  }));
}

describe('model versions on fixed responses', () => {
  it.each(['chance-gap', 'consensus-ready', 'consensus-failing'])(
    'keeps the %s campaign’s model-1 report as released: decision, every check, silo signals, recommendations',
    (name) => {
      const { report } = reportsUnder(BARRIER_MODELS['1']!).find((r) => r.name === name)!;
      expect(report.modelVersion).toBe('1');
      expect(pinnedParts(report)).toEqual(PINNED[name]);
    },
  );

  it.each([
    {
      name: 'chance-gap',
      model1: { verdict: 'pilot-first', decidingGate: 'participation-breakdown' },
      model2: { verdict: 'ready', decidingGate: null },
    },
    {
      name: 'consensus-ready',
      model1: { verdict: 'insufficient-evidence', decidingGate: 'data-sufficiency' },
      model2: { verdict: 'ready', decidingGate: null },
    },
    {
      name: 'consensus-failing',
      model1: { verdict: 'insufficient-evidence', decidingGate: 'data-sufficiency' },
      model2: { verdict: 'fix-hygiene', decidingGate: 'hygiene' },
    },
  ])(
    'decides $name by each campaign’s own model: $model1.verdict on model 1, $model2.verdict on model 2',
    ({ name, model1, model2 }) => {
      const under = (model: BarrierModel) => reportsUnder(model).find((r) => r.name === name)!.report;
      expect(under(BARRIER_MODEL_V1).decision).toMatchObject(model1);
      expect(under(MODEL_2_ON_QUESTIONNAIRE_1).decision).toMatchObject({ ...model2, provisional: false });
      expect(under(MODEL_2_ON_QUESTIONNAIRE_1).modelVersion).toBe('2');
    },
  );
});
