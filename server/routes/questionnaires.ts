import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { QuestionnaireListSchema } from '../http/organization-replies';
import { createRouter, jsonResponse, problems } from '../http/router';
import { isCurrentQuestionnaire } from '../domain/instrument/questionnaire';

export function questionnaireRoutes(deps: AppDeps) {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Questionnaires'],
      summary: 'The questionnaires a campaign can use, the current version first',
      responses: {
        200: jsonResponse(QuestionnaireListSchema, 'Id, title, model version and item count of each'),
        ...problems(401),
      },
    }),
    (c) =>
      c.json(
        // An earlier version is listed after the current one, for repeating a baseline wave item for item.
        [...deps.questionnaires.values()]
          .sort((a, b) => Number(isCurrentQuestionnaire(b)) - Number(isCurrentQuestionnaire(a)))
          .map((q) => ({
            id: q.id,
            title: q.title,
            // The version the questionnaire's scales were written for; campaigns are judged by the current rules.
            modelVersion: q.modelVersion,
            current: isCurrentQuestionnaire(q),
            questions: q.questions.length,
          })),
        200,
      ),
  );
}
