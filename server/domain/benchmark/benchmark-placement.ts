// A report's organization figures placed among a benchmark: per dimension and scale the band of its score
// (percentile-band.ts), read from the benchmark's quantile summary alone, so the local pool and a file
// exported from it place a score alike.

import type { BenchmarkSummary, FigureSummary, PoolEntry } from './benchmark-pool';
import { bandOf, type Band } from './percentile-band';

export interface FigurePlacement {
  id: string;
  /** The organization's score as its report shows it; null where it has none. */
  score: number | null;
  /** Null where the score or the benchmark's figure is missing. */
  band: Band | null;
}

export interface Placement {
  dimensions: FigurePlacement[];
  scales: FigurePlacement[];
}

/** Every figure of `figures` (ids in the model's order), placed against `summary` where both have it. */
export function placeAmong(
  entry: PoolEntry,
  summary: Pick<BenchmarkSummary, 'dimensions' | 'scales'>,
  figures: { dimensions: readonly string[]; scales: readonly string[] },
): Placement {
  const place = (
    ids: readonly string[],
    scores: Readonly<Record<string, number | null>>,
    kept: Readonly<Record<string, FigureSummary>>,
  ) =>
    ids.map((id): FigurePlacement => {
      const score = scores[id] ?? null;
      const figure = kept[id];
      return {
        id,
        score,
        band: score === null || figure === undefined ? null : bandOf(score, figure.quantiles),
      };
    });
  return {
    dimensions: place(figures.dimensions, entry.dimensions, summary.dimensions),
    scales: place(figures.scales, entry.scales, summary.scales),
  };
}
