// Differences between departments on a dimension: Welch's t with Holm correction across all pairs, and
// Hedges' g with its interval. A difference is flagged only when it is both clear and large enough to
// matter, and both groups are big enough to be shown (Delacre, Lakens & Leys 2017; Lakens 2013).

import type { DimensionId } from '../instrument/barrier-model';
import { hedgesGFromSummaries, holmAdjust, welchTestFromSummaries } from '../statistics/comparison';
import { summarizeSample, type SampleSummary } from '../statistics/descriptive';

export interface DepartmentDifference {
  dimension: DimensionId;
  a: string;
  b: string;
  /** Mean of a minus mean of b, on 0–100, with its 95% Welch interval. */
  diff: number;
  low: number;
  high: number;
  /** Null for a degenerate pair: with no spread there is no standardised effect. */
  g: number | null;
  gLow: number | null;
  gHigh: number | null;
  /** Holm-adjusted two-sided p across the pairs compared on this dimension; 1 for a degenerate pair. */
  p: number;
  flagged: boolean;
  /**
   * Everyone in each department gave the same score, so no test is possible: the difference is exact for
   * those who answered, and unusual in real answers (repeated or scripted submissions produce it), so it is
   * reported for a person to look at rather than dropped or flagged.
   */
  degenerate: boolean;
}

const SIGNIFICANCE = 0.05;

export interface GroupScores {
  departmentId: string;
  scores: readonly number[];
}

/**
 * A department's people on the dimension as running totals give them: how many, their mean and variance.
 * The campaign analysis moves people's scores so that their mean is the department's shown figure; that
 * moves the mean only, so the figure and the variance of the people's own scores are all it needs.
 */
export interface GroupSpread extends SampleSummary {
  departmentId: string;
}

export function compareDepartments(
  dimension: DimensionId,
  groups: readonly GroupScores[],
  options: { minGroupSize: number; gapEffectSize: number },
): DepartmentDifference[] {
  return compareDepartmentsFromSummaries(
    dimension,
    groups.map((g) => ({ departmentId: g.departmentId, ...summarizeSample(g.scores) })),
    options,
  );
}

/**
 * The same comparisons from each department's n, mean and variance: Welch's test, Hedges' g and the exact
 * difference of a pair without spread need nothing else. The list version summarises and calls this.
 */
export function compareDepartmentsFromSummaries(
  dimension: DimensionId,
  groups: readonly GroupSpread[],
  options: { minGroupSize: number; gapEffectSize: number },
): DepartmentDifference[] {
  const pairs: Omit<DepartmentDifference, 'p' | 'flagged'>[] = [];
  const raw: number[] = [];
  const degenerate: DepartmentDifference[] = [];
  groups.forEach((a, i) => {
    for (const b of groups.slice(i + 1)) {
      const welch = welchTestFromSummaries(a, b);
      const effect = hedgesGFromSummaries(a, b);
      // Stryker disable next-line LogicalOperator: equivalent, both are null together (no spread, or one person)
      if (!welch || !effect) {
        const exact = exactDifference(a, b);
        if (exact !== null) {
          degenerate.push({
            dimension,
            a: a.departmentId,
            b: b.departmentId,
            ...exact,
            g: null,
            gLow: null,
            gHigh: null,
            p: 1,
            flagged: false,
            degenerate: true,
          });
        }
        continue;
      }
      const { diff, low, high } = welch;
      pairs.push({
        dimension,
        a: a.departmentId,
        b: b.departmentId,
        diff,
        low,
        high,
        g: effect.g,
        gLow: effect.low,
        gHigh: effect.high,
        degenerate: false,
      });
      raw.push(welch.p);
    }
  });
  const adjusted = holmAdjust(raw);
  const sizes = new Map(groups.map((g) => [g.departmentId, g.n]));
  const tested = pairs.map((pair, i) => {
    const p = adjusted[i]!;
    const bigEnough =
      (sizes.get(pair.a) ?? 0) >= options.minGroupSize && (sizes.get(pair.b) ?? 0) >= options.minGroupSize;
    // Clear means significant after Holm's correction across all pairs, so more departments do not
    // mean more chance findings.
    const clear = p < SIGNIFICANCE;
    return { ...pair, p, flagged: bigEnough && clear && Math.abs(pair.g ?? 0) >= options.gapEffectSize };
  });
  return [...tested, ...degenerate];
}

/**
 * The exact difference of two groups without any spread (each at least two people), else null. A variance
 * of exactly 0 is what a list of equal scores gives, and what exact running totals give for equal scores.
 */
function exactDifference(a: SampleSummary, b: SampleSummary) {
  const isFlat = (s: SampleSummary) => s.n >= 2 && s.variance === 0;
  if (!isFlat(a) || !isFlat(b)) return null;
  const diff = a.mean! - b.mean!;
  return { diff, low: diff, high: diff };
}
