// Two units of one report side by side: per readiness dimension and scale, each unit's score with its
// interval, the difference with its 95% Welch interval, Hedges' g, and whether the difference is credible
// after Holm's correction across every row of the pair at 5% (as the waves' change table judges a change).
// Built from the two units' figures as the reader's report holds them, so it shows nothing that report hides.

import { compareSpreads, holmJudged, type ComparedDifference } from '../statistics/comparison';
import type { MeanEstimate } from '../statistics/intervals';
import type { GroupSummary } from './group-summary';

/** A unit's figures as its report summary holds them: an estimate per dimension and per scale. */
export interface PairUnitFigures {
  dimensions: Readonly<Partial<Record<string, MeanEstimate>>>;
  scales: Readonly<Partial<Record<string, MeanEstimate>>>;
}

export interface PairwiseInput {
  a: PairUnitFigures;
  b: PairUnitFigures;
  /** The dimensions compared, each with its scales, in the order the rows should take. */
  dimensions: readonly { id: string; scales: readonly string[] }[];
  /** No figure of fewer people than this is compared, whatever the summary holds. */
  minGroupSize: number;
}

/** One side of a row: the unit's score and its 95% interval, as its report shows them. */
export interface PairSide {
  n: number;
  mean: number;
  low: number | null;
  high: number | null;
}

export type PairVerdict = 'a-higher' | 'b-higher' | 'within-noise';

/** Of a against b (`diff` = mean of a − mean of b). */
export interface PairDifference extends ComparedDifference {
  verdict: PairVerdict;
}

export type PairNotComparedReason =
  /** One side has no figure here (nobody scored, or the report shows none). */
  | 'no-figure'
  /** One side's figure rests on fewer people than the minimum group size. */
  | 'too-few'
  /** Everyone on both sides gave the same score, or one side has a single person: no test is possible. */
  | 'no-spread';

export interface PairRow {
  measure: 'dimension' | 'scale';
  id: string;
  /** Null where that unit has no figure on this row. */
  a: PairSide | null;
  b: PairSide | null;
  result: ({ compared: true } & PairDifference) | { compared: false; reason: PairNotComparedReason };
}

export interface PairwiseComparison {
  test: 'welch-t-two-sided-unpaired';
  correction: 'holm';
  /** The family-wise level the verdicts keep across the rows of the pair. */
  alpha: number;
  rows: PairRow[];
}

export const PAIRWISE_ALPHA = 0.05;

/** A unit's figures as its report's group summary holds them. */
export function pairFigures(summary: Pick<GroupSummary, 'dimensions' | 'scales'>): PairUnitFigures {
  const scales: Record<string, MeanEstimate> = {};
  for (const [id, scale] of Object.entries(summary.scales)) scales[id] = scale.estimate;
  return { dimensions: summary.dimensions, scales };
}

const sideOf = (e: MeanEstimate | undefined): PairSide | null =>
  e === undefined || e.mean === null ? null : { n: e.n, mean: e.mean, low: e.low, high: e.high };

/**
 * Compares unit a with unit b, each dimension first and then each scale, in the order given.
 * @example comparePair({ a, b, dimensions: [{ id: 'culture', scales: ['culture.trust'] }], minGroupSize: 5 })
 */
export function comparePair(input: PairwiseInput): PairwiseComparison {
  const measures = [
    ...input.dimensions.map((d) => ({ measure: 'dimension' as const, id: d.id })),
    ...input.dimensions.flatMap((d) => d.scales.map((id) => ({ measure: 'scale' as const, id }))),
  ];
  const pending: { row: Omit<PairRow, 'result'>; figures: Omit<PairDifference, 'adjustedP' | 'verdict'> }[] =
    [];
  const rows: (PairRow | number)[] = [];
  for (const { measure, id } of measures) {
    const pick = (u: PairUnitFigures) => (measure === 'dimension' ? u.dimensions[id] : u.scales[id]);
    const [ea, eb] = [pick(input.a), pick(input.b)];
    const row = { measure, id, a: sideOf(ea), b: sideOf(eb) };
    if (row.a === null || row.b === null) {
      rows.push({ ...row, result: { compared: false, reason: 'no-figure' } });
      continue;
    }
    // A report never shows such a figure; checked here too, so no caller can compare below the minimum.
    if (row.a.n < input.minGroupSize || row.b.n < input.minGroupSize) {
      rows.push({ ...row, a: null, b: null, result: { compared: false, reason: 'too-few' } });
      continue;
    }
    const figures = compareSpreads(ea!, eb!);
    if (figures === null) {
      rows.push({ ...row, result: { compared: false, reason: 'no-spread' } });
      continue;
    }
    rows.push(pending.length);
    pending.push({ row, figures });
  }
  // Holm across the pair's rows: looking at many scales at once does not turn noise into findings.
  const judged = holmJudged(
    pending.map((p) => p.figures),
    PAIRWISE_ALPHA,
    { within: 'within-noise', higher: 'a-higher', lower: 'b-higher' } as const,
  );
  return {
    test: 'welch-t-two-sided-unpaired',
    correction: 'holm',
    alpha: PAIRWISE_ALPHA,
    rows: rows.map((r) =>
      typeof r === 'number' ? { ...pending[r]!.row, result: { compared: true, ...judged[r]! } } : r,
    ),
  };
}
