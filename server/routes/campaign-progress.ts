// A campaign's tracking figures (invited, started, answered per reporting unit), on their own for the page
// that polls them, and with what the campaign page's first load builds on them.

import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { withStaffCounts, type Campaign } from '../domain/campaigns/campaign';
import type { Organization } from '../domain/campaigns/organization';
import { countByUnit, reportingUnits } from '../domain/campaigns/reporting-units';
import { buildResponseProgress } from '../domain/campaigns/response-progress';
import { guard } from '../http/guard';
import { ResponseProgressSchema } from '../http/progress-replies';
import { createRouter, jsonResponse, problems } from '../http/router';
import { IdParam } from '../http/schemas';
import { loadCampaignById } from './campaign-context';

/** The tracking figures, with the staff-counted campaign, its reporting units and its invitations. */
export async function trackCampaign(deps: AppDeps, stored: Campaign, organization: Organization) {
  const [responses, invitations, listed] = await Promise.all([
    deps.storage.responses.listByCampaign(stored.id),
    deps.storage.surveyInvitations.listByCampaign(stored.id),
    deps.storage.surveyInvitations.countByDepartment(stored.id),
  ]);
  const campaign = withStaffCounts(stored, listed);
  const { units, unitOf } = reportingUnits(organization, campaign);
  const progress = buildResponseProgress({
    units,
    unitOf,
    responsesByUnit: countByUnit(responses, unitOf),
    invitations,
    minGroupSize: campaign.minGroupSize,
    targetResponseRate: campaign.targetResponseRate,
  });
  return { campaign, units, invitations, progress };
}

export function campaignProgressRoutes(deps: AppDeps) {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/{id}/progress',
      tags: ['Campaigns'],
      summary: 'The tracking figures alone: invited, started and answered per reporting unit and overall',
      request: { params: IdParam },
      responses: {
        200: jsonResponse(ResponseProgressSchema, 'The tracking figures'),
        ...problems(401, 403, 404, 422),
      },
    }),
    async (c) => {
      const { campaign, organization } = await loadCampaignById(deps, c.req.valid('param').id);
      guard(c, 'campaign:read', campaign.organizationId);
      return c.json((await trackCampaign(deps, campaign, organization)).progress, 200);
    },
  );
}
