// How long a campaign's staff list is kept after closing, and erasing it: by itself when its day comes
// (staff-erasure.ts) or at once by an administrator, who types the campaign's name to confirm.

import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { eraseStaffList } from './staff-erasure';
import { checkErasure, checkRetentionDays, retentionStatus } from '../domain/campaigns/staff-retention';
import { audit } from '../http/audit';
import { guard } from '../http/guard';
import { createRouter, jsonBody, jsonResponse, problems } from '../http/router';
import { IdParam } from '../http/schemas';
import { EraseStaffBody, RetentionDaysBody, RetentionStatusSchema } from '../http/staff-retention-replies';
import { loadCampaignById } from './campaign-context';

const tags = ['Staff and invitations'];

export function staffRetentionRoutes(deps: AppDeps) {
  const { storage } = deps;
  const statusOf = async (campaign: Parameters<typeof retentionStatus>[0] & { id: string }) =>
    retentionStatus(campaign, await storage.surveyInvitations.retention(campaign.id));

  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/staff-retention',
        tags,
        summary: 'How long the staff list is kept after the campaign closes, and when it is (or was) erased',
        request: { params: IdParam },
        responses: {
          200: jsonResponse(RetentionStatusSchema, 'The retention'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { campaign } = await loadCampaignById(deps, c.req.valid('param').id);
        guard(c, 'campaign:read', campaign.organizationId);
        return c.json(await statusOf(campaign), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/{id}/staff-retention',
        tags,
        summary:
          'Set how many days after closing the staff list is erased (0 to 3650, default 90); any time before it is',
        request: { params: IdParam, ...jsonBody(RetentionDaysBody) },
        responses: {
          200: jsonResponse(RetentionStatusSchema, 'The retention as it now stands'),
          ...problems(400, 401, 403, 404, 409, 413, 422, 503),
        },
      }),
      async (c) => {
        const { campaign } = await loadCampaignById(deps, c.req.valid('param').id);
        guard(c, 'campaign:manage', campaign.organizationId);
        const { days } = c.req.valid('json');
        await storage.surveyInvitations.changeRetention(campaign.id, (current) => {
          checkRetentionDays(current, days);
          return { ...current, days };
        });
        await audit(c, deps, 'campaign.staff.retention', campaign.id);
        return c.json(await statusOf(campaign), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/staff-retention/erase',
        tags,
        summary:
          'Erase the staff list now (names, emails, links), keeping its counts; only once closed, with the campaign’s name typed',
        request: { params: IdParam, ...jsonBody(EraseStaffBody) },
        responses: {
          200: jsonResponse(RetentionStatusSchema, 'The retention, erased'),
          ...problems(400, 401, 403, 404, 409, 413, 422, 503),
        },
      }),
      async (c) => {
        const { campaign } = await loadCampaignById(deps, c.req.valid('param').id);
        guard(c, 'campaign:manage', campaign.organizationId);
        checkErasure(campaign, c.req.valid('json').confirm);
        const before = await storage.surveyInvitations.retention(campaign.id);
        await eraseStaffList(deps, campaign.id, deps.today());
        if (before.erasedOn === null) await audit(c, deps, 'campaign.staff.erase', campaign.id);
        return c.json(await statusOf(campaign), 200);
      },
    );
}
