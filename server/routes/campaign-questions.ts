// Each scored item's answers, per unit of the reader's report and for the organization where that report
// shows it, as JSON or as a CSV file: the report the reader is given says which units they see and whether
// they see the organization, and the figures it was built from give the counts (readerReportWithFigures).

import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { questionResults } from '../domain/analysis/question-results';
import { questionTable } from '../domain/analysis/question-table';
import { ConflictError, DomainError } from '../domain/errors';
import type { Language } from '../../shared/languages';
import { writeCsv } from '../csv/write-csv';
import { audit } from '../http/audit';
import { guard } from '../http/guard';
import { QuestionsQuery, QuestionsReplySchema } from '../http/question-replies';
import { createRouter, jsonResponse, problems } from '../http/router';
import { IdParam } from '../http/schemas';
import { loadCampaignById } from './campaign-context';
import { readerReportWithFigures } from './campaign-reports';
import type { CampaignTallies } from './campaign-tallies';

const tags = ['Campaigns'];

/** The query names the product's own language ids; a short `zh` is taken for Chinese too. */
const LANGUAGE_OF: Record<string, Language> = { en: 'en', zh: 'zh-cn', 'zh-cn': 'zh-cn' };

/** A format or language nobody offers: a malformed request, not a form's field to correct. */
class QuestionsRequestError extends DomainError {
  readonly status = 400;
  readonly type = 'bad-request';
}

export function campaignQuestionRoutes(deps: AppDeps, tallies: CampaignTallies) {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/{id}/questions',
      tags,
      summary:
        "Each scored item's answers as shares (favourable, neutral, unfavourable, don't know) per unit of the reader's report and for the organization where it shows it, and the items pulling each readiness dimension down; ?format=csv for the same table as a file (UTF-8 with BOM, formula-safe, wording in ?lang=en|zh-cn); 409 while nothing can be shown",
      request: { params: IdParam, query: QuestionsQuery },
      responses: {
        200: {
          ...jsonResponse(QuestionsReplySchema, 'The items and their shares'),
          content: {
            ...jsonResponse(QuestionsReplySchema, '').content,
            'text/csv': { schema: { type: 'string' as const } },
          },
        },
        ...problems(400, 401, 404, 409, 422),
      },
    }),
    async (c) => {
      const loaded = await loadCampaignById(deps, c.req.valid('param').id);
      const access = guard(c, 'report:read', loaded.campaign.organizationId);
      const { format = 'json', lang = 'en' } = c.req.valid('query');
      const language = LANGUAGE_OF[lang];
      if ((format !== 'json' && format !== 'csv') || !language) {
        throw new QuestionsRequestError('Ask for format json or csv, and lang en or zh-cn (zh).', {
          code: 'request.malformed',
          params: {},
        });
      }
      // The report and its own figures: a unit the report hides never has a batch in the organization's
      // counts that, less the shown units, would be that unit's.
      const { report, figures } = await readerReportWithFigures(access, deps, tallies, loaded);
      if (report.overall === null && !report.departments.some((d) => !d.hidden)) {
        throw new ConflictError(
          'Nothing can be shown yet: answers are released once at least the minimum number of people in a department or reporting group have answered.',
          { code: 'export.nothing-released', params: { min: loaded.campaign.minGroupSize } },
        );
      }
      const groups = report.departments.map((d) => ({ id: d.departmentId, name: d.name, hidden: d.hidden }));
      const results = questionResults({
        questionnaire: loaded.questionnaire,
        model: loaded.model,
        groups: report.departments.map((d) => ({
          id: d.departmentId,
          answers: d.hidden ? null : (figures.unitTotals.get(d.departmentId)?.answers ?? null),
        })),
        organization: report.overall !== null ? figures.answers : null,
      });
      if (format === 'json') {
        return c.json(
          { campaignId: report.campaignId, minGroupSize: report.minGroupSize, groups, results },
          200,
        );
      }
      const { header, rows } = questionTable({
        results,
        groups,
        minGroupSize: report.minGroupSize,
        language,
      });
      // The figures leave the product as a file that can be forwarded: recorded, as the other exports are.
      await audit(c, deps, 'campaign.export.questions', loaded.campaign.id);
      return c.body(writeCsv(header, rows), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="questions-${language}-${deps.today()}.csv"`,
        'cache-control': 'no-store',
      });
    },
  );
}
