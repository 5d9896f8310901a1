// Suspect submissions through shared links, for those who distribute the survey: counts of bursts and
// copies the server holds in memory, never answers; and the exclusion of a link's suspects, audited, which
// deletes those responses for good while the report still holds them back. Only submissions still held in
// memory can be excluded: nothing stored says which responses came together, so after a restart there is
// nothing left to act on.

import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { suspectsChangedError } from '../domain/anonymity/suspect-submissions';
import { audit } from '../http/audit';
import { AlertParam } from '../http/distribution-schemas';
import { guard } from '../http/guard';
import { ExclusionResultSchema, SuspectAlertsSchema } from '../http/distribution-replies';
import { createRouter, jsonResponse, problems } from '../http/router';
import { IdParam } from '../http/schemas';
import { loadCampaignById } from './campaign-context';
import { excludeSuspects } from './exclude-suspects';
import type { SuspectMonitor } from './suspect-monitor';
import type { CampaignTallies } from './campaign-tallies';

const tags = ['Suspect submissions'];

export function campaignSuspectRoutes(deps: AppDeps, suspects: SuspectMonitor, tallies: CampaignTallies) {
  const decide = (path: string, summary: string, exclude: boolean) =>
    createRouter().openapi(
      createRoute({
        method: 'post',
        path,
        tags,
        summary,
        request: { params: AlertParam },
        responses: {
          200: jsonResponse(ExclusionResultSchema, 'Done'),
          ...problems(401, 403, 404, 409, 422, 503),
        },
      }),
      async (c) => {
        const { id, alertId } = c.req.valid('param');
        const loaded = await loadCampaignById(deps, id);
        const { campaign } = loaded;
        guard(c, 'survey:distribute', campaign.organizationId);
        const ids = suspects.suspectsOf(campaign.id, alertId);
        if (ids === null) throw suspectsChangedError();
        const excluded = exclude ? await excludeSuspects(deps, loaded, ids) : 0;
        // Deleted responses leave the figures: the next report reads the campaign's responses anew.
        if (excluded > 0) await tallies.forget(campaign.id);
        suspects.forget(campaign.id, ids);
        await audit(c, deps, exclude ? 'campaign.suspects.exclude' : 'campaign.suspects.keep', campaign.id);
        return c.json({ excluded }, 200);
      },
    );

  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/suspects',
        tags,
        summary: 'Bursts and copies through shared links the server holds in memory: counts, never answers',
        request: { params: IdParam },
        responses: { 200: jsonResponse(SuspectAlertsSchema, 'The alerts'), ...problems(401, 403, 404, 422) },
      }),
      async (c) => {
        const { campaign } = await loadCampaignById(deps, c.req.valid('param').id);
        guard(c, 'survey:distribute', campaign.organizationId);
        return c.json({ alerts: suspects.alerts(campaign.id) }, 200);
      },
    )
    .route(
      '/',
      decide(
        '/{id}/suspects/{alertId}/exclusion',
        'Delete the suspect submissions of an alert for good (audited)',
        true,
      ),
    )
    .route(
      '/',
      decide(
        '/{id}/suspects/{alertId}/dismissal',
        'Keep the submissions of an alert and stop flagging them',
        false,
      ),
    );
}
