// A campaign's data for analysis elsewhere (Excel, R, SPSS): its released answers and scale scores as CSV,
// one row per response in random order, and the codebook that explains every column. Readers who see the
// whole organization only: a department head's view leaves out whatever concerns other departments, which a
// row-by-row file cannot do.

import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { ConflictError } from '../domain/errors';
import { CODEBOOK_HEADER, exportCodebook } from '../domain/analysis/export-codebook';
import { exportColumns } from '../domain/analysis/export-columns';
import { writeCsv } from '../csv/write-csv';
import { audit } from '../http/audit';
import { exportResponses } from '../http/export-responses';
import { guard } from '../http/guard';
import { createRouter, problems } from '../http/router';
import { IdParam } from '../http/schemas';
import { loadCampaignById } from './campaign-context';

const tags = ['Campaigns'];
const csvReply = (description: string) => ({
  content: { 'text/csv': { schema: { type: 'string' as const } } },
  description,
});
const download = (name: string) => ({
  'content-type': 'text/csv; charset=utf-8',
  'content-disposition': `attachment; filename="${name}"`,
  'cache-control': 'no-store',
});

export function campaignExportRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/export/responses',
        tags,
        summary:
          'Released answers and scale scores as CSV (UTF-8 with BOM), one row per response in random order; 409 while nothing is released',
        request: { params: IdParam },
        responses: {
          200: csvReply('The responses file, streamed'),
          ...problems(401, 403, 404, 409, 422),
        },
      }),
      async (c) => {
        const loaded = await loadCampaignById(deps, c.req.valid('param').id);
        guard(c, 'responses:export', loaded.campaign.organizationId);
        const body = await exportResponses(deps, loaded);
        if (!body) {
          throw new ConflictError(
            'No answers are released yet: every reporting unit has fewer people behind each figure than the minimum group size.',
            { code: 'export.nothing-released', params: { min: loaded.campaign.minGroupSize } },
          );
        }
        await audit(c, deps, 'campaign.export.responses', loaded.campaign.id);
        return c.body(body, 200, download(`responses-${deps.today()}.csv`));
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/export/codebook',
        tags,
        summary:
          "The responses file's codebook as CSV: each column's wording in both languages, scale, reverse-coding and codes",
        request: { params: IdParam },
        responses: { 200: csvReply('The codebook'), ...problems(401, 403, 404, 422) },
      }),
      async (c) => {
        const { campaign, questionnaire, model } = await loadCampaignById(deps, c.req.valid('param').id);
        guard(c, 'responses:export', campaign.organizationId);
        const columns = exportColumns(questionnaire, model);
        const csv = writeCsv([...CODEBOOK_HEADER], exportCodebook(questionnaire, model, columns));
        return c.body(csv, 200, download(`codebook-${deps.today()}.csv`));
      },
    );
}
