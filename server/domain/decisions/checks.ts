// Judges one estimate against one threshold with its confidence interval: a clear pass or fail only when
// the whole interval lies on one side, otherwise a lean by the point estimate that makes a verdict provisional.

import type { LocalText } from '../instrument/barrier-model';

/** Ordered by severity, so "any of" is the maximum and "all of" the minimum. */
export const CHECK_STATUSES = ['pass', 'leans-pass', 'leans-fail', 'fail'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number] | 'not-assessed';

export interface Check {
  /** What was measured: a scale or dimension id, or a data-quality figure such as `responses`. */
  subject: string;
  label: LocalText;
  value: number | null;
  low: number | null;
  high: number | null;
  threshold: number;
  /** Which values count as a barrier: below the threshold, at or below it, or at or above it. */
  barrierWhen: 'below' | 'at-or-below' | 'at-or-above';
  /**
   * How to read `value`: a 0–100 score, a 0–1 share, a count, a coefficient such as α, or a `fact` HR
   * stated (1 when the organization has the trait, 0 when not; `answer` is HR's answer in words).
   */
  unit: 'score' | 'share' | 'count' | 'coefficient' | 'fact';
  answer?: LocalText;
  status: CheckStatus;
  /** Set in a department head's view where the value concerns departments the reader may not see. */
  withheld?: true;
}

export interface Estimate {
  value: number | null;
  low: number | null;
  high: number | null;
}

export function judge(
  subject: string,
  label: LocalText,
  estimate: Estimate,
  threshold: number,
  barrierWhen: Check['barrierWhen'],
  unit: Check['unit'] = 'score',
): Check {
  const base = { subject, label, ...estimate, threshold, barrierWhen, unit };
  const { value, low, high } = estimate;
  if (value === null) return { ...base, status: 'not-assessed' };
  const isBarrier = (x: number) =>
    barrierWhen === 'below' ? x < threshold : barrierWhen === 'at-or-below' ? x <= threshold : x >= threshold;
  if (low === null || high === null)
    return { ...base, status: isBarrier(value) ? 'leans-fail' : 'leans-pass' };
  if (isBarrier(low) && isBarrier(high)) return { ...base, status: 'fail' };
  if (!isBarrier(low) && !isBarrier(high)) return { ...base, status: 'pass' };
  return { ...base, status: isBarrier(value) ? 'leans-fail' : 'leans-pass' };
}

const severity = (s: CheckStatus) => CHECK_STATUSES.indexOf(s as (typeof CHECK_STATUSES)[number]);

function combine(checks: readonly Check[], pick: (a: number, b: number) => number): CheckStatus {
  const assessed = checks.filter((c) => c.status !== 'not-assessed').map((c) => severity(c.status));
  if (assessed.length === 0) return 'not-assessed';
  return CHECK_STATUSES[assessed.reduce((a, b) => pick(a, b))]!;
}

/** The gate fails if any one of its checks finds a barrier. */
export const anyOf = (checks: readonly Check[]): CheckStatus => combine(checks, Math.max);
/** The gate fails only if every check finds a barrier; one unmeasured check leaves it unassessed. */
export const allOf = (checks: readonly Check[]): CheckStatus =>
  checks.some((c) => c.status === 'not-assessed') ? 'not-assessed' : combine(checks, Math.min);
