// The measurement command's machinery on a handful of organizations, so the command cannot rot unseen.
// The rates themselves are measured by the command over 1,000 organizations per case, not judged here.

import { beforeAll, describe, expect, it } from 'vitest';
import { BARRIER_MODEL_V1, judgingModel } from '../../server/domain/instrument/barrier-model';
import type { Questionnaire } from '../../server/domain/instrument/questionnaire';
import { loadQuestionnaires } from '../../server/load-questionnaires';
import { ERROR_RATE_CASES, measureCase } from './error-rates';
import { CLEARLY_READY, generateOrganization, uniform } from './generated-organization';

let questionnaire: Questionnaire;
beforeAll(async () => {
  questionnaire = (await loadQuestionnaires()).get('readiness-okr')!;
});

describe('error-rate measurement', () => {
  it('generates four departments of twelve at the levels asked, the same for the same seed', () => {
    const spec = {
      departments: uniform(CLEARLY_READY),
      defaultLevel: 65,
      personSpread: 0.6,
      itemSpread: 0.5,
    };
    const once = generateOrganization(questionnaire, spec, 7, '2');
    expect(once.organization.departments).toHaveLength(4);
    expect(once.responses).toHaveLength(48);
    expect(once.campaign.modelVersion).toBe('2');
    expect(generateOrganization(questionnaire, spec, 7, '2').responses).toEqual(once.responses);
  });

  it('counts each measure under every model on the same organizations, with a Wilson interval', () => {
    const result = measureCase(
      questionnaire,
      ERROR_RATE_CASES[0]!,
      [BARRIER_MODEL_V1, judgingModel('2', '1')!],
      3,
      1,
    );
    expect(result.rates.map((r) => r.measure.label)).toEqual([
      'false "Pilot first"',
      'refused ("Not enough evidence yet")',
    ]);
    for (const { byModel } of result.rates) {
      for (const version of ['1', '2']) {
        const rate = byModel[version]!;
        expect(rate.of).toBe(3);
        expect(rate.rate).toBe(rate.count / 3);
        // Wilson's bound at 0 of n comes out a few ulps above 0.
        expect(rate.low).toBeLessThanOrEqual(rate.rate + 1e-12);
        expect(rate.high).toBeGreaterThanOrEqual(rate.rate);
      }
    }
  });
});
