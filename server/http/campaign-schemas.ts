// Request shapes of the campaign set-up and distribution routes: settings, reporting groups, staff lists
// and mailings. Validated at the edge; the domain then applies its own rules (what may change when).

import { ReportingGroupRequest } from '../../shared/request-schemas';
import { z } from '@hono/zod-openapi';
import { openApiName } from './openapi-name';
import { LANGUAGES } from '../domain/barrier-model';
import { MIN_GROUP_SIZE_FLOOR } from '../domain/campaign';
import { ORGANIZATION_FACT_KEYS, ORGANIZATION_FACTS } from '../domain/organization-facts';

const name = z.string().trim().min(1).max(120);
const language = z.enum(LANGUAGES as [string, ...string[]]);
const instant = z.iso.datetime({ offset: true }).nullable();
const templateText = z.object({ subject: z.string().max(1_000), body: z.string().max(20_000) }).strict();
const template = z.object({ en: templateText, 'zh-cn': templateText }).strict();

/** HR's answers about the organization: each fact one of its answers, or null for "not given". */
export const OrganizationFactsBody = z
  .object(
    Object.fromEntries(
      ORGANIZATION_FACT_KEYS.map((key) => [
        key,
        z
          .enum(Object.keys(ORGANIZATION_FACTS[key].answers) as [string, ...string[]])
          .nullable()
          .optional(),
      ]),
    ),
  )
  .strict()
  .openapi('OrganizationFacts');

export const ChangeCampaignBody = z
  .object({
    name: name.optional(),
    minGroupSize: z.number().int().min(MIN_GROUP_SIZE_FLOOR).max(100).optional(),
    commentMinimum: z.number().int().min(MIN_GROUP_SIZE_FLOOR).max(1_000).optional(),
    languages: z.array(language).min(1).max(LANGUAGES.length).optional(),
    targetResponseRate: z.number().min(0.1).max(1).optional(),
    opensAt: instant.optional(),
    closesAt: instant.optional(),
    emailTemplates: z
      .object({ invitation: template.optional(), reminder: template.optional() })
      .strict()
      .optional(),
    organizationFacts: OrganizationFactsBody.optional(),
  })
  .strict()
  // An empty change would still be recorded as one in the audit log.
  .refine((change) => Object.keys(change).length > 0, {
    message: 'Name at least one setting to change.',
    params: { code: 'campaign.change-empty' },
  })
  .openapi('ChangeCampaign');

export const ReportingGroupBody = openApiName(ReportingGroupRequest, 'ReportingGroup');

export const GroupParam = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
  groupId: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
});

/** Large enough for a staff list of some tens of thousands of people. */
export const MAX_STAFF_CSV_BYTES = 4 * 1024 * 1024;

export const StaffCsvBody = z
  .object({ csv: z.string().min(1).max(MAX_STAFF_CSV_BYTES) })
  .strict()
  .openapi('StaffCsv');

export const MailingBody = z
  .object({ kind: z.enum(['invitation', 'reminder']) })
  .strict()
  .openapi('Mailing');

export const StaffMemberParam = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
  email: z.string().min(3).max(254),
});
