import { describe, expect, it } from 'vitest';
import { bandOf, BANDS } from '../../../../server/domain/benchmark/percentile-band';

const Q = { p10: 40, p25: 50, p50: 60, p75: 70, p90: 80 };

describe('bandOf', () => {
  it.each([
    [0, 'bottom-10'],
    [39, 'bottom-10'],
    [39.49, 'bottom-10'],
    // compared as a whole point: 39.5 is 40, the 10th percentile itself
    [39.5, '10-25'],
    [40, '10-25'],
    [49, '10-25'],
    [50, '25-50'],
    [59.4, '25-50'],
    [59.5, '50-75'],
    [60, '50-75'],
    [70, '50-75'],
    [70.5, '75-90'],
    [80, '75-90'],
    [80.49, '75-90'],
    [80.5, 'top-10'],
    [100, 'top-10'],
  ])('%d is %s', (score, band) => {
    expect(bandOf(score, Q)).toBe(band);
  });

  it.each([
    // every organization alike: a score equal to all is in the upper middle band, below and above at the ends
    [{ p10: 60, p25: 60, p50: 60, p75: 60, p90: 60 }, 60, '50-75'],
    [{ p10: 60, p25: 60, p50: 60, p75: 60, p90: 60 }, 59, 'bottom-10'],
    [{ p10: 60, p25: 60, p50: 60, p75: 60, p90: 60 }, 61, 'top-10'],
    // the edges shared by two bands
    [{ p10: 40, p25: 40, p50: 60, p75: 80, p90: 80 }, 40, '25-50'],
    [{ p10: 40, p25: 40, p50: 60, p75: 80, p90: 80 }, 80, '50-75'],
    [{ p10: 40, p25: 50, p50: 50, p75: 70, p90: 80 }, 50, '50-75'],
    [{ p10: 40, p25: 50, p50: 70, p75: 70, p90: 80 }, 70, '50-75'],
  ])('among %j, %d is %s', (q, score, band) => {
    expect(bandOf(score, q)).toBe(band);
  });

  it('names six bands from the lowest to the highest', () => {
    expect(BANDS).toEqual(['bottom-10', '10-25', '25-50', '50-75', '75-90', 'top-10']);
  });
});
