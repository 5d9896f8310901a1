import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  correlation,
  correlationFromSums,
  mean,
  median,
  stable,
  standardDeviation,
  summarizeSample,
  variance,
} from '../../../../server/domain/statistics/descriptive';

describe('mean', () => {
  it.each([
    { xs: [], expected: null },
    { xs: [7], expected: 7 },
    { xs: [1, 2, 3, 4], expected: 2.5 },
    { xs: [-5, 5], expected: 0 },
  ])('returns $expected for $xs', ({ xs, expected }) => {
    expect(mean(xs)).toBe(expected);
  });

  it('is unchanged when the sample is reordered', () => {
    const sampleAndShuffle = fc
      .array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 40 })
      .chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length })));
    fc.assert(
      fc.property(sampleAndShuffle, ([xs, shuffled]) => {
        expect(mean(shuffled)).toBeCloseTo(mean(xs) ?? Number.NaN, 9);
      }),
    );
  });
});

describe('variance and standardDeviation', () => {
  // Hand-worked: [2,4,4,4,5,5,7,9] has mean 5 and squared deviations summing to 32, so s² = 32/7.
  it.each([
    { xs: [], v: null, sd: null },
    { xs: [3], v: null, sd: null },
    { xs: [1, 2, 3, 4, 5], v: 2.5, sd: Math.sqrt(2.5) },
    { xs: [2, 4, 4, 4, 5, 5, 7, 9], v: 32 / 7, sd: Math.sqrt(32 / 7) },
  ])('gives s² = $v and s = $sd for $xs', ({ xs, v, sd }) => {
    expect(variance(xs)).toBe(v);
    expect(standardDeviation(xs)).toBe(sd);
  });

  it('reports exactly zero spread for a constant sample of non-representable decimals', () => {
    expect(variance([0.1, 0.1, 0.1])).toBe(0);
    expect(standardDeviation([0.7, 0.7])).toBe(0);
  });
});

describe('median', () => {
  it.each([
    { xs: [], expected: null },
    { xs: [4], expected: 4 },
    { xs: [5, 1, 3], expected: 3 },
    { xs: [4, 1, 3, 2], expected: 2.5 },
    { xs: [10, -2, 10, 7], expected: 8.5 },
  ])('returns $expected for $xs', ({ xs, expected }) => {
    expect(median(xs)).toBe(expected);
  });

  it('leaves the caller’s array in its original order', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('correlation', () => {
  // Hand-worked: deviations (−2,−1,0,1,2) and (−2,0,1,0,1) give Σxy = 6, Σx² = 10, Σy² = 6, r = 6/√60.
  it.each([
    { x: [1, 2, 3, 4, 5], y: [2, 4, 5, 4, 5], expected: 6 / Math.sqrt(60) },
    { x: [1, 2, 3], y: [6, 4, 2], expected: -1 },
    { x: [1, 2], y: [3, 5], expected: 1 },
  ])('returns r = $expected for $x against $y', ({ x, y, expected }) => {
    expect(correlation(x, y)).toBeCloseTo(expected, 12);
  });

  it.each([
    { case: 'lengths differ', x: [1, 2, 3], y: [1, 2] },
    { case: 'n is 1', x: [1], y: [2] },
    { case: 'one variable is constant', x: [1, 2, 3], y: [4, 4, 4] },
    { case: 'the other variable is constant', x: [2, 2, 2], y: [1, 5, 3] },
  ])('is null when $case', ({ x, y }) => {
    expect(correlation(x, y)).toBeNull();
  });
});

describe('correlationFromSums', () => {
  // The hand-worked sums above (Σxy 6, Σx² 10, Σy² 6), and the same times n = 5 as running totals give them.
  it.each([
    { cross: 6, ssx: 10, ssy: 6, expected: 6 / Math.sqrt(60) },
    { cross: 30, ssx: 50, ssy: 30, expected: 6 / Math.sqrt(60) },
    { cross: -4, ssx: 2, ssy: 8, expected: -1 },
    // One part in 10^17 past a perfect correlation, as rounding can leave it: held at 1.
    { cross: 1 + 1e-15, ssx: 1, ssy: 1, expected: 1 },
    { cross: -1 - 1e-15, ssx: 1, ssy: 1, expected: -1 },
  ])('gives r = $expected from Σxy $cross, Σx² $ssx and Σy² $ssy', ({ cross, ssx, ssy, expected }) => {
    expect(correlationFromSums(cross, ssx, ssy)).toBeCloseTo(expected, 15);
  });

  it.each([
    { case: 'x never varies', cross: 0, ssx: 0, ssy: 4 },
    { case: 'y never varies', cross: 0, ssx: 4, ssy: 0 },
  ])('is null when $case', ({ cross, ssx, ssy }) => {
    expect(correlationFromSums(cross, ssx, ssy)).toBeNull();
  });
});

describe('summarizeSample', () => {
  it.each([
    { xs: [], expected: { n: 0, mean: null, variance: null } },
    { xs: [4], expected: { n: 1, mean: 4, variance: null } },
    { xs: [1, 2, 3, 4, 5], expected: { n: 5, mean: 3, variance: 2.5 } },
    { xs: [0.1, 0.1, 0.1], expected: { n: 3, mean: mean([0.1, 0.1, 0.1]), variance: 0 } },
  ])('gives n, mean and variance $expected for $xs', ({ xs, expected }) => {
    expect(summarizeSample(xs)).toEqual(expected);
  });
});

describe('stable', () => {
  it.each([
    { x: null, expected: null },
    { x: 0.1 + 0.2, expected: 0.3 },
    { x: 1 / 3, expected: 0.333333333 },
    { x: -2 / 3, expected: -0.666666667 },
    { x: 50, expected: 50 },
  ])('rounds $x to nine decimals: $expected', ({ x, expected }) => {
    expect(stable(x)).toBe(expected);
  });
});
