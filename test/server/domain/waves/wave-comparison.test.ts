import { describe, expect, it } from 'vitest';
import { pooledFigure, pooledFigures } from '../../../../server/domain/waves/wave-comparison';
import type { Figure } from '../../../../server/domain/waves/wave-change';

/** A group's figure from its people's scores, as the report computes it. */
const figureOf = (xs: number[]): Figure => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = xs.length < 2 ? null : Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1));
  return { n: xs.length, mean, sd };
};

describe('pooling units into one group', () => {
  it.each<[string, number[][]]>([
    [
      'two units of two',
      [
        [0, 2],
        [4, 6],
      ],
    ],
    [
      'units of unequal size',
      [
        [10, 20, 30, 40, 50],
        [70, 75],
      ],
    ],
    ['three units, one of one person', [[50], [40, 60], [10, 20, 90]]],
    ['a unit alone', [[12, 15, 18]]],
  ])('%s: the same mean and SD as the people taken together', (_, units) => {
    const pooled = pooledFigure(units.map(figureOf));
    const whole = figureOf(units.flat());
    expect(pooled.n).toBe(whole.n);
    expect(pooled.mean).toBeCloseTo(whole.mean!, 10);
    expect(pooled.sd).toBeCloseTo(whole.sd!, 10);
  });

  it.each<[string, Figure[], Figure]>([
    ['nothing', [], { n: 0, mean: null, sd: null }],
    ['units without a mean', [{ n: 0, mean: null, sd: null }], { n: 0, mean: null, sd: null }],
    ['one person', [{ n: 1, mean: 40, sd: null }], { n: 1, mean: 40, sd: null }],
    [
      'a unit nobody answered for beside one that was',
      [{ n: 0, mean: null, sd: null }, figureOf([10, 30])],
      figureOf([10, 30]),
    ],
    [
      'a unit with people but no mean left out',
      [{ n: 4, mean: null, sd: null }, figureOf([10, 30])],
      figureOf([10, 30]),
    ],
    [
      'a unit of several without a spread',
      [
        { n: 3, mean: 40, sd: null },
        { n: 2, mean: 60, sd: 1 },
      ],
      { n: 5, mean: 48, sd: null },
    ],
  ])('%s', (_, parts, expected) => {
    expect(pooledFigure(parts)).toEqual(expected);
  });

  it('pools every dimension and scale each unit has, and counts the people of all', () => {
    const pooled = pooledFigures([
      { n: 2, dimensions: { hygiene: figureOf([0, 2]) }, scales: { 'hygiene.pay': figureOf([1, 3]) } },
      { n: 2, dimensions: { hygiene: figureOf([4, 6]), culture: figureOf([50, 70]) }, scales: {} },
    ]);
    expect(pooled.n).toBe(4);
    expect(pooled.dimensions.hygiene).toEqual({ n: 4, mean: 3, sd: Math.sqrt(20 / 3) });
    expect(pooled.dimensions.culture).toEqual(figureOf([50, 70]));
    expect(pooled.scales['hygiene.pay']).toEqual(figureOf([1, 3]));
  });
});
