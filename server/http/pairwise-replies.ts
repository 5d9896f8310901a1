// The reply of GET /campaigns/{id}/compare (routes/campaign-pairwise.ts): two units of the reader's report
// side by side, each readiness dimension and scale with both scores, the difference, its interval, Hedges' g
// and whether it is credible after Holm. Checked against the domain's PairwiseComparison.

import { z } from '@hono/zod-openapi';
import type { PairwiseComparison } from '../domain/analysis/pairwise-comparison';
import { schemaOf } from './schema-matches';

const count = z.number().int();
const number = z.number();

const PairSideSchema = z
  .strictObject({ n: count, mean: number, low: number.nullable(), high: number.nullable() })
  .nullable();

const PairDifferenceSchema = z.strictObject({
  compared: z.literal(true),
  diff: number,
  low: number,
  high: number,
  t: number,
  df: number,
  p: number,
  adjustedP: number,
  g: number,
  gLow: number,
  gHigh: number,
  verdict: z.enum(['a-higher', 'b-higher', 'within-noise']),
});

const PairNotComparedSchema = z.strictObject({
  compared: z.literal(false),
  reason: z.enum(['no-figure', 'too-few', 'no-spread']),
});

const PairwiseComparisonSchema = schemaOf<PairwiseComparison>()(
  z
    .strictObject({
      test: z.literal('welch-t-two-sided-unpaired'),
      correction: z.literal('holm'),
      alpha: number,
      rows: z.array(
        z
          .strictObject({
            measure: z.enum(['dimension', 'scale']),
            id: z.string(),
            a: PairSideSchema,
            b: PairSideSchema,
            result: z.union([PairDifferenceSchema, PairNotComparedSchema]),
          })
          .openapi('PairRow'),
      ),
    })
    .openapi('PairwiseComparison'),
);

const UnitSchema = z.strictObject({ departmentId: z.string(), name: z.string(), responses: count });

export const PairwiseSchema = z
  .strictObject({
    campaignId: z.string(),
    a: UnitSchema,
    b: UnitSchema,
    comparison: PairwiseComparisonSchema,
  })
  .openapi('Pairwise', {
    description: 'Two units of the reader’s report compared scale by scale (a minus b)',
  });

export const CompareQuery = z.object({
  a: z.string().optional().openapi({ description: 'The first unit: a department or reporting group id' }),
  b: z.string().optional().openapi({ description: 'The second unit' }),
});

export const HeatmapCsvQuery = z.object({
  lang: z
    .string()
    .max(10)
    .optional()
    .openapi({ description: 'en (the default) or zh-cn (zh): the language of the column headings' }),
});
