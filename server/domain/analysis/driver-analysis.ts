// Driver analysis: how strongly each readiness dimension moves with the outcome item ("OKRs would help my
// team get better results"), as Pearson's r with a Fisher-z interval. Correlation, not cause: it points
// at which barrier people connect with the benefit.

import type { BarrierModel, DimensionId } from '../instrument/barrier-model';
import type { ResponseScore } from '../instrument/scoring';
import { pearson } from '../statistics/comparison';

export interface Driver {
  dimension: DimensionId;
  n: number;
  r: number;
  low: number;
  high: number;
}

/** `outcomes[i]` is respondent i's 1–5 answer to the outcome item, or null. */
export function driverAnalysis(
  model: BarrierModel,
  scores: readonly ResponseScore[],
  outcomes: readonly (number | null)[],
): Driver[] {
  const drivers: Driver[] = [];
  for (const dimension of model.dimensions.filter((d) => d.role === 'readiness')) {
    const x: number[] = [];
    const y: number[] = [];
    scores.forEach((score, i) => {
      const value = score.dimensions[dimension.id];
      const outcome = outcomes[i];
      if (typeof value === 'number' && typeof outcome === 'number') {
        x.push(value);
        y.push(outcome);
      }
    });
    if (x.length < model.thresholds.driverMinimumCases) continue;
    const result = pearson(x, y);
    if (result)
      drivers.push({ dimension: dimension.id, n: result.n, r: result.r, low: result.low, high: result.high });
  }
  return drivers.sort((a, b) => b.r - a.r);
}
