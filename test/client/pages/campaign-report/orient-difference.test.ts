import { describe, expect, it } from 'vitest';
import { orientDifference } from '../../../../client/pages/campaign-report/orient-difference';
import type { Difference } from '../../../../client/pages/campaign-report/report-types';

const difference = (overrides: Partial<Difference>): Difference => ({
  dimension: 'participation',
  a: 'rnd',
  b: 'sales',
  diff: -11.6,
  low: -21.5,
  high: -1.6,
  g: -0.82,
  gLow: -1.57,
  gHigh: -0.07,
  p: 0.048,
  flagged: true,
  degenerate: false,
  ...overrides,
});

describe('orientDifference', () => {
  it('names the higher-scoring department first when b scored higher', () => {
    expect(orientDifference(difference({}))).toEqual({
      dimension: 'participation',
      higher: 'sales',
      lower: 'rnd',
      diff: 11.6,
      low: 1.6,
      high: 21.5,
      g: 0.82,
      gLow: 0.07,
      gHigh: 1.57,
      p: 0.048,
      degenerate: false,
    });
  });

  it('keeps the order and the figures when a already scored higher', () => {
    const d = difference({ diff: 5, low: 1, high: 9, g: 0.6, gLow: 0.1, gHigh: 1.1 });
    const oriented = orientDifference(d);
    expect([oriented.higher, oriented.lower, oriented.diff, oriented.low, oriented.gHigh]).toEqual([
      'rnd',
      'sales',
      5,
      1,
      1.1,
    ]);
  });
});
