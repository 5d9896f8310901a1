import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { createRouter, jsonResponse } from '../http/router';
import { JsonList } from '../http/schemas';
import { modelVersionForNewCampaign } from '../domain/barrier-model';

export function questionnaireRoutes(deps: AppDeps) {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Questionnaires'],
      summary: 'The questionnaires a campaign can use',
      responses: {
        200: jsonResponse(JsonList('Questionnaires'), 'Id, title, model version and item count of each'),
      },
    }),
    (c) =>
      c.json(
        [...deps.questionnaires.values()].map((q) => ({
          id: q.id,
          title: q.title,
          // The version a campaign created on it now gets, which is what the campaign form shows.
          modelVersion: modelVersionForNewCampaign(q),
          questions: q.questions.length,
        })),
        200,
      ),
  );
}
