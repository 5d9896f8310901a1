// A campaign's organization figures among other organizations: each readiness dimension and scale placed in
// a percentile band against this installation's pool and each loaded file on the same questionnaire and
// model version. The figures are those of the reader's own report (reportForReader): where it withholds
// the organization's (too few answers, or a department head's view without them), nothing is placed.

import { createRoute, type z } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { placeAmong } from '../domain/benchmark/benchmark-placement';
import { poolEntryOf, sameInstrument, type BenchmarkSummary } from '../domain/benchmark/benchmark-pool';
import { benchmarkTable } from '../domain/benchmark/benchmark-table';
import type { LocalText } from '../domain/instrument/barrier-model';
import { DomainError } from '../domain/errors';
import { writeCsv } from '../csv/write-csv';
import type { Language } from '../../shared/languages';
import { audit } from '../http/audit';
import { BenchmarkCsvQuery, CampaignBenchmarkSchema } from '../http/benchmark-replies';
import { guard } from '../http/guard';
import { createRouter, jsonResponse, problems } from '../http/router';
import { IdParam } from '../http/schemas';
import type { AppEnv } from '../http/session';
import type { Context } from 'hono';
import { localPool, readinessFiguresOf } from './benchmark-pool-reader';
import { loadCampaignById } from './campaign-context';
import { reportForReader } from './campaign-reports';
import type { CampaignTallies } from './campaign-tallies';

const tags = ['Reports'];

type Placed = z.infer<typeof CampaignBenchmarkSchema>['benchmarks'][number];

const LANGUAGE_OF: Record<string, Language> = { en: 'en', zh: 'zh-cn', 'zh-cn': 'zh-cn' };

/** A language the table is not written in: a malformed request, not a field of a form to correct. */
class CsvLanguageError extends DomainError {
  readonly status = 400;
  readonly type = 'csv-language';
}

export function campaignBenchmarkRoutes(deps: AppDeps, tallies: CampaignTallies) {
  const placements = async (c: Context<AppEnv>, id: string) => {
    const loaded = await loadCampaignById(deps, id);
    const access = guard(c, 'report:read', loaded.campaign.organizationId);
    const report = await reportForReader(access, deps, tallies, loaded);
    const instrument = {
      questionnaireId: loaded.campaign.questionnaireId,
      modelVersion: loaded.campaign.modelVersion,
    };
    const entry = poolEntryOf(report.overall);
    const base = { campaignId: loaded.campaign.id, ...instrument, shown: entry !== null };
    if (entry === null) return { loaded, reply: { ...base, benchmarks: [] } };
    const figures = readinessFiguresOf(loaded.model);
    const placed = (summary: BenchmarkSummary) => ({
      available: true,
      reason: null,
      needed: null,
      organizations: summary.organizations,
      ...placeAmong(entry, summary, figures),
    });
    const pool = await localPool(deps, tallies, instrument);
    const local: Placed = pool.available
      ? { source: 'local' as const, benchmarkId: null, createdOn: null, ...placed(pool.summary) }
      : {
          source: 'local' as const,
          benchmarkId: null,
          createdOn: null,
          available: false,
          reason: pool.reason,
          needed: pool.needed,
          organizations: null,
          dimensions: [],
          scales: [],
        };
    const files: Placed[] = (await deps.storage.benchmarks.list())
      .filter((b) => sameInstrument(b.file, instrument))
      .map((b) => ({
        source: 'file' as const,
        benchmarkId: b.id,
        createdOn: b.file.createdOn,
        ...placed(b.file),
      }));
    return { loaded, reply: { ...base, benchmarks: [local, ...files] } };
  };

  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/benchmark',
        tags,
        summary:
          'The organization’s readiness dimensions and scales, as the reader’s report shows them, each in a percentile band among other organizations: this installation’s pool and each loaded file on the same questionnaire and model version',
        request: { params: IdParam },
        responses: {
          200: jsonResponse(CampaignBenchmarkSchema, 'The placements, or why there are none'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => c.json((await placements(c, c.req.valid('param').id)).reply, 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/benchmark.csv',
        tags,
        summary:
          'The benchmark table as CSV (UTF-8 with BOM, formula-safe): a row per benchmark and figure with the score and its band, as the report’s section shows them',
        request: { params: IdParam, query: BenchmarkCsvQuery },
        responses: {
          200: {
            content: { 'text/csv': { schema: { type: 'string' as const } } },
            description: 'The benchmark table file',
          },
          ...problems(400, 401, 403, 404, 422),
        },
      }),
      async (c) => {
        const language = LANGUAGE_OF[c.req.valid('query').lang ?? 'en'];
        if (!language) {
          throw new CsvLanguageError('Ask for lang en or zh-cn (zh).', {
            code: 'request.malformed',
            params: {},
          });
        }
        const { loaded, reply } = await placements(c, c.req.valid('param').id);
        const titles = new Map<string, LocalText>();
        for (const d of loaded.model.dimensions) {
          titles.set(d.id, d.title);
          for (const s of d.scales) {
            titles.set(s.id, {
              en: `${d.title.en} › ${s.title.en}`,
              'zh-cn': `${d.title['zh-cn']} › ${s.title['zh-cn']}`,
            });
          }
        }
        const { header, rows } = benchmarkTable(reply.benchmarks, titles, language);
        await audit(c, deps, 'campaign.export.benchmark', loaded.campaign.id);
        return c.body(writeCsv(header, rows), 200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="benchmark-${language}-${deps.today()}.csv"`,
          'cache-control': 'no-store',
        });
      },
    );
}
