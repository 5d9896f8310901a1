// A campaign among the waves of its series: the verdict's history, each dimension's score wave by wave, what
// changed beyond the noise since the wave before it (domain/waves/wave-comparison.ts), and whether the pilot
// that wave advised worked (domain/waves/pilot-evaluation.ts). Every figure comes from the waves' reports as
// each reader would get them before their restriction, and passes the anonymity rules across waves; a
// department head then gets the organization's rows and their own units' only.

import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import type { CampaignReport } from '../domain/analysis/campaign-report';
import type { Campaign } from '../domain/campaigns/campaign';
import { asReported } from '../domain/campaigns/reporting-units';
import { restrictReport } from '../domain/anonymity/restrict-report';
import { scalesAlike } from '../domain/instrument/instrument-versions';
import { evaluatePilotFromReports, pilotDimensions } from '../domain/waves/pilot-from-reports';
import { pilotUnitsOf } from '../domain/waves/pilot-units';
import { COMBINED_SCORE_LIMIT, combinedScoresReader } from './combined-scores-reader';
import { compareReports, forReader, ORGANIZATION } from '../domain/waves/wave-comparison';
import { verdictHistory } from '../domain/waves/wave-verdict-history';
import { VERDICT_TEXT } from '../domain/decisions/verdicts';
import { previousWave, waveSeries } from '../domain/waves/wave-series';
import { guard } from '../http/guard';
import { createRouter, jsonResponse, problems } from '../http/router';
import { IdParam } from '../http/schemas';
import { WavesSchema } from '../http/wave-replies';
import { loadCampaign, loadCampaignById } from './campaign-context';
import { campaignReport } from './campaign-reports';
import type { CampaignTallies } from './campaign-tallies';

const tags = ['Reports'];

export function campaignWaveRoutes(deps: AppDeps, tallies: CampaignTallies) {
  const { storage } = deps;
  const reportOf = async (campaign: Campaign) => {
    const missing = () => new Error(`Campaign ${campaign.id} vanished while its waves were read`);
    const loaded = await loadCampaign(deps, campaign, missing);
    return { loaded, report: (await campaignReport(deps, tallies, loaded)).report };
  };

  const combinedScoresOf = combinedScoresReader(deps);

  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/{id}/waves',
      tags,
      summary:
        'The campaign among the waves of its series: verdict history, dimension scores wave by wave, what changed since the wave before, and whether its pilot worked',
      request: { params: IdParam },
      responses: { 200: jsonResponse(WavesSchema, 'The waves'), ...problems(401, 404, 422) },
    }),
    async (c) => {
      const loaded = await loadCampaignById(deps, c.req.valid('param').id);
      const access = guard(c, 'report:read', loaded.campaign.organizationId);
      const campaign = loaded.campaign;
      const series = waveSeries(await storage.campaigns.listByOrganization(campaign.organizationId));
      const reports = new Map<
        string,
        { loaded: Awaited<ReturnType<typeof reportOf>>['loaded']; report: CampaignReport }
      >();
      for (const wave of series) reports.set(wave.id, await reportOf(wave));
      const here = reports.get(campaign.id);
      const history = verdictHistory(
        series.map((w) => ({
          campaignId: w.id,
          closedOn: w.closedOn,
          closesAt: w.closesAt,
          openedOn: w.openedOn,
          verdict: reports.get(w.id)!.report.decision.verdict,
        })),
      );
      const byId = new Map(series.map((w) => [w.id, w]));
      // A department head gets a wave's organization figures only where that wave's report shows them to
      // them (restrict-report.ts): with a single other department, the organization less their own is it.
      const organizationShownTo = (waveId: string) => {
        if (access.departments === 'all') return true;
        const wave = reports.get(waveId)!;
        const { unitOf } = asReported(wave.loaded.organization, wave.loaded.campaign, []);
        const own = access.departments.map((id) => unitOf.get(id) ?? id);
        return restrictReport(wave.report, own).view?.organizationShown !== false;
      };

      const previous = previousWave(campaign, series);
      let comparison = null;
      let pilot = null;
      if (here && previous) {
        const before = reports.get(previous.id)!;
        const reported = asReported(here.loaded.organization, campaign, []);
        const units =
          access.departments === 'all'
            ? 'all'
            : access.departments.map((id) => reported.unitOf.get(id) ?? id);
        const compared = forReader(
          compareReports({
            earlier: before.report,
            later: here.report,
            declarations: campaign.lineage,
            comparableScales: scalesAlike(before.loaded.questionnaire, here.loaded.questionnaire),
          }),
          units,
        );
        const organizationShown = organizationShownTo(previous.id) && organizationShownTo(campaign.id);
        comparison = {
          previous: { campaignId: previous.id, name: previous.name },
          ...(organizationShown
            ? compared
            : {
                ...compared,
                organization: { ...compared.organization, shown: false, reason: 'not-in-this-view' as const },
                change: {
                  ...compared.change,
                  rows: compared.change.rows.filter((r) => r.unit !== ORGANIZATION),
                },
              }),
        };
        const beforeReported = asReported(before.loaded.organization, previous, []);
        const pilotUnits = pilotUnitsOf(
          await storage.actionPlan.list(campaign.organizationId),
          previous.id,
          before.report.analysis?.pilot?.departmentIds ?? [],
          beforeReported.unitOf,
        );
        // A department head sees the evaluation only when the pilot is theirs alone; the others' group
        // would otherwise be figures of departments not theirs.
        // The others' change is the organization's less the pilot's: shown only with the organization's.
        const allowed =
          units === 'all' || (organizationShown && pilotUnits.every((id) => units.includes(id)));
        if (allowed && pilotUnits.length > 0) {
          const dimensions = pilotDimensions(before.report, here.report);
          // Each person's combined score is read from the responses themselves, all of them in memory
          // at once: beyond a size a pilot evaluation does not need, each dimension is read on its own.
          const small = [before.report, here.report].every(
            (r) => (r.release?.received ?? 0) <= COMBINED_SCORE_LIMIT,
          );
          const combined = small
            ? {
                earlier: await combinedScoresOf(before.loaded, before.report, dimensions),
                later: await combinedScoresOf(here.loaded, here.report, dimensions),
              }
            : null;
          pilot = evaluatePilotFromReports(before.report, here.report, pilotUnits, combined);
        }
      }
      return c.json(
        {
          campaignId: campaign.id,
          history: history.map((h) => ({
            ...h,
            name: byId.get(h.campaignId)!.name,
            title: VERDICT_TEXT[h.verdict].title,
          })),
          trend: {
            dimensions: (here?.report.dimensions ?? []).map((d) => ({
              id: d.id,
              title: d.title,
              role: d.role,
            })),
            waves: series.map((w) => {
              const overall = organizationShownTo(w.id) ? reports.get(w.id)!.report.overall : null;
              return {
                campaignId: w.id,
                name: w.name,
                scope: w.scope,
                scores: Object.fromEntries(
                  Object.entries(overall?.dimensions ?? {}).map(([id, e]) => [id, e?.mean ?? null]),
                ),
              };
            }),
          },
          comparison,
          pilot,
        },
        200,
      );
    },
  );
}
