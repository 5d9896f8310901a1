import { describe, expect, it } from 'vitest';
import {
  compareDepartments,
  compareDepartmentsFromSummaries,
  type DepartmentDifference,
  type GroupScores,
} from '../../../../server/domain/analysis/department-differences';
import { welchTest } from '../../../../server/domain/statistics/comparison';
import {
  addMoment,
  emptyMoments,
  momentsMean,
  momentsVariance,
} from '../../../../server/domain/statistics/moments';

const OPTIONS = { minGroupSize: 5, gapEffectSize: 0.5 };

/** `count` scores alternating between `mean − spread` and `mean + spread`. */
const around = (mean: number, count: number, spread = 5) =>
  Array.from({ length: count }, (_, i) => (i % 2 ? mean + spread : mean - spread));
const group = (departmentId: string, scores: number[]): GroupScores => ({ departmentId, scores });

describe('compareDepartments', () => {
  // 85 ± 5 against 45 ± 5, six each: both variances 6·25/5 = 30, so the pooled SD is √30 and
  // g = (40/√30)·(1 − 3/(4·12 − 9)) = (40/√30)·(12/13) ≈ 6.74; the Welch SE is √(30/6 + 30/6) = √10.
  const high = around(85, 6);
  const low = around(45, 6);

  it('flags a large, significant gap between groups of at least the minimum, g > 0 when a is higher', () => {
    const [pair] = compareDepartments('breakdown', [group('sales', high), group('ops', low)], OPTIONS);
    expect(pair).toMatchObject({
      dimension: 'breakdown',
      a: 'sales',
      b: 'ops',
      diff: 40,
      flagged: true,
      degenerate: false,
    });
    expect(pair!.g).toBeCloseTo((40 / Math.sqrt(30)) * (12 / 13), 10);
    expect(pair!.low).toBeGreaterThan(0);
    expect(pair!.gLow).toBeGreaterThan(0);
  });

  it('gives g < 0 and a negative difference when the first group is the lower one', () => {
    const [pair] = compareDepartments('breakdown', [group('ops', low), group('sales', high)], OPTIONS);
    expect(pair).toMatchObject({ a: 'ops', b: 'sales', diff: -40, flagged: true });
    expect(pair!.g).toBeCloseTo((-40 / Math.sqrt(30)) * (12 / 13), 10);
    expect(pair!.high).toBeLessThan(0);
  });

  it.each([
    { situation: 'both groups are below the minimum of 5', a: around(85, 3), b: around(45, 3) },
    { situation: 'one group has 4 members, one short of the minimum', a: around(85, 6), b: around(45, 4) },
    { situation: 'the first group has 4 members', a: around(85, 4), b: around(45, 6) },
    // 65 ± 5 against 64 ± 5: d = 1/√30 ≈ .18 and t ≈ .32: neither significant nor large.
    { situation: 'the difference is small', a: around(65, 6), b: around(64, 6) },
    // 100 each, 65 ± 5 against 62.5 ± 5: SD √25.25, t ≈ 3.5 (p < .001),
    // but g = (2.5/√25.25)·(1 − 3/791) ≈ .496 < .5.
    {
      situation: 'the difference is significant but too small to matter',
      a: around(65, 100),
      b: around(62.5, 100),
    },
    // 50 ± 30 and 30 ± 30 (five each): g ≈ .60 but t ≈ 1.05, p ≈ .32.
    {
      situation: 'the effect is large but not significant',
      a: [20, 80, 20, 80, 50],
      b: [0, 60, 0, 60, 30],
    },
  ])('does not flag a gap when $situation', ({ a, b }) => {
    const [pair] = compareDepartments('participation', [group('a', a), group('b', b)], OPTIONS);
    expect(pair?.flagged).toBe(false);
  });

  // 65 ± 10 against 50 ± 10, six each: SD √120 ≈ 10.95, t = 15/√40 ≈ 2.37 on 10 df, p ≈ .039, and
  // g = (15/√120)·(12/13) ≈ 1.26. A third group at 57.5 is 7.5 from both (p ≈ .53), so Holm multiplies
  // the a–b p by 3: ≈ .117, no longer below .05.
  const A = around(65, 6, 10);
  const B = around(50, 6, 10);
  const MIDDLE = around(57.5, 6, 10);

  it('flags a large gap significant at .05 when only two departments are compared', () => {
    const [pair] = compareDepartments('culture', [group('a', A), group('b', B)], OPTIONS);
    expect(pair!.p).toBeLessThan(0.05);
    expect(pair!.flagged).toBe(true);
  });

  it('does not flag that gap once a third department makes it one of three comparisons', () => {
    const raw = welchTest(A, B)!.p;
    const [ab] = compareDepartments('culture', [group('a', A), group('b', B), group('c', MIDDLE)], OPTIONS);
    expect(raw).toBeLessThan(0.05);
    expect(ab!.p).toBeCloseTo(3 * raw, 12);
    expect(ab!.flagged).toBe(false);
  });

  it('uses the minimum group size it is given', () => {
    const groups = [group('a', around(85, 3)), group('b', around(45, 3))];
    expect(compareDepartments('culture', groups, { ...OPTIONS, minGroupSize: 3 })[0]?.flagged).toBe(true);
  });

  it('compares every pair once, in the order the groups are listed', () => {
    const groups = [group('a', around(70, 6)), group('b', around(60, 6)), group('c', around(50, 6))];
    expect(compareDepartments('hygiene', groups, OPTIONS).map((d) => [d.a, d.b])).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
  });

  it('Holm-adjusts p across three pairs: the smallest p times 3, the others times 2, never below raw', () => {
    const scores = { a: around(65, 6), b: around(60, 6), c: around(55, 6) };
    const groups = Object.entries(scores).map(([id, s]) => group(id, s));
    const raw = {
      ab: welchTest(scores.a, scores.b)!.p,
      ac: welchTest(scores.a, scores.c)!.p,
      bc: welchTest(scores.b, scores.c)!.p,
    };
    // a–c (10 apart) has the smallest p; a–b and b–c (5 apart each) tie for the next two ranks, so
    // the second gets 2p and the third max(2p, 1p) = 2p.
    expect(raw.ac).toBeLessThan(raw.ab);
    expect(raw.ab).toBeCloseTo(raw.bc, 15);
    const [ab, ac, bc] = compareDepartments('culture', groups, OPTIONS);
    expect(ac!.p).toBeCloseTo(3 * raw.ac, 12);
    expect(ab!.p).toBeCloseTo(Math.min(1, 2 * raw.ab), 12);
    expect(bc!.p).toBeCloseTo(Math.min(1, 2 * raw.bc), 12);
    expect(ab!.p).toBeGreaterThanOrEqual(raw.ab);
    expect(ac!.p).toBeGreaterThanOrEqual(raw.ac);
    expect(bc!.p).toBeGreaterThanOrEqual(raw.bc);
  });

  it('reports a pair without any spread as degenerate, with its exact difference, never dropping it', () => {
    const groups = [group('a', [100, 100, 100, 100, 100, 100]), group('b', [0, 0, 0, 0, 0, 0])];
    expect(compareDepartments('hygiene', groups, OPTIONS)).toEqual([
      {
        dimension: 'hygiene',
        a: 'a',
        b: 'b',
        diff: 100,
        low: 100,
        high: 100,
        g: null,
        gLow: null,
        gHigh: null,
        p: 1,
        flagged: false,
        degenerate: true,
      },
    ]);
  });

  it('reports two groups of two without spread as degenerate', () => {
    const groups = [group('a', [80, 80]), group('b', [60, 60])];
    expect(compareDepartments('hygiene', groups, OPTIONS)).toEqual([
      expect.objectContaining({ diff: 20, degenerate: true, flagged: false }),
    ]);
  });

  it.each([
    { beside: 'a group without spread', other: [60, 60, 60, 60, 60] },
    { beside: 'a group with spread', other: around(60, 6) },
  ])('compares no department of one person with $beside', ({ other }) => {
    expect(compareDepartments('hygiene', [group('a', [80]), group('b', other)], OPTIONS)).toEqual([]);
  });

  it('reports two identical groups without spread as a degenerate pair with no difference', () => {
    const groups = [group('a', [70, 70, 70, 70, 70]), group('b', [70, 70, 70, 70, 70])];
    expect(compareDepartments('hygiene', groups, OPTIONS)[0]).toMatchObject({ diff: 0, degenerate: true });
  });
});

/** A department as running totals give it: its scores held times `factor` as exact integer sums. */
function summaryOf(g: GroupScores, factor: number) {
  const m = emptyMoments();
  for (const x of g.scores) addMoment(m, Math.round(x * factor));
  return {
    departmentId: g.departmentId,
    n: m.n,
    mean: momentsMean(m, factor),
    variance: momentsVariance(m, factor),
  };
}

/** The same pairs, flags and degenerate marks; every number equal to 1e-12 of its magnitude (or of 1). */
function expectSameDifferences(actual: DepartmentDifference[], expected: DepartmentDifference[]) {
  const shape = (d: DepartmentDifference) => [d.a, d.b, d.flagged, d.degenerate, d.g === null];
  expect(actual.map(shape)).toEqual(expected.map(shape));
  expected.forEach((want, i) => {
    for (const key of ['diff', 'low', 'high', 'g', 'gLow', 'gHigh', 'p'] as const) {
      const value = want[key];
      if (value === null) expect(actual[i]![key]).toBeNull();
      else
        expect(Math.abs(actual[i]![key]! - value), key).toBeLessThanOrEqual(
          1e-12 * Math.max(1, Math.abs(value)),
        );
    }
  });
}

describe('compareDepartmentsFromSummaries', () => {
  it.each([
    {
      case: 'a large, clear gap',
      groups: [group('sales', around(85, 6)), group('ops', around(45, 6))],
      factor: 1,
    },
    { case: 'a small gap', groups: [group('a', around(65, 6)), group('b', around(64, 6))], factor: 1 },
    {
      case: 'three departments, Holm-adjusted',
      groups: [group('a', around(65, 6, 10)), group('b', around(50, 6, 10)), group('c', around(57.5, 6, 10))],
      factor: 2,
    },
    {
      case: 'groups below the minimum',
      groups: [group('a', around(85, 3)), group('b', around(45, 4))],
      factor: 1,
    },
    {
      case: 'pairs without spread, and one without spread beside one with',
      groups: [group('a', [100, 100, 100]), group('b', [0, 0, 0, 0]), group('c', around(60, 6))],
      factor: 1,
    },
    {
      case: 'two identical groups without spread',
      groups: [group('a', [70, 70, 70, 70, 70]), group('b', [70, 70, 70, 70, 70])],
      factor: 1,
    },
    {
      case: 'a department of one',
      groups: [group('a', [80]), group('b', around(60, 6)), group('c', [60, 60])],
      factor: 1,
    },
    { case: 'an empty department', groups: [group('a', []), group('b', around(60, 6))], factor: 1 },
    { case: 'one department', groups: [group('a', around(60, 6))], factor: 1 },
    {
      case: 'dimension scores in fractions held times 50,400',
      groups: [
        group('a', [62.5, 41.666666666666664, 87.5, 58.333333333333336, 100, 75]),
        group('b', [25, 70.83333333333333, 33.333333333333336, 12.5, 50]),
        group('c', [58.333333333333336, 58.333333333333336, 58.333333333333336]),
      ],
      factor: 50_400,
    },
  ])('gives what the list gives for $case', ({ groups, factor }) => {
    expectSameDifferences(
      compareDepartmentsFromSummaries(
        'culture',
        groups.map((g) => summaryOf(g, factor)),
        OPTIONS,
      ),
      compareDepartments('culture', groups, OPTIONS),
    );
  });

  it('gives for people moved onto their department figure what their own totals give with the figure as mean', () => {
    // As the campaign analysis does: each person's score moved so that the department's mean is its figure.
    const own = {
      a: [62.5, 41.666666666666664, 87.5, 58.333333333333336, 100],
      b: [25, 70.83333333333333, 50, 12.5, 50],
    };
    const figures = { a: 71.25, b: 40 };
    const moved = (xs: number[], figure: number) => {
      const shift = figure - xs.reduce((s, x) => s + x, 0) / xs.length;
      return xs.map((x) => x + shift);
    };
    const totals = (id: 'a' | 'b') => ({ ...summaryOf(group(id, own[id]), 50_400), mean: figures[id] });
    expectSameDifferences(
      compareDepartmentsFromSummaries('culture', [totals('a'), totals('b')], OPTIONS),
      compareDepartments(
        'culture',
        [group('a', moved(own.a, figures.a)), group('b', moved(own.b, figures.b))],
        OPTIONS,
      ),
    );
  });
});
