import { createRoute } from '@hono/zod-openapi';
import { OrganizationFactQuestionsSchema } from '../http/organization-replies';
import { createRouter, jsonResponse, problems } from '../http/router';
import { ORGANIZATION_FACTS } from '../domain/campaigns/organization-facts';

/** The questions HR answers about the organization, in the model's own words, for the campaign forms. */
export function organizationFactRoutes() {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Campaigns'],
      summary:
        'The facts about the organization HR may state for a campaign, with their questions and answers',
      responses: {
        200: jsonResponse(
          OrganizationFactQuestionsSchema,
          'Each fact by key: its question and its answers by key, in both languages, in the order offered',
        ),
        ...problems(401),
      },
    }),
    (c) => c.json(ORGANIZATION_FACTS, 200),
  );
}
