// Driver analysis: how strongly each readiness dimension moves with the outcome item ("OKRs would help my
// team get better results"), as Pearson's r with a Fisher-z interval. Correlation, not cause: it points
// at which barrier people connect with the benefit.

import type { BarrierModel, DimensionId } from '../instrument/barrier-model';
import type { ResponseScore } from '../instrument/scoring';
import { pearson, pearsonFromMoments, type CorrelationEstimate } from '../statistics/comparison';
import type { CrossMoments } from '../statistics/moments';

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
  return rankDrivers(model, (dimension) => {
    const x: number[] = [];
    const y: number[] = [];
    scores.forEach((score, i) => {
      const value = score.dimensions[dimension];
      const outcome = outcomes[i];
      if (typeof value === 'number' && typeof outcome === 'number') {
        x.push(value);
        y.push(outcome);
      }
    });
    return pearson(x, y);
  });
}

/**
 * The same drivers from running totals: per readiness dimension, cross moments of (a person's own
 * dimension score times any factor, their outcome answer) over the people with both. A dimension without
 * totals has no such people.
 */
export function driverAnalysisFromMoments(
  model: BarrierModel,
  byDimension: ReadonlyMap<DimensionId, CrossMoments>,
): Driver[] {
  return rankDrivers(model, (dimension) => {
    const totals = byDimension.get(dimension);
    return totals ? pearsonFromMoments(totals) : null;
  });
}

/** Every readiness dimension with enough people behind its correlation, strongest positive first. */
function rankDrivers(
  model: BarrierModel,
  correlate: (dimension: DimensionId) => CorrelationEstimate | null,
): Driver[] {
  const drivers: Driver[] = [];
  for (const dimension of model.dimensions.filter((d) => d.role === 'readiness')) {
    const result = correlate(dimension.id);
    if (result && result.n >= model.thresholds.driverMinimumCases)
      drivers.push({ dimension: dimension.id, n: result.n, r: result.r, low: result.low, high: result.high });
  }
  return drivers.sort((a, b) => b.r - a.r);
}
