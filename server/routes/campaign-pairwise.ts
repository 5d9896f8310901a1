// Two units of a campaign's report compared side by side, and the heatmap as a CSV file: both read the very
// report GET /campaigns/{id}/report gives this reader (reportForReader), so neither shows a unit, or a
// figure, that report hides or leaves out of a department head's view.

import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { heatmapTable } from '../domain/analysis/heatmap-table';
import { comparePair, pairFigures } from '../domain/analysis/pairwise-comparison';
import type { CampaignReport } from '../domain/analysis/campaign-report';
import { ConflictError, DomainError, NotFoundError } from '../domain/errors';
import type { Language } from '../../shared/languages';
import { writeCsv } from '../csv/write-csv';
import { audit } from '../http/audit';
import { guard } from '../http/guard';
import { CompareQuery, HeatmapCsvQuery, PairwiseSchema } from '../http/pairwise-replies';
import { createRouter, jsonResponse, problems } from '../http/router';
import { IdParam } from '../http/schemas';
import { loadCampaignById } from './campaign-context';
import { reportForReader } from './campaign-reports';
import type { CampaignTallies } from './campaign-tallies';

const tags = ['Campaigns'];

/** The query names the product's own language ids; a short `zh` is taken for Chinese too. */
const LANGUAGE_OF: Record<string, Language> = { en: 'en', zh: 'zh-cn', 'zh-cn': 'zh-cn' };

/** A request that names no pair, or the same unit twice: malformed, not a form's field to correct. */
class CompareRequestError extends DomainError {
  readonly status = 400;
  readonly type = 'bad-request';
}

/**
 * The two units of the reader's report with those ids. A unit the report leaves out is refused before a
 * hidden one is, whichever side it is on, so the answer never depends on the order they were named in.
 */
function shownPair(report: CampaignReport, ids: readonly [string, string]) {
  const units = ids.map((id) => report.departments.find((d) => d.departmentId === id));
  // Not in the campaign and not among a department head's units answer alike: either way it is not theirs.
  if (units.some((u) => u === undefined)) {
    throw new NotFoundError('That unit is not in your report.', { code: 'compare.unit-unknown', params: {} });
  }
  return units.map((unit) => {
    if (unit!.hidden || unit!.summary === null || unit!.responses === null) {
      throw new ConflictError('That unit has fewer answers than the minimum, so the report hides it.', {
        code: 'compare.unit-hidden',
        params: { min: report.minGroupSize },
      });
    }
    return { unit: unit!, summary: unit!.summary, responses: unit!.responses };
  });
}

type Shown = ReturnType<typeof shownPair>[number];

export function campaignPairwiseRoutes(deps: AppDeps, tallies: CampaignTallies) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/compare',
        tags,
        summary:
          "Two units of the reader's report side by side: each readiness dimension and scale with both scores, the difference (a − b) with its 95% interval, Hedges' g, and whether it is credible (Welch, Holm across the pair's rows at 5%)",
        request: { params: IdParam, query: CompareQuery },
        responses: {
          200: jsonResponse(PairwiseSchema, 'The two units compared'),
          ...problems(400, 401, 403, 404, 409, 422),
        },
      }),
      async (c) => {
        const loaded = await loadCampaignById(deps, c.req.valid('param').id);
        const access = guard(c, 'report:read', loaded.campaign.organizationId);
        const { a, b } = c.req.valid('query');
        if (!a || !b) {
          throw new CompareRequestError('Name two units: ?a=<id>&b=<id>.', {
            code: 'compare.unit-missing',
            params: {},
          });
        }
        if (a === b) {
          throw new CompareRequestError('Name two different units.', {
            code: 'compare.same-unit',
            params: {},
          });
        }
        const report = await reportForReader(access, deps, tallies, loaded);
        const [first, second] = shownPair(report, [a, b]) as [Shown, Shown];
        const comparison = comparePair({
          a: pairFigures(first.summary),
          b: pairFigures(second.summary),
          dimensions: report.dimensions
            .filter((d) => d.role === 'readiness')
            .map((d) => ({ id: d.id, scales: d.scales.map((s) => s.id) })),
          minGroupSize: report.minGroupSize,
        });
        const side = (u: Shown) => ({
          departmentId: u.unit.departmentId,
          name: u.unit.name,
          responses: u.responses,
        });
        return c.json({ campaignId: report.campaignId, a: side(first), b: side(second), comparison }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/heatmap.csv',
        tags,
        summary:
          "The heatmap as CSV (UTF-8 with BOM, formula-safe): a row per unit of the reader's report, hidden ones with no figure, and per readiness dimension and scale the score, its 95% interval and n; 409 while nothing can be shown",
        request: { params: IdParam, query: HeatmapCsvQuery },
        responses: {
          200: {
            content: { 'text/csv': { schema: { type: 'string' as const } } },
            description: 'The heatmap file',
          },
          ...problems(400, 401, 403, 404, 409, 422),
        },
      }),
      async (c) => {
        const loaded = await loadCampaignById(deps, c.req.valid('param').id);
        const access = guard(c, 'report:read', loaded.campaign.organizationId);
        const language = LANGUAGE_OF[c.req.valid('query').lang ?? 'en'];
        if (!language) {
          throw new CompareRequestError('Ask for lang en or zh-cn (zh).', {
            code: 'request.malformed',
            params: {},
          });
        }
        const report = await reportForReader(access, deps, tallies, loaded);
        if (!report.departments.some((d) => !d.hidden)) {
          throw new ConflictError(
            'Nothing can be shown yet: answers are released once at least the minimum number of people in a department or reporting group have answered.',
            { code: 'export.nothing-released', params: { min: loaded.campaign.minGroupSize } },
          );
        }
        const { header, rows } = heatmapTable(report, language);
        // The figures leave the product as a file that can be forwarded: recorded, as the other exports are.
        await audit(c, deps, 'campaign.export.heatmap', loaded.campaign.id);
        return c.body(writeCsv(header, rows), 200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="heatmap-${language}-${deps.today()}.csv"`,
          'cache-control': 'no-store',
        });
      },
    );
}
