// The export reads each answer as a small number and writes its lines from those numbers: what a code
// stands for, what it counts as for the release rule, and the line written, case by case. The property
// test of export-release.test.ts checks the lines against exportCells on generated campaigns.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeAnswers, exportCoding } from '../../../../server/domain/analysis/export-coding';
import { exportColumns } from '../../../../server/domain/analysis/export-columns';
import { countAnswered, releasePlan } from '../../../../server/domain/anonymity/release';
import { BARRIER_MODEL_V2 } from '../../../../server/domain/instrument/barrier-model';
import { parseQuestionnaire } from '../../../../server/domain/instrument/questionnaire';
import { BARRIER_MODEL_V1 } from '../../../../server/domain/instrument/barrier-model';
import { scoreResponse } from '../../../../server/domain/instrument/scoring';
import type { Answers } from '../../../../server/domain/instrument/validate-answers';
import { fixtureQuestionnaireJson, likertItem } from '../../../fixtures/questionnaire';

const questionnaire = parseQuestionnaire(
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../../questionnaires/readiness-okr-2.json'), 'utf8'),
  ),
);
const columns = exportColumns(questionnaire, BARRIER_MODEL_V2);
const coding = exportCoding(questionnaire, BARRIER_MODEL_V2, columns);
const plan = releasePlan(questionnaire);
const codesOf = (answers: Answers) =>
  codeAnswers(coding.questions, answers, new Uint8Array(coding.questions.length));
const allReleased = new Uint8Array(plan.slots).fill(1);
const noneReleased = new Uint8Array(plan.slots);
const encode = (text: string) => new TextEncoder().encode(text);

/** The line written for `answers`, cell by cell (the unit given as a cell without commas). */
function line(answers: Answers, released = allReleased, unit = 'Sales', number = 1): Record<string, string> {
  const unitCell = encode(unit);
  const out = new Uint8Array(coding.rowBytes + unitCell.length);
  const end = coding.writeRow(out, 0, number, unitCell, codesOf(answers), released);
  const text = new TextDecoder().decode(out.subarray(0, end));
  expect(text.endsWith('\r\n')).toBe(true);
  const cells = text.slice(0, -2).split(',');
  return Object.fromEntries(columns.map((c, i) => [c.name, cells[i]!]));
}

describe('codeAnswers', () => {
  const questions = [
    { id: 'pay_fair', values: [1, 2, 3, 4, 5, 'dk'] },
    { id: 'success_meaning', values: ['cost', 'speed'] },
  ];

  it.each([
    ['no answer as 0', {}, [0, 0]],
    ['an answer by its place among the values, from 1', { pay_fair: 4, success_meaning: 'speed' }, [4, 2]],
    ['"don’t know" by its place too', { pay_fair: 'dk' }, [6, 0]],
    ['any other answer as one past the last value', { pay_fair: 7, success_meaning: ['cost'] }, [7, 3]],
  ] as [string, Answers, number[]][])('codes %s', (_, answers, codes) => {
    expect([...codeAnswers(questions, answers, new Uint8Array(2))]).toEqual(codes);
  });
});

describe('exportCoding', () => {
  it('reads every answer column’s question, each with its values', () => {
    const read = new Map(coding.questions.map((q) => [q.id, q.values]));
    for (const column of columns) if ('question' in column) expect(read.has(column.question.id)).toBe(true);
    expect(read.get('pay_fair')).toEqual([1, 2, 3, 4, 5, 'dk']);
    expect(read.has('comment')).toBe(false);
    expect(read.has('profile_manages_people')).toBe(false);
  });

  it('counts answers per release slot as the release rule does, "don’t know" not among them', () => {
    const answers: Answers = { pay_fair: 4, pay_market: 'dk', pay_below_peers: 2, outcome_compared_now: 3 };
    const counted = coding.countAnswered(codesOf(answers), new Uint16Array(plan.slots));
    expect([...counted]).toEqual([...countAnswered(plan, answers, new Uint16Array(plan.slots))]);
    expect(counted[plan.slotOf.get('pay_fair')!]).toBe(2);
  });

  it('counts an answer that is none of the values as an answer, and shows it as an empty cell', () => {
    const answers: Answers = { pay_fair: 7 };
    expect(
      coding.countAnswered(codesOf(answers), new Uint16Array(plan.slots))[plan.slotOf.get('pay_fair')!],
    ).toBe(1);
    expect(line(answers).pay_fair).toBe('');
  });

  it('writes the row number, the unit’s cell as given, answers and scores', () => {
    const cells = line(
      {
        specificity_number: 4,
        specificity_deadline: 5,
        specificity_vague: 2,
        knowledge_service_level: 'kpi',
      },
      allReleased,
      '"Sales; North"',
      1_234_567,
    );
    expect(cells.row).toBe('1234567');
    expect(cells.unit).toBe('"Sales; North"');
    expect(cells.specificity_vague).toBe('2');
    expect(cells.knowledge_service_level).toBe('1');
    expect(cells.score_breakdown_specificity).toBe('83.3333');
    expect(cells.pay_fair).toBe('');
  });

  it('leaves an answer and its scale’s score empty while their figure is held back', () => {
    const answers: Answers = { pay_fair: 4, pay_market: 4, specificity_number: 4, specificity_deadline: 4 };
    const released = new Uint8Array(plan.slots);
    released[plan.slotOf.get('pay_fair')!] = 1;
    const cells = line(answers, released);
    expect([cells.pay_fair, cells.score_hygiene_pay]).toEqual(['4', '75']);
    expect([cells.specificity_number, cells.score_breakdown_specificity]).toEqual(['', '']);
  });

  it('tells a row that shows some answer from one that shows none', () => {
    expect(coding.shows(codesOf({ specificity_number: 4 }), allReleased)).toBe(true);
    expect(coding.shows(codesOf({ specificity_number: 'dk' }), allReleased)).toBe(true);
    expect(coding.shows(codesOf({ specificity_number: 4 }), noneReleased)).toBe(false);
    expect(coding.shows(codesOf({ profile_manages_people: 'yes' }), allReleased)).toBe(false);
    expect(coding.shows(codesOf({}), allReleased)).toBe(false);
  });

  it('scores a scale with too many answer combinations to tabulate item by item, as scoreResponse does', () => {
    const json = fixtureQuestionnaireJson();
    const extra = ['pay_a', 'pay_b', 'pay_c', 'pay_d', 'pay_e'];
    json.pages.push({
      name: 'more',
      elements: extra.map((name, i) => likertItem(name, 'hygiene.pay', i % 2 === 1)),
    });
    const big = parseQuestionnaire(json);
    const bigColumns = exportColumns(big, BARRIER_MODEL_V1);
    const bigCoding = exportCoding(big, BARRIER_MODEL_V1, bigColumns);
    const column = bigColumns.findIndex((c) => c.name === 'score_hygiene_pay');
    const released = new Uint8Array(bigCoding.plan.slots).fill(1);
    const out = new Uint8Array(bigCoding.rowBytes);
    for (const answers of [
      { pay_fair: 4, pay_market: 'dk', pay_a: 1, pay_b: 2, pay_c: 5, pay_d: 3 },
      { pay_fair: 5, pay_less_than_peers: 2, pay_e: 4 },
      {
        pay_fair: 1,
        pay_market: 2,
        pay_less_than_peers: 3,
        pay_a: 4,
        pay_b: 5,
        pay_c: 1,
        pay_d: 2,
        pay_e: 3,
      },
    ] as Answers[]) {
      const codes = codeAnswers(bigCoding.questions, answers, new Uint8Array(bigCoding.questions.length));
      const end = bigCoding.writeRow(out, 0, 1, new Uint8Array(0), codes, released);
      const cell = new TextDecoder().decode(out.subarray(0, end - 2)).split(',')[column];
      const score = scoreResponse(big, BARRIER_MODEL_V1, answers).scales['hygiene.pay'] ?? null;
      expect(cell).toBe(score === null ? '' : String(Math.round(score * 10_000) / 10_000));
    }
  });

  it('keeps every line within rowBytes and its unit’s cell', () => {
    const answers = Object.fromEntries(coding.questions.map((q) => [q.id, q.values[0]!]));
    const unitCell = encode('"A unit with a rather long name, quoted"');
    const out = new Uint8Array(coding.rowBytes + unitCell.length);
    const end = coding.writeRow(out, 0, Number.MAX_SAFE_INTEGER, unitCell, codesOf(answers), allReleased);
    expect(end).toBeLessThanOrEqual(out.length);
  });
});
