// The export shows exactly the answers the report's figures use: read as codes, counted in one pass and
// walked in a second, the release gives each stored response the very answers releaseResponses gives it over
// the whole list, and the line written for it shows them and their scores as exportCells would.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeAnswers, exportCoding } from '../../../../server/domain/analysis/export-coding';
import { exportCells, exportColumns, showsAnswers } from '../../../../server/domain/analysis/export-columns';
import { createFigureCounter, createReleaseWalk } from '../../../../server/domain/anonymity/export-release';
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

/**
 * The export's release of `stored`, as the export runs it: each response coded as the storage hands it out,
 * counted in one pass and walked in another. Per response: the answers its released figures show, decoded
 * from its codes, with its codes and flags.
 */
function exported(questionnaire: Questionnaire, stored: readonly SurveyResponse[], minGroupSize: number) {
  const model = judgingModel('2', questionnaire.modelVersion)!;
  const coding = exportCoding(questionnaire, model, exportColumns(questionnaire, model));
  const { plan, questions } = coding;
  const coded = stored.map((r) => codeAnswers(questions, r.answers, new Uint8Array(questions.length)));
  const answered = new Uint16Array(plan.slots);
  const counter = createFigureCounter(plan);
  stored.forEach((r, i) => counter.add(r.departmentId, coding.countAnswered(coded[i]!, answered)));
  const walk = createReleaseWalk(counter.counts(), minGroupSize);
  return stored.map((r, i) => {
    const codes = coded[i]!;
    const flags = walk.next(r.departmentId, coding.countAnswered(codes, answered)).slice();
    const shown: Answers = {};
    questions.forEach(({ id, values }, k) => {
      if (codes[k] !== 0 && flags[plan.slotOf.get(id)!] === 1) shown[id] = values[codes[k]! - 1]!;
    });
    return { shown, codes, flags };
  });
}

const shownOf = (questionnaire: Questionnaire, stored: readonly SurveyResponse[], minGroupSize: number) =>
  exported(questionnaire, stored, minGroupSize).map((r) => r.shown);

/**
 * What the report's figures use of each stored response, of the questions the export reads: its answers
 * to them in the released view. A response released whole is passed on as it is, with any "don't know" of
 * a figure it is not in, which no figure reads: those are left out here, as the export leaves them out.
 */
function reported(questionnaire: Questionnaire, stored: readonly SurveyResponse[], minGroupSize: number) {
  const plan = releasePlan(questionnaire);
  const model = judgingModel('2', questionnaire.modelVersion)!;
  const read = new Set(
    exportCoding(questionnaire, model, exportColumns(questionnaire, model)).questions.map((q) => q.id),
  );
  const byId = new Map(
    releaseResponses(questionnaire, stored, minGroupSize).responses.map((r) => [r.id, r.answers]),
  );
  return stored.map((r) => {
    const kept = Object.entries(byId.get(r.id) ?? {}).filter(([id]) => read.has(id));
    const counted = new Set(kept.filter(([, v]) => v !== 'dk').map(([id]) => plan.slotOf.get(id)));
    return Object.fromEntries(kept.filter(([id, v]) => v !== 'dk' || counted.has(plan.slotOf.get(id))));
  });
}

/** The cells of a line the coding writes, split at its commas (no unit cell here holds one). */
const cellsOf = (bytes: Uint8Array) => new TextDecoder().decode(bytes).replace(/\r\n$/, '').split(',');

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
          const rows = exported(questionnaire, stored, minGroupSize);
          expect(rows.map((r) => r.shown)).toEqual(reported(questionnaire, stored, minGroupSize));
          // The line the export writes shows those answers, and the scores of those answers, as
          // exportCells writes them; a row is written when it shows some answer.
          const model = judgingModel('2', questionnaire.modelVersion)!;
          const columns = exportColumns(questionnaire, model);
          const coding = exportCoding(questionnaire, model, columns);
          const unit = new TextEncoder().encode('Sales');
          const out = new Uint8Array(coding.rowBytes + unit.length);
          rows.forEach(({ shown, codes, flags }, i) => {
            const score = scoreResponse(questionnaire, model, shown);
            const expected = exportCells(columns, {
              number: i + 1,
              unit: 'Sales',
              answer: (id) => shown[id],
              scale: (scale) => score.scales[scale] ?? null,
            });
            expect(cellsOf(out.subarray(0, coding.writeRow(out, 0, i + 1, unit, codes, flags)))).toEqual(
              expected,
            );
            expect(coding.shows(codes, flags)).toBe(showsAnswers(columns, { answer: (id) => shown[id] }));
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
    const shown = shownOf(questionnaire, stored, 5).map((a) => Object.keys(a).length > 0);
    expect(shown).toEqual([true, true, true, true, true, false, false]);
  });

  it('shows nothing of a unit below the minimum, while another unit is shown', () => {
    const stored = [
      ...Array.from({ length: 4 }, () => response('small', 2)),
      ...Array.from({ length: 5 }, () => response('large', 4)),
    ];
    const shown = shownOf(questionnaire, stored, 5).map((a) => Object.keys(a).length > 0);
    expect(shown).toEqual([false, false, false, false, true, true, true, true, true]);
  });

  it('shows no "don’t know" of a figure a response is not let into, though the report passes it along unread', () => {
    const q2 = load('readiness-okr');
    const answers = Object.fromEntries(q2.questions.filter((q) => q.role === 'likert').map((q) => [q.id, 4]));
    const stored = Array.from({ length: 5 }, () =>
      makeResponse({ departmentId: 'a', answers: { ...answers, profile_bonus_link: 'dk' } }),
    );
    const [first] = shownOf(q2, stored, 5);
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
    for (const answers of shownOf(questionnaire, stored, 5)) expect(answers).not.toHaveProperty('comment');
  });

  it('lets nothing in for a response of a unit the count never saw (stored after the first pass)', () => {
    const plan = releasePlan(questionnaire);
    const counter = createFigureCounter(plan);
    const walk = createReleaseWalk(counter.counts(), 5);
    const flags = walk.next('late', new Uint16Array(plan.slots).fill(9));
    expect([...flags].every((flag) => flag === 0)).toBe(true);
  });
});
