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
import { comparableScales, INSTRUMENT_STEPS } from '../domain/instrument/instrument-versions';
import type { Questionnaire } from '../domain/instrument/questionnaire';
import { evaluatePilot, type PilotEvaluation } from '../domain/waves/pilot-evaluation';
import { discloseOrganization } from '../domain/waves/wave-disclosure';
import { compareReports, forReader, pooledFigure } from '../domain/waves/wave-comparison';
import { figuresOfSummary, type UnitFigures } from '../domain/waves/wave-change';
import { verdictHistory } from '../domain/waves/wave-verdict-history';
import { guard } from '../http/guard';
import { createRouter, jsonResponse, problems } from '../http/router';
import { IdParam } from '../http/schemas';
import { WavesSchema } from '../http/wave-replies';
import { loadCampaign, loadCampaignById } from './campaign-context';
import { campaignReport } from './campaign-reports';
import type { CampaignTallies } from './campaign-tallies';

const tags = ['Reports'];

/** Item ids per scale of a questionnaire: what `comparableScales` weighs. */
function scaleItems(questionnaire: Questionnaire): Record<string, string[]> {
  const items: Record<string, string[]> = {};
  for (const q of questionnaire.questions) if (q.scale) (items[q.scale] ??= []).push(q.id);
  return items;
}

/** Null when both waves asked the same questionnaire; the scales both measure alike otherwise. */
function scalesAlike(earlier: Questionnaire, later: Questionnaire): string[] | null {
  if (earlier.id === later.id) return null;
  const step = INSTRUMENT_STEPS.find(
    (s) => (s.from === earlier.id && s.to === later.id) || (s.from === later.id && s.to === earlier.id),
  );
  if (!step) return [];
  const [from, to] = step.from === earlier.id ? [earlier, later] : [later, earlier];
  return comparableScales(step, { from: scaleItems(from), to: scaleItems(to) });
}

/** Several units' figures as one group: the pilot's departments, or the others. */
function groupFigures(report: CampaignReport, ids: ReadonlySet<string>): UnitFigures | null {
  const parts = report.departments
    .filter((d) => ids.has(d.departmentId) && d.summary)
    .map((d) => figuresOfSummary(d.summary!));
  if (parts.length === 0) return null;
  const pool = (pick: (u: UnitFigures) => UnitFigures['dimensions']) =>
    Object.fromEntries(
      [...new Set(parts.flatMap((p) => Object.keys(pick(p))))].map((id) => [
        id,
        pooledFigure(parts.flatMap((p) => (pick(p)[id] ? [pick(p)[id]!] : []))),
      ]),
    );
  return {
    n: parts.reduce((s, p) => s + p.n, 0),
    dimensions: pool((p) => p.dimensions),
    scales: pool((p) => p.scales),
  };
}

interface PilotView {
  departments: string[];
  dimensions: string[];
  /** Set when anonymity across waves withholds the evaluation: a group's count moved by too few. */
  withheld: 'count-moved-by-few' | null;
  evaluation: PilotEvaluation | null;
}

/**
 * The pilot the earlier wave advised or the plan carried out, evaluated on the dimensions that held the
 * organization back then: the pilot's units against every other unit shown in both waves.
 */
function pilotOf(
  earlier: CampaignReport,
  later: CampaignReport,
  pilotUnits: readonly string[],
): PilotView | null {
  if (pilotUnits.length === 0) return null;
  const pilot = new Set(pilotUnits);
  const inBoth = (id: string) =>
    earlier.departments.some((d) => d.departmentId === id) &&
    later.departments.some((d) => d.departmentId === id);
  const others = new Set(
    earlier.departments.map((d) => d.departmentId).filter((id) => !pilot.has(id) && inBoth(id)),
  );
  const readiness = later.dimensions.filter((d) => d.role === 'readiness').map((d) => d.id);
  const barriers = earlier.summary.barriers
    .map((b) => b.subject)
    .filter((s) => readiness.includes(s as never));
  const dimensions = barriers.length > 0 ? barriers : readiness;
  const minGroupSize = Math.max(earlier.minGroupSize, later.minGroupSize);
  const figures = {
    pilot: { earlier: groupFigures(earlier, pilot), later: groupFigures(later, pilot) },
    others: { earlier: groupFigures(earlier, others), later: groupFigures(later, others) },
  };
  const departments = earlier.departments.filter((d) => pilot.has(d.departmentId)).map((d) => d.name);
  // A group whose count moved by fewer than the minimum between the waves would show those few people's
  // change (wave-disclosure.ts): the evaluation is then withheld, as a comparison row would be.
  for (const side of ['pilot', 'others'] as const) {
    const f = figures[side];
    if (f.earlier && f.later && !discloseOrganization(f.earlier.n, f.later.n, minGroupSize).shown) {
      return { departments, dimensions, withheld: 'count-moved-by-few', evaluation: null };
    }
  }
  const none: UnitFigures = { n: 0, dimensions: {}, scales: {} };
  const at = (f: UnitFigures | null) => f ?? none;
  const evaluation = evaluatePilot({
    counts: {
      pilot: { earlier: at(figures.pilot.earlier).n, later: at(figures.pilot.later).n },
      others: { earlier: at(figures.others.earlier).n, later: at(figures.others.later).n },
    },
    dimensions: dimensions.map((dimension) => {
      const fig = (f: UnitFigures | null) => at(f).dimensions[dimension] ?? { n: 0, mean: null, sd: null };
      return {
        dimension,
        pilot: { earlier: fig(figures.pilot.earlier), later: fig(figures.pilot.later) },
        others: { earlier: fig(figures.others.earlier), later: fig(figures.others.later) },
      };
    }),
    combined: null,
    minGroupSize,
    chosenForLowScores: false,
  });
  return { departments, dimensions, withheld: null, evaluation };
}

export function campaignWaveRoutes(deps: AppDeps, tallies: CampaignTallies) {
  const { storage } = deps;
  const reportOf = async (campaign: Campaign) => {
    const missing = () => new Error(`Campaign ${campaign.id} vanished while its waves were read`);
    const loaded = await loadCampaign(deps, campaign, missing);
    return { loaded, report: (await campaignReport(deps, tallies, loaded)).report };
  };

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
      // The series: the organization's campaigns that have opened and are not archived, oldest first.
      const series = (await storage.campaigns.listByOrganization(campaign.organizationId))
        .filter((x) => x.status !== 'draft' && x.archivedOn === undefined)
        .sort(
          (a, b) =>
            (a.openedOn ?? '').localeCompare(b.openedOn ?? '') || a.createdOn.localeCompare(b.createdOn),
        );
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

      // The wave before: the one it was made from, else the latest that opened before it.
      const index = series.findIndex((w) => w.id === campaign.id);
      // A wave of the whole organization is compared with one of the whole organization, a pilot with a
      // pilot: the organization's row of a pilot is its departments, not the organization.
      const previous =
        (campaign.previousWaveId && byId.get(campaign.previousWaveId)) ||
        series
          .slice(0, Math.max(index, 0))
          .reverse()
          .find((w) => w.scope === campaign.scope);
      let comparison = null;
      let pilot = null;
      if (here && previous) {
        const before = reports.get(previous.id)!;
        const reported = asReported(here.loaded.organization, campaign, []);
        const units =
          access.departments === 'all'
            ? 'all'
            : access.departments.map((id) => reported.unitOf.get(id) ?? id);
        comparison = {
          previous: { campaignId: previous.id, name: previous.name },
          ...forReader(
            compareReports({
              earlier: before.report,
              later: here.report,
              declarations: campaign.lineage,
              comparableScales: scalesAlike(before.loaded.questionnaire, here.loaded.questionnaire),
            }),
            units,
          ),
        };
        // The pilot the plan carried out (actions from the earlier wave's pilot advice naming departments),
        // else the one the earlier wave proposed.
        const plan = await storage.actionPlan.list(campaign.organizationId);
        const planned = plan
          .filter(
            (a) =>
              a.campaignId === previous.id && a.recommendationId === 'mvp-pilot' && a.status !== 'dropped',
          )
          .flatMap((a) => a.departmentIds);
        const beforeReported = asReported(before.loaded.organization, previous, []);
        const pilotUnits = [
          ...new Set(
            (planned.length > 0 ? planned : (before.report.analysis?.pilot?.departmentIds ?? [])).map(
              (id) => beforeReported.unitOf.get(id) ?? id,
            ),
          ),
        ];
        // A department head sees the evaluation only when the pilot is theirs alone; the others' group
        // would otherwise be figures of departments not theirs.
        const allowed = units === 'all' || pilotUnits.every((id) => units.includes(id));
        pilot = allowed ? pilotOf(before.report, here.report, pilotUnits) : null;
      }
      return c.json(
        {
          campaignId: campaign.id,
          history: history.map((h) => ({ ...h, name: byId.get(h.campaignId)!.name })),
          trend: {
            dimensions: (here?.report.dimensions ?? []).map((d) => ({
              id: d.id,
              title: d.title,
              role: d.role,
            })),
            waves: series.map((w) => {
              const overall = reports.get(w.id)!.report.overall;
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
