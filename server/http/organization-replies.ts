// What the organization endpoints answer, and the lists a campaign form is built from: the questionnaires
// on offer and the facts HR may state about the organization.

import { z } from '@hono/zod-openapi';
import type { Organization } from '../domain/campaigns/organization';
import type { NextWaveDue } from '../domain/waves/next-wave-due';
import { GRACE_DAYS, SOON_DAYS } from '../domain/waves/wave-cadence';
import { ORGANIZATION_FACT_KEYS, type OrganizationFactKey } from '../domain/campaigns/organization-facts';
import { VERDICTS } from '../domain/decisions/verdicts';
import { LocalTextSchema } from './local-text-schema';
import { schemaOf } from './schema-matches';

export const DepartmentSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    headcount: z
      .number()
      .int()
      .openapi({ description: 'The denominator of response rates until a staff list is imported' }),
  })
  .openapi('Department');

export const OrganizationSchema = schemaOf<Organization>()(
  z
    .strictObject({
      id: z.string(),
      name: z.string(),
      departments: z.array(DepartmentSchema),
      createdOn: z.iso.date(),
      archivedOn: z.iso
        .date()
        .optional()
        .openapi({ description: 'The day it was archived; absent while it is not' }),
      cadenceMonths: z.number().int().optional().openapi({
        description: 'Months between calibration waves (3 is quarterly); absent while it keeps no cadence',
      }),
      benchmarkOptIn: z.boolean().optional().openapi({
        description:
          'Whether its latest closed campaign’s organization scores are pooled into the benchmark; absent is no',
      }),
    })
    .openapi('Organization'),
);

export const NextWaveDueSchema = schemaOf<NextWaveDue>()(
  z
    .strictObject({
      cadenceMonths: z.number().int(),
      lastCampaignId: z.string(),
      lastCampaignName: z.string(),
      lastClosedOn: z.iso.date(),
      dueOn: z.iso.date().openapi({ description: 'The last wave’s closing day plus the cadence' }),
      status: z.enum(['not-yet', 'soon', 'due', 'overdue']).openapi({
        description: `soon within ${SOON_DAYS} days of the due day, due until ${GRACE_DAYS} days after it, overdue later`,
      }),
      daysUntil: z
        .number()
        .int()
        .openapi({ description: 'Days from today to the due day; negative once passed' }),
      dueQuarter: z.strictObject({ year: z.number().int(), quarter: z.number().int() }),
      underway: z
        .strictObject({ campaignId: z.string(), name: z.string(), status: z.enum(['draft', 'open']) })
        .nullable()
        .openapi({ description: 'A next wave already made (a draft or an open campaign), if any' }),
    })
    .openapi('NextWaveDue'),
);

/** An organization's latest opened campaign as the person asking sees its report: the card of a portfolio. */
export const PortfolioLatestSchema = z
  .strictObject({
    campaignId: z.string(),
    campaignName: z.string(),
    status: z.enum(['open', 'closed']),
    verdict: z.enum(VERDICTS),
    title: LocalTextSchema.openapi({ description: 'The verdict in the model’s words' }),
    responseRate: z
      .number()
      .nullable()
      .openapi({ description: 'As the reader’s report gives it: null where it is withheld' }),
    dimensions: z.array(
      z.strictObject({
        id: z.string(),
        title: LocalTextSchema,
        score: z.number().nullable().openapi({
          description:
            'The organization’s mean on 0–100 as the reader’s report shows it; null where it is withheld (too few answers, or a department head’s view without the overall)',
        }),
      }),
    ),
  })
  .openapi('PortfolioLatest');

/** An organization in the list, with when its next calibration wave is due. */
export const OrganizationListItemSchema = OrganizationSchema.extend({
  nextWaveDue: NextWaveDueSchema.nullable().openapi({
    description: 'Null without a cadence or a closed wave in the series',
  }),
  latest: PortfolioLatestSchema.nullable().openapi({
    description:
      'The latest opened, unarchived campaign’s verdict and readiness scores as the reader’s own report shows them; null when none has opened, or for an archived organization',
  }),
}).openapi('OrganizationListItem');

export const OrganizationListSchema = z.array(OrganizationListItemSchema).openapi('OrganizationList');

export const QuestionnaireListSchema = z
  .array(
    z
      .strictObject({
        id: z.string(),
        title: LocalTextSchema,
        modelVersion: z.string(),
        current: z.boolean().openapi({
          description:
            'Written for the current model: offered first. An earlier version is kept for repeating a baseline.',
        }),
        questions: z.number().int(),
      })
      .openapi('QuestionnaireSummary'),
  )
  .openapi('QuestionnaireList');

const FactKeySchema = z.enum(ORGANIZATION_FACT_KEYS as [OrganizationFactKey, ...OrganizationFactKey[]]);

export const OrganizationFactQuestionsSchema = z
  .record(
    FactKeySchema,
    z.strictObject({
      question: LocalTextSchema,
      answers: z
        .record(z.string(), LocalTextSchema)
        .openapi({ description: 'Each answer by key, in the order the form offers them' }),
    }),
  )
  .openapi('OrganizationFactQuestions');

export const DemoCreatedSchema = z
  .strictObject({ organizationId: z.string(), campaignId: z.string() })
  .openapi('DemoCreated');

export const OrganizationDeletedSchema = z
  .strictObject({
    id: z.string(),
    campaignsDeleted: z.number().int(),
    responsesDeleted: z.number().int().openapi({ description: 'Responses deleted with it, for good' }),
  })
  .openapi('OrganizationDeleted');
