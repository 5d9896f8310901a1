// Where an organization's score sits among the organizations of a benchmark: a percentile band, never a
// rank. The band is read from the quantile summary alone (benchmark-quantiles.ts), so a benchmark loaded
// from a file and the pool it was exported from give the same band for the same score.

import type { Quantiles } from './benchmark-quantiles';

/** From lowest to highest: below the 10th percentile, 10th to 25th, … , from the 90th up. */
export const BANDS = ['bottom-10', '10-25', '25-50', '50-75', '75-90', 'top-10'] as const;
export type Band = (typeof BANDS)[number];

/**
 * The band of `score` (0–100), compared as a whole point, as the quantiles are kept. A score equal to an edge
 * falls in the band nearer the middle (equal to the 10th percentile is 10–25%, to the 90th 75–90%), and one
 * equal to the median in 50–75%: where many organizations score alike, none is pushed to an extreme band.
 * @example bandOf(61.4, { p10: 40, p25: 50, p50: 60, p75: 70, p90: 80 }) // '50-75'
 */
export function bandOf(score: number, q: Quantiles): Band {
  const s = Math.round(score);
  if (s < q.p10) return 'bottom-10';
  if (s > q.p90) return 'top-10';
  if (s < q.p25) return '10-25';
  if (s > q.p75) return '75-90';
  return s < q.p50 ? '25-50' : '50-75';
}
