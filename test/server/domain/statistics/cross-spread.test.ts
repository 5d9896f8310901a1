import { describe, expect, it } from 'vitest';
import { crossSpread } from '../../../../server/domain/statistics/cross-spread';
import { addCross, crossCovariance, emptyCrossMoments } from '../../../../server/domain/statistics/moments';

const crossOf = (rows: readonly (readonly number[])[]) => {
  const m = emptyCrossMoments(rows[0]?.length ?? 1);
  for (const row of rows) addCross(m, row);
  return m;
};

describe('crossSpread', () => {
  const rows = [
    [1, 2, 3],
    [2, 2, 5],
    [3, 2, 4],
    [5, 2, 1],
  ];

  it.each([
    { i: 0, j: 0 },
    { i: 0, j: 2 },
    { i: 2, j: 0 },
    { i: 2, j: 2 },
  ])('is n(n − 1) times the covariance of values $i and $j', ({ i, j }) => {
    const m = crossOf(rows);
    expect(Number(crossSpread(m, i, j))).toBeCloseTo(4 * 3 * crossCovariance(m, i, j)!, 12);
  });

  it('is exactly zero beside a value that never varies, and for fewer than two people', () => {
    const m = crossOf(rows);
    expect(crossSpread(m, 1, 0)).toBe(0n);
    expect(crossSpread(m, 1, 1)).toBe(0n);
    expect(crossSpread(crossOf([[7, 9, 11]]), 0, 2)).toBe(0n);
    expect(crossSpread(emptyCrossMoments(2), 0, 1)).toBe(0n);
  });

  it('stays exact where the sums of products outgrow a double', () => {
    // 5,040,000² × 1,000 ≈ 2.5·10^16, past 2^53: two values one apart still give their spread exactly.
    const many = Array.from({ length: 1000 }, (_, i) => [5_040_000 + (i % 2), 5_040_000]);
    expect(crossSpread(crossOf(many), 0, 0)).toBe(1000n * 500n - 500n * 500n);
    expect(crossSpread(crossOf(many), 0, 1)).toBe(0n);
  });
});
