// The quantile summary a benchmark keeps of one figure (a dimension or a scale) over the organizations of
// its pool: the 10th, 25th, 50th, 75th and 90th percentiles of the organizations' scores, rounded to whole
// points. Only this summary ever leaves the pool (in a report's band or a benchmark file), never a list of
// organizations' scores; the rounding is part of the defence against reading one organization's score off
// the difference between two summaries (MODEL.md, "Benchmark").

/** The percentiles kept, in order: the edges of the bands (percentile-band.ts). */
export const QUANTILE_LEVELS = [10, 25, 50, 75, 90] as const;
export type QuantileLevel = (typeof QUANTILE_LEVELS)[number];

/** A figure's percentiles over the pool, each a whole point on 0–100, never decreasing from p10 to p90. */
export interface Quantiles {
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
}

/**
 * The `level`th percentile of `sorted` (ascending, at least one value) by Hyndman and Fan's type 7, the
 * default of R and of spreadsheets: the order statistics at position h = (n − 1)·level/100 (counted from
 * 0), interpolated linearly between the two around it.
 * @example percentile([10, 20, 30, 40], 50) // 25
 */
export function percentile(sorted: readonly number[], level: number): number {
  const h = ((sorted.length - 1) * level) / 100;
  const below = Math.floor(h);
  const lower = sorted[below]!;
  // At the last position there is nothing above to interpolate with.
  const upper = sorted[Math.min(below + 1, sorted.length - 1)]!;
  return lower + (h - below) * (upper - lower);
}

/** The rounded percentiles of organizations' scores (at least one); the order of `scores` does not matter. */
export function quantilesOf(scores: readonly number[]): Quantiles {
  const sorted = scores.toSorted((a, b) => a - b);
  const at = (level: QuantileLevel) => Math.round(percentile(sorted, level));
  return { p10: at(10), p25: at(25), p50: at(50), p75: at(75), p90: at(90) };
}

/** Whether quantiles read from a file are whole points on 0–100 that never decrease from p10 to p90. */
export function isOrderedQuantiles(q: Quantiles): boolean {
  const values = QUANTILE_LEVELS.map((level) => q[`p${level}`]);
  return (
    values.every((v) => Number.isInteger(v) && v >= 0 && v <= 100) &&
    values.every((v, i) => i === 0 || v >= values[i - 1]!)
  );
}
