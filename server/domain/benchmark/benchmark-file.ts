// A benchmark file: a pool's summary carried from one installation to another (MODEL.md, "Benchmark"). It
// holds distributions only: per dimension and scale the percentiles, and how many organizations and people
// they stand on; no row per organization and no name. A file is checked against this installation's
// instruments before it is kept, and a refused file changes nothing.

import { InvalidInputError, type FieldError } from '../errors';
import { isOrderedQuantiles } from './benchmark-quantiles';
import { MIN_ORGANIZATIONS, type BenchmarkSummary, type FigureSummary } from './benchmark-pool';

export const BENCHMARK_FORMAT = 'groundwork-benchmark';
/** Raised whenever the file's meaning changes; a server reads only the version it writes. */
export const BENCHMARK_FORMAT_VERSION = 1;

export interface BenchmarkFile extends BenchmarkSummary {
  format: typeof BENCHMARK_FORMAT;
  formatVersion: number;
}

/** A file kept on this installation. */
export interface LoadedBenchmark {
  id: string;
  /** The day it was loaded (YYYY-MM-DD). */
  loadedOn: string;
  file: BenchmarkFile;
}

export const toBenchmarkFile = (summary: BenchmarkSummary): BenchmarkFile => ({
  format: BENCHMARK_FORMAT,
  formatVersion: BENCHMARK_FORMAT_VERSION,
  ...summary,
});

/** The figures an instrument scores, which a file's figures must be among. */
export interface InstrumentFigures {
  dimensions: readonly string[];
  scales: readonly string[];
}

/**
 * Refuses a file this installation cannot place reports against: another format version, an instrument it
 * does not have (`figures` null), fewer than MIN_ORGANIZATIONS organizations, or a figure that is unknown,
 * stands on too few organizations, on more organizations or people than the file, or whose percentiles are
 * not whole points that never decrease.
 */
export function checkBenchmarkFile(file: BenchmarkFile, figures: InstrumentFigures | null): void {
  if (file.formatVersion !== BENCHMARK_FORMAT_VERSION) {
    throw new InvalidInputError(
      `This server reads benchmark files of format version ${BENCHMARK_FORMAT_VERSION}, not ${file.formatVersion}.`,
      {
        code: 'benchmark.format-unsupported',
        params: { version: file.formatVersion, supported: BENCHMARK_FORMAT_VERSION },
      },
    );
  }
  if (figures === null) {
    throw new InvalidInputError(
      `This installation has no questionnaire ${file.questionnaireId} scored by model version ${file.modelVersion}.`,
      {
        code: 'benchmark.unknown-instrument',
        params: { questionnaire: file.questionnaireId, modelVersion: file.modelVersion },
      },
    );
  }
  const errors: FieldError[] = [];
  if (file.organizations < MIN_ORGANIZATIONS) {
    errors.push({
      field: 'organizations',
      message: `must be at least ${MIN_ORGANIZATIONS}`,
      code: 'benchmark.too-few-organizations',
      params: { min: MIN_ORGANIZATIONS },
    });
  }
  const checkFigures = (kind: 'dimensions' | 'scales', kept: Readonly<Record<string, FigureSummary>>) => {
    for (const [id, figure] of Object.entries(kept)) {
      const field = `${kind}.${id}`;
      if (!figures[kind].includes(id)) {
        errors.push({
          field,
          message: 'is not scored by this instrument',
          code: 'benchmark.unknown-figure',
          params: { figure: id },
        });
      } else if (
        figure.organizations < MIN_ORGANIZATIONS ||
        figure.organizations > file.organizations ||
        figure.respondents > file.respondents ||
        !isOrderedQuantiles(figure.quantiles)
      ) {
        errors.push({
          field,
          message: `must stand on ${MIN_ORGANIZATIONS} to ${file.organizations} organizations, with whole-point percentiles that never decrease`,
          code: 'benchmark.figure-inconsistent',
          params: { figure: id, min: MIN_ORGANIZATIONS },
        });
      }
    }
  };
  checkFigures('dimensions', file.dimensions);
  checkFigures('scales', file.scales);
  if (errors.length > 0) {
    throw new InvalidInputError(
      `The benchmark file was not loaded: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}.`,
      { code: 'benchmark.invalid', params: { count: errors.length } },
      errors,
    );
  }
}
