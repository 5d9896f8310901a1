// What changed beyond the noise between two waves: per unit compared, dimension and scale, Welch's t on the
// two waves' group figures with Hedges' g, Holm's correction across every row of the comparison, and a
// verdict (MODEL.md "Waves"). Rows that may not be compared say why instead of showing figures.

import type { GroupSummary } from '../analysis/group-summary';
import { compareSpreads, holmJudged, type ComparedDifference } from '../statistics/comparison';

/** A group's figure on one dimension or scale, as a report's MeanEstimate holds it. */
export interface Figure {
  n: number;
  mean: number | null;
  sd: number | null;
}

export interface UnitFigures {
  /** People in the unit's figures in that wave. */
  n: number;
  dimensions: Readonly<Partial<Record<string, Figure>>>;
  scales: Readonly<Partial<Record<string, Figure>>>;
}

/** A unit's figures as the report's group summary holds them. */
export function figuresOfSummary(summary: GroupSummary): UnitFigures {
  const scales: Record<string, Figure> = {};
  for (const [id, scale] of Object.entries(summary.scales)) scales[id] = scale.estimate;
  return { n: summary.n, dimensions: { ...summary.dimensions }, scales };
}

export interface ComparedUnit {
  /** 'organization', or the key the caller gave a lineage group (its later ids, say). */
  key: string;
  /** Null when the unit has no figures in that wave (hidden, or not there). */
  earlier: UnitFigures | null;
  later: UnitFigures | null;
}

export interface WaveChangeInput {
  units: readonly ComparedUnit[];
  /** The dimensions compared, each with its scales in either version (a dimension is the mean of them). */
  dimensions: readonly { id: string; scales: readonly string[] }[];
  /** Scales both instrument versions measure alike (`comparableScales`); null for one version in both. */
  comparableScales: readonly string[] | null;
  /** The larger of the two waves' minimum group sizes. */
  minGroupSize: number;
}

export type ChangeVerdict = 'rose' | 'fell' | 'within-noise';

export type NotComparedReason =
  | 'below-minimum-earlier'
  | 'below-minimum-later'
  /** The two instrument versions do not measure this scale alike. */
  | 'scale-not-comparable'
  /** One of the dimension's scales is not measured alike, so its mean is of different things. */
  | 'dimension-not-comparable'
  | 'no-figure-earlier'
  | 'no-figure-later'
  /** Everyone gave the same score in both waves: no test is possible. */
  | 'no-spread';

/** Of the later wave against the earlier (`diff` = later − earlier). */
export interface ChangeFigures extends ComparedDifference {
  earlierMean: number;
  laterMean: number;
  earlierN: number;
  laterN: number;
  verdict: ChangeVerdict;
}

export interface ChangeRow {
  unit: string;
  measure: 'dimension' | 'scale';
  id: string;
  result: ({ compared: true } & ChangeFigures) | { compared: false; reason: NotComparedReason };
}

export interface WaveChange {
  /**
   * The test every row uses: Welch's unequal-variance t, two-sided, on independent samples. The waves
   * are mostly the same people, but answers are anonymous, so no one's two answers can be paired: the
   * unpaired test is the one the data allow (and it is conservative when people's answers correlate).
   */
  test: 'welch-t-two-sided-unpaired';
  correction: 'holm';
  /** The family-wise level the verdicts keep across all rows. */
  alpha: number;
  rows: ChangeRow[];
}

export const CHANGE_ALPHA = 0.05;

/**
 * Compares two waves row by row. Each unit's dimensions come first, then its scales, in the order given.
 * @example compareWaves({ units: [{ key: 'organization', earlier, later }], dimensions, comparableScales: null, minGroupSize: 5 })
 */
export function compareWaves(input: WaveChangeInput): WaveChange {
  const comparable = input.comparableScales === null ? null : new Set(input.comparableScales);
  const isComparable = (scale: string) => comparable === null || comparable.has(scale);
  const pending: { row: Omit<ChangeRow, 'result'>; figures: Omit<ChangeFigures, 'adjustedP' | 'verdict'> }[] =
    [];
  const rows: (ChangeRow | number)[] = [];
  for (const unit of input.units) {
    const measures = [
      ...input.dimensions.map((d) => ({
        measure: 'dimension' as const,
        id: d.id,
        alike: d.scales.every(isComparable),
      })),
      ...input.dimensions.flatMap((d) =>
        d.scales.map((s) => ({ measure: 'scale' as const, id: s, alike: isComparable(s) })),
      ),
    ];
    for (const { measure, id, alike } of measures) {
      const row = { unit: unit.key, measure, id };
      const pick = (f: UnitFigures | null) => (measure === 'dimension' ? f?.dimensions[id] : f?.scales[id]);
      const reason = whyNotCompared(unit, pick(unit.earlier), pick(unit.later), alike, measure, input);
      if (reason !== null) {
        rows.push({ ...row, result: { compared: false, reason } });
        continue;
      }
      const figures = testChange(pick(unit.earlier)!, pick(unit.later)!);
      if (figures === null) {
        rows.push({ ...row, result: { compared: false, reason: 'no-spread' } });
        continue;
      }
      rows.push(pending.length);
      pending.push({ row, figures });
    }
  }
  // Holm across every compared row, so more units, dimensions and scales do not mean more chance changes.
  const judged = holmJudged(
    pending.map((p) => p.figures),
    CHANGE_ALPHA,
    { within: 'within-noise', higher: 'rose', lower: 'fell' } as const,
  );
  return {
    test: 'welch-t-two-sided-unpaired',
    correction: 'holm',
    alpha: CHANGE_ALPHA,
    rows: rows.map((r) =>
      typeof r === 'number' ? { ...pending[r]!.row, result: { compared: true, ...judged[r]! } } : r,
    ),
  };
}

function whyNotCompared(
  unit: ComparedUnit,
  earlier: Figure | undefined,
  later: Figure | undefined,
  alike: boolean,
  measure: 'dimension' | 'scale',
  input: WaveChangeInput,
): NotComparedReason | null {
  const min = input.minGroupSize;
  // The unit's own count first: a unit below the minimum in either wave is never shown, whatever its rows.
  if (unit.earlier === null || unit.earlier.n < min) return 'below-minimum-earlier';
  if (unit.later === null || unit.later.n < min) return 'below-minimum-later';
  if (!alike) return measure === 'scale' ? 'scale-not-comparable' : 'dimension-not-comparable';
  if (earlier === undefined || earlier.mean === null) return 'no-figure-earlier';
  if (later === undefined || later.mean === null) return 'no-figure-later';
  if (earlier.n < min) return 'below-minimum-earlier';
  if (later.n < min) return 'below-minimum-later';
  return null;
}

function testChange(earlier: Figure, later: Figure): Omit<ChangeFigures, 'adjustedP' | 'verdict'> | null {
  const compared = compareSpreads(later, earlier);
  if (compared === null) return null;
  return {
    earlierMean: earlier.mean!,
    laterMean: later.mean!,
    earlierN: earlier.n,
    laterN: later.n,
    ...compared,
  };
}
