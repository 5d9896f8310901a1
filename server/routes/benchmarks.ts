// The installation's benchmark files, the owner's alone: the local pool exported as a file (distributions
// only, MODEL.md "Benchmark"), files from other installations loaded (checked strictly; a refused file
// changes nothing), listed and removed. Every change and every export is audited.

import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { checkBenchmarkFile, toBenchmarkFile } from '../domain/benchmark/benchmark-file';
import { MIN_ORGANIZATIONS } from '../domain/benchmark/benchmark-pool';
import { ConflictError, InvalidInputError, NotFoundError, TooLargeError } from '../domain/errors';
import { CURRENT_MODEL_VERSION } from '../domain/instrument/barrier-model';
import { audit } from '../http/audit';
import {
  BenchmarkFileSchema,
  BenchmarkRemovedSchema,
  ExportQuery,
  LoadedBenchmarkListSchema,
  LoadedBenchmarkSchema,
  MAX_BENCHMARK_FILE_BYTES,
} from '../http/benchmark-replies';
import { limitBody } from '../http/body-limit';
import { guard } from '../http/guard';
import { createRouter, jsonBody, jsonResponse, problems } from '../http/router';
import { IdParam } from '../http/schemas';
import { figuresOf, localPool, modelOf } from './benchmark-pool-reader';
import type { CampaignTallies } from './campaign-tallies';

const tags = ['Benchmarks'];

export function benchmarkRoutes(deps: AppDeps, tallies: CampaignTallies) {
  const { storage } = deps;
  const tooLarge = (): never => {
    const maxKb = MAX_BENCHMARK_FILE_BYTES / 1024;
    throw new TooLargeError(`A benchmark file may be at most ${maxKb} kB.`, {
      code: 'request.too-large',
      params: { maxKb },
    });
  };
  const currentQuestionnaire = () =>
    [...deps.questionnaires.values()].find((q) => q.modelVersion === CURRENT_MODEL_VERSION)?.id ?? '';

  const router = createRouter();
  // A file is a few kB: far below the limit of every other administrative body.
  router.use('/', limitBody(MAX_BENCHMARK_FILE_BYTES, tooLarge));
  return router
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        tags,
        summary: 'The benchmark files loaded into this installation (the owner only)',
        responses: {
          200: jsonResponse(LoadedBenchmarkListSchema, 'The files, in the order they were loaded'),
          ...problems(401, 403),
        },
      }),
      async (c) => {
        guard(c, 'benchmark:manage');
        return c.json(await storage.benchmarks.list(), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/export',
        tags,
        summary: `This installation's pool as a benchmark file (the owner only): per dimension and scale the percentiles, the organizations and people behind them; 409 with fewer than ${MIN_ORGANIZATIONS} organizations`,
        request: { query: ExportQuery },
        responses: {
          200: jsonResponse(BenchmarkFileSchema, 'The benchmark file, as a download'),
          ...problems(401, 403, 409, 422),
        },
      }),
      async (c) => {
        guard(c, 'benchmark:manage');
        const query = c.req.valid('query');
        const instrument = {
          questionnaireId: query.questionnaireId ?? currentQuestionnaire(),
          modelVersion: query.modelVersion ?? CURRENT_MODEL_VERSION,
        };
        if (!modelOf(deps, instrument)) {
          throw new InvalidInputError(
            `This installation has no questionnaire ${instrument.questionnaireId} scored by model version ${instrument.modelVersion}.`,
            {
              code: 'benchmark.unknown-instrument',
              params: { questionnaire: instrument.questionnaireId, modelVersion: instrument.modelVersion },
            },
          );
        }
        const pool = await localPool(deps, tallies, instrument);
        if (!pool.available) {
          throw new ConflictError(
            `Fewer than ${pool.needed} organizations that opted in have a closed campaign on this questionnaire with their figures shown: there is no benchmark to export.`,
            { code: 'benchmark.nothing-to-export', params: { min: pool.needed } },
          );
        }
        await audit(c, deps, 'benchmark.export', instrument.questionnaireId);
        const name = `benchmark-${instrument.questionnaireId}-${instrument.modelVersion}-${deps.today()}.json`;
        c.header('content-disposition', `attachment; filename="${name}"`);
        c.header('cache-control', 'no-store');
        return c.json(toBenchmarkFile(pool.summary), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/',
        tags,
        summary: `Load a benchmark file exported by an installation (the owner only; at most ${MAX_BENCHMARK_FILE_BYTES / 1024} kB): refused whole, changing nothing, when its format, questionnaire or model version is not this installation's or its figures do not hold together`,
        request: jsonBody(BenchmarkFileSchema),
        responses: {
          201: jsonResponse(LoadedBenchmarkSchema, 'The file as kept'),
          ...problems(400, 401, 403, 413, 422, 503),
        },
      }),
      async (c) => {
        guard(c, 'benchmark:manage');
        const file = c.req.valid('json');
        const model = modelOf(deps, file);
        checkBenchmarkFile(file, model && figuresOf(model));
        const loaded = { id: deps.newId(), loadedOn: deps.today(), file };
        await storage.benchmarks.add(loaded);
        await audit(c, deps, 'benchmark.load', loaded.id);
        return c.json(loaded, 201);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}',
        tags,
        summary: 'Remove a loaded benchmark file for good (the owner only)',
        request: { params: IdParam },
        responses: {
          200: jsonResponse(BenchmarkRemovedSchema, 'Removed'),
          ...problems(401, 403, 404, 422, 503),
        },
      }),
      async (c) => {
        guard(c, 'benchmark:manage');
        const { id } = c.req.valid('param');
        if (!(await storage.benchmarks.remove(id))) {
          throw new NotFoundError(`No benchmark file ${id}.`, { code: 'resource.not-found', params: {} });
        }
        await audit(c, deps, 'benchmark.remove', id);
        return c.json({ id }, 200);
      },
    );
}
