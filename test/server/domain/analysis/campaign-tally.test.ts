// The figures kept as answers arrive must be the figures a full recomputation gives: generated campaigns on
// both questionnaires, with skipped items, "don't know", uneven units and several group minimums, filed one
// by one into a tally and compared, after every response, with the release rule and group summaries run
// over the whole list so far.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCampaignTally } from '../../../../server/domain/analysis/campaign-tally';
import { summarizeGroup, type GroupSummary } from '../../../../server/domain/analysis/group-summary';
import { profileShares } from '../../../../server/domain/analysis/profile-shares';
import { releaseResponses } from '../../../../server/domain/anonymity/release';
import { BARRIER_MODEL_V2, judgingModel } from '../../../../server/domain/instrument/barrier-model';
import { parseQuestionnaire, type Questionnaire } from '../../../../server/domain/instrument/questionnaire';
import type { SurveyResponse } from '../../../../server/domain/instrument/response';
import { scoreResponse } from '../../../../server/domain/instrument/scoring';
import type { Answers } from '../../../../server/domain/instrument/validate-answers';

const load = (name: string) =>
  parseQuestionnaire(
    JSON.parse(readFileSync(join(import.meta.dirname, `../../../../questionnaires/${name}.json`), 'utf8')),
  );

/** Answers as people give them: most questions answered, some skipped, some "don't know". */
function answersFor(questionnaire: Questionnaire) {
  const entries = questionnaire.questions.flatMap((q) => {
    const rule = q.accepts;
    if (rule.kind !== 'choice') return [];
    const given = fc.constantFrom(...rule.values);
    // A skip weighs a fifth: enough to leave scales short of their minimum and figures waiting.
    return [
      [q.id, fc.oneof({ arbitrary: given, weight: 4 }, { arbitrary: fc.constant(undefined), weight: 1 })],
    ];
  });
  return fc.record(Object.fromEntries(entries)).map((raw) => {
    const answers: Answers = {};
    for (const [id, value] of Object.entries(raw)) if (value !== undefined) answers[id] = value as never;
    return answers;
  });
}

const campaigns = (questionnaire: Questionnaire) =>
  fc.record({
    minGroupSize: fc.integer({ min: 2, max: 6 }),
    responses: fc.array(
      fc.record({
        unit: fc.constantFrom('sales', 'operations', 'finance'),
        day: fc.constantFrom('2026-03-02', '2026-03-03', '2026-03-09'),
        answers: answersFor(questionnaire),
      }),
      { maxLength: 40 },
    ),
  });

/** Every number of a summary to nine decimals, the precision `stable` promises and far below what is shown. */
const rounded = (summary: GroupSummary) =>
  JSON.parse(JSON.stringify(summary, (_, v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v)));

function recomputed(questionnaire: Questionnaire, stored: SurveyResponse[], minGroupSize: number) {
  const model = judgingModel('2', questionnaire.modelVersion)!;
  const release = releaseResponses(questionnaire, stored, minGroupSize);
  const score = (r: SurveyResponse) => scoreResponse(questionnaire, model, r.answers);
  const units = new Map<string, GroupSummary>();
  for (const unit of new Set(stored.map((r) => r.departmentId))) {
    units.set(
      unit,
      summarizeGroup(model, release.responses.filter((r) => r.departmentId === unit).map(score)),
    );
  }
  return {
    overall: summarizeGroup(model, release.responses.map(score)),
    units,
    profile: profileShares(release.responses),
    heldBack: release.heldBack,
    releasedOn: release.releasedOn,
  };
}

describe.each([
  ['readiness-okr-2', () => load('readiness-okr-2')],
  ['readiness-okr (judged by model 2)', () => load('readiness-okr')],
])('the campaign tally on %s', (_, questionnaireOf) => {
  it('gives after every response exactly the figures of a recomputation over all responses so far', () => {
    const questionnaire = questionnaireOf();
    const model = judgingModel('2', questionnaire.modelVersion)!;
    fc.assert(
      fc.property(campaigns(questionnaire), ({ minGroupSize, responses }) => {
        const stored: SurveyResponse[] = [];
        const tally = createCampaignTally({
          questionnaire,
          model,
          minGroupSize,
          answersAt: (i) => stored[i]!.answers,
        });
        responses.forEach(({ unit, day, answers }, i) => {
          const response: SurveyResponse = {
            id: `r${i}`,
            campaignId: 'c',
            departmentId: unit,
            language: 'en',
            submittedOn: day,
            answers,
          };
          tally.add(response);
          stored.push(response);
          const kept = tally.figures();
          const full = recomputed(questionnaire, stored, minGroupSize);
          expect(kept.received).toBe(stored.length);
          expect(kept.heldBack).toBe(full.heldBack);
          expect(kept.releasedOn).toBe(full.releasedOn);
          expect(kept.profile).toEqual(full.profile);
          expect(rounded(kept.overall)).toEqual(rounded(full.overall));
          for (const [id, summary] of full.units)
            expect(rounded(kept.units.get(id)!)).toEqual(rounded(summary));
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('the campaign tally', () => {
  it('moves a figure only when a whole batch of the minimum group size is in', () => {
    const questionnaire = load('readiness-okr-2');
    const stored: SurveyResponse[] = [];
    const tally = createCampaignTally({
      questionnaire,
      model: BARRIER_MODEL_V2,
      minGroupSize: 3,
      answersAt: (i) => stored[i]!.answers,
    });
    const everyItemAt = (value: number): Answers =>
      Object.fromEntries(
        questionnaire.questions.filter((q) => q.role === 'likert').map((q) => [q.id, value]),
      );
    const seen: (number | null)[] = [];
    for (const value of [5, 5, 5, 1, 1]) {
      const response: SurveyResponse = {
        id: `r${stored.length}`,
        campaignId: 'c',
        departmentId: 'sales',
        language: 'en',
        submittedOn: '2026-03-02',
        answers: everyItemAt(value),
      };
      tally.add(response);
      stored.push(response);
      seen.push(tally.figures().overall.n);
    }
    // Two people wait, then three are in together; the fourth and fifth wait for a sixth.
    expect(seen).toEqual([0, 0, 3, 3, 3]);
    expect(tally.figures().heldBack).toBe(2);
    // Those three answered alike: the scale's figure is their one score.
    const alike = scoreResponse(questionnaire, BARRIER_MODEL_V2, everyItemAt(5)).scales['hygiene.pay']!;
    expect(tally.figures().units.get('sales')!.scales['hygiene.pay']!.estimate.mean).toBeCloseTo(alike, 9);
    expect(tally.figures().units.get('sales')!.scales['hygiene.pay']!.estimate.sd).toBe(0);
  });
});
