// Internal consistency of each agreement scale: Cronbach's α on the organization's complete cases, with
// corrected item-total correlations (an item that does not move with the rest of its scale is flagged).

import type { BarrierModel } from '../instrument/barrier-model';
import type { Questionnaire } from '../instrument/questionnaire';
import { emptyCrossMoments, type CrossMoments } from '../statistics/moments';
import {
  alphaInterval,
  cronbachAlpha,
  cronbachAlphaFromMoments,
  type AlphaResult,
} from '../statistics/reliability';

export type ReliabilityStatus = 'acceptable' | 'questionable' | 'unreliable' | 'not-computed';

export interface ScaleReliability {
  scaleId: string;
  /** Items in the scale, and respondents who answered every one of them. */
  k: number;
  n: number;
  alpha: number | null;
  /** Feldt's 95% interval for α. */
  low: number | null;
  high: number | null;
  status: ReliabilityStatus;
  /** Items whose corrected item-total correlation is below the model's minimum. */
  weakItems: { questionId: string; itemTotal: number }[];
}

/** α for every agreement scale; knowledge scenarios are right/wrong tests, not a reflective scale. */
export function scaleReliability(
  questionnaire: Questionnaire,
  model: BarrierModel,
  itemScores: readonly Record<string, number | null>[],
): ScaleReliability[] {
  return [...agreementScales(questionnaire)].map(([scaleId, ids]) => {
    const complete = itemScores
      .map((items) => ids.map((id) => items[id]))
      .filter((row): row is number[] => row.every((v) => typeof v === 'number'));
    return judged(model, scaleId, ids, complete.length, () => cronbachAlpha(complete));
  });
}

/**
 * The same, from running totals: per scale, cross moments of its agreement items (in questionnaire order)
 * over the people who answered every one of them, on any one scale (1–5 answers or 0–100 scores give the
 * same α). A scale with no totals has no complete cases yet.
 */
export function scaleReliabilityFromMoments(
  questionnaire: Questionnaire,
  model: BarrierModel,
  byScale: ReadonlyMap<string, CrossMoments>,
): ScaleReliability[] {
  return [...agreementScales(questionnaire)].map(([scaleId, ids]) => {
    const totals = byScale.get(scaleId) ?? emptyCrossMoments(ids.length);
    if (totals.k !== ids.length)
      throw new RangeError(`Scale ${scaleId} has ${ids.length} items, its totals ${totals.k}`);
    return judged(model, scaleId, ids, totals.n, () => cronbachAlphaFromMoments(totals));
  });
}

/** Each agreement scale's items, in questionnaire order. */
function agreementScales(questionnaire: Questionnaire): Map<string, string[]> {
  const byScale = new Map<string, string[]>();
  for (const q of questionnaire.questions) {
    if (q.role !== 'likert' || q.scale === null) continue;
    byScale.set(q.scale, [...(byScale.get(q.scale) ?? []), q.id]);
  }
  return byScale;
}

/** α, its band, interval and weak items from n complete cases, computed only once there are enough. */
function judged(
  model: BarrierModel,
  scaleId: string,
  ids: readonly string[],
  n: number,
  alphaOfCases: () => AlphaResult,
): ScaleReliability {
  const { alphaMinimum, alphaAcceptable, itemTotalMinimum, alphaMinimumCases } = model.thresholds;
  const result = n >= alphaMinimumCases && ids.length >= 2 ? alphaOfCases() : null;
  const alpha = result?.alpha ?? null;
  const status: ReliabilityStatus =
    alpha === null
      ? 'not-computed'
      : alpha < alphaMinimum
        ? 'unreliable'
        : alpha < alphaAcceptable
          ? 'questionable'
          : 'acceptable';
  // Stryker disable next-line ArrayDeclaration: equivalent, a stand-in item-total is below no line
  const weakItems = (result?.itemTotal ?? [])
    .map((r, i) => ({ questionId: ids[i]!, itemTotal: r }))
    .filter(
      (x): x is { questionId: string; itemTotal: number } =>
        x.itemTotal !== null && x.itemTotal < itemTotalMinimum,
    );
  const interval = alpha === null ? null : alphaInterval(alpha, n, ids.length);
  return {
    scaleId,
    k: ids.length,
    n,
    alpha,
    low: interval?.low ?? null,
    high: interval?.high ?? null,
    status,
    weakItems,
  };
}
