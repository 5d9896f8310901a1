// What an administrator declares about the departments between the wave before and this one: which earlier
// units were merged into one, which one was split, which continues under a new id. Stored on the later
// campaign and read by its waves' comparison (campaign-waves.ts). A declaration changes only how the two
// waves are compared, never an answer or a report of either wave, so it may be made or corrected whatever
// the campaign's status: a draft (declared before opening), open, or closed (a split noticed afterwards).

import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import type { Campaign } from '../domain/campaigns/campaign';
import { reportingUnits } from '../domain/campaigns/reporting-units';
import { ConflictError } from '../domain/errors';
import { checkDeclarations } from '../domain/waves/lineage-declarations';
import { audit } from '../http/audit';
import { guard } from '../http/guard';
import { createRouter, jsonBody, jsonResponse, problems } from '../http/router';
import { IdParam } from '../http/schemas';
import { LineageBody, LineageSchema } from '../http/wave-lineage-replies';
import { loadCampaign, loadCampaignById } from './campaign-context';

import { previousWave, waveSeries } from '../domain/waves/wave-series';

const tags = ['Campaigns'];

export function waveLineageRoutes(deps: AppDeps) {
  const { storage } = deps;
  const unitsOf = async (campaign: Campaign) => {
    const missing = () => new Error(`Campaign ${campaign.id} vanished while its lineage was read`);
    const { organization, campaign: loaded } = await loadCampaign(deps, campaign, missing);
    return reportingUnits(organization, loaded).units.map((u) => ({ id: u.id, name: u.name }));
  };
  /** This wave's units, and the wave before with its units (or null). */
  const wavesOf = async (campaign: Campaign) => {
    const previous = previousWave(
      campaign,
      waveSeries(await storage.campaigns.listByOrganization(campaign.organizationId)),
    );
    return {
      units: await unitsOf(campaign),
      previous: previous && {
        campaignId: previous.id,
        name: previous.name,
        units: await unitsOf(previous),
      },
    };
  };

  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/lineage',
        tags,
        summary:
          'The departments of the wave before and of this one, and the merges, splits and successors declared between them',
        request: { params: IdParam },
        responses: { 200: jsonResponse(LineageSchema, 'The lineage'), ...problems(401, 403, 404, 422) },
      }),
      async (c) => {
        const { campaign } = await loadCampaignById(deps, c.req.valid('param').id);
        guard(c, 'campaign:manage', campaign.organizationId);
        const waves = await wavesOf(campaign);
        return c.json({ campaignId: campaign.id, ...waves, declarations: campaign.lineage }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/{id}/lineage',
        tags,
        summary:
          'Declare which departments of the wave before were merged, split or renamed under a new id into which of this wave (replaces what was declared)',
        request: { params: IdParam, ...jsonBody(LineageBody) },
        responses: {
          200: jsonResponse(LineageSchema, 'The lineage as stored'),
          ...problems(400, 401, 403, 404, 409, 413, 422, 503),
        },
      }),
      async (c) => {
        const { campaign } = await loadCampaignById(deps, c.req.valid('param').id);
        guard(c, 'campaign:manage', campaign.organizationId);
        const waves = await wavesOf(campaign);
        if (!waves.previous) {
          throw new ConflictError('This campaign has no wave before it to declare departments against.', {
            code: 'lineage.no-previous-wave',
            params: {},
          });
        }
        const declarations = checkDeclarations(c.req.valid('json').declarations, {
          earlier: waves.previous.units.map((u) => u.id),
          later: waves.units.map((u) => u.id),
        });
        // The declarations replace the stored ones whole: nothing of the stored record is read to make them.
        const changed = await storage.campaigns.update(campaign.id, (current) => ({
          ...current,
          lineage: declarations,
        }));
        await audit(c, deps, 'campaign.lineage', campaign.id);
        return c.json({ campaignId: changed.id, ...waves, declarations: changed.lineage }, 200);
      },
    );
}
