// Confidence intervals: the t interval for a mean (M ± t·SD/√n) and the Wilson score interval for a
// proportion (Wilson 1927; recommended over the Wald interval by Brown, Cai & DasGupta 2001).

import { mean, standardDeviation } from './descriptive';
import { normalCdf } from './distributions';
import { rememberedStudentTQuantile } from './remembered-quantiles';
import { momentsMean, momentsVariance, type Moments } from './moments';

export interface MeanEstimate {
  n: number;
  /** Null when n = 0. */
  mean: number | null;
  /** Null when n < 2. */
  sd: number | null;
  /** Null when n < 2 or the level is not strictly between 0 and 1. */
  low: number | null;
  high: number | null;
}

export interface MeanIntervalOptions {
  /** Confidence level, default 0.95. */
  level?: number;
  /** Bounds of the measurement scale; the interval is clipped to them (a 0–100 score cannot exceed 100). */
  min?: number;
  max?: number;
}

/**
 * Mean with a two-sided t confidence interval M ± t(1 − α/2, n − 1)·SD/√n, clipped to [min, max].
 * @example meanConfidenceInterval([40, 60, 50, 80, 20]) // half-width t(.975,4)·SD/√5
 */
export function meanConfidenceInterval(
  xs: readonly number[],
  options: MeanIntervalOptions = {},
): MeanEstimate {
  return intervalAround(xs.length, mean(xs), standardDeviation(xs), options);
}

/**
 * The same interval from exact moments of values held as integers times `factor` (moments.ts): what a
 * figure kept up to date per answer shows, equal to `meanConfidenceInterval` over the values themselves.
 */
export function momentsConfidenceInterval(
  moments: Moments,
  factor: number,
  options: MeanIntervalOptions = {},
): MeanEstimate {
  const variance = momentsVariance(moments, factor);
  return intervalAround(
    moments.n,
    momentsMean(moments, factor),
    variance === null ? null : Math.sqrt(variance),
    options,
  );
}

function intervalAround(
  n: number,
  m: number | null,
  sd: number | null,
  options: MeanIntervalOptions,
): MeanEstimate {
  const level = options.level ?? 0.95;
  const t = level > 0 && level < 1 ? rememberedStudentTQuantile(1 - (1 - level) / 2, n - 1) : null;
  if (m === null || sd === null || t === null) return { n, mean: m, sd, low: null, high: null };
  const half = (t * sd) / Math.sqrt(n);
  let low = m - half;
  let high = m + half;
  if (options.min !== undefined) low = Math.max(low, options.min);
  if (options.max !== undefined) high = Math.min(high, options.max);
  return { n, mean: m, sd, low, high };
}

export interface ProportionEstimate {
  successes: number;
  n: number;
  /** Null when n = 0 or the counts are impossible (negative, or successes > n). */
  p: number | null;
  low: number | null;
  high: number | null;
}

/**
 * Wilson score interval: (p̂ + z²/2n ± z·√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n). Unlike the Wald interval
 * it stays inside [0, 1] and is not degenerate at 0/n or n/n, which small survey groups hit often.
 * @example wilsonInterval(3, 5) // { p: 0.6, low: 0.2307, high: 0.8824 }
 */
export function wilsonInterval(successes: number, n: number, z = 1.959964): ProportionEstimate {
  const valid = n > 0 && successes >= 0 && successes <= n && Number.isFinite(n) && z >= 0;
  if (!valid) return { successes, n, p: null, low: null, high: null };
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { successes, n, p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * One-sided score test of "the true share is below p0": p = 1 − Φ((p̂ − p0)/√(p0(1 − p0)/n)). It is the
 * test the Wilson interval inverts: the one-sided lower Wilson bound at level 1 − p is exactly p0. Null
 * for impossible counts or p0 outside (0, 1).
 * @example shareAtLeastP(9, 12, 0.3) // z = 3.40, p ≈ 0.0003
 */
export function shareAtLeastP(successes: number, n: number, p0: number): number | null {
  if (!(n > 0 && successes >= 0 && successes <= n && p0 > 0 && p0 < 1)) return null;
  const z = (successes / n - p0) / Math.sqrt((p0 * (1 - p0)) / n);
  return 1 - normalCdf(z)!;
}
