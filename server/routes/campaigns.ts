import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { closeCampaign, openCampaign, type Campaign } from '../domain/campaigns/campaign';
import { withDepartmentSnapshot } from '../domain/campaigns/campaign-departments';
import {
  archived,
  assertDeletionConfirmed,
  assertNotOpen,
  unarchived,
} from '../domain/campaigns/archive-and-delete';
import type { Organization } from '../domain/campaigns/organization';
import { deleteCampaignForGood } from './campaign-deletion';
import { reportForReader } from './campaign-reports';
import { audit } from '../http/audit';
import { guard } from '../http/guard';
import { CampaignDeletedSchema, CampaignDetailSchema, CampaignSchema } from '../http/campaign-replies';
import { CampaignReportSchema } from '../http/report-replies';
import { createRouter, jsonBody, jsonResponse, problems } from '../http/router';
import { ConfirmDeletionBody, IdParam } from '../http/schemas';
import { loadCampaignById } from './campaign-context';
import { campaignOverview } from './campaign-overview';
import { campaignForReader } from './links-for-reader';
import type { CampaignTallies } from './campaign-tallies';

const tags = ['Campaigns'];

export function campaignRoutes(deps: AppDeps, tallies: CampaignTallies) {
  const { storage } = deps;
  const load = (id: string) => loadCampaignById(deps, id);
  const transition = (
    path: string,
    change: (c: Campaign, today: string, now: number, organization: Organization) => Campaign,
    summary: string,
    action: string,
    permission: 'campaign:manage' | 'campaign:remove' = 'campaign:manage',
  ) =>
    createRouter().openapi(
      createRoute({
        method: 'post',
        path,
        tags,
        summary,
        request: { params: IdParam },
        responses: {
          200: jsonResponse(CampaignSchema, 'The updated campaign'),
          ...problems(401, 403, 404, 409, 422, 503),
        },
      }),
      async (c) => {
        const { campaign, organization } = await load(c.req.valid('param').id);
        guard(c, permission, campaign.organizationId);
        const changed = await storage.campaigns.update(campaign.id, (current) =>
          change(current, deps.today(), deps.now(), organization),
        );
        await audit(c, deps, action, campaign.id);
        return c.json(changed, 200);
      },
    );

  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}',
        tags,
        summary: 'A campaign with its links, tracking figures and disclosure preview',
        request: { params: IdParam },
        responses: {
          200: jsonResponse(CampaignDetailSchema, 'The campaign'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { campaign, organization } = await load(c.req.valid('param').id);
        guard(c, 'campaign:read', campaign.organizationId);
        return c.json(await campaignOverview(deps, campaignForReader(c, campaign), organization), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/report',
        tags,
        summary: 'The readiness report: scores, hidden groups, verdict and its evidence',
        request: { params: IdParam },
        // Every role may read reports, so no 403: a department head gets the report cut to their departments.
        responses: { 200: jsonResponse(CampaignReportSchema, 'The report'), ...problems(401, 404, 422) },
      }),
      async (c) => {
        const loaded = await load(c.req.valid('param').id);
        const access = guard(c, 'report:read', loaded.campaign.organizationId);
        // The anonymity rules were applied to the whole report; a department head then sees only their own.
        return c.json(await reportForReader(access, deps, tallies, loaded), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}',
        tags,
        summary:
          'Delete a campaign that is not open, for good, with its responses, staff list, access codes and tally',
        request: { params: IdParam, ...jsonBody(ConfirmDeletionBody) },
        responses: {
          200: jsonResponse(CampaignDeletedSchema, 'Deleted'),
          ...problems(400, 401, 403, 404, 409, 413, 422, 503),
        },
      }),
      async (c) => {
        const { campaign } = await load(c.req.valid('param').id);
        guard(c, 'campaign:remove', campaign.organizationId);
        assertNotOpen(campaign);
        const stored = await storage.responses.countByCampaign(campaign.id);
        assertDeletionConfirmed(campaign.name, stored, c.req.valid('json').confirmName);
        const responsesDeleted = await deleteCampaignForGood(deps, tallies, campaign);
        // The audit log is kept apart from what is deleted, so the deletion stays on record.
        await audit(c, deps, 'campaign.delete', campaign.id);
        return c.json({ id: campaign.id, responsesDeleted }, 200);
      },
    )
    .route(
      '/',
      transition(
        '/{id}/open',
        // The departments are copied as they stand now: the campaign's reports read them from here on. An
        // open campaign is never archived (it takes answers), so an archived draft comes back into the list.
        (c, today, now, organization) =>
          unarchived(withDepartmentSnapshot(openCampaign(c, today, now), organization)),
        'Open a draft campaign for responses',
        'campaign.open',
      ),
    )
    .route('/', transition('/{id}/close', closeCampaign, 'Close an open campaign', 'campaign.close'))
    .route(
      '/',
      transition(
        '/{id}/archive',
        (c, today) => {
          assertNotOpen(c);
          return archived(c, today);
        },
        'Archive a campaign that is not open: left out of the lists until taken back',
        'campaign.archive',
        'campaign:remove',
      ),
    )
    .route(
      '/',
      transition(
        '/{id}/unarchive',
        unarchived,
        'Take an archived campaign back into the lists',
        'campaign.unarchive',
        'campaign:remove',
      ),
    );
}
