// Request shapes of the campaign set-up and distribution routes: settings, reporting groups, staff lists
// and mailings. Validated at the edge; the domain then applies its own rules (what may change when).

import { CampaignChangeRequest, ReportingGroupRequest } from '../../shared/request-schemas';
import { z } from '@hono/zod-openapi';
import { openApiName } from './openapi-name';
import { ORGANIZATION_FACT_KEYS, ORGANIZATION_FACTS } from '../domain/campaigns/organization-facts';

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

export const ChangeCampaignBody = CampaignChangeRequest.extend({
  organizationFacts: OrganizationFactsBody.optional(),
})
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
