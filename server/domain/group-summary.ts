// Summarises the scored responses of one group (a department, or the whole organization): per scale and
// per dimension a mean with its 95% confidence interval, the missing rate, and favourability.

import type { BarrierModel, DimensionId } from './barrier-model';
import type { ResponseScore } from './scoring';
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

function present(values: (number | null | undefined)[]): number[] {
  return values.filter((v): v is number => typeof v === 'number');
}

export function summarizeGroup(model: BarrierModel, scores: readonly ResponseScore[]): GroupSummary {
  const n = scores.length;
  const scales: Record<string, ScaleSummary> = {};
  const dimensions: Partial<Record<DimensionId, MeanEstimate>> = {};
  for (const dimension of model.dimensions) {
    for (const scale of dimension.scales) {
      if (!scores.some((s) => scale.id in s.scales)) continue;
      const values = present(scores.map((s) => s.scales[scale.id]));
      scales[scale.id] = {
        estimate: meanConfidenceInterval(values, SCORE_RANGE),
        missingRate: n === 0 ? 0 : (n - values.length) / n,
        favourability: favourability(values),
      };
    }
    if (scores.some((s) => dimension.id in s.dimensions)) {
      dimensions[dimension.id] = meanConfidenceInterval(present(scores.map((s) => s.dimensions[dimension.id])), SCORE_RANGE);
    }
  }
  return { n, scales, dimensions };
}
