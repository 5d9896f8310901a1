// Summarises the scored responses of one group (a department, or the whole organization): per scale and
// per dimension a mean with its 95% confidence interval, the missing rate, and favourability.

import type { BarrierModel, DimensionId } from './barrier-model';
import type { ResponseScore } from './scoring';
import { stable } from './statistics/descriptive';
import { meanConfidenceInterval, type MeanEstimate } from './statistics/intervals';
import { favourability, type Favourability } from './statistics/favourability';

export interface ScaleSummary {
  estimate: MeanEstimate;
  /** Share of the group's respondents without a score on this scale (too many skips or "don't know"). */
  missingRate: number;
  favourability: Favourability;
}

export interface GroupSummary {
  n: number;
  scales: Record<string, ScaleSummary>;
  dimensions: Partial<Record<DimensionId, MeanEstimate>>;
}

const SCORE_RANGE = { min: 0, max: 100 };

/** A mean and interval that do not depend on the order responses arrived in (see `stable`). */
function estimate(values: readonly number[]): MeanEstimate {
  const e = meanConfidenceInterval(values, SCORE_RANGE);
  return { n: e.n, mean: stable(e.mean), sd: stable(e.sd), low: stable(e.low), high: stable(e.high) };
}

export function summarizeGroup(model: BarrierModel, scores: readonly ResponseScore[]): GroupSummary {
  const n = scores.length;
  // One pass over the group, collecting each scale's and dimension's available scores.
  const byScale = new Map<string, number[]>();
  const byDimension = new Map<DimensionId, number[]>();
  const collect = <K>(into: Map<K, number[]>, key: K, value: number | null | undefined) => {
    let list = into.get(key);
    if (!list) into.set(key, (list = []));
    if (typeof value === 'number') list.push(value);
  };
  for (const score of scores) {
    for (const scaleId in score.scales) collect(byScale, scaleId, score.scales[scaleId]);
    for (const dimensionId in score.dimensions) {
      collect(byDimension, dimensionId as DimensionId, score.dimensions[dimensionId as DimensionId]);
    }
  }
  const scales: Record<string, ScaleSummary> = {};
  const dimensions: Partial<Record<DimensionId, MeanEstimate>> = {};
  for (const dimension of model.dimensions) {
    for (const scale of dimension.scales) {
      const values = byScale.get(scale.id);
      if (!values) continue;
      scales[scale.id] = {
        estimate: estimate(values),
        missingRate: n === 0 ? 0 : (n - values.length) / n,
        favourability: favourability(values),
      };
    }
    const values = byDimension.get(dimension.id);
    if (values) dimensions[dimension.id] = estimate(values);
  }
  return { n, scales, dimensions };
}
