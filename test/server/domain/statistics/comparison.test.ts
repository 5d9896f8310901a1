import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  hedgesG,
  hedgesGFromSummaries,
  holmAdjust,
  compareSpreads,
  holmJudged,
  minimumEffectP,
  pearson,
  pearsonFromMoments,
  welchFromMoments,
  welchTest,
  welchTestFromSummaries,
} from '../../../../server/domain/statistics/comparison';
import {
  addCross,
  addMoment,
  emptyCrossMoments,
  emptyMoments,
  momentsMean,
  momentsVariance,
} from '../../../../server/domain/statistics/moments';

/** A group's n, mean and variance from running totals of its values held as integers times `factor`. */
function summaryOf(values: readonly number[], factor: number) {
  const m = emptyMoments();
  for (const v of values) addMoment(m, Math.round(v * factor));
  return { n: m.n, mean: momentsMean(m, factor), variance: momentsVariance(m, factor) };
}

/** Every number equal to 1e-12 of its magnitude (absolutely, below 1); null exactly where the list gives null. */
function expectSame<T extends object>(actual: T | null, expected: T | null) {
  if (expected === null) {
    expect(actual).toBeNull();
    return;
  }
  expect(actual).not.toBeNull();
  for (const [key, value] of Object.entries(expected) as [keyof T, number][]) {
    const got = actual![key] as number;
    expect(Math.abs(got - value), String(key)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(value)));
  }
}

/** Pairs of the two groups compared below: lists, the factor that holds them as integers, and a level. */
const GROUP_PAIRS = [
  { case: 'the hand-worked pair', a: [1, 2, 3, 4, 5], b: [2, 4, 6, 8, 10], factor: 1, level: 0.95 },
  { case: 'the hand-worked pair at 90%', a: [1, 2, 3, 4, 5], b: [2, 4, 6, 8, 10], factor: 1, level: 0.9 },
  {
    case: 'decimals held in tenths',
    a: [3.1, 2.8, 4.0, 3.6, 3.3, 2.9],
    b: [2.2, 2.9, 2.5, 3.0],
    factor: 10,
    level: 0.95,
  },
  {
    case: 'scale scores held in sixtieths',
    a: [62.5, 75, 41.666666666666664, 100, 58.333333333333336],
    b: [25, 33.333333333333336, 50, 12.5],
    factor: 60,
    level: 0.95,
  },
  { case: 'only one group varying', a: [3, 3, 3], b: [1, 2, 3, 4, 5], factor: 1, level: 0.95 },
  { case: 'groups of two', a: [80, 90], b: [20, 60], factor: 1, level: 0.95 },
  { case: 'a group of one', a: [4], b: [1, 2, 3], factor: 1, level: 0.95 },
  { case: 'an empty group', a: [1, 2, 3], b: [], factor: 1, level: 0.95 },
  { case: 'neither group varying', a: [2, 2, 2], b: [5, 5], factor: 1, level: 0.95 },
  { case: 'an impossible level', a: [1, 2, 3], b: [2, 3, 5], factor: 1, level: 1 },
  { case: 'identical groups', a: [1, 5, 3, 3], b: [3, 1, 5, 3], factor: 1, level: 0.95 },
  {
    case: 'large groups',
    a: Array.from({ length: 400 }, (_, i) => (i * 37) % 101),
    b: Array.from({ length: 300 }, (_, i) => (i * 53) % 89),
    factor: 1,
    level: 0.95,
  },
];

describe('welchTest', () => {
  // Worked by hand: means 3 and 6, variances 2.5 and 10 (n = 5 each) → SE² = 0.5 + 2 = 2.5,
  // t = −3/√2.5 = −1.8974, df = 2.5²/(0.5²/4 + 2²/4) = 6.25/1.0625 = 5.8824. The p-value and interval
  // are scipy.stats.ttest_ind(equal_var=False); so is the second example.
  it.each([
    {
      a: [1, 2, 3, 4, 5],
      b: [2, 4, 6, 8, 10],
      level: 0.95,
      expected: {
        diff: -3,
        t: -1.8973665961,
        df: 5.8823529412,
        p: 0.1075311949,
        low: -6.8877416437,
        high: 0.8877416437,
      },
    },
    {
      a: [1, 2, 3, 4, 5],
      b: [2, 4, 6, 8, 10],
      level: 0.9,
      expected: {
        diff: -3,
        t: -1.8973665961,
        df: 5.8823529412,
        p: 0.1075311949,
        low: -6.0834777676,
        high: 0.0834777676,
      },
    },
    {
      a: [3.1, 2.8, 4.0, 3.6, 3.3, 2.9],
      b: [2.2, 2.9, 2.5, 3.0],
      level: 0.95,
      expected: {
        diff: 0.6333333333,
        t: 2.4208241593,
        df: 7.5060728105,
        p: 0.0437393025,
        low: 0.0230585806,
        high: 1.2436080861,
      },
    },
  ])('matches the reference result at level $level for $a vs $b', ({ a, b, level, expected }) => {
    const result = welchTest(a, b, level);
    expect(result).not.toBeNull();
    for (const key of ['diff', 't', 'df', 'p', 'low', 'high'] as const) {
      expect(result?.[key]).toBeCloseTo(expected[key], 7);
    }
  });

  it('defaults to a 95% interval', () => {
    expect(welchTest([1, 2, 3, 4, 5], [2, 4, 6, 8, 10])).toEqual(
      welchTest([1, 2, 3, 4, 5], [2, 4, 6, 8, 10], 0.95),
    );
  });

  it('still compares groups when only one of them varies', () => {
    // SE² = 0 + 2.5/5; df = 0.25/(0.25/4) = 4, the varying group's n − 1.
    const result = welchTest([3, 3, 3], [1, 2, 3, 4, 5]);
    expect(result?.t).toBe(0);
    expect(result?.df).toBeCloseTo(4, 12);
    expect(result?.p).toBeCloseTo(1, 12);
  });

  it.each([
    { case: 'the first group has one member', a: [4], b: [1, 2, 3] },
    { case: 'the second group is empty', a: [1, 2, 3], b: [] },
    { case: 'neither group varies', a: [2, 2, 2], b: [5, 5] },
    { case: 'the level is impossible', a: [1, 2, 3], b: [2, 3, 5], level: 1 },
  ])('is null when $case', ({ a, b, level }) => {
    expect(welchTest(a, b, level)).toBeNull();
  });

  it('negates t and the interval but keeps p when the groups are swapped', () => {
    const sample = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 20 });
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const forward = welchTest(a, b);
        const backward = welchTest(b, a);
        if (forward === null || backward === null) {
          expect(backward).toEqual(forward);
          return;
        }
        expect(backward.t).toBeCloseTo(-forward.t, 10);
        expect(backward.p).toBeCloseTo(forward.p, 10);
        expect(backward.low).toBeCloseTo(-forward.high, 10);
        expect(forward.p).toBeGreaterThanOrEqual(0);
        expect(forward.p).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('welchTestFromSummaries', () => {
  it.each(GROUP_PAIRS)('gives what welchTest gives for $case', ({ a, b, factor, level }) => {
    expectSame(
      welchTestFromSummaries(summaryOf(a, factor), summaryOf(b, factor), level),
      welchTest(a, b, level),
    );
  });

  it('refuses a group given as one person with a variance of 0', () => {
    const spread = summaryOf([1, 2, 3], 1);
    expect(welchTestFromSummaries({ n: 1, mean: 4, variance: 0 }, spread)).toBeNull();
  });
});

describe('hedgesG', () => {
  // Worked by hand: pooled variance (4·2.5 + 4·10)/8 = 6.25, d = −3/2.5 = −1.2, J = 1 − 3/31 = 28/31,
  // g = −1.083871; SE = √(10/25 + g²/20) = 0.677303; 95% CI g ± 1.959964·SE.
  it.each([
    {
      a: [1, 2, 3, 4, 5],
      b: [2, 4, 6, 8, 10],
      level: 0.95,
      g: -1.0838709677,
      low: -2.4113596729,
      high: 0.2436177375,
    },
    {
      a: [1, 2, 3, 4, 5],
      b: [2, 4, 6, 8, 10],
      level: 0.9,
      g: -1.0838709677,
      low: -2.197934608,
      high: 0.0301926726,
    },
    {
      a: [3.1, 2.8, 4.0, 3.6, 3.3, 2.9],
      b: [2.2, 2.9, 2.5, 3.0],
      level: 0.95,
      g: 1.3490992616,
      low: -0.0473941371,
      high: 2.7455926603,
    },
  ])('gives g = $g ($low to $high) at level $level', ({ a, b, level, ...expected }) => {
    const result = hedgesG(a, b, level);
    expect(result?.g).toBeCloseTo(expected.g, 8);
    expect(result?.low).toBeCloseTo(expected.low, 8);
    expect(result?.high).toBeCloseTo(expected.high, 8);
  });

  it.each([
    { case: 'a group has one member', a: [1], b: [1, 2, 3] },
    { case: 'nothing varies', a: [3, 3], b: [4, 4, 4] },
    { case: 'the level is impossible', a: [1, 2], b: [2, 4], level: 0 },
  ])('is null when $case', ({ a, b, level }) => {
    expect(hedgesG(a, b, level)).toBeNull();
  });
});

describe('hedgesGFromSummaries', () => {
  it.each(GROUP_PAIRS)('gives what hedgesG gives for $case', ({ a, b, factor, level }) => {
    expectSame(hedgesGFromSummaries(summaryOf(a, factor), summaryOf(b, factor), level), hedgesG(a, b, level));
  });
});

describe('holmAdjust', () => {
  // Sorted p × (m − rank + 1): 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → running max 0.06.
  it.each([
    { pValues: [0.01, 0.04, 0.03, 0.005], expected: [0.03, 0.06, 0.06, 0.02] },
    { pValues: [0.5, 0.6], expected: [1, 1] },
    { pValues: [0.02, 0.001, 0.2, 0.04, 0.01], expected: [0.06, 0.005, 0.2, 0.08, 0.04] },
    { pValues: [0.03], expected: [0.03] },
    { pValues: [], expected: [] },
    { pValues: [0.01, Number.NaN], expected: [0.02, 1] },
  ])('adjusts $pValues to $expected in the original order', ({ pValues, expected }) => {
    const adjusted = holmAdjust(pValues);
    expect(adjusted).toHaveLength(expected.length);
    adjusted.forEach((p, i) => expect(p).toBeCloseTo(expected[i] ?? Number.NaN, 12));
  });

  it('never lowers a p-value, never exceeds 1, and keeps the ranking of the raw p-values', () => {
    const pValues = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 20 });
    fc.assert(
      fc.property(pValues, (ps) => {
        const adjusted = holmAdjust(ps);
        adjusted.forEach((q, i) => {
          expect(q).toBeGreaterThanOrEqual(ps[i] ?? Number.NaN);
          expect(q).toBeLessThanOrEqual(1);
          ps.forEach((p, j) => {
            if ((ps[i] ?? 0) < p) expect(q).toBeLessThanOrEqual(adjusted[j] ?? Number.NaN);
          });
        });
      }),
    );
  });
});

describe('pearson', () => {
  // scipy.stats.pearsonr(x, y).confidence_interval(0.95), which uses the same Fisher z interval.
  it.each([
    { x: [1, 2, 3, 4, 5], y: [2, 4, 5, 4, 5], r: 0.7745966692, low: -0.3400820352, high: 0.9842357552 },
    {
      x: [2, 4, 4, 5, 7, 8, 9, 9],
      y: [10, 9, 8, 8, 6, 4, 4, 2],
      r: -0.9654740773,
      low: -0.9939319312,
      high: -0.8158792462,
    },
  ])('gives r = $r with CI $low to $high', ({ x, y, ...expected }) => {
    const result = pearson(x, y);
    expect(result?.n).toBe(x.length);
    expect(result?.r).toBeCloseTo(expected.r, 9);
    expect(result?.low).toBeCloseTo(expected.low, 9);
    expect(result?.high).toBeCloseTo(expected.high, 9);
  });

  it('collapses the interval onto a perfect correlation instead of producing NaN', () => {
    expect(pearson([1, 2, 3, 4], [2, 4, 6, 8])).toEqual({ r: 1, n: 4, low: 1, high: 1 });
  });

  it.each([
    { case: 'there are fewer than four pairs', x: [1, 2, 3], y: [3, 1, 2] },
    { case: 'the lengths differ', x: [1, 2, 3, 4], y: [1, 2, 3, 4, 5] },
    { case: 'one variable is constant', x: [1, 2, 3, 4], y: [5, 5, 5, 5] },
    { case: 'the level is impossible', x: [1, 2, 3, 4], y: [1, 3, 2, 4], level: 1.5 },
  ])('is null when $case', ({ x, y, level }) => {
    expect(pearson(x, y, level)).toBeNull();
  });
});

describe('pearsonFromMoments', () => {
  /** Cross moments of the pairs, x held times `xFactor` and y times `yFactor`. */
  const crossOf = (x: readonly number[], y: readonly number[], xFactor = 1, yFactor = 1) => {
    const m = emptyCrossMoments(2);
    x.forEach((v, i) => addCross(m, [Math.round(v * xFactor), Math.round(y[i]! * yFactor)]));
    return m;
  };

  it.each([
    { case: 'the first reference pair', x: [1, 2, 3, 4, 5], y: [2, 4, 5, 4, 5], xFactor: 1, level: 0.95 },
    {
      case: 'a strong negative correlation',
      x: [2, 4, 4, 5, 7, 8, 9, 9],
      y: [10, 9, 8, 8, 6, 4, 4, 2],
      xFactor: 1,
      level: 0.95,
    },
    {
      case: 'dimension scores held times 50,400 against 1–5 answers',
      x: [62.5, 41.666666666666664, 87.5, 58.333333333333336, 100, 25, 70.83333333333333],
      y: [4, 2, 5, 3, 5, 1, 3],
      xFactor: 50_400,
      level: 0.95,
    },
    { case: 'a perfect correlation', x: [1, 2, 3, 4], y: [2, 4, 6, 8], xFactor: 1, level: 0.95 },
    {
      case: 'a perfect negative correlation',
      x: [1, 2, 3, 4, 5],
      y: [9, 7, 5, 3, 1],
      xFactor: 1,
      level: 0.9,
    },
    { case: 'no correlation at all', x: [1, 2, 3, 4], y: [1, 3, 3, 1], xFactor: 1, level: 0.95 },
    { case: 'three pairs', x: [1, 2, 3], y: [3, 1, 2], xFactor: 1, level: 0.95 },
    { case: 'a constant variable', x: [1, 2, 3, 4], y: [5, 5, 5, 5], xFactor: 1, level: 0.95 },
    { case: 'no pairs', x: [], y: [], xFactor: 1, level: 0.95 },
    { case: 'an impossible level', x: [1, 2, 3, 4], y: [1, 3, 2, 4], xFactor: 1, level: 1.5 },
  ])('gives what pearson gives for $case', ({ x, y, xFactor, level }) => {
    expectSame(pearsonFromMoments(crossOf(x, y, xFactor), level), pearson(x, y, level));
  });

  it('gives the same r whatever factor each variable is held by', () => {
    const x = [1, 2, 3, 4, 5];
    const y = [2, 4, 5, 4, 5];
    expectSame(pearsonFromMoments(crossOf(x, y, 60, 25)), pearson(x, y));
  });

  it('finds a constant variable constant where its squares outgrow a double', () => {
    // 5,040,000² × 400 ≈ 10^16: beyond 2^53, where a sum in floats would leave a spread that is not there.
    const m = crossOf(
      Array(400).fill(5_040_000),
      Array.from({ length: 400 }, (_, i) => (i % 5) + 1),
    );
    expect(pearsonFromMoments(m)).toBeNull();
  });

  it('refuses cross moments of anything but two variables', () => {
    expect(() => pearsonFromMoments(emptyCrossMoments(3))).toThrow(RangeError);
  });
});

describe('welchFromMoments and minimumEffectP', () => {
  const a = [1, 2, 3, 4, 5];
  const b = [2, 4, 6, 8, 10];
  const moments = (xs: number[]) => {
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1));
    return { n: xs.length, mean, sd };
  };

  it('gives the difference, SE and df of Welch’s test from each group’s n, mean and SD', () => {
    const fromMoments = welchFromMoments(moments(a), moments(b))!;
    const direct = welchTest(a, b)!;
    expect(fromMoments.diff).toBeCloseTo(direct.diff, 12);
    expect(fromMoments.df).toBeCloseTo(direct.df, 12);
    expect(fromMoments.diff / fromMoments.se).toBeCloseTo(direct.t, 12);
  });

  it('is null for a group of one or no spread in either', () => {
    expect(welchFromMoments({ n: 1, mean: 3, sd: 0 }, moments(b))).toBeNull();
    expect(welchFromMoments({ n: 5, mean: 3, sd: 0 }, { n: 5, mean: 6, sd: 0 })).toBeNull();
  });

  it('with no minimum, is half the two-sided Welch p', () => {
    expect(minimumEffectP(welchFromMoments(moments(a), moments(b))!, 0)).toBeCloseTo(
      welchTest(a, b)!.p / 2,
      12,
    );
  });

  it.each([
    // (30 − 10)/5 = 4 on 20 df: P(T ≥ 4) from the t table.
    { diff: 30, minimum: 10, p: 0.00035 },
    { diff: -30, minimum: 10, p: 0.00035 },
    // Exactly at the minimum: no evidence either way.
    { diff: 10, minimum: 10, p: 0.5 },
  ])('gives p = $p for a difference of $diff against a minimum of $minimum', ({ diff, minimum, p }) => {
    expect(minimumEffectP({ diff, se: 5, df: 20 }, minimum)).toBeCloseTo(p, 5);
  });
});

describe('holmJudged', () => {
  const verdicts = { within: 'noise', higher: 'up', lower: 'down' } as const;
  // Holm on p = 0.01, 0.02, 0.04: 0.03, 0.04, 0.04 — all clear 5%; with 0.03 last, 0.06 does not.
  it.each([
    {
      ps: [0.01, 0.02, 0.04],
      diffs: [3, -2, 1],
      want: [
        ['up', 0.03],
        ['down', 0.04],
        ['up', 0.04],
      ],
    },
    {
      ps: [0.04, 0.01, 0.03],
      diffs: [1, 5, -4],
      want: [
        ['noise', 0.06],
        ['up', 0.03],
        ['noise', 0.06],
      ],
    },
    { ps: [0.05], diffs: [9], want: [['noise', 0.05]] },
    { ps: [0.049], diffs: [-0.5], want: [['down', 0.049]] },
  ])('judges p = $ps at 5% after Holm', ({ ps, diffs, want }) => {
    const judged = holmJudged(
      ps.map((p, i) => ({ p, diff: diffs[i]!, label: i })),
      0.05,
      verdicts,
    );
    expect(judged.map((j) => [j.verdict, Number(j.adjustedP.toFixed(6))])).toEqual(want);
    expect(judged.map((j) => j.label)).toEqual(ps.map((_, i) => i));
  });

  it('gives nothing for no rows', () => {
    expect(holmJudged([], 0.05, verdicts)).toEqual([]);
  });
});

describe('the groups and levels a test needs', () => {
  const two = { n: 2, mean: 50, variance: 50 };
  const other = { n: 3, mean: 60, variance: 80 };
  it.each([
    ['a group of one', { n: 1, mean: 50, variance: 50 }, false],
    ['a group of two', two, true],
    ['no mean', { n: 5, mean: null, variance: 50 }, false],
    ['no variance', { n: 5, mean: 50, variance: null }, false],
  ] as const)('tests %s against another group only when it has a spread', (_, group, tested) => {
    expect(welchTestFromSummaries(group, other) !== null).toBe(tested);
    expect(welchTestFromSummaries(other, group) !== null).toBe(tested);
    expect(hedgesGFromSummaries(group, other) !== null).toBe(tested);
  });

  it.each([
    [0, false],
    [1, false],
    [-0.5, false],
    [1.5, false],
    [0.5, true],
    [0.95, true],
  ])('gives an interval at level %s only inside (0, 1)', (level, given) => {
    expect(welchTestFromSummaries(two, other, level) !== null).toBe(given);
    expect(hedgesGFromSummaries(two, other, level) !== null).toBe(given);
  });

  it.each([
    [1, 5, false],
    [5, 1, false],
    [2, 2, true],
  ])('compares moments of %s and %s people only when both are at least two', (n1, n2, compared) => {
    const result = welchFromMoments({ n: n1, mean: 40, sd: 10 }, { n: n2, mean: 55, sd: 12 });
    expect(result !== null).toBe(compared);
  });
});

describe('compareSpreads', () => {
  it('gives the Welch test and Hedges’ g of two estimates as one row’s figures', () => {
    const a = { n: 12, mean: 62, sd: 10 };
    const b = { n: 9, mean: 50, sd: 14 };
    const welch = welchTestFromSummaries(
      { n: 12, mean: 62, variance: 100 },
      { n: 9, mean: 50, variance: 196 },
    )!;
    const g = hedgesGFromSummaries({ n: 12, mean: 62, variance: 100 }, { n: 9, mean: 50, variance: 196 })!;
    expect(compareSpreads(a, b)).toEqual({
      diff: 12,
      low: welch.low,
      high: welch.high,
      t: welch.t,
      df: welch.df,
      p: welch.p,
      g: g.g,
      gLow: g.low,
      gHigh: g.high,
    });
  });

  it.each([
    ['one person', { n: 1, mean: 50, sd: null }],
    ['no spread given', { n: 8, mean: 50, sd: null }],
  ])('compares nothing against %s', (_, side) => {
    expect(compareSpreads(side, { n: 9, mean: 50, sd: 14 })).toBeNull();
    expect(compareSpreads({ n: 9, mean: 50, sd: 14 }, side)).toBeNull();
  });
});
