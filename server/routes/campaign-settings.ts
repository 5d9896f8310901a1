import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { changeCampaign, mergeDepartments, splitReportingGroup } from '../domain/campaigns/campaign-settings';
import type { Language } from '../domain/instrument/barrier-model';
import { audit } from '../http/audit';
import { ChangeCampaignBody, GroupParam, ReportingGroupBody } from '../http/campaign-schemas';
import { guard } from '../http/guard';
import { CampaignSchema } from '../http/campaign-replies';
import { createRouter, jsonBody, jsonResponse, problems } from '../http/router';
import { IdParam } from '../http/schemas';
import { loadCampaignById } from './campaign-context';
import { refuseFactsAskedOfStaff } from '../domain/campaigns/organization-facts';

const tags = ['Campaigns'];

export function campaignSettingsRoutes(deps: AppDeps) {
  const { storage } = deps;
  const load = (id: string) => loadCampaignById(deps, id);

  return createRouter()
    .openapi(
      createRoute({
        method: 'patch',
        path: '/{id}',
        tags,
        summary:
          'Change settings: group minimums, languages, target and opening date only while a draft; name, closing date and email templates until it closes',
        request: { params: IdParam, ...jsonBody(ChangeCampaignBody) },
        responses: {
          200: jsonResponse(CampaignSchema, 'The changed campaign'),
          ...problems(400, 401, 403, 404, 409, 413, 422, 503),
        },
      }),
      async (c) => {
        const { campaign, model } = await load(c.req.valid('param').id);
        guard(c, 'campaign:manage', campaign.organizationId);
        const body = c.req.valid('json');
        refuseFactsAskedOfStaff(model.rules.facts, body.organizationFacts);
        const changed = await storage.campaigns.update(campaign.id, (current) =>
          changeCampaign(
            current,
            { ...body, languages: body.languages as Language[] | undefined },
            deps.now(),
          ),
        );
        await audit(c, deps, 'campaign.change', campaign.id);
        return c.json(changed, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/reporting-groups',
        tags,
        summary: 'Report two or more small departments together under one name (drafts only)',
        request: { params: IdParam, ...jsonBody(ReportingGroupBody) },
        responses: {
          201: jsonResponse(CampaignSchema, 'The campaign with the new group'),
          ...problems(400, 401, 403, 404, 409, 413, 422, 503),
        },
      }),
      async (c) => {
        const { campaign, organization } = await load(c.req.valid('param').id);
        guard(c, 'campaign:manage', campaign.organizationId);
        const body = c.req.valid('json');
        const group = { id: deps.newId(), ...body };
        const changed = await storage.campaigns.update(campaign.id, (current) =>
          mergeDepartments(current, organization.departments, group),
        );
        await audit(c, deps, 'campaign.group.create', campaign.id);
        return c.json(changed, 201);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}/reporting-groups/{groupId}',
        tags,
        summary: 'Report the departments of a group separately again (drafts only)',
        request: { params: GroupParam },
        responses: {
          200: jsonResponse(CampaignSchema, 'The campaign without the group'),
          ...problems(401, 403, 404, 409, 422, 503),
        },
      }),
      async (c) => {
        const { id, groupId } = c.req.valid('param');
        const { campaign } = await load(id);
        guard(c, 'campaign:manage', campaign.organizationId);
        const changed = await storage.campaigns.update(campaign.id, (current) =>
          splitReportingGroup(current, groupId),
        );
        await audit(c, deps, 'campaign.group.delete', campaign.id);
        return c.json(changed, 200);
      },
    );
}
