import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { createRouter, jsonResponse } from '../http/router';
import { JsonList } from '../http/schemas';
import { isOfferedForNewCampaigns } from '../domain/questionnaire';

export function questionnaireRoutes(deps: AppDeps) {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Questionnaires'],
      summary: 'The questionnaires a new campaign can use',
      responses: {
        200: jsonResponse(JsonList('Questionnaires'), 'Id, title, model version and item count of each'),
      },
    }),
    (c) =>
      c.json(
        // Earlier versions stay loaded for the campaigns that used them, but are not offered again.
        [...deps.questionnaires.values()].filter(isOfferedForNewCampaigns).map((q) => ({
          id: q.id,
          title: q.title,
          modelVersion: q.modelVersion,
          questions: q.questions.length,
        })),
        200,
      ),
  );
}
