// Properties every scoring must keep, whatever the answers: checked over many generated answer sets.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BARRIER_MODEL_V1 } from '../../../../server/domain/instrument/barrier-model';
import { buildCampaignReport } from '../../../../server/domain/analysis/campaign-report';
import { releaseResponses } from '../../../../server/domain/anonymity/release';
import { createCampaign } from '../../../../server/domain/campaigns/campaign';
import type { Question } from '../../../../server/domain/instrument/questionnaire';
import { scoreItem, scoreResponse } from '../../../../server/domain/instrument/scoring';
import type { Answers } from '../../../../server/domain/instrument/validate-answers';
import { makeResponse } from '../../../fixtures/make-response';
import { fixtureQuestionnaire } from '../../../fixtures/questionnaire';

const questionnaire = fixtureQuestionnaire();
const likertIds = questionnaire.questions.filter((q) => q.role === 'likert').map((q) => q.id);
const answerValue = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant('dk'));
const answerSet = fc
  .record(Object.fromEntries(likertIds.map((id) => [id, answerValue])), { requiredKeys: [] })
  .map((answers) => answers as Answers);

describe('scoring properties', () => {
  it('scores a reverse-coded item as the mirror image of the same item keyed forward', () => {
    const item = questionnaire.questions.find((q) => q.role === 'likert')!;
    const forward: Question = { ...item, reverse: false };
    const reverse: Question = { ...item, reverse: true };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), (x) => {
        expect(scoreItem(reverse, x)! + scoreItem(forward, x)!).toBe(100);
        expect(scoreItem(reverse, x)).toBe(scoreItem(forward, 6 - x));
      }),
    );
  });

  it('keeps every scale and dimension score within 0–100', () => {
    fc.assert(
      fc.property(answerSet, (answers) => {
        const { scales, dimensions } = scoreResponse(questionnaire, BARRIER_MODEL_V1, answers);
        for (const v of [...Object.values(scales), ...Object.values(dimensions)]) {
          if (v !== null && v !== undefined) expect(v >= 0 && v <= 100).toBe(true);
        }
      }),
    );
  });

  it('gives the same figures whatever order the released answers arrived in', () => {
    const organization = {
      id: 'org',
      name: 'Org',
      departments: [
        { id: 'a', name: 'A', headcount: 10 },
        { id: 'b', name: 'B', headcount: 10 },
      ],
      createdOn: '2026-11-26',
    };
    let n = 0;
    const campaign = createCampaign({
      id: 'c',
      organizationId: 'org',
      name: 'Wave',
      questionnaireId: 'fixture',
      modelVersion: '1',
      departmentIds: ['a', 'b'],
      today: '2026-11-26',
      newToken: () => `t${n++}`,
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b'), answerSet), { minLength: 5, maxLength: 16 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 16, maxLength: 16 }),
        (rows, keys) => {
          const responses = rows.map(([departmentId, answers], i) =>
            makeResponse({ id: `r${i}`, campaignId: 'c', departmentId, answers }),
          );
          const shuffled = responses
            .map((r, i) => [keys[i]!, r] as const)
            .sort((x, y) => x[0] - y[0])
            .map(([, r]) => r);
          const build = (list: typeof responses) =>
            buildCampaignReport({
              organization,
              campaign,
              questionnaire,
              model: BARRIER_MODEL_V1,
              responses: list,
            });
          // Which answers are released depends on the order they arrived (the earliest go first); the
          // figures computed on a released set do not.
          const released = releaseResponses(questionnaire, responses, campaign.minGroupSize).responses;
          const inOrder = new Map(released.map((r) => [r.id, r]));
          const a = build(released);
          const b = build(shuffled.flatMap((r) => (inOrder.has(r.id) ? [inOrder.get(r.id)!] : [])));
          // Sums in another order may differ in the last bit; nothing a reader sees does.
          expect(JSON.stringify(b.decision, round)).toBe(JSON.stringify(a.decision, round));
          expect(JSON.stringify(b.overall, round)).toBe(JSON.stringify(a.overall, round));
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 40) },
    );
  });
});

function round(_key: string, value: unknown) {
  return typeof value === 'number' ? Math.round(value * 1e9) / 1e9 : value;
}
