// What the benchmark endpoints take and answer: the benchmark file (the same strict schema for an export and
// a load, MODEL.md "Benchmark"), the files loaded, an organization's opt-in, and a campaign's figures
// placed in percentile bands.

import { z } from '@hono/zod-openapi';
import {
  BENCHMARK_FORMAT,
  type BenchmarkFile,
  type LoadedBenchmark,
} from '../domain/benchmark/benchmark-file';
import { MIN_ORGANIZATIONS } from '../domain/benchmark/benchmark-pool';
import { BANDS } from '../domain/benchmark/percentile-band';
import { schemaOf } from './schema-matches';

/** Most bytes a benchmark file may have: a few dozen figures of five numbers each need a few kB. */
export const MAX_BENCHMARK_FILE_BYTES = 64 * 1024;

const id = z.string().min(1).max(64);
const whole = z.number().int().min(0);
const point = z.number().int().min(0).max(100);

const FigureSummarySchema = z
  .strictObject({
    organizations: whole.openapi({ description: 'Organizations with a score on this figure' }),
    respondents: whole.openapi({ description: 'People in those organizations’ figures' }),
    quantiles: z
      .strictObject({ p10: point, p25: point, p50: point, p75: point, p90: point })
      .openapi({ description: 'Percentiles of the organizations’ scores (type 7), rounded to whole points' }),
  })
  .openapi('BenchmarkFigure');

const figures = z.record(id, FigureSummarySchema);

export const BenchmarkFileSchema = schemaOf<BenchmarkFile>()(
  z
    .strictObject({
      format: z.literal(BENCHMARK_FORMAT),
      formatVersion: z.number().int().openapi({ description: 'The format’s version: 1' }),
      questionnaireId: id,
      modelVersion: z.string().min(1).max(16),
      createdOn: z.iso.date(),
      organizations: whole.openapi({ description: `Organizations pooled, at least ${MIN_ORGANIZATIONS}` }),
      respondents: whole.openapi({ description: 'People in the pooled organizations’ figures' }),
      dimensions: figures,
      scales: figures,
    })
    .openapi('BenchmarkFile', {
      description:
        'A pool’s distributions only: per dimension and scale the percentiles and how many organizations and people they stand on; no row per organization, no name',
    }),
);

export const LoadedBenchmarkSchema = schemaOf<LoadedBenchmark>()(
  z
    .strictObject({ id: z.string(), loadedOn: z.iso.date(), file: BenchmarkFileSchema })
    .openapi('LoadedBenchmark'),
);

export const LoadedBenchmarkListSchema = z.array(LoadedBenchmarkSchema).openapi('LoadedBenchmarkList');

export const BenchmarkRemovedSchema = z.strictObject({ id: z.string() }).openapi('BenchmarkRemoved');

export const ExportQuery = z.object({
  questionnaireId: id.optional().openapi({ description: 'The questionnaire; by default the current one' }),
  modelVersion: z
    .string()
    .min(1)
    .max(16)
    .optional()
    .openapi({ description: 'The model version; by default the current one' }),
});

export const OptInBody = z.strictObject({ benchmarkOptIn: z.boolean() }).openapi('BenchmarkOptIn', {
  description:
    'Whether the organization’s scores of its latest closed campaign are pooled into the benchmark',
});

const FigurePlacementSchema = z.strictObject({
  id: z.string(),
  score: z.number().nullable().openapi({ description: 'The organization’s score, as the report shows it' }),
  band: z.enum(BANDS).nullable().openapi({
    description:
      'The percentile band among the benchmark’s organizations; null where either lacks the figure',
  }),
});

const PlacedSchema = z.strictObject({
  source: z.enum(['local', 'file']),
  benchmarkId: z
    .string()
    .nullable()
    .openapi({ description: 'The loaded file’s id; null for this installation’s own pool' }),
  createdOn: z.iso.date().nullable().openapi({ description: 'When a loaded file was exported' }),
  available: z.boolean(),
  reason: z.enum(['too-few-organizations']).nullable(),
  needed: z
    .number()
    .int()
    .nullable()
    .openapi({ description: 'Organizations needed, where there are too few (never how many there are)' }),
  organizations: z.number().int().nullable(),
  dimensions: z.array(FigurePlacementSchema),
  scales: z.array(FigurePlacementSchema),
});

export const CampaignBenchmarkSchema = z
  .strictObject({
    campaignId: z.string(),
    questionnaireId: z.string(),
    modelVersion: z.string(),
    shown: z.boolean().openapi({
      description:
        'Whether the reader’s report shows the organization’s figures: without them nothing is placed',
    }),
    benchmarks: z.array(PlacedSchema).openapi({
      description: 'The local pool first, then each loaded file on the same questionnaire and model version',
    }),
  })
  .openapi('CampaignBenchmark');

export const BenchmarkCsvQuery = z.object({
  lang: z
    .string()
    .max(10)
    .optional()
    .openapi({ description: 'en (the default) or zh-cn (zh): the language of the table' }),
});
