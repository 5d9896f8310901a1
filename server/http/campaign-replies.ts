// What the campaign endpoints answer: a campaign as stored (its links only for those who distribute the
// survey), an organization with its campaigns, and the campaign page's overview with its tracking figures
// (progress-replies.ts) and disclosure preview. Each checked against the domain type it serialises.

import { z } from '@hono/zod-openapi';
import type { Campaign } from '../domain/campaigns/campaign';
import type { DisclosurePreviewRow } from '../domain/anonymity/disclosure-preview';
import type { EmailTemplate, MailKind } from '../domain/campaigns/email-template';
import {
  ORGANIZATION_FACT_KEYS,
  ORGANIZATION_FACTS,
  type OrganizationFactKey,
  type OrganizationFacts,
} from '../domain/campaigns/organization-facts';
import { LanguageSchema } from './local-text-schema';
import { DepartmentSchema, OrganizationSchema } from './organization-replies';
import { ResponseProgressSchema } from './progress-replies';
import { schemaOf } from './schema-matches';

type AnswerOf<K extends OrganizationFactKey> = keyof (typeof ORGANIZATION_FACTS)[K]['answers'] & string;
const factAnswer = <K extends OrganizationFactKey>(key: K) =>
  z.enum(Object.keys(ORGANIZATION_FACTS[key].answers) as [AnswerOf<K>, ...AnswerOf<K>[]]).nullable();

export const OrganizationFactsSchema = schemaOf<OrganizationFacts>()(
  z
    .strictObject(
      // One entry per fact the model defines, so a new fact is described without an edit here.
      Object.fromEntries(ORGANIZATION_FACT_KEYS.map((key) => [key, factAnswer(key)])) as {
        [K in OrganizationFactKey]: ReturnType<typeof factAnswer<K>>;
      },
    )
    .openapi('OrganizationFactAnswers', { description: "HR's answer to each fact; null where not given" }),
);

export const MailKindSchema = schemaOf<MailKind>()(z.enum(['invitation', 'reminder']));

export const EmailTemplateSchema = schemaOf<EmailTemplate>()(
  z
    .record(LanguageSchema, z.strictObject({ subject: z.string(), body: z.string() }))
    .openapi('EmailTemplate'),
);

const day = z.iso.date();
const instant = z.iso.datetime({ offset: true });

export const CampaignSchema = schemaOf<Campaign>()(
  z
    .strictObject({
      id: z.string(),
      organizationId: z.string(),
      name: z.string(),
      questionnaireId: z.string(),
      modelVersion: z.string(),
      scope: z.enum(['organization', 'departments']).openapi({
        description: 'The whole organization, or only the departments chosen when the campaign was created',
      }),
      departmentIds: z.array(z.string()),
      minGroupSize: z.number().int(),
      commentMinimum: z.number().int(),
      languages: z.array(LanguageSchema),
      targetResponseRate: z.number(),
      opensAt: instant.nullable(),
      closesAt: instant.nullable(),
      reportingGroups: z.array(
        z
          .strictObject({ id: z.string(), name: z.string(), departmentIds: z.array(z.string()) })
          .openapi('ReportingGroup'),
      ),
      staffCounts: z
        .record(z.string(), z.number().int())
        .nullable()
        .openapi({ description: 'People per department on the staff list; null while nobody is listed' }),
      emailTemplates: z.record(MailKindSchema, EmailTemplateSchema),
      status: z.enum(['draft', 'open', 'closed']),
      createdOn: day,
      openedOn: day.nullable(),
      closedOn: day.nullable(),
      links: z
        .array(
          z.strictObject({ token: z.string(), departmentId: z.string().nullable() }).openapi('SurveyLink'),
        )
        .openapi({ description: 'Shared survey links; empty for those who do not distribute the survey' }),
      excludedResponses: z.number().int(),
      organizationFacts: OrganizationFactsSchema,
      departmentsAtOpening: z.array(DepartmentSchema).nullable().openapi({
        description:
          'Its departments as they stood when it opened, which its reports use whatever the organization became since; null for a draft',
      }),
      previousWaveId: z.string().nullable().openapi({
        description: 'The campaign this one was made from as the next wave of a series; null otherwise',
      }),
      archivedOn: day.optional().openapi({ description: 'The day it was archived; absent while it is not' }),
      lineage: z.array(z.strictObject({ earlier: z.array(z.string()), later: z.array(z.string()) })).openapi({
        description:
          'Merges, splits and successors declared between the wave before and this one (unit ids of each)',
      }),
      cuts: z
        .array(
          z.discriminatedUnion('id', [
            z.strictObject({ id: z.literal('tenure') }),
            z.strictObject({ id: z.literal('level') }),
            z.strictObject({ id: z.literal('location'), locations: z.array(z.string()) }),
          ]),
        )
        .optional()
        .openapi({
          description:
            'The optional demographic questions the survey adds (tenure band, level, location); absent for none',
        }),
    })
    .openapi('Campaign'),
);

export const OrganizationWithCampaignsSchema = OrganizationSchema.extend({
  campaigns: z.array(CampaignSchema),
}).openapi('OrganizationWithCampaigns');

const count = z.number().int();

export const DisclosurePreviewRowSchema = schemaOf<DisclosurePreviewRow>()(
  z
    .strictObject({
      departmentId: z.string(),
      name: z.string(),
      headcount: count,
      expected: count,
      status: z.enum(['hidden', 'hidden-to-protect', 'at-risk', 'shown']),
    })
    .openapi('DisclosurePreviewRow'),
);

export const CampaignDetailSchema = z
  .strictObject({
    campaign: CampaignSchema,
    phase: z.enum(['draft', 'scheduled', 'open', 'closed']),
    organization: OrganizationSchema,
    progress: ResponseProgressSchema,
    disclosure: z.array(DisclosurePreviewRowSchema),
    distribution: z.strictObject({
      emailConfigured: z.boolean(),
      listed: count,
      sent: count,
      notYetSent: count,
      deliveryFailures: count,
    }),
  })
  .openapi('CampaignDetail');

export const CampaignDeletedSchema = z
  .strictObject({
    id: z.string(),
    responsesDeleted: count.openapi({ description: 'Responses deleted with it, for good' }),
  })
  .openapi('CampaignDeleted');
