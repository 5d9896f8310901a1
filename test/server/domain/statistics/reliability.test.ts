import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addCross, emptyCrossMoments } from '../../../../server/domain/statistics/moments';
import {
  alphaInterval,
  cronbachAlpha,
  cronbachAlphaFromMoments,
  type AlphaResult,
} from '../../../../server/domain/statistics/reliability';

// Hand-worked example, 4 respondents × 3 items:
//   item variances 5/3, 4/3, 2/3 (sum 11/3); totals 5, 7, 10, 12 have variance 29/3;
//   α = 3/2 · (1 − 11/29) = 27/29.
// Corrected item-total r: item 1 vs rest (4,5,7,8): 7/√(5·10); item 2 vs (3,5,6,8): 6/√(4·13);
//   item 3 vs (3,4,7,8): 5/√(2·17).
const HAND_WORKED = [
  [1, 2, 2],
  [2, 2, 3],
  [3, 4, 3],
  [4, 4, 4],
];

describe('cronbachAlpha', () => {
  it('reproduces the hand-worked alpha of 27/29', () => {
    const result = cronbachAlpha(HAND_WORKED);
    expect(result.alpha).toBeCloseTo(27 / 29, 12);
    expect(result.k).toBe(3);
    expect(result.n).toBe(4);
  });

  it.each([
    { item: 0, expected: 7 / Math.sqrt(50) },
    { item: 1, expected: 6 / Math.sqrt(52) },
    { item: 2, expected: 5 / Math.sqrt(34) },
  ])('correlates item $item with the sum of the other items (r = $expected)', ({ item, expected }) => {
    expect(cronbachAlpha(HAND_WORKED).itemTotal[item]).toBeCloseTo(expected, 12);
  });

  it('gives alpha 1 for perfectly parallel items', () => {
    expect(
      cronbachAlpha([
        [1, 1],
        [3, 3],
        [5, 5],
      ]).alpha,
    ).toBeCloseTo(1, 12);
  });

  it('reports a negative alpha for items that pull against each other rather than clipping it', () => {
    // Items (1,2,3) and (3,1,2): variances 1 and 1, totals (4,3,5) variance 1, α = 2·(1 − 2) = −2.
    expect(
      cronbachAlpha([
        [1, 3],
        [2, 1],
        [3, 2],
      ]).alpha,
    ).toBeCloseTo(-2, 12);
  });

  it.each([
    { case: 'there are no respondents', rows: [], k: 0, n: 0 },
    { case: 'there is one respondent', rows: [[1, 2, 3]], k: 3, n: 1 },
    { case: 'there is one item', rows: [[1], [2], [3]], k: 1, n: 3 },
    {
      case: 'total scores do not vary',
      rows: [
        [1, 5],
        [5, 1],
        [3, 3],
      ],
      k: 2,
      n: 3,
    },
    {
      case: 'rows have different lengths',
      rows: [
        [1, 2],
        [2, 3, 4],
        [3, 4],
      ],
      k: 2,
      n: 3,
    },
  ])('has a null alpha when $case', ({ rows, k, n }) => {
    const result = cronbachAlpha(rows);
    expect(result.alpha).toBeNull();
    expect(result.k).toBe(k);
    expect(result.n).toBe(n);
    expect(result.itemTotal).toHaveLength(k);
  });

  it('computes alpha from just two respondents', () => {
    // Items (1,3) and (2,5): variances 2 and 4.5, totals (3,8) variance 12.5, α = 2·(1 − 6.5/12.5) = 0.96.
    expect(
      cronbachAlpha([
        [1, 2],
        [3, 5],
      ]).alpha,
    ).toBeCloseTo(0.96, 12);
  });

  it('gives no item-total correlation for rows of unequal length', () => {
    expect(
      cronbachAlpha([
        [1, 2],
        [2, 3, 4],
      ]).itemTotal,
    ).toEqual([null, null]);
  });

  it('leaves the item-total correlation of a constant item null', () => {
    const result = cronbachAlpha([
      [1, 3, 2],
      [2, 3, 3],
      [3, 3, 5],
    ]);
    expect(result.itemTotal[1]).toBeNull();
    expect(result.alpha).not.toBeNull();
  });

  const likertMatrix = fc
    .tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 2, max: 25 }))
    .chain(([k, n]) =>
      fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: k, maxLength: k }), {
        minLength: n,
        maxLength: n,
      }),
    );

  it('does not depend on the order of respondents', () => {
    const withShuffle = likertMatrix.chain((rows) =>
      fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length })),
    );
    fc.assert(
      fc.property(withShuffle, ([rows, shuffled]) => {
        const a = cronbachAlpha(rows);
        const b = cronbachAlpha(shuffled);
        if (a.alpha === null) expect(b.alpha).toBeNull();
        else expect(b.alpha).toBeCloseTo(a.alpha, 10);
      }),
    );
  });

  it('does not depend on the order of items, and item-total correlations follow their items', () => {
    const withPermutation = likertMatrix.chain((rows) => {
      const k = rows[0]?.length ?? 0;
      const indices = Array.from({ length: k }, (_, j) => j);
      return fc.tuple(fc.constant(rows), fc.shuffledSubarray(indices, { minLength: k }));
    });
    fc.assert(
      fc.property(withPermutation, ([rows, permutation]) => {
        const a = cronbachAlpha(rows);
        const b = cronbachAlpha(rows.map((row) => permutation.map((j) => row[j] ?? 0)));
        if (a.alpha === null) expect(b.alpha).toBeNull();
        else expect(b.alpha).toBeCloseTo(a.alpha, 10);
        permutation.forEach((j, position) => {
          const expected = a.itemTotal[j] ?? null;
          if (expected === null) expect(b.itemTotal[position]).toBeNull();
          else expect(b.itemTotal[position]).toBeCloseTo(expected, 10);
        });
      }),
    );
  });
});

/** The rows' cross moments, as a tally keeps them one respondent at a time. */
function crossMomentsOf(rows: readonly (readonly number[])[], k = rows[0]?.length ?? 0) {
  const m = emptyCrossMoments(k);
  for (const row of rows) addCross(m, row);
  return m;
}

/** Equal to 1e-12 of the larger magnitude (absolutely, below 1), and null exactly where the other is. */
function expectSameAlpha(actual: AlphaResult, expected: AlphaResult) {
  const same = (a: number | null, b: number | null) => {
    if (b === null) expect(a).toBeNull();
    else expect(Math.abs(a! - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));
  };
  expect(actual.k).toBe(expected.k);
  expect(actual.n).toBe(expected.n);
  same(actual.alpha, expected.alpha);
  expect(actual.itemTotal).toHaveLength(expected.itemTotal.length);
  expected.itemTotal.forEach((r, j) => same(actual.itemTotal[j] ?? null, r));
}

describe('cronbachAlphaFromMoments', () => {
  it.each([
    { case: 'the hand-worked example', rows: HAND_WORKED },
    {
      case: 'perfectly parallel items',
      rows: [
        [1, 1],
        [3, 3],
        [5, 5],
      ],
    },
    {
      case: 'items pulling against each other (negative α)',
      rows: [
        [1, 3],
        [2, 1],
        [3, 2],
      ],
    },
    {
      case: 'two respondents',
      rows: [
        [1, 2],
        [3, 5],
      ],
    },
    { case: 'one respondent', rows: [[1, 2, 3]] },
    { case: 'one item', rows: [[1], [2], [3]] },
    {
      case: 'a constant item (its item-total r is null)',
      rows: [
        [1, 3, 2],
        [2, 3, 3],
        [3, 3, 5],
      ],
    },
    {
      case: 'a constant rest score (the other item of two never varies)',
      rows: [
        [1, 4],
        [2, 4],
        [5, 4],
      ],
    },
    {
      case: 'a total that never varies',
      rows: [
        [1, 5],
        [5, 1],
        [3, 3],
      ],
    },
    {
      case: 'every answer alike',
      rows: [
        [3, 3, 3],
        [3, 3, 3],
        [3, 3, 3],
      ],
    },
    {
      case: '0–100 item scores of five items',
      rows: [
        [0, 25, 50, 75, 100],
        [25, 25, 50, 50, 75],
        [100, 75, 75, 100, 100],
        [50, 50, 25, 50, 25],
        [75, 100, 100, 75, 100],
        [0, 0, 25, 0, 50],
      ],
    },
  ])('gives what the list gives for $case', ({ rows }) => {
    expectSameAlpha(cronbachAlphaFromMoments(crossMomentsOf(rows)), cronbachAlpha(rows));
  });

  it('knows its k items before anyone is counted, where the list has no row to read k from', () => {
    expect(cronbachAlphaFromMoments(emptyCrossMoments(3))).toEqual({
      alpha: null,
      k: 3,
      n: 0,
      itemTotal: [null, null, null],
    });
    expect(cronbachAlpha([]).k).toBe(0);
  });

  it('gives the same α and correlations whether items are held as 1–5 answers or 0–100 scores', () => {
    const answers = HAND_WORKED;
    const scores = answers.map((row) => row.map((x) => 25 * (x - 1)));
    expectSameAlpha(cronbachAlphaFromMoments(crossMomentsOf(scores)), cronbachAlpha(answers));
  });

  it('finds a constant total constant among values whose squares outgrow a double', () => {
    // 5,000,000² × 500 people ≈ 1.25·10^16 per sum of squares: past 2^53, where floats would leave a residue.
    const big = 5_000_000;
    const rows = Array.from({ length: 500 }, (_, i) => (i % 2 ? [big, big + 2] : [big + 2, big]));
    const result = cronbachAlphaFromMoments(crossMomentsOf(rows));
    expect(result.alpha).toBeNull();
    expect(result.itemTotal).toEqual([-1, -1]);
    expectSameAlpha(result, cronbachAlpha(rows));
  });

  it('agrees with the list on random likert answers, and after a respondent is taken away', () => {
    const likert = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 2, max: 25 })).chain(([k, n]) =>
      fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: k, maxLength: k }), {
        minLength: n,
        maxLength: n,
      }),
    );
    fc.assert(
      fc.property(likert, (rows) => {
        const m = crossMomentsOf(rows);
        expectSameAlpha(cronbachAlphaFromMoments(m), cronbachAlpha(rows));
        addCross(m, rows[0]!, -1);
        expectSameAlpha(cronbachAlphaFromMoments(m), cronbachAlpha(rows.slice(1)));
      }),
    );
  });
});

describe('alphaInterval', () => {
  // Feldt's bounds 1 − (1 − α̂)·F(1 − γ/2) and 1 − (1 − α̂)·F(γ/2), with F(n − 1, (n − 1)(k − 1)) quantiles
  // from scipy.stats.f.ppf.
  it.each([
    { alpha: 0.8, n: 50, k: 3, level: 0.95, low: 0.680193, high: 0.879869 },
    { alpha: 0.7, n: 20, k: 4, level: 0.95, low: 0.407091, high: 0.86821 },
    { alpha: 0.8, n: 50, k: 3, level: 0.9, low: 0.703411, high: 0.869436 },
    { alpha: 0.6, n: 2, k: 2, level: 0.95, low: -258.1156, high: 0.999383 },
  ])(
    'puts α = $alpha from $n people and $k items in [$low, $high] at $level',
    ({ alpha, n, k, level, low, high }) => {
      const interval = alphaInterval(alpha, n, k, level)!;
      expect(interval.low).toBeCloseTo(low, 4);
      expect(interval.high).toBeCloseTo(high, 4);
    },
  );

  it('gives a 95% interval unless told otherwise', () => {
    expect(alphaInterval(0.8, 50, 3)).toEqual(alphaInterval(0.8, 50, 3, 0.95));
  });

  it('narrows as more people answer, around the same estimate', () => {
    const few = alphaInterval(0.8, 20, 3)!;
    const many = alphaInterval(0.8, 200, 3)!;
    expect(many.high - many.low).toBeLessThan(few.high - few.low);
    expect(few.low).toBeLessThan(0.8);
    expect(few.high).toBeGreaterThan(0.8);
  });

  it.each([
    { case: 'one respondent', n: 1, k: 3, level: 0.95 },
    { case: 'one item', n: 50, k: 1, level: 0.95 },
    { case: 'a level of 0', n: 50, k: 3, level: 0 },
    { case: 'a level of 1', n: 50, k: 3, level: 1 },
    { case: 'a level that is not a number', n: 50, k: 3, level: Number.NaN },
    // Fewer than two by the numbers given, where the F distribution itself would still be defined.
    { case: 'an effective sample of 1.5 people', n: 1.5, k: 3, level: 0.95 },
    { case: 'an effective 1.5 items', n: 50, k: 1.5, level: 0.95 },
  ])('gives no interval for $case', ({ n, k, level }) => {
    expect(alphaInterval(0.8, n, k, level)).toBeNull();
  });
});
