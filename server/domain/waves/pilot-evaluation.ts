// Did the pilot work: the change in the pilot departments against the change in the others between two
// waves (a difference in differences), per dimension the pilot was meant to move, with its 95% interval,
// Holm's correction across those dimensions, the caveats that hold, and a recommendation: widen on a gain
// found one-sided, stop on a loss found two-sided (MODEL.md "Waves").

import { holmAdjust } from '../statistics/comparison';
import { studentTCdf } from '../statistics/distributions';
import { rememberedStudentTQuantile } from '../statistics/remembered-quantiles';
import type { Figure } from './wave-change';

/** One group (the pilot, or the others) on one dimension in both waves. */
export interface GroupWaves {
  earlier: Figure;
  later: Figure;
}

export interface PilotDimension {
  dimension: string;
  pilot: GroupWaves;
  others: GroupWaves;
}

export interface PilotEvaluationInput {
  /** People in each group's figures per wave: the gate for evaluating at all. */
  counts: { pilot: { earlier: number; later: number }; others: { earlier: number; later: number } };
  /** The dimensions the pilot was meant to move. */
  dimensions: readonly PilotDimension[];
  /**
   * The same groups on the pilot's dimensions together: each person's mean over them. When given, it is the
   * one pre-declared test widening reads (no correction needed, and a person's mean over several
   * dimensions is less noisy than any one); the dimensions' own rows then only show where, and stop the
   * rollout if one is credibly worse. Several dimensions without it are read each with Holm's correction.
   */
  combined?: { pilot: GroupWaves; others: GroupWaves } | null;
  /** The larger of the two waves' minimum group sizes. */
  minGroupSize: number;
  /** Whether the pilot departments were chosen because they scored low (the advice often says so). */
  chosenForLowScores: boolean;
}

export type PilotRecommendation = 'widen' | 'another-quarter' | 'stop';

export type PilotCaveat =
  /** Departments were chosen, not assigned at random: they may differ in ways the survey does not see. */
  | 'no-random-assignment'
  /** Each group holds fewer than twice the minimum in some wave: the interval is wide. */
  | 'small-groups'
  /** The waves are answered anonymously, by people who are mostly but not all the same. */
  | 'different-people-answered'
  /** Pilots chosen for low scores drift back up by chance alone; the others' change does not remove it. */
  | 'regression-to-the-mean';

export type NotEvaluatedReason =
  | 'pilot-below-minimum-earlier'
  | 'pilot-below-minimum-later'
  | 'others-below-minimum-earlier'
  | 'others-below-minimum-later'
  | 'no-dimensions'
  /** A figure lacks a mean or spread, or every group gave one score: no interval can be formed. */
  | 'no-spread';

export interface DimensionEffect {
  dimension: string;
  pilotChange: number;
  othersChange: number;
  /** Pilot change minus others' change, with its 95% interval (not adjusted for the other dimensions). */
  effect: number;
  low: number;
  high: number;
  se: number;
  df: number;
  p: number;
  /**
   * Two-sided, Holm-adjusted across the pilot's dimensions: what `stop` reads for a credible loss. Widening
   * reads the gain's one-sided p (p / 2 for a positive effect), Holm-adjusted likewise.
   */
  adjustedP: number;
}

export type PilotEvaluation =
  | {
      evaluated: true;
      dimensions: DimensionEffect[];
      /** The dimensions together, when given (its adjustedP is its own p: it is a single test). */
      combined: DimensionEffect | null;
      recommendation: PilotRecommendation;
      caveats: PilotCaveat[];
    }
  | { evaluated: false; reason: NotEvaluatedReason };

export const PILOT_ALPHA = 0.05;
/**
 * The smallest gain on the 0–100 scale worth a rollout: an interval wholly below it, with enough data to
 * have found it, says the pilot did not deliver (half a typical person's SD of 10–20 points is larger).
 */
export const WORTHWHILE_GAIN = 5;
/** Below twice the minimum per group the interval spans most effects a pilot could have. */
const SMALL_GROUP_FACTOR = 2;
/** A pilot this far below the others before it started was likely picked for it. */
const LOW_START_GAP = 5;

/**
 * Evaluates a pilot. Per dimension: effect = (P₂ − P₁) − (O₂ − O₁), se² = Σ sᵢ²/nᵢ over the four
 * independent group means, df by Welch–Satterthwaite (Σ vᵢ)² / Σ vᵢ²/(nᵢ − 1), interval effect ± t·se.
 * Widen when the deciding test finds a gain one-sided at 5% (the combined score when given, else some
 * dimension after Holm over the one-sided p-values) and no dimension is credibly worse; stop when one is
 * credibly worse two-sided (Holm over the two-sided p-values), or every deciding interval lies below the
 * worthwhile gain; otherwise another quarter.
 *
 * One-sided for widening because the question was declared before the second wave and has one direction:
 * did the pilot do better. A loss is not what widening reads, and a loss is looked for on its own, two-sided,
 * by the stop rule; so a pilot with no effect is widened at most 5% of the time, as before.
 */
export function evaluatePilot(input: PilotEvaluationInput): PilotEvaluation {
  const reason = whyNotEvaluated(input);
  if (reason !== null) return { evaluated: false, reason };
  const raw = input.dimensions.map(differenceInDifferences);
  const together = input.combined
    ? differenceInDifferences({ dimension: 'combined', ...input.combined })
    : null;
  if (raw.some((r) => r === null) || (input.combined && together === null))
    return { evaluated: false, reason: 'no-spread' };
  const effects = raw as Omit<DimensionEffect, 'adjustedP'>[];
  const adjusted = holmAdjust(effects.map((e) => e.p));
  const dimensions = effects.map((e, i) => ({ ...e, adjustedP: adjusted[i]! }));
  const combined = together && { ...together, adjustedP: together.p };
  // Stryker disable next-line EqualityOperator: equivalent, an adjusted p of exactly 0.05 does not occur
  const credible = (p: number) => p < PILOT_ALPHA;
  const deciding = combined ? [combined] : dimensions;
  // The gain's one-sided p: half the two-sided one on the side the effect lies (the t is symmetric).
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: equivalent, an effect of exactly 0 has p = 1 either way; a loss's gain p is 0.5 or more either way, never credible, and Holm's adjustment of the smaller p-values does not read the larger ones
  const gainP = (d: DimensionEffect) => (d.effect > 0 ? d.p / 2 : 1 - d.p / 2);
  const gainAdjusted = holmAdjust(deciding.map(gainP));
  // Stryker disable next-line EqualityOperator: equivalent, an effect of exactly 0 is never credible
  const worse = [...deciding, ...dimensions].some((d) => credible(d.adjustedP) && d.effect < 0);
  const better = gainAdjusted.some(credible);
  // Stryker disable next-line EqualityOperator: equivalent, an interval ending exactly at the line does not occur
  const noGain = deciding.every((d) => d.high < WORTHWHILE_GAIN);
  const recommendation: PilotRecommendation =
    worse || (noGain && !better) ? 'stop' : better ? 'widen' : 'another-quarter';
  return { evaluated: true, dimensions, combined, recommendation, caveats: caveatsOf(input) };
}

function whyNotEvaluated(input: PilotEvaluationInput): NotEvaluatedReason | null {
  const { pilot, others } = input.counts;
  const min = input.minGroupSize;
  if (pilot.earlier < min) return 'pilot-below-minimum-earlier';
  if (pilot.later < min) return 'pilot-below-minimum-later';
  if (others.earlier < min) return 'others-below-minimum-earlier';
  if (others.later < min) return 'others-below-minimum-later';
  return input.dimensions.length === 0 ? 'no-dimensions' : null;
}

function differenceInDifferences(d: PilotDimension): Omit<DimensionEffect, 'adjustedP'> | null {
  const groups = [d.pilot.later, d.pilot.earlier, d.others.later, d.others.earlier];
  if (groups.some((g) => g.mean === null || g.sd === null || g.n < 2)) return null;
  const parts = groups.map((g) => ({ v: (g.sd! * g.sd!) / g.n, n: g.n }));
  const se2 = parts.reduce((sum, p) => sum + p.v, 0);
  if (!(se2 > 0)) return null;
  const df = (se2 * se2) / parts.reduce((sum, p) => sum + (p.v * p.v) / (p.n - 1), 0);
  const se = Math.sqrt(se2);
  const pilotChange = d.pilot.later.mean! - d.pilot.earlier.mean!;
  const othersChange = d.others.later.mean! - d.others.earlier.mean!;
  const effect = pilotChange - othersChange;
  const critical = rememberedStudentTQuantile(1 - PILOT_ALPHA / 2, df)!;
  const lowerTail = studentTCdf(-Math.abs(effect / se), df)!;
  return {
    dimension: d.dimension,
    pilotChange,
    othersChange,
    effect,
    low: effect - critical * se,
    high: effect + critical * se,
    se,
    df,
    p: Math.min(1, 2 * lowerTail),
  };
}

function caveatsOf(input: PilotEvaluationInput): PilotCaveat[] {
  const caveats: PilotCaveat[] = ['no-random-assignment', 'different-people-answered'];
  const { pilot, others } = input.counts;
  const smallest = Math.min(pilot.earlier, pilot.later, others.earlier, others.later);
  if (smallest < SMALL_GROUP_FACTOR * input.minGroupSize) caveats.push('small-groups');
  const startedLow = input.dimensions.some(
    (d) => d.others.earlier.mean! - d.pilot.earlier.mean! >= LOW_START_GAP,
  );
  if (input.chosenForLowScores || startedLow) caveats.push('regression-to-the-mean');
  return caveats;
}
