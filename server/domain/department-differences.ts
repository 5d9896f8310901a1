// Differences between departments on a dimension: Welch's t with Holm correction across all pairs, and
// Hedges' g with its interval. A difference is flagged only when it is both clear and large enough to
// matter, and both groups are big enough to be shown (Delacre, Lakens & Leys 2017; Lakens 2013).

import type { DimensionId } from './barrier-model';
import { hedgesG, holmAdjust, welchTest } from './statistics/comparison';

export interface DepartmentDifference {
  dimension: DimensionId;
  a: string;
  b: string;
  /** Mean of a minus mean of b, on 0–100, with its 95% Welch interval. */
  diff: number;
  low: number;
  high: number;
  g: number;
  gLow: number;
  gHigh: number;
  /** Holm-adjusted two-sided p across the pairs compared on this dimension. */
  p: number;
  flagged: boolean;
}

const SIGNIFICANCE = 0.05;

export interface GroupScores {
  departmentId: string;
  scores: readonly number[];
}

export function compareDepartments(
  dimension: DimensionId,
  groups: readonly GroupScores[],
  options: { minGroupSize: number; gapEffectSize: number },
): DepartmentDifference[] {
  const pairs: Omit<DepartmentDifference, 'p' | 'flagged'>[] = [];
  const raw: number[] = [];
  groups.forEach((a, i) => {
    for (const b of groups.slice(i + 1)) {
      const welch = welchTest(a.scores, b.scores);
      const effect = hedgesG(a.scores, b.scores);
      if (!welch || !effect) continue;
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
      });
      raw.push(welch.p);
    }
  });
  const adjusted = holmAdjust(raw);
  const sizes = new Map(groups.map((g) => [g.departmentId, g.scores.length]));
  return pairs.map((pair, i) => {
    const p = adjusted[i]!;
    const bigEnough =
      (sizes.get(pair.a) ?? 0) >= options.minGroupSize && (sizes.get(pair.b) ?? 0) >= options.minGroupSize;
    // Clear means significant after Holm's correction across all pairs, so more departments do not
    // mean more chance findings.
    const clear = p < SIGNIFICANCE;
    return { ...pair, p, flagged: bigEnough && clear && Math.abs(pair.g) >= options.gapEffectSize };
  });
}
