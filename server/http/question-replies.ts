// The reply of GET /campaigns/{id}/questions (routes/campaign-questions.ts): each scored item's answers as
// shares per unit of the reader's report and for the organization where they may see it, and the items
// pulling each readiness dimension down. Checked against the domain's QuestionResults.

import { z } from '@hono/zod-openapi';
import type { AnswerCounts } from '../domain/analysis/campaign-tally';
import type { QuestionResults } from '../domain/analysis/question-results';
import type { ProportionEstimate } from '../domain/statistics/intervals';
import { LocalTextSchema } from './local-text-schema';
import { schemaOf } from './schema-matches';

const count = z.number().int();
const share = z.number();
const figure = z.number().nullable();

const DimensionSchema = z.enum(['hygiene', 'participation', 'culture', 'okr-kpi', 'breakdown', 'fit']);

const CountsSchema = schemaOf<AnswerCounts>()(
  z.strictObject({ favourable: count, neutral: count, unfavourable: count, dontKnow: count }),
);

const IntervalSchema = schemaOf<ProportionEstimate>()(
  z.strictObject({ successes: count, n: count, p: figure, low: figure, high: figure }),
);

const SharesSchema = z
  .strictObject({
    n: count,
    counts: CountsSchema,
    shares: z.strictObject({ favourable: share, neutral: share, unfavourable: share, dontKnow: share }),
    favourable: IntervalSchema,
  })
  .nullable();

const QuestionResultsSchema = schemaOf<QuestionResults>()(
  z.strictObject({
    organizationShown: z.boolean(),
    pullsDownFrom: z.enum(['organization', 'shown-groups', 'none']),
    dimensions: z.array(
      z.strictObject({
        dimension: DimensionSchema,
        title: LocalTextSchema,
        role: z.enum(['readiness', 'routing']),
        questions: z.array(
          z.strictObject({
            questionId: z.string(),
            title: LocalTextSchema,
            kind: z.enum(['likert', 'knowledge']),
            dimension: DimensionSchema,
            scale: z.string(),
            scaleTitle: LocalTextSchema,
            reverse: z.boolean(),
            groups: z.array(z.strictObject({ groupId: z.string(), shares: SharesSchema })),
            organization: SharesSchema,
          }),
        ),
        pullsDown: z
          .array(z.strictObject({ questionId: z.string(), favourableShare: share, views: count }))
          .nullable(),
      }),
    ),
  }),
);

export const QuestionsReplySchema = z
  .strictObject({
    campaignId: z.string(),
    minGroupSize: count,
    /** The units of the reader's report, in its order, named and hidden as it has them. */
    groups: z.array(z.strictObject({ id: z.string(), name: z.string(), hidden: z.boolean() })),
    results: QuestionResultsSchema,
  })
  .openapi('CampaignQuestions', {
    description:
      "Each scored item's answers (favourable, neutral, unfavourable, don't know) per unit of the reader's report and for the organization where they see it",
  });

export type QuestionsReply = z.infer<typeof QuestionsReplySchema>;

export const QuestionsQuery = z.object({
  format: z
    .string()
    .max(10)
    .optional()
    .openapi({ description: 'json (the default), or csv for the same table as a spreadsheet file' }),
  lang: z.string().max(10).optional().openapi({
    description: 'For csv: en (the default) or zh-cn (zh), the language of headings and wording',
  }),
});
