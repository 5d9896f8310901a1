import { describe, expect, it } from 'vitest';
import {
  answerAgreement,
  findSuspects,
  suspectsChangedError,
  type RecentSubmission,
} from '../../../../server/domain/anonymity/suspect-submissions';
import type { Answers } from '../../../../server/domain/instrument/validate-answers';

const MINUTE = 60_000;
/** Twenty questions answered 1–5, drawn by a small generator seeded by respondent `n`. */
const distinct = (n: number): Answers => {
  let state = (n * 2654435761 + 12345) >>> 0;
  return Object.fromEntries(
    Array.from({ length: 20 }, (_, i) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return [`q${i}`, 1 + ((state >>> 16) % 5)];
    }),
  );
};
const at = (
  minute: number,
  id: string,
  answers: Answers = distinct(Number(id.slice(1))),
): RecentSubmission => ({
  id,
  at: minute * MINUTE,
  answers,
});

describe('answerAgreement', () => {
  it.each<{ what: string; a: Answers; b: Answers; share: number }>([
    { what: 'two empty answers', a: {}, b: {}, share: 1 },
    { what: 'the same answers', a: { x: 1, y: 'Yes' }, b: { y: 'yes ', x: 1 }, share: 1 },
    { what: 'one answer of two differing', a: { x: 1, y: 2 }, b: { x: 1, y: 3 }, share: 0.5 },
    { what: 'a question only one answered', a: { x: 1 }, b: { x: 1, y: 2 }, share: 0.5 },
    { what: 'choices in another order', a: { d: ['s', 'o'] }, b: { d: ['o', 's'] }, share: 1 },
    { what: 'different choices', a: { d: ['s'] }, b: { d: ['s', 'o'] }, share: 0 },
    { what: 'as many choices, not all the same', a: { d: ['s', 'o'] }, b: { d: ['s', 'x'] }, share: 0 },
    { what: 'a choice beside the same text', a: { d: ['s'] }, b: { d: 's' }, share: 0 },
    { what: 'a number beside the same digits as text', a: { x: 1 }, b: { x: '1' }, share: 0 },
    { what: 'different text', a: { c: 'No' }, b: { c: 'Yes' }, share: 0 },
    { what: 'text with spaces before it', a: { c: '  Yes' }, b: { c: 'yes' }, share: 1 },
  ])('is $share for $what', ({ a, b, share }) => {
    expect(answerAgreement(a, b)).toBe(share);
  });
});

describe('findSuspects', () => {
  it('finds nothing in answers that come apart and differ', () => {
    const recent = Array.from({ length: 10 }, (_, i) => at(i * 10, `r${i}`));
    expect(findSuspects(recent)).toEqual({ burst: null, nearlyIdentical: 0, ids: [] });
  });

  it('takes five within two minutes for a team answering, and six for a burst', () => {
    const five = Array.from({ length: 5 }, (_, i) => at(i * 0.4, `r${i}`));
    expect(findSuspects(five).burst).toBeNull();
    const six = [...five, at(1.9, 'r5')];
    expect(findSuspects(six)).toMatchObject({
      burst: { count: 6, spanMs: 1.9 * MINUTE },
      ids: six.map((s) => s.id),
    });
  });

  it('reports the largest burst and flags every submission in any burst, but not those around it', () => {
    const recent = [
      at(0, 'r0'),
      ...Array.from({ length: 7 }, (_, i) => at(10 + i * 0.25, `r${i + 1}`)),
      at(30, 'r8'),
      ...Array.from({ length: 6 }, (_, i) => at(50 + i * 0.3, `r${i + 9}`)),
    ];
    const found = findSuspects(recent);
    expect(found.burst).toEqual({ count: 7, spanMs: 1.5 * MINUTE });
    expect(found.ids).toEqual([1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14].map((n) => `r${n}`));
  });

  it('flags copies and near copies however far apart, in time order', () => {
    const known = distinct(100);
    const nearly = { ...known, q3: known.q3 === 1 ? 2 : 1 };
    const recent = [at(90, 'r1', nearly), at(0, 'r0', known), at(45, 'r2'), at(200, 'r3', known)];
    expect(findSuspects(recent)).toEqual({ burst: null, nearlyIdentical: 3, ids: ['r0', 'r1', 'r3'] });
  });

  it('counts six within exactly two minutes as a burst', () => {
    const six = Array.from({ length: 6 }, (_, i) => at(i * 0.4, `r${i}`));
    expect(findSuspects(six).burst).toEqual({ count: 6, spanMs: 2 * MINUTE });
  });

  it('reports the first of two equally large bursts', () => {
    const recent = [
      ...Array.from({ length: 6 }, (_, i) => at(i * 0.2, `r${i}`)),
      ...Array.from({ length: 6 }, (_, i) => at(60 + i * 0.3, `r${i + 6}`)),
    ];
    expect(findSuspects(recent).burst).toEqual({ count: 6, spanMs: 1 * MINUTE });
  });

  it('flags answers agreeing on exactly nine questions in ten', () => {
    const known = distinct(100);
    const changed = { ...known, q1: known.q1 === 1 ? 2 : 1, q2: known.q2 === 1 ? 2 : 1 };
    expect(findSuspects([at(0, 'r0', known), at(60, 'r1', changed)]).ids).toEqual(['r0', 'r1']);
  });

  it('leaves answers agreeing on less than nine questions in ten alone', () => {
    const known = distinct(100);
    const changed = { ...known, q1: 9, q2: 9, q3: 9 };
    expect(findSuspects([at(0, 'r0', known), at(60, 'r1', changed)]).ids).toEqual([]);
  });
});

describe('suspectsChangedError', () => {
  it('refuses a decision about suspects that changed since they were shown, as a coded conflict', () => {
    expect(suspectsChangedError()).toMatchObject({
      status: 409,
      coded: { code: 'suspects.changed', params: {} },
    });
    expect(suspectsChangedError().message).toMatch(/\w/);
  });
});
