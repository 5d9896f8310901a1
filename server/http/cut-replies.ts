// The reply of GET /campaigns/{id}/cuts/{cut} (routes/campaign-cuts.ts): a report's figures grouped by one
// demographic cut, each group with only the figures the cut disclosure rule let through, or the reason no
// group is shown. The summary's shape is the report's GroupSummary less its n (the group's own n beside it).

import { z } from '@hono/zod-openapi';
import { CUT_IDS } from '../../shared/cut-limits';
import { LocalTextSchema } from './local-text-schema';

const count = z.number().int();
const figure = z.number().nullable();

const Estimate = z.strictObject({ n: count, mean: figure, sd: figure, low: figure, high: figure });
const Proportion = z.strictObject({ successes: count, n: count, p: figure, low: figure, high: figure });

const AnswerCountsSchema = z.strictObject({
  favourable: count,
  neutral: count,
  unfavourable: count,
  dontKnow: count,
});

const CutGroupSchema = z
  .strictObject({
    value: z.string().openapi({ description: 'The answer as stored: a band, a level or location-<n>' }),
    label: LocalTextSchema,
    hidden: z.boolean().openapi({
      description:
        'Nothing of it is shown: fewer people than the minimum, or hidden to protect a smaller group',
    }),
    n: count.nullable(),
    summary: z
      .strictObject({
        scales: z.record(
          z.string(),
          z.strictObject({
            estimate: Estimate,
            missingRate: z.number(),
            favourability: z.strictObject({
              n: count,
              favourable: Proportion,
              neutral: Proportion,
              unfavourable: Proportion,
            }),
          }),
        ),
        dimensions: z.record(z.string(), Estimate),
      })
      .nullable()
      .openapi({ description: 'Only the dimensions and scales whose figure passed the rule' }),
    answers: z
      .record(z.string(), AnswerCountsSchema)
      .openapi({ description: 'Per scored item, the answers by class, only where they passed the rule' }),
  })
  .openapi('CutGroup');

export const CutReportSchema = z
  .strictObject({
    campaignId: z.string(),
    cut: z.enum(CUT_IDS),
    title: LocalTextSchema.openapi({ description: 'The question respondents were asked' }),
    minGroupSize: count,
    shown: z.boolean(),
    reason: z
      .enum(['not-closed', 'organization-withheld'])
      .nullable()
      .openapi({ description: 'Why no group is shown; null when they are' }),
    n: count
      .nullable()
      .openapi({ description: "The organization's people in the figures; null when withheld" }),
    groups: z.array(CutGroupSchema),
  })
  .openapi('CutReport', { description: "A report's figures grouped by one demographic cut" });

export const CutListSchema = z
  .strictObject({
    campaignId: z.string(),
    cuts: z.array(z.strictObject({ id: z.enum(CUT_IDS), title: LocalTextSchema })),
  })
  .openapi('CutList', {
    description: 'The questions about people the campaign asks, in the order it asks them',
  });

export const CutParam = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
  cut: z.string().min(1).max(32),
});

export const CutQuery = z.object({
  format: z.enum(['json', 'csv']).optional().openapi({ description: 'csv for a spreadsheet file' }),
  table: z.enum(['groups', 'questions']).optional().openapi({
    description:
      'For csv: groups (the default), a row per group with its scores and item counts; or questions, the per-question layout with a row per item and group',
  }),
  lang: z
    .string()
    .max(10)
    .optional()
    .openapi({ description: 'en (the default) or zh-cn (zh): the language of the CSV file' }),
});
