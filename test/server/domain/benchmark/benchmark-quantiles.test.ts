import { describe, expect, it } from 'vitest';
import {
  isOrderedQuantiles,
  percentile,
  QUANTILE_LEVELS,
  quantilesOf,
} from '../../../../server/domain/benchmark/benchmark-quantiles';

describe('percentile (type 7)', () => {
  it.each([
    // sorted values, level, expected: h = (n − 1)·level/100, interpolated between the order statistics
    [[10, 20, 30, 40], 50, 25],
    [[10, 20, 30, 40], 0, 10],
    [[10, 20, 30, 40], 100, 40],
    [[10, 20, 30, 40], 25, 17.5],
    [[10, 20, 30, 40], 75, 32.5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 10, 1.9],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9.1],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 10, 2],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 50, 6],
    [[42], 90, 42],
    [[0, 100], 10, 10],
  ])('of %j at %i is %d', (sorted, level, expected) => {
    expect(percentile(sorted, level)).toBeCloseTo(expected, 10);
  });
});

describe('quantilesOf', () => {
  it.each([
    // ten organizations 50, 55, … 95: p10 at h 0.9 → 54.5, p25 at 2.25 → 61.25, p50 at 4.5 → 72.5,
    // p75 at 6.75 → 83.75, p90 at 8.1 → 90.5; rounded half up
    [[50, 55, 60, 65, 70, 75, 80, 85, 90, 95], { p10: 55, p25: 61, p50: 73, p75: 84, p90: 91 }],
    [[95, 50, 90, 55, 85, 60, 80, 65, 75, 70], { p10: 55, p25: 61, p50: 73, p75: 84, p90: 91 }],
    [[60, 60, 60, 60, 60, 60, 60, 60, 60, 60], { p10: 60, p25: 60, p50: 60, p75: 60, p90: 60 }],
    // eleven 0, 10, … 100: every level falls on an order statistic
    [[0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100], { p10: 10, p25: 25, p50: 50, p75: 75, p90: 90 }],
    [[61.4, 61.6, 62.2, 62.4, 63, 64.49, 64.5, 66, 67, 70], { p10: 62, p25: 62, p50: 64, p75: 66, p90: 67 }],
  ])('of %j', (scores, expected) => {
    expect(quantilesOf(scores)).toEqual(expected);
  });

  it('leaves the scores it is given in their order', () => {
    const scores = [3, 1, 2];
    quantilesOf(scores);
    expect(scores).toEqual([3, 1, 2]);
  });

  it('sorts numerically, not as text', () => {
    expect(quantilesOf([9, 10, 100, 20, 30, 40, 50, 60, 70, 80, 90]).p10).toBe(10);
  });

  it('keeps the 10th to the 90th percentile', () => {
    expect(QUANTILE_LEVELS).toEqual([10, 25, 50, 75, 90]);
  });
});

describe('isOrderedQuantiles', () => {
  it.each([
    [{ p10: 10, p25: 20, p50: 30, p75: 40, p90: 50 }, true],
    [{ p10: 30, p25: 30, p50: 30, p75: 30, p90: 30 }, true],
    [{ p10: 0, p25: 0, p50: 0, p75: 100, p90: 100 }, true],
    [{ p10: 10, p25: 20, p50: 30, p75: 40, p90: 39 }, false],
    [{ p10: 21, p25: 20, p50: 30, p75: 40, p90: 50 }, false],
    [{ p10: 10, p25: 31, p50: 30, p75: 40, p90: 50 }, false],
    [{ p10: 10, p25: 20, p50: 41, p75: 40, p90: 50 }, false],
    [{ p10: 10, p25: 20, p50: 30.5, p75: 40, p90: 50 }, false],
    [{ p10: -1, p25: 20, p50: 30, p75: 40, p90: 50 }, false],
    [{ p10: 10, p25: 20, p50: 30, p75: 40, p90: 101 }, false],
  ])('%j is %s', (q, expected) => {
    expect(isOrderedQuantiles(q)).toBe(expected);
  });
});
