// Summarises the scored responses of one group (a department, or the whole organization): per scale and
// per dimension a mean with its 95% confidence interval, the missing rate, and favourability.

import { decidingScales, type BarrierModel, type DimensionId } from '../instrument/barrier-model';
import type { ResponseScore } from '../instrument/scoring';
import { stable } from '../statistics/descriptive';
import {
  meanConfidenceInterval,
  momentsConfidenceInterval,
  type MeanEstimate,
} from '../statistics/intervals';
import type { Moments } from '../statistics/moments';
import {
  favourability,
  favourabilityOfCounts,
  type Favourability,
  type FavourabilityClass,
} from '../statistics/favourability';

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
  return stableEstimate(meanConfidenceInterval(values, SCORE_RANGE));
}

const stableEstimate = (e: MeanEstimate): MeanEstimate => ({
  n: e.n,
  mean: stable(e.mean),
  sd: stable(e.sd),
  low: stable(e.low),
  high: stable(e.high),
});

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
    if (byDimension.has(dimension.id)) {
      const own = decidingScales(dimension)
        .map((s) => scales[s.id]?.estimate)
        .filter((e) => e !== undefined);
      dimensions[dimension.id] = dimensionEstimate(
        own,
        meanConfidenceInterval(byDimension.get(dimension.id)!),
      );
    }
  }
  return { n, scales, dimensions };
}

/**
 * A group's dimension figure: the equal-weight mean of its scale means, and as its n the most people behind
 * any of its scales (each a whole number of release batches, so n too moves only by whole batches). Built
 * from the scales rather than as the mean of each person's own dimension score, because people who skipped
 * a scale score on a different mix of scales: a mean over those mixes beside the scale figures would let a
 * reader solve for the one person whose mix differs (MODEL.md §3, rule 7). The spread, and so the interval
 * around that mean, is that of the people's own dimension scores (`personal`): their precision is what the
 * gates must judge, and a spread gives no one's answer away the way a mean does.
 */
function dimensionEstimate(scales: readonly MeanEstimate[], spread: MeanEstimate): MeanEstimate {
  const shown = scales.filter((e) => e.mean !== null);
  if (shown.length === 0) return { n: 0, mean: null, sd: null, low: null, high: null };
  const mean = stable(shown.reduce((sum, e) => sum + e.mean!, 0) / shown.length);
  // `spread` is unclipped: bounds clipped at 0 or 100 around the people's own mean would give it away.
  const half = spread.high === null || spread.mean === null ? null : spread.high - spread.mean;
  const clip = (x: number) => Math.min(SCORE_RANGE.max, Math.max(SCORE_RANGE.min, x));
  return {
    n: Math.max(...shown.map((e) => e.n)),
    mean,
    sd: stable(spread.sd),
    low: half === null ? null : stable(clip(mean - half)),
    high: half === null ? null : stable(clip(mean + half)),
  };
}

/**
 * A group's running totals, kept as answers are released (campaign-tally.ts): per scale the exact moments
 * of its people's scores times `factors.scale` and how many fell in each favourability class, per dimension
 * the moments of people's own dimension scores times `factors.dimension`.
 */
export interface GroupMoments {
  n: number;
  scales: ReadonlyMap<string, { moments: Moments; classes: Readonly<Record<FavourabilityClass, number>> }>;
  dimensions: ReadonlyMap<DimensionId, Moments>;
  factors: { scale: number; dimension: number };
}

/** The summary `summarizeGroup` gives for the same people, from their running totals alone. */
export function summarizeMoments(model: BarrierModel, group: GroupMoments): GroupSummary {
  const { n } = group;
  const scales: Record<string, ScaleSummary> = {};
  const dimensions: Partial<Record<DimensionId, MeanEstimate>> = {};
  if (n === 0) return { n, scales, dimensions };
  for (const dimension of model.dimensions) {
    for (const scale of dimension.scales) {
      const held = group.scales.get(scale.id);
      if (!held) continue;
      scales[scale.id] = {
        estimate: stableEstimate(momentsConfidenceInterval(held.moments, group.factors.scale, SCORE_RANGE)),
        missingRate: (n - held.moments.n) / n,
        favourability: favourabilityOfCounts(held.classes),
      };
    }
    const personal = group.dimensions.get(dimension.id);
    if (personal) {
      const own = decidingScales(dimension)
        .map((s) => scales[s.id]?.estimate)
        .filter((e) => e !== undefined);
      dimensions[dimension.id] = dimensionEstimate(
        own,
        momentsConfidenceInterval(personal, group.factors.dimension),
      );
    }
  }
  return { n, scales, dimensions };
}
