import { describe, expect, it } from 'vitest';
import {
  addCross,
  addMoment,
  crossCovariance,
  emptyCrossMoments,
  emptyMoments,
  mergeMoments,
  momentsMean,
  momentsVariance,
} from '../../../../server/domain/statistics/moments';
import { mean, variance } from '../../../../server/domain/statistics/descriptive';

const of = (values: number[]) => {
  const m = emptyMoments();
  for (const v of values) addMoment(m, v);
  return m;
};

describe('moments of integer-held values', () => {
  it.each([
    { values: [], factor: 1, mean: null, variance: null },
    { values: [3000], factor: 60, mean: 50, variance: null },
    { values: [1500, 1500, 1500], factor: 60, mean: 25, variance: 0 },
    { values: [0, 6000], factor: 60, mean: 50, variance: 5000 },
    { values: [2, 4, 4, 4, 5, 5, 7, 9], factor: 1, mean: 5, variance: 32 / 7 },
  ])('gives mean $mean and variance $variance for $values over $factor', (row) => {
    const m = of(row.values);
    expect(momentsMean(m, row.factor)).toBe(row.mean);
    if (row.variance === null) expect(momentsVariance(m, row.factor)).toBeNull();
    else expect(momentsVariance(m, row.factor)).toBeCloseTo(row.variance, 12);
  });

  it('agrees with the textbook mean and variance of the values themselves', () => {
    const values = [0, 25, 50, 75, 100, 62.5, 37.5, 100, 100, 0];
    const m = of(values.map((v) => v * 60));
    expect(momentsMean(m, 60)).toBeCloseTo(mean(values)!, 12);
    expect(momentsVariance(m, 60)).toBeCloseTo(variance(values)!, 12);
  });

  it('stays exact where the sum of squares outgrows a double: a constant sample has no spread', () => {
    // 5,040,000² × 2,000 ≈ 5·10^16, past 2^53: a plain double sum would lose the last units.
    const m = of(Array.from({ length: 2000 }, () => 5_040_000));
    expect(momentsVariance(m, 1)).toBe(0);
    addMoment(m, 5_040_001);
    expect(momentsVariance(m, 1)).toBeCloseTo(2000 / 2001 / 2000, 12);
  });

  it('gives the same figures whatever the order, and after taking a value away as if never added', () => {
    const forward = of([1, 7, 3, 9, 4]);
    const backward = of([4, 9, 3, 7, 1]);
    expect(momentsVariance(forward, 1)).toBe(momentsVariance(backward, 1));
    addMoment(forward, 11);
    addMoment(forward, 11, -1);
    expect(momentsMean(forward, 1)).toBe(momentsMean(backward, 1));
    expect(momentsVariance(forward, 1)).toBe(momentsVariance(backward, 1));
  });

  it('merges two groups into the moments of their union', () => {
    const union = of([1, 2, 3]);
    mergeMoments(union, of([10, 20]));
    expect(union.n).toBe(5);
    expect(momentsVariance(union, 1)).toBe(momentsVariance(of([1, 2, 3, 10, 20]), 1));
  });

  it('refuses a value that is not a whole number, which would make sums depend on order', () => {
    expect(() => addMoment(emptyMoments(), 62.5)).toThrow(/integers only, not 62\.5/);
  });

  it('stays exact when far more is taken away than a double holds', () => {
    // 4,000 values whose squares sum past 2^56, then all but two taken away again, one by one.
    const m = emptyMoments();
    for (let i = 0; i < 4000; i++) addMoment(m, 5_040_000);
    for (let i = 0; i < 3999; i++) addMoment(m, 5_040_000, -1);
    addMoment(m, 5_040_001);
    expect(m.n).toBe(2);
    expect(momentsVariance(m, 1)).toBe(0.5);
  });

  it('merges large groups exactly', () => {
    const big = () => {
      const m = emptyMoments();
      for (let i = 0; i < 1000; i++) addMoment(m, 5_040_000 + (i % 2));
      return m;
    };
    const union = big();
    mergeMoments(union, big());
    expect(union.n).toBe(2000);
    expect(momentsMean(union, 1)).toBe(5_040_000.5);
    expect(momentsVariance(union, 1)).toBeCloseTo(2000 / (4 * 1999), 12);
  });
});

describe('cross moments of several integer-held values', () => {
  it('gives each covariance as the textbook one over the same people, exactly for a constant value', () => {
    const rows = [
      [1, 2, 3],
      [2, 2, 5],
      [3, 2, 4],
      [5, 2, 1],
    ];
    const m = emptyCrossMoments(3);
    for (const row of rows) addCross(m, row);
    const column = (j: number) => rows.map((r) => r[j]!);
    expect(crossCovariance(m, 0, 0)).toBeCloseTo(variance(column(0))!, 12);
    expect(crossCovariance(m, 1, 1)).toBe(0);
    const cov02 =
      column(0).reduce((s, x, i) => s + (x - mean(column(0))!) * (column(2)[i]! - mean(column(2))!), 0) / 3;
    expect(crossCovariance(m, 0, 2)).toBeCloseTo(cov02, 12);
    expect(crossCovariance(m, 2, 0)).toBe(crossCovariance(m, 0, 2));
    expect(crossCovariance(m, 0, 0, [10])).toBeCloseTo(variance(column(0))! / 100, 12);
  });

  it('forgets a person taken away, and has no covariance before two people', () => {
    const m = emptyCrossMoments(2);
    addCross(m, [3, 4]);
    expect(crossCovariance(m, 0, 1)).toBeNull();
    addCross(m, [5, 1]);
    addCross(m, [9, 9]);
    addCross(m, [9, 9], -1);
    expect(crossCovariance(m, 0, 1)).toBe(-3);
    expect(m.sums).toEqual([8, 5]);
    expect(() => addCross(m, [1])).toThrow(/Expected 2 values, got 1/);
    expect(() => addCross(m, [1, 2.5])).toThrow(/integers only, not 2\.5/);
    expect(m.n).toBe(2);
  });
});
