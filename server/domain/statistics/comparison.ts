// Group comparisons: Welch's unequal-variance t test (Welch 1947, Satterthwaite df), Hedges' g with its
// large-sample CI (Hedges & Olkin 1985), Holm's step-down p adjustment (Holm 1979), Pearson r with Fisher z CI.

import { crossSpread } from './cross-spread';
import { correlation, correlationFromSums, summarizeSample, type SampleSummary } from './descriptive';
import { studentTCdf } from './distributions';
import { rememberedNormalQuantile, rememberedStudentTQuantile } from './remembered-quantiles';
import type { CrossMoments } from './moments';

export interface WelchResult {
  /** mean(a) − mean(b). */
  diff: number;
  t: number;
  /** Welch–Satterthwaite degrees of freedom (non-integer). */
  df: number;
  /** Two-sided p-value. */
  p: number;
  /** Confidence interval for diff. */
  low: number;
  high: number;
}

/** A group of at least two with a mean and a variance, or null: what every test below needs of each group. */
function spreadOf(s: SampleSummary): { n: number; mean: number; variance: number } | null {
  if (s.n < 2 || s.mean === null || s.variance === null) return null;
  return { n: s.n, mean: s.mean, variance: s.variance };
}

/** z for a two-sided interval at `level`; null unless 0 < level < 1. */
function twoSidedZ(level: number): number | null {
  return level > 0 && level < 1 ? rememberedNormalQuantile(1 - (1 - level) / 2) : null;
}

/**
 * Welch's t test: t = (M₁ − M₂)/√(s₁²/n₁ + s₂²/n₂), df = (s₁²/n₁ + s₂²/n₂)² / Σ (sᵢ²/nᵢ)²/(nᵢ − 1).
 * Null when either group has n < 2, both variances are 0, or the level is outside (0, 1).
 * @example welchTest([1,2,3,4,5], [2,4,6,8,10]) // t −1.897, df 5.882
 */
export function welchTest(a: readonly number[], b: readonly number[], level = 0.95): WelchResult | null {
  return welchTestFromSummaries(summarizeSample(a), summarizeSample(b), level);
}

/**
 * The same test from each group's n, mean and variance, as running totals give them (momentsMean and
 * momentsVariance in moments.ts); the list version summarises its lists and calls this.
 */
export function welchTestFromSummaries(a: SampleSummary, b: SampleSummary, level = 0.95): WelchResult | null {
  const x = spreadOf(a);
  const y = spreadOf(b);
  const difference = x && y && welchDifference(x, y);
  if (!difference) return null;
  const { diff, se, df } = difference;
  const t = diff / se;
  const lowerTail = studentTCdf(-Math.abs(t), df);
  const critical = level > 0 && level < 1 ? rememberedStudentTQuantile(1 - (1 - level) / 2, df) : null;
  if (lowerTail === null || critical === null) return null;
  return {
    diff,
    t,
    df,
    p: Math.min(1, 2 * lowerTail),
    low: diff - critical * se,
    high: diff + critical * se,
  };
}

export interface EffectSize {
  g: number;
  low: number;
  high: number;
}

/**
 * Hedges' g: Cohen's d on the pooled SD, times the small-sample correction 1 − 3/(4N − 9), with the
 * normal-theory CI g ± z·√((n₁ + n₂)/(n₁n₂) + g²/(2(n₁ + n₂))). Null when either n < 2 or the pooled SD is 0.
 * @example hedgesG([1,2,3,4,5], [2,4,6,8,10]) // d −1.2, g −1.0839
 */
export function hedgesG(a: readonly number[], b: readonly number[], level = 0.95): EffectSize | null {
  return hedgesGFromSummaries(summarizeSample(a), summarizeSample(b), level);
}

/** The same g from each group's n, mean and variance; the list version summarises its lists and calls this. */
export function hedgesGFromSummaries(a: SampleSummary, b: SampleSummary, level = 0.95): EffectSize | null {
  const x = spreadOf(a);
  const y = spreadOf(b);
  const z = twoSidedZ(level);
  if (x === null || y === null || z === null) return null;
  const total = x.n + y.n;
  const pooledVariance = ((x.n - 1) * x.variance + (y.n - 1) * y.variance) / (total - 2);
  if (pooledVariance === 0) return null;
  const g = ((x.mean - y.mean) / Math.sqrt(pooledVariance)) * (1 - 3 / (4 * total - 9));
  const se = Math.sqrt(total / (x.n * y.n) + (g * g) / (2 * total));
  return { g, low: g - z * se, high: g + z * se };
}

/**
 * Holm step-down adjustment: sort ascending, multiply the i-th smallest by (m − i + 1), enforce
 * monotonicity with a running maximum, cap at 1; returned in the input order. A NaN p-value is treated
 * as 1 (never significant) so a missing test cannot make others look stronger.
 * @example holmAdjust([0.01, 0.04, 0.03, 0.005]) // [0.03, 0.06, 0.06, 0.02]
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues
    .map((p, index) => ({ p: Number.isNaN(p) ? 1 : Math.min(1, Math.max(0, p)), index }))
    .sort((u, v) => u.p - v.p);
  const adjusted = new Array<number>(m).fill(1);
  let runningMax = 0;
  order.forEach(({ p, index }, rank) => {
    runningMax = Math.max(runningMax, Math.min(1, (m - rank) * p));
    adjusted[index] = runningMax;
  });
  return adjusted;
}

export interface CorrelationEstimate {
  r: number;
  n: number;
  low: number;
  high: number;
}

/**
 * Pearson's r with the Fisher z interval tanh(atanh r ± z/√(n − 3)). Null when lengths differ, n < 4
 * (the interval needs n − 3 > 0), either variable is constant, or the level is outside (0, 1).
 */
export function pearson(
  x: readonly number[],
  y: readonly number[],
  level = 0.95,
): CorrelationEstimate | null {
  return fisherInterval(x.length >= 4 ? correlation(x, y) : null, x.length, level);
}

/**
 * The same estimate from cross moments of the two variables (moments.ts), each held as integers times a
 * factor of its own: a positive factor changes no correlation, so none is asked for.
 */
export function pearsonFromMoments(m: CrossMoments, level = 0.95): CorrelationEstimate | null {
  if (m.k !== 2) throw new RangeError(`Pearson's r pairs two variables, not ${m.k}`);
  const r =
    m.n >= 4
      ? correlationFromSums(
          Number(crossSpread(m, 0, 1)),
          Number(crossSpread(m, 0, 0)),
          Number(crossSpread(m, 1, 1)),
        )
      : null;
  return fisherInterval(r, m.n, level);
}

/** r with its Fisher z interval from n pairs: the rule both paths share. */
function fisherInterval(r: number | null, n: number, level: number): CorrelationEstimate | null {
  const z = twoSidedZ(level);
  if (r === null || z === null) return null;
  const centre = Math.atanh(r);
  const half = z / Math.sqrt(n - 3);
  return { r, n, low: Math.tanh(centre - half), high: Math.tanh(centre + half) };
}

export interface GroupMoments {
  n: number;
  mean: number;
  sd: number;
}

export interface WelchDifference {
  /** mean(a) − mean(b). */
  diff: number;
  /** √(s₁²/n₁ + s₂²/n₂). */
  se: number;
  /** Welch–Satterthwaite degrees of freedom. */
  df: number;
}

/** Welch's difference, standard error and df from each group's n, mean and SD; null if n < 2 or se = 0. */
export function welchFromMoments(a: GroupMoments, b: GroupMoments): WelchDifference | null {
  if (a.n < 2 || b.n < 2) return null;
  return welchDifference({ ...a, variance: a.sd * a.sd }, { ...b, variance: b.sd * b.sd });
}

/** Welch's difference, SE and df, shared by the test and by the minimum-effect test; null when se = 0. */
function welchDifference(
  a: { n: number; mean: number; variance: number },
  b: { n: number; mean: number; variance: number },
): WelchDifference | null {
  const va = a.variance / a.n;
  const vb = b.variance / b.n;
  const se2 = va + vb;
  if (!(se2 > 0)) return null;
  const df = (se2 * se2) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  return { diff: a.mean - b.mean, se: Math.sqrt(se2), df };
}

/**
 * Minimum-effect test of "the two means differ by less than `minimum`": p = P(T_df ≥ (|diff| − minimum)/se).
 * Small p shows a difference of at least `minimum`; at |diff| ≤ minimum, p ≥ 0.5. With minimum = 0 it is
 * half the ordinary two-sided Welch p (Murphy & Myors 1999; the one-sided half of Lakens' equivalence test).
 * @example minimumEffectP({ diff: 30, se: 5, df: 20 }, 10) // P(T₂₀ ≥ 4) ≈ 0.00035
 */
export function minimumEffectP(difference: WelchDifference, minimum: number): number | null {
  const t = (Math.abs(difference.diff) - minimum) / difference.se;
  return studentTCdf(-t, difference.df);
}

/**
 * One compared row as a report shows it: the difference of two means with its Welch interval and test, the
 * Holm-adjusted p the row's verdict reads, and Hedges' g with its interval (wave changes and unit pairs).
 */
export interface ComparedDifference {
  /** The first side's mean minus the second's, with its 95% Welch interval (not adjusted for other rows). */
  diff: number;
  low: number;
  high: number;
  t: number;
  df: number;
  /** Two-sided Welch p of this row alone. */
  p: number;
  /** Holm-adjusted across every compared row of the comparison: what the verdict reads. */
  adjustedP: number;
  /** Hedges' g of the first side against the second, with its 95% interval. */
  g: number;
  gLow: number;
  gHigh: number;
}

/**
 * Holm across a comparison's rows at `alpha`: each row's figures with its adjusted p and the verdict read
 * from it, `within` where the adjusted p does not clear alpha, else `higher` or `lower` by the difference's
 * sign. Looking at many rows at once does not turn noise into findings.
 */
export function holmJudged<F extends { p: number; diff: number }, V>(
  figures: readonly F[],
  alpha: number,
  verdicts: { within: V; higher: V; lower: V },
): (F & { adjustedP: number; verdict: V })[] {
  const adjusted = holmAdjust(figures.map((f) => f.p));
  return figures.map((f, i) => {
    const adjustedP = adjusted[i]!;
    const verdict =
      // Stryker disable next-line EqualityOperator: equivalent, an adjusted p of exactly alpha, or a credible difference of exactly 0, does not occur
      adjustedP >= alpha ? verdicts.within : f.diff > 0 ? verdicts.higher : verdicts.lower;
    return { ...f, adjustedP, verdict };
  });
}

/**
 * Welch's test and Hedges' g of two groups given as n, mean and SD (a report's estimates), as one compared
 * row's figures before Holm; null when either group has no spread to test (fewer than two, or no SD).
 */
export function compareSpreads(
  a: { n: number; mean: number | null; sd: number | null },
  b: { n: number; mean: number | null; sd: number | null },
): Omit<ComparedDifference, 'adjustedP'> | null {
  const sample = (e: typeof a) => ({ n: e.n, mean: e.mean, variance: e.sd === null ? null : e.sd * e.sd });
  const welch = welchTestFromSummaries(sample(a), sample(b));
  const effect = hedgesGFromSummaries(sample(a), sample(b));
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, both are null together (no spread)
  if (welch === null || effect === null) return null;
  const { diff, low, high, t, df, p } = welch;
  return { diff, low, high, t, df, p, g: effect.g, gLow: effect.low, gHigh: effect.high };
}
