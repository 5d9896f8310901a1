// Descriptive statistics: mean, sample variance (n − 1 denominator), standard deviation, median and
// Pearson's product-moment correlation, by their textbook definitions. Empty or too-short inputs give null.

/** Arithmetic mean; null for an empty sample. */
export function mean(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  let sum = 0;
  for (const x of xs) sum += x;
  return sum / xs.length;
}

/** Sum of squared deviations from the mean; exactly 0 for a constant sample. */
function sumOfSquares(xs: readonly number[], centre: number): number {
  // A constant sample must report exactly zero spread: rounding in the mean would otherwise leave a
  // residue like 1e-34, and callers test "zero variance" to decide whether a ratio is defined.
  if (xs.every((x) => x === xs[0])) return 0;
  let ss = 0;
  for (const x of xs) ss += (x - centre) ** 2;
  return ss;
}

/** Sample variance with the n − 1 denominator; null when n < 2. */
export function variance(xs: readonly number[]): number | null {
  const m = mean(xs);
  if (m === null || xs.length < 2) return null;
  return sumOfSquares(xs, m) / (xs.length - 1);
}

/** Sample standard deviation (square root of the n − 1 variance); null when n < 2. */
export function standardDeviation(xs: readonly number[]): number | null {
  const v = variance(xs);
  return v === null ? null : Math.sqrt(v);
}

/** Median, averaging the two middle values for an even n; null for an empty sample. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/**
 * Pearson's r between paired samples; null when the lengths differ, n < 2, or either side is constant
 * (r is undefined there, not zero).
 */
export function correlation(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length || xs.length < 2) return null;
  const mx = mean(xs) ?? 0;
  const my = mean(ys) ?? 0;
  const ssx = sumOfSquares(xs, mx);
  const ssy = sumOfSquares(ys, my);
  let cross = 0;
  for (let i = 0; i < xs.length; i++) cross += ((xs[i] ?? 0) - mx) * ((ys[i] ?? 0) - my);
  return correlationFromSums(cross, ssx, ssy);
}

/**
 * Pearson's r from the sum of cross-products about the means and the two sums of squares, or any common
 * multiple of all three (running totals give them times n): null when either sum of squares is 0.
 */
export function correlationFromSums(cross: number, ssx: number, ssy: number): number | null {
  if (ssx === 0 || ssy === 0) return null;
  // Rounding can push |r| a hair past 1, which would make atanh (Fisher z) return NaN downstream.
  return Math.max(-1, Math.min(1, cross / Math.sqrt(ssx * ssy)));
}

/** A sample's size, mean and variance: all that tests of means and ANOVA read, from a list or running totals. */
export interface SampleSummary {
  n: number;
  /** Null when n = 0. */
  mean: number | null;
  /** The n − 1 variance; null when n < 2. */
  variance: number | null;
}

export function summarizeSample(xs: readonly number[]): SampleSummary {
  return { n: xs.length, mean: mean(xs), variance: variance(xs) };
}

/**
 * Rounds to nine decimals. Sums taken in another order differ in the last bits, and a statistic that sits
 * exactly on a threshold (a mean of 50, an agreement of 0.5) must not pass or fail by the order in which
 * responses arrived. Nine decimals is far below anything a report shows.
 */
export function stable(x: number): number;
export function stable(x: number | null): number | null;
export function stable(x: number | null): number | null {
  return x === null ? null : Math.round(x * 1e9) / 1e9;
}
