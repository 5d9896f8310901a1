// The reply of a campaign's waves (routes/campaign-waves.ts): verdict history, dimension scores wave by wave,
// the change since the wave before with the anonymity decision of each group, and the pilot's evaluation.

import { z } from '@hono/zod-openapi';
import { VERDICTS } from '../domain/decisions/verdicts';
import { LocalTextSchema } from './local-text-schema';

const count = z.number().int();
const number = z.number();

const DisclosureDecisionSchema = z
  .strictObject({
    shown: z.boolean(),
    reason: z.enum([
      'shown',
      'not-compared',
      'below-minimum-earlier',
      'below-minimum-later',
      'hidden-part-earlier',
      'hidden-part-later',
      'different-people',
      'not-in-this-view',
    ]),
    earlierCount: count,
    laterCount: count,
  })
  .openapi('WaveDisclosure');

const ids = z.array(z.string());

const ComparedGroupSchema = z
  .strictObject({
    change: z.enum(['same', 'renamed', 'merged', 'split', 'added', 'removed']),
    reason: z.enum([
      'same-id-same-name',
      'same-id-new-name',
      'declared-successor',
      'declared-merge',
      'declared-split',
      'new-id',
      'id-gone',
      'id-declared-elsewhere',
    ]),
    earlier: ids,
    later: ids,
    compared: z.boolean(),
    key: z.string(),
    earlierNames: ids,
    laterNames: ids,
    disclosure: DisclosureDecisionSchema,
  })
  .openapi('WaveGroup');

const ChangeFiguresSchema = z.strictObject({
  compared: z.literal(true),
  earlierMean: number,
  laterMean: number,
  earlierN: count,
  laterN: count,
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
  verdict: z.enum(['rose', 'fell', 'within-noise']),
});

const NotComparedSchema = z.strictObject({
  compared: z.literal(false),
  reason: z.enum([
    'below-minimum-earlier',
    'below-minimum-later',
    'scale-not-comparable',
    'dimension-not-comparable',
    'no-figure-earlier',
    'no-figure-later',
    'no-spread',
  ]),
});

const ChangeRowSchema = z
  .strictObject({
    unit: z.string().openapi({ description: "'organization', or a group's key" }),
    measure: z.enum(['dimension', 'scale']),
    id: z.string(),
    result: z.union([ChangeFiguresSchema, NotComparedSchema]),
  })
  .openapi('WaveChangeRow');

const DimensionEffectSchema = z.strictObject({
  dimension: z.string(),
  pilotChange: number,
  othersChange: number,
  effect: number,
  low: number,
  high: number,
  se: number,
  df: number,
  p: number,
  adjustedP: number,
});

const PilotEvaluationSchema = z
  .union([
    z.strictObject({
      evaluated: z.literal(true),
      dimensions: z.array(DimensionEffectSchema),
      combined: DimensionEffectSchema.nullable(),
      recommendation: z.enum(['widen', 'another-quarter', 'stop']),
      caveats: z.array(
        z.enum([
          'no-random-assignment',
          'small-groups',
          'different-people-answered',
          'regression-to-the-mean',
        ]),
      ),
    }),
    z.strictObject({
      evaluated: z.literal(false),
      reason: z.enum([
        'pilot-below-minimum-earlier',
        'pilot-below-minimum-later',
        'others-below-minimum-earlier',
        'others-below-minimum-later',
        'no-dimensions',
        'no-spread',
      ]),
    }),
  ])
  .openapi('PilotEvaluation');

export const WavesSchema = z
  .strictObject({
    campaignId: z.string(),
    history: z.array(
      z.strictObject({
        campaignId: z.string(),
        name: z.string(),
        label: z.union([
          z.strictObject({ kind: z.literal('named'), name: z.string() }),
          z.strictObject({ kind: z.literal('quarter'), year: count, quarter: count }),
        ]),
        day: z.string(),
        closed: z.boolean(),
        verdict: z.enum(VERDICTS),
        title: LocalTextSchema.openapi({ description: 'The verdict in the model’s words' }),
        changed: z.boolean(),
      }),
    ),
    trend: z.strictObject({
      dimensions: z.array(
        z.strictObject({ id: z.string(), title: LocalTextSchema, role: z.enum(['readiness', 'routing']) }),
      ),
      waves: z.array(
        z.strictObject({
          campaignId: z.string(),
          name: z.string(),
          scope: z.enum(['organization', 'departments']),
          scores: z
            .record(z.string(), number.nullable())
            .openapi({ description: "The organization's score per dimension; empty where it is hidden" }),
        }),
      ),
    }),
    comparison: z
      .strictObject({
        previous: z.strictObject({ campaignId: z.string(), name: z.string() }),
        earlierCampaignId: z.string(),
        laterCampaignId: z.string(),
        minGroupSize: count,
        organization: DisclosureDecisionSchema,
        groups: z.array(ComparedGroupSchema),
        refusedDeclarations: z.array(
          z.strictObject({
            declaration: z.strictObject({ earlier: ids, later: ids }),
            reason: z.enum(['unknown-unit', 'not-a-merge-or-split', 'overlapping-declarations']),
          }),
        ),
        change: z.strictObject({
          test: z.literal('welch-t-two-sided-unpaired'),
          correction: z.literal('holm'),
          alpha: number,
          rows: z.array(ChangeRowSchema),
        }),
      })
      .nullable()
      .openapi({ description: 'What changed since the wave before; null for the first wave of its kind' }),
    pilot: z
      .strictObject({
        departments: ids,
        dimensions: ids,
        evaluation: PilotEvaluationSchema.nullable(),
      })
      .nullable()
      .openapi({ description: 'Whether the pilot the wave before advised, or the plan carried out, worked' }),
  })
  .openapi('Waves');
