// An organization's choice to pool its scores into the installation's benchmark: its administrators' (and
// the owner's), through the organization repository's change path, audited either way.

import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { audit } from '../http/audit';
import { OptInBody } from '../http/benchmark-replies';
import { guard, notFound } from '../http/guard';
import { OrganizationSchema } from '../http/organization-replies';
import { createRouter, jsonBody, jsonResponse, problems } from '../http/router';
import { IdParam } from '../http/schemas';

export function benchmarkOptInRoutes(deps: AppDeps) {
  const { storage } = deps;
  return createRouter().openapi(
    createRoute({
      method: 'put',
      path: '/{id}/benchmark-opt-in',
      tags: ['Organizations'],
      summary:
        'Pool the organization’s dimension and scale scores of its latest closed campaign into the benchmark, or stop (administrators; off by default)',
      request: { params: IdParam, ...jsonBody(OptInBody) },
      responses: {
        200: jsonResponse(OrganizationSchema, 'The organization with its choice'),
        ...problems(400, 401, 403, 404, 413, 422, 503),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      guard(c, 'organization:benchmark', id);
      if (!(await storage.organizations.get(id))) throw notFound();
      const { benchmarkOptIn } = c.req.valid('json');
      const changed = await storage.organizations.update(id, (current) => ({ ...current, benchmarkOptIn }));
      await audit(
        c,
        deps,
        benchmarkOptIn ? 'organization.benchmark.opt-in' : 'organization.benchmark.opt-out',
        id,
      );
      return c.json(changed, 200);
    },
  );
}
