// The export shows exactly the answers the report's figures use: counted in one pass and walked in a second,
// the release gives each stored response the very answers releaseResponses gives it over the whole list.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createFigureCounter,
  createReleasedView,
  createReleaseWalk,
  releasedAnswers,
} from '../../../../server/domain/anonymity/export-release';
import { judgingModel } from '../../../../server/domain/instrument/barrier-model';
import { scoreResponse } from '../../../../server/domain/instrument/scoring';
import { releasePlan, releaseResponses } from '../../../../server/domain/anonymity/release';
import { parseQuestionnaire, type Questionnaire } from '../../../../server/domain/instrument/questionnaire';
import type { SurveyResponse } from '../../../../server/domain/instrument/response';
import type { Answers } from '../../../../server/domain/instrument/validate-answers';
import { makeResponse } from '../../../fixtures/make-response';
import { fixtureQuestionnaire, uniformAnswers } from '../../../fixtures/questionnaire';

const load = (name: string) =>
  parseQuestionnaire(
    JSON.parse(readFileSync(join(import.meta.dirname, `../../../../questionnaires/${name}.json`), 'utf8')),
  );

/** The export's release of `stored`, in two passes as the export runs it: each response's released answers. */
function exported(questionnaire: Questionnaire, stored: readonly SurveyResponse[], minGroupSize: number) {
  const counter = createFigureCounter(questionnaire);
  for (const r of stored) counter.add(r.departmentId, r.answers);
  const walk = createReleaseWalk(counter.counts(), minGroupSize);
  const plan = releasePlan(questionnaire);
  return stored.map((r) => releasedAnswers(plan, r.answers, walk.next(r.departmentId, r.answers)));
}

/**
 * What the report's figures use of each stored response: its answers to questions some figure reads. A
 * response released whole is passed on as it is, with any "don't know" of a figure it is not in, which no
 * figure reads: those are left out here, as the export leaves them out.
 */
function reported(questionnaire: Questionnaire, stored: readonly SurveyResponse[], minGroupSize: number) {
  const plan = releasePlan(questionnaire);
  const byId = new Map(
    releaseResponses(questionnaire, stored, minGroupSize).responses.map((r) => [r.id, r.answers]),
  );
  return stored.map((r) => {
    const kept = Object.entries(byId.get(r.id) ?? {}).filter(([id]) => plan.slotOf.has(id));
    const counted = new Set(kept.filter(([, v]) => v !== 'dk').map(([id]) => plan.slotOf.get(id)));
    return Object.fromEntries(kept.filter(([id, v]) => v !== 'dk' || counted.has(plan.slotOf.get(id))));
  });
}

/** Answers as people give them: most questions answered, some skipped, some "don't know". */
function answersFor(questionnaire: Questionnaire) {
  const entries = questionnaire.questions.flatMap((q) => {
    const rule = q.accepts;
    if (rule.kind !== 'choice') return [];
    const given = fc.constantFrom(...rule.values);
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

describe.each([
  ['questionnaire 1', 'readiness-okr'],
  ['questionnaire 2', 'readiness-okr-2'],
])('the export release on %s', (_, name) => {
  it('gives every response exactly the answers the report’s figures use, on generated campaigns', () => {
    const questionnaire = load(name);
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.array(
          fc.record({
            unit: fc.constantFrom('sales', 'operations', 'finance'),
            answers: answersFor(questionnaire),
          }),
          { maxLength: 45 },
        ),
        (minGroupSize, drawn) => {
          const stored = drawn.map(({ unit, answers }) => makeResponse({ departmentId: unit, answers }));
          const shown = exported(questionnaire, stored, minGroupSize);
          expect(shown).toEqual(reported(questionnaire, stored, minGroupSize));
          // The view the export writes rows from shows the same answers, and the scores of those answers.
          const model = judgingModel('2', questionnaire.modelVersion)!;
          const counter = createFigureCounter(questionnaire);
          for (const r of stored) counter.add(r.departmentId, r.answers);
          const walk = createReleaseWalk(counter.counts(), minGroupSize);
          const view = createReleasedView(questionnaire);
          stored.forEach((r, i) => {
            const seen = view(
              r.answers,
              walk.next(r.departmentId, r.answers),
              scoreResponse(questionnaire, model, r.answers),
            );
            const own = scoreResponse(questionnaire, model, shown[i]!);
            for (const q of questionnaire.questions) expect(seen.answer(q.id)).toEqual(shown[i]![q.id]);
            for (const scale of Object.keys(own.scales)) expect(seen.scale(scale)).toBe(own.scales[scale]);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the export release, case by case (minimum group size 5)', () => {
  const questionnaire = fixtureQuestionnaire();
  const response = (departmentId: string, keyed: number) =>
    makeResponse({ departmentId, answers: uniformAnswers(keyed) });

  it('shows the earliest whole batch of a unit and holds back those after it', () => {
    const stored = Array.from({ length: 7 }, () => response('a', 4));
    const shown = exported(questionnaire, stored, 5).map((a) => Object.keys(a).length > 0);
    expect(shown).toEqual([true, true, true, true, true, false, false]);
  });

  it('shows nothing of a unit below the minimum, while another unit is shown', () => {
    const stored = [
      ...Array.from({ length: 4 }, () => response('small', 2)),
      ...Array.from({ length: 5 }, () => response('large', 4)),
    ];
    const shown = exported(questionnaire, stored, 5).map((a) => Object.keys(a).length > 0);
    expect(shown).toEqual([false, false, false, false, true, true, true, true, true]);
  });

  it('shows no "don’t know" of a figure a response is not let into, though the report passes it along unread', () => {
    const q2 = load('readiness-okr');
    const answers = Object.fromEntries(q2.questions.filter((q) => q.role === 'likert').map((q) => [q.id, 4]));
    const stored = Array.from({ length: 5 }, () =>
      makeResponse({ departmentId: 'a', answers: { ...answers, profile_bonus_link: 'dk' } }),
    );
    const [first] = exported(q2, stored, 5);
    expect(first!.pay_fair).toBe(4);
    expect(first).not.toHaveProperty('profile_bonus_link');
    expect(releaseResponses(q2, stored, 5).responses[0]!.answers.profile_bonus_link).toBe('dk');
  });

  it('never shows a comment, which no figure reads', () => {
    const stored = Array.from({ length: 5 }, () =>
      makeResponse({
        departmentId: 'a',
        answers: { ...uniformAnswers(4), comment: 'Our goals are unclear' },
      }),
    );
    for (const answers of exported(questionnaire, stored, 5)) expect(answers).not.toHaveProperty('comment');
  });

  it('lets nothing in for a response of a unit the count never saw (stored after the first pass)', () => {
    const counter = createFigureCounter(questionnaire);
    const walk = createReleaseWalk(counter.counts(), 5);
    const flags = walk.next('late', uniformAnswers(4));
    expect([...flags].every((flag) => flag === 0)).toBe(true);
  });
});
