// A campaign's report figures grouped by one demographic cut (tenure, level, location), as JSON or as a CSV
// file: only what the cut disclosure rule lets through (anonymity/cut-disclosure.ts): a closed campaign,
// a reader who sees the whole organization, each figure with its groups and the rest at the minimum or more.

import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { cutQuestionTable, cutTable } from '../domain/analysis/cut-table';
import { discloseCut } from '../domain/anonymity/cut-disclosure';
import { cutsOf } from '../domain/campaigns/campaign-cuts';
import { ConflictError, DomainError, NotFoundError } from '../domain/errors';
import type { Language } from '../../shared/languages';
import { writeCsv } from '../csv/write-csv';
import { audit } from '../http/audit';
import { CutListSchema, CutParam, CutQuery, CutReportSchema } from '../http/cut-replies';
import { guard } from '../http/guard';
import { createRouter, jsonResponse, problems } from '../http/router';
import { IdParam } from '../http/schemas';
import { loadCampaignById } from './campaign-context';
import type { CampaignTallies } from './campaign-tallies';

const tags = ['Campaigns'];

const LANGUAGE_OF: Record<string, Language> = { en: 'en', zh: 'zh-cn', 'zh-cn': 'zh-cn' };

class CutRequestError extends DomainError {
  readonly status = 400;
  readonly type = 'bad-request';
}

export function campaignCutRoutes(deps: AppDeps, tallies: CampaignTallies) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/cuts',
        tags,
        summary:
          'The questions about people (tenure, level, location) the campaign asks, which its report can be grouped by',
        request: { params: IdParam },
        responses: { 200: jsonResponse(CutListSchema, 'The cuts chosen'), ...problems(401, 404, 422) },
      }),
      async (c) => {
        const loaded = await loadCampaignById(deps, c.req.valid('param').id);
        guard(c, 'report:read', loaded.campaign.organizationId);
        const cuts = cutsOf(loaded.campaign).map((d) => ({ id: d.id, title: d.title }));
        return c.json({ campaignId: loaded.campaign.id, cuts }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/cuts/{cut}',
        tags,
        summary:
          "The report's figures grouped by one demographic cut the campaign chose: each group's dimensions, scales and item counts where they and what the shown groups leave of the organization hold at least the minimum; shown once the campaign is closed, to readers who see the whole organization. ?format=csv for a file (409 when nothing is shown)",
        request: { params: CutParam, query: CutQuery },
        responses: {
          200: {
            content: {
              'application/json': { schema: CutReportSchema },
              'text/csv': { schema: { type: 'string' as const } },
            },
            description: 'The groups of the cut',
          },
          ...problems(400, 401, 404, 409, 422),
        },
      }),
      async (c) => {
        const { id, cut } = c.req.valid('param');
        const loaded = await loadCampaignById(deps, id);
        const access = guard(c, 'report:read', loaded.campaign.organizationId);
        const { format, lang, table } = c.req.valid('query');
        const language = LANGUAGE_OF[lang ?? 'en'];
        // A table is a file's layout: asked for without the file it would silently be ignored.
        if (!language || (table !== undefined && format !== 'csv')) {
          throw new CutRequestError('Ask for lang en or zh-cn (zh), and a table only with format csv.', {
            code: 'request.malformed',
            params: {},
          });
        }
        const definition = cutsOf(loaded.campaign).find((d) => d.id === cut);
        if (!definition) {
          throw new NotFoundError('This campaign does not ask about that group.', {
            code: 'cut.unknown',
            params: {},
          });
        }
        const figures = await tallies.figures(loaded);
        const cells = figures.cuts.get(definition.id);
        const disclosure = discloseCut({
          model: loaded.model,
          status: loaded.campaign.status,
          readerSeesOrganization: access.departments === 'all',
          minimum: loaded.campaign.minGroupSize,
          overall: figures.overall,
          answers: figures.answers,
          groups: definition.values.map((v) => ({ value: v, cell: cells?.get(v.value) })),
          units: [
            ...[...figures.units].map(([unit, summary]) => ({
              summary,
              totals: figures.unitTotals.get(unit)!,
            })),
            // The other cuts' groups a reader could see: those reaching the minimum (never the ones below).
            ...[...figures.cuts]
              .filter(([other]) => other !== definition.id)
              .flatMap(([, groups]) => [...groups.values()])
              .filter((g) => g.summary.n >= loaded.campaign.minGroupSize),
          ],
        });
        if (format === 'csv') {
          if (!disclosure.shown) {
            throw new ConflictError('Nothing of this cut can be shown to you yet.', {
              code: 'cut.not-shown',
              params: { reason: disclosure.reason },
            });
          }
          const byQuestion = table === 'questions';
          const { header, rows } = byQuestion
            ? cutQuestionTable({
                questionnaire: loaded.questionnaire,
                model: loaded.model,
                groups: disclosure.groups,
                // Shown only to readers who see the whole organization, as its own figures are.
                organization: figures.answers,
                minGroupSize: loaded.campaign.minGroupSize,
                language,
              })
            : cutTable(
                disclosure.groups,
                loaded.model.dimensions,
                [...figures.answers.keys()],
                loaded.campaign.minGroupSize,
                language,
              );
          await audit(
            c,
            deps,
            byQuestion ? 'campaign.export.cut-questions' : 'campaign.export.cut',
            loaded.campaign.id,
          );
          const name = byQuestion ? `${definition.id}-questions` : definition.id;
          return c.body(writeCsv(header, rows), 200, {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': `attachment; filename="${name}-${language}-${deps.today()}.csv"`,
            'cache-control': 'no-store',
          });
        }
        return c.json(
          {
            campaignId: loaded.campaign.id,
            cut: definition.id,
            title: definition.title,
            minGroupSize: loaded.campaign.minGroupSize,
            shown: disclosure.shown,
            reason: disclosure.reason,
            n: disclosure.n,
            groups: disclosure.groups.map((g) => ({ ...g, value: g.value.value, label: g.value.label })),
          },
          200,
        );
      },
    );
}
