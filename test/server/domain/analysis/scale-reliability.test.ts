import { describe, expect, it } from 'vitest';
import { BARRIER_MODEL_V1, type BarrierModel } from '../../../../server/domain/instrument/barrier-model';
import {
  scaleReliability,
  scaleReliabilityFromMoments,
  type ScaleReliability,
} from '../../../../server/domain/analysis/scale-reliability';
import { addCross, emptyCrossMoments, type CrossMoments } from '../../../../server/domain/statistics/moments';
import { itemScore, itemScoreRows, likertQuestionnaire, repeatRows } from '../../../fixtures/item-scores';

// Four scales, each worked by hand on a 4-respondent pattern (answers 1–5). The pattern is repeated three
// times to reach 12 complete cases: repeating rows scales every variance by the same factor, and 0–100
// scoring (25·(x − 1)) is linear, so neither changes α nor any correlation.
//
// hygiene.pay, items a = 1,2,3,4  b = 1,2,3,4  c = 2,1,1,2:
//   sums of squares about the mean: a 5, b 5, c 1 (Σ 11); totals 4,5,7,10 (mean 6.5) give 21.
//   α = 3/2 · (1 − 11/21) = 5/7 ≈ .714 → acceptable.
//   c against the rest (a + b = 2,4,6,8): cross-products (.5)(−3) + (−.5)(−1) + (−.5)(1) + (.5)(3) = 0,
//   so r = 0 < .30 and c is weak; a against b + c (3,3,4,6): r = 5/√(5·6) ≈ .913, not weak.
// culture.safety, a = 1,2,3,4  b = 1,1,1,2: SS 5 and .75, cross-products 1.5;
//   α = 2 · (1 − 5.75/8.75) = 24/35 ≈ .686 → questionable; r = 1.5/√3.75 ≈ .775.
// culture.support, a = 1,2,3,4  b = 3,1,2,4: SS 5 and 5, cross-products 2;
//   α = 2 · (1 − 10/14) = 4/7 ≈ .571 → unreliable; r = 2/5 = .4, so no weak item.
// breakdown.data, a = 1,2,3,4  b = 2,1,4,3: SS 5 and 5, cross-products 3; α = 2 · (1 − 10/16) = .75.
const ITEMS = {
  pay_a: 'hygiene.pay',
  pay_b: 'hygiene.pay',
  pay_c: 'hygiene.pay',
  safety_a: 'culture.safety',
  safety_b: 'culture.safety',
  support_a: 'culture.support',
  support_b: 'culture.support',
  data_a: 'breakdown.data',
  data_b: 'breakdown.data',
  efficacy_only: 'culture.efficacy',
};
const QUESTIONNAIRE = likertQuestionnaire(ITEMS, ['knowledge_one', 'knowledge_two']);
const IDS = Object.keys(ITEMS);

const PATTERN = [
  [1, 1, 2, 1, 1, 1, 3, 1, 2, 3],
  [2, 2, 1, 2, 1, 2, 1, 2, 1, 4],
  [3, 3, 1, 3, 1, 3, 2, 3, 4, 2],
  [4, 4, 2, 4, 2, 4, 4, 4, 3, 5],
];
/** The pattern three times, with knowledge scenarios right and wrong in turn (0/100, never a scale). */
const TWELVE: Record<string, number | null>[] = itemScoreRows(IDS, repeatRows(PATTERN, 3)).map((row, i) => ({
  ...row,
  knowledge_one: i % 2 ? 100 : 0,
  knowledge_two: i % 3 ? 0 : 100,
}));

const withThresholds = (changes: Partial<BarrierModel['thresholds']>): BarrierModel => ({
  ...BARRIER_MODEL_V1,
  thresholds: { ...BARRIER_MODEL_V1.thresholds, ...changes },
});

const reliabilityOf = (scaleId: string, rows = TWELVE, model = BARRIER_MODEL_V1) =>
  scaleReliability(QUESTIONNAIRE, model, rows).find((r) => r.scaleId === scaleId)!;

describe('scaleReliability', () => {
  it('lists every likert scale in questionnaire order and leaves the knowledge scenarios out', () => {
    expect(scaleReliability(QUESTIONNAIRE, BARRIER_MODEL_V1, TWELVE).map((r) => r.scaleId)).toEqual([
      'hygiene.pay',
      'culture.safety',
      'culture.support',
      'breakdown.data',
      'culture.efficacy',
    ]);
  });

  it.each([
    { scaleId: 'hygiene.pay', k: 3, alpha: 5 / 7, status: 'acceptable' },
    { scaleId: 'breakdown.data', k: 2, alpha: 3 / 4, status: 'acceptable' },
    { scaleId: 'culture.safety', k: 2, alpha: 24 / 35, status: 'questionable' },
    { scaleId: 'culture.support', k: 2, alpha: 4 / 7, status: 'unreliable' },
  ])('rates $scaleId α = $alpha as $status', ({ scaleId, k, alpha, status }) => {
    const result = reliabilityOf(scaleId);
    expect(result).toMatchObject({ k, n: 12, status });
    expect(result.alpha).toBeCloseTo(alpha, 12);
  });

  it('lists an item that does not move with the rest of its scale as weak, with its item-total r', () => {
    const { weakItems } = reliabilityOf('hygiene.pay');
    expect(weakItems.map((w) => w.questionId)).toEqual(['pay_c']);
    expect(weakItems[0]!.itemTotal).toBeCloseTo(0, 12);
  });

  it.each([
    { scaleId: 'culture.safety', r: 1.5 / Math.sqrt(3.75) },
    { scaleId: 'culture.support', r: 0.4 },
  ])('lists no weak item when every item-total r ($r) reaches .30, even on $scaleId', ({ scaleId }) => {
    expect(reliabilityOf(scaleId).weakItems).toEqual([]);
  });

  it("uses the model's item-total minimum: at .95 the items correlating .913 are weak too", () => {
    const { weakItems } = reliabilityOf('hygiene.pay', TWELVE, withThresholds({ itemTotalMinimum: 0.95 }));
    expect(weakItems.map((w) => w.questionId)).toEqual(['pay_a', 'pay_b', 'pay_c']);
    expect(weakItems[0]!.itemTotal).toBeCloseTo(5 / Math.sqrt(30), 12);
  });

  it("uses the model's α bands: with a minimum of .55, α = 4/7 is only questionable", () => {
    expect(reliabilityOf('culture.support', TWELVE, withThresholds({ alphaMinimum: 0.55 })).status).toBe(
      'questionable',
    );
  });

  it('does not compute α for a single-item scale', () => {
    expect(reliabilityOf('culture.efficacy')).toMatchObject({
      k: 1,
      n: 12,
      alpha: null,
      low: null,
      high: null,
      status: 'not-computed',
      weakItems: [],
    });
  });

  it('gives α its Feldt interval from the complete cases and items', () => {
    const pay = reliabilityOf('hygiene.pay');
    expect(pay.low).toBeLessThan(pay.alpha!);
    expect(pay.high).toBeGreaterThan(pay.alpha!);
    expect(pay.high).toBeLessThan(1);
  });

  it('rates α exactly at a band’s line as in the band above it', () => {
    const support = reliabilityOf('culture.support').alpha!;
    expect(reliabilityOf('culture.support', TWELVE, withThresholds({ alphaMinimum: support })).status).toBe(
      'questionable',
    );
    const safety = reliabilityOf('culture.safety').alpha!;
    expect(reliabilityOf('culture.safety', TWELVE, withThresholds({ alphaAcceptable: safety })).status).toBe(
      'acceptable',
    );
  });

  it('lists no item exactly at the item-total minimum as weak', () => {
    const all = reliabilityOf('hygiene.pay', TWELVE, withThresholds({ itemTotalMinimum: 0.95 })).weakItems;
    const atA = all.find((w) => w.questionId === 'pay_a')!.itemTotal;
    const { weakItems } = reliabilityOf('hygiene.pay', TWELVE, withThresholds({ itemTotalMinimum: atA }));
    expect(weakItems.map((w) => w.questionId)).toEqual(['pay_c']);
  });

  it('lists no weak item for an item everyone answered alike, whose item-total r is undefined', () => {
    const steady = TWELVE.map((row) => ({ ...row, pay_c: itemScore(3) }));
    const pay = reliabilityOf('hygiene.pay', steady);
    expect(pay.alpha).not.toBeNull();
    expect(pay.weakItems).toEqual([]);
  });

  it('computes α on complete cases only, so contradicting partial answers change nothing', () => {
    // Three respondents answered pay a and b in opposite directions but skipped c, and nothing else.
    const partial = [0, 1, 2].map(() => ({ pay_a: itemScore(5), pay_b: itemScore(1), pay_c: null }));
    for (const scaleId of ['hygiene.pay', 'breakdown.data']) {
      const before = reliabilityOf(scaleId);
      const after = reliabilityOf(scaleId, [...TWELVE, ...partial]);
      expect(after.n).toBe(12);
      expect(after.alpha).toBeCloseTo(before.alpha!, 12);
    }
  });

  it('counts a respondent complete on one scale though incomplete on another', () => {
    const skippedPayC = TWELVE.map((row, i) => (i < 3 ? { ...row, pay_c: null } : row));
    expect(reliabilityOf('hygiene.pay', skippedPayC).n).toBe(9);
    expect(reliabilityOf('breakdown.data', skippedPayC).n).toBe(12);
  });

  it.each([
    { complete: 9, minimum: 10, computed: false },
    { complete: 10, minimum: 10, computed: true },
    { complete: 11, minimum: 12, computed: false },
    { complete: 12, minimum: 12, computed: true },
  ])(
    'with $complete complete cases and a minimum of $minimum, computes α: $computed',
    ({ complete, minimum, computed }) => {
      const rows = [
        ...TWELVE.slice(0, complete),
        // Incomplete respondents never count towards the minimum.
        ...TWELVE.slice(0, 4).map((row) => ({ ...row, data_b: null })),
      ];
      const result = reliabilityOf('breakdown.data', rows, withThresholds({ alphaMinimumCases: minimum }));
      expect(result.n).toBe(complete);
      expect(result.alpha !== null).toBe(computed);
      if (!computed)
        expect(result).toMatchObject({ status: 'not-computed', weakItems: [], low: null, high: null });
    },
  );
});

/** Per scale, cross moments of its items' 1–5 answers over the rows answering them all, as a tally keeps them. */
function totalsOf(rows: readonly Record<string, number | null>[]) {
  const byScale = new Map<string, string[]>();
  for (const [id, scale] of Object.entries(ITEMS)) byScale.set(scale, [...(byScale.get(scale) ?? []), id]);
  const totals = new Map<string, CrossMoments>();
  for (const [scale, ids] of byScale) {
    const m = emptyCrossMoments(ids.length);
    for (const row of rows) {
      const scores = ids.map((id) => row[id]);
      if (scores.every((x) => typeof x === 'number'))
        addCross(
          m,
          scores.map((x) => x / 25 + 1),
        );
    }
    totals.set(scale, m);
  }
  return totals;
}

/** Equal but for the last bits of α, its interval and the item-total correlations (1e-12 of 1 or more). */
function expectSameReliability(actual: ScaleReliability[], expected: ScaleReliability[]) {
  const close = (a: number | null, b: number | null) => {
    if (b === null) expect(a).toBeNull();
    else expect(Math.abs(a! - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));
  };
  expect(actual.map((r) => r.scaleId)).toEqual(expected.map((r) => r.scaleId));
  expected.forEach((want, i) => {
    const got = actual[i]!;
    expect({ ...got, alpha: 0, low: 0, high: 0, weakItems: [] }).toEqual({
      ...want,
      alpha: 0,
      low: 0,
      high: 0,
      weakItems: [],
    });
    close(got.alpha, want.alpha);
    close(got.low, want.low);
    close(got.high, want.high);
    expect(got.weakItems.map((w) => w.questionId)).toEqual(want.weakItems.map((w) => w.questionId));
    want.weakItems.forEach((w, j) => close(got.weakItems[j]!.itemTotal, w.itemTotal));
  });
}

describe('scaleReliabilityFromMoments', () => {
  const skippedPayC = TWELVE.map((row, i) => (i < 3 ? { ...row, pay_c: null } : row));
  it.each([
    { case: 'the twelve complete cases', rows: TWELVE, model: BARRIER_MODEL_V1 },
    {
      case: 'a stricter item-total minimum (every pay item weak)',
      rows: TWELVE,
      model: withThresholds({ itemTotalMinimum: 0.95 }),
    },
    {
      case: 'other α bands',
      rows: TWELVE,
      model: withThresholds({ alphaMinimum: 0.55, alphaAcceptable: 0.7 }),
    },
    {
      case: 'partial answers beside complete ones',
      rows: [...TWELVE, ...[0, 1, 2].map(() => ({ pay_a: itemScore(5), pay_b: itemScore(1), pay_c: null }))],
      model: BARRIER_MODEL_V1,
    },
    { case: 'respondents complete on some scales only', rows: skippedPayC, model: BARRIER_MODEL_V1 },
    {
      case: 'fewer complete cases than the minimum',
      rows: TWELVE.slice(0, 9),
      model: withThresholds({ alphaMinimumCases: 10 }),
    },
    {
      case: 'exactly the minimum of complete cases',
      rows: TWELVE.slice(0, 10),
      model: withThresholds({ alphaMinimumCases: 10 }),
    },
    {
      case: 'an item everyone answered alike',
      rows: TWELVE.map((row) => ({ ...row, pay_c: itemScore(3) })),
      model: BARRIER_MODEL_V1,
    },
    {
      case: 'answers all alike (no α, no item-total r)',
      rows: TWELVE.map((row) => Object.fromEntries(Object.keys(row).map((id) => [id, itemScore(4)]))),
      model: withThresholds({ alphaMinimumCases: 2 }),
    },
    { case: 'two respondents', rows: TWELVE.slice(0, 2), model: withThresholds({ alphaMinimumCases: 2 }) },
    { case: 'nobody', rows: [], model: BARRIER_MODEL_V1 },
  ])('gives what the list gives for $case', ({ rows, model }) => {
    expectSameReliability(
      scaleReliabilityFromMoments(QUESTIONNAIRE, model, totalsOf(rows)),
      scaleReliability(QUESTIONNAIRE, model, rows),
    );
  });

  it('reads a scale without totals as one nobody has answered completely yet', () => {
    const totals = totalsOf(TWELVE);
    totals.delete('culture.safety');
    const safety = scaleReliabilityFromMoments(QUESTIONNAIRE, BARRIER_MODEL_V1, totals).find(
      (r) => r.scaleId === 'culture.safety',
    );
    expect(safety).toMatchObject({ k: 2, n: 0, alpha: null, status: 'not-computed', weakItems: [] });
  });

  it('refuses totals kept over a different number of items than the scale has', () => {
    const totals = totalsOf(TWELVE);
    totals.set('hygiene.pay', emptyCrossMoments(2));
    expect(() => scaleReliabilityFromMoments(QUESTIONNAIRE, BARRIER_MODEL_V1, totals)).toThrow(RangeError);
  });
});
