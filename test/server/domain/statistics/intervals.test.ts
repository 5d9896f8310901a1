import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { normalQuantile } from '../../../../server/domain/statistics/distributions';
import {
  meanConfidenceInterval,
  shareAtLeastP,
  wilsonInterval,
} from '../../../../server/domain/statistics/intervals';

const width = (e: { low: number | null; high: number | null }): number => (e.high ?? 0) - (e.low ?? 0);

describe('meanConfidenceInterval', () => {
  // Both samples have mean 50 and SD 20 (squared deviations sum to 1600 = 20²·4 and 3600 = 20²·9), so
  // the half-widths are t(.975,4)·20/√5 = 24.83 and t(.975,9)·20/√10 = 14.31 from the t table.
  it.each([
    { xs: [30, 30, 50, 70, 70], halfWidth: (2.776445 * 20) / Math.sqrt(5) },
    { xs: [20, 80, 70, 70, 30, 30, 60, 40, 50, 50], halfWidth: (2.262157 * 20) / Math.sqrt(10) },
  ])('gives mean 50, SD 20 and half-width $halfWidth for n = $xs.length', ({ xs, halfWidth }) => {
    const e = meanConfidenceInterval(xs);
    expect(e.mean).toBe(50);
    expect(e.sd).toBeCloseTo(20, 12);
    expect(e.low).toBeCloseTo(50 - halfWidth, 4);
    expect(e.high).toBeCloseTo(50 + halfWidth, 4);
  });

  it('matches the published rounded half-widths 24.83 and 14.31', () => {
    expect(width(meanConfidenceInterval([30, 30, 50, 70, 70])) / 2).toBeCloseTo(24.83, 2);
    expect(width(meanConfidenceInterval([20, 80, 70, 70, 30, 30, 60, 40, 50, 50])) / 2).toBeCloseTo(14.31, 2);
  });

  it('uses the requested confidence level', () => {
    // t(.95, 4) = 2.131847 from the t table.
    const e = meanConfidenceInterval([30, 30, 50, 70, 70], { level: 0.9 });
    expect(e.high).toBeCloseTo(50 + (2.131847 * 20) / Math.sqrt(5), 4);
  });

  it('clips the interval to the bounds of the scale', () => {
    const e = meanConfidenceInterval([90, 100, 100], { min: 0, max: 100 });
    expect(e.high).toBe(100);
    expect(e.low).toBeGreaterThan(0);
    expect(meanConfidenceInterval([0, 0, 10], { min: 0, max: 100 }).low).toBe(0);
  });

  it.each([
    { case: 'no responses', xs: [], expected: { n: 0, mean: null, sd: null, low: null, high: null } },
    { case: 'one response', xs: [42], expected: { n: 1, mean: 42, sd: null, low: null, high: null } },
    { case: 'identical responses', xs: [60, 60, 60], expected: { n: 3, mean: 60, sd: 0, low: 60, high: 60 } },
  ])('handles $case without NaN', ({ xs, expected }) => {
    expect(meanConfidenceInterval(xs)).toEqual(expected);
  });

  it.each([0, 1, 1.2])('has null bounds at the impossible level %s', (level) => {
    const e = meanConfidenceInterval([1, 2, 3], { level });
    expect(e.mean).toBe(2);
    expect(e.low).toBeNull();
    expect(e.high).toBeNull();
  });

  it('narrows when the same spread is observed in more respondents', () => {
    const sample = fc
      .array(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 30 })
      .filter((xs) => new Set(xs).size > 1);
    fc.assert(
      fc.property(sample, (xs) => {
        expect(width(meanConfidenceInterval([...xs, ...xs]))).toBeLessThan(width(meanConfidenceInterval(xs)));
      }),
    );
  });

  it('always contains the sample mean', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 30 }), (xs) => {
        const e = meanConfidenceInterval(xs, { min: 0, max: 100 });
        expect(e.low ?? Number.NaN).toBeLessThanOrEqual(e.mean ?? Number.NaN);
        expect(e.high ?? Number.NaN).toBeGreaterThanOrEqual(e.mean ?? Number.NaN);
      }),
    );
  });
});

describe('wilsonInterval', () => {
  // scipy.stats.binomtest(k, n).proportion_ci(method='wilson'); 0/10 and 10/10 worked from the formula.
  it.each([
    { successes: 3, n: 5, p: 0.6, low: 0.230724, high: 0.882379 },
    { successes: 42, n: 120, p: 0.35, low: 0.270519, high: 0.438787 },
    { successes: 0, n: 10, p: 0, low: 0, high: 0.277533 },
    { successes: 10, n: 10, p: 1, low: 0.722467, high: 1 },
  ])('gives $low–$high for $successes/$n', ({ successes, n, p, low, high }) => {
    const e = wilsonInterval(successes, n);
    expect(e.successes).toBe(successes);
    expect(e.n).toBe(n);
    expect(e.p).toBe(p);
    expect(e.low).toBeCloseTo(low, 6);
    expect(e.high).toBeCloseTo(high, 6);
  });

  it.each([
    { case: 'there are no respondents', successes: 0, n: 0 },
    { case: 'successes exceed n', successes: 6, n: 5 },
    { case: 'successes are negative', successes: -1, n: 5 },
  ])('has null share and bounds when $case', ({ successes, n }) => {
    expect(wilsonInterval(successes, n)).toEqual({ successes, n, p: null, low: null, high: null });
  });

  it('shrinks to the observed share at z = 0 and refuses a negative z', () => {
    expect(wilsonInterval(3, 5, 0)).toEqual({ successes: 3, n: 5, p: 0.6, low: 0.6, high: 0.6 });
    expect(wilsonInterval(3, 5, -1).p).toBeNull();
  });

  it('stays inside [0, 1] and contains the observed share', () => {
    const counts = fc
      .integer({ min: 1, max: 500 })
      .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(counts, ([k, n]) => {
        const e = wilsonInterval(k, n);
        expect(e.low ?? -1).toBeGreaterThanOrEqual(0);
        expect(e.high ?? 2).toBeLessThanOrEqual(1);
        expect(e.low ?? 2).toBeLessThanOrEqual((e.p ?? -1) + 1e-12);
        expect(e.high ?? -1).toBeGreaterThanOrEqual((e.p ?? 2) - 1e-12);
      }),
    );
  });
});

describe('shareAtLeastP', () => {
  it('is the score test the Wilson interval inverts: at level 1 − 2p the lower bound is the null share', () => {
    for (const [x, n] of [
      [9, 12],
      [40, 80],
      [5, 10],
    ] as const) {
      const p = shareAtLeastP(x, n, 0.3)!;
      const z = -normalQuantile(p)!;
      expect(wilsonInterval(x, n, z).low).toBeCloseTo(0.3, 9);
    }
  });

  it.each([
    { x: 9, n: 12, p: 1 - 0.99966 },
    { x: 4, n: 12, below: 0.5 },
    { x: 3, n: 12, above: 0.5 },
  ])('judges $x of $n against a share of 0.3', ({ x, n, p, below, above }) => {
    const result = shareAtLeastP(x, n, 0.3);
    expect(result).not.toBeNull();
    if (p !== undefined) expect(result).toBeCloseTo(p, 4);
    if (below !== undefined) expect(result).toBeLessThan(below);
    if (above !== undefined) expect(result).toBeGreaterThan(above);
  });

  it.each([
    { x: 3, n: 0, p0: 0.3 },
    { x: 0, n: 0, p0: 0.3 },
    { x: 5, n: 4, p0: 0.3 },
    { x: -1, n: 4, p0: 0.3 },
    { x: 2, n: 4, p0: 1 },
    { x: 2, n: 4, p0: 0 },
    { x: 2, n: 4, p0: -0.2 },
  ])('is null for $x of $n against $p0: impossible counts or a null share outside (0, 1)', ({ x, n, p0 }) => {
    expect(shareAtLeastP(x, n, p0)).toBeNull();
  });

  // 1 − Φ((x/n − p0)/√(p0(1 − p0)/n)), from scipy.stats.norm.
  it.each([
    { x: 0, n: 5, p0: 0.3, p: 0.928383 },
    { x: 5, n: 5, p0: 0.3, p: 0.000318 },
    { x: 2, n: 4, p0: 0.001, p: 0 },
  ])('judges the edge case $x of $n against $p0 as p = $p', ({ x, n, p0, p }) => {
    expect(shareAtLeastP(x, n, p0)).toBeCloseTo(p, 6);
  });
});
