import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { buildDemoData } from '../demo/demo-organization';
import { UnknownQuestionnaireError } from '../domain/errors';
import { audit } from '../http/audit';
import { guard } from '../http/guard';
import { DemoCreatedSchema } from '../http/organization-replies';
import { createRouter, jsonResponse, problems } from '../http/router';

export const DEMO_QUESTIONNAIRE_ID = 'readiness-okr-2';

export function demoRoutes(deps: AppDeps) {
  return createRouter().openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags: ['Demo'],
      summary: 'Load a demo organization with an open campaign and synthetic responses',
      responses: {
        201: jsonResponse(DemoCreatedSchema, 'Ids of the demo organization and campaign'),
        // 422 only when the deployment lacks the demo's questionnaire.
        ...problems(401, 403, 422, 503),
      },
    }),
    async (c) => {
      guard(c, 'organization:create');
      const questionnaire = deps.questionnaires.get(DEMO_QUESTIONNAIRE_ID);
      if (!questionnaire) {
        throw new UnknownQuestionnaireError(`No questionnaire ${DEMO_QUESTIONNAIRE_ID}.`, {
          code: 'questionnaire.unknown',
          params: { questionnaire: DEMO_QUESTIONNAIRE_ID },
        });
      }
      const demo = buildDemoData(questionnaire, deps, deps.today());
      await deps.storage.organizations.create(demo.organization);
      await deps.storage.campaigns.create(demo.campaign);
      await Promise.all(demo.responses.map((r) => deps.storage.responses.append(r)));
      await audit(c, deps, 'demo.load', demo.organization.id);
      return c.json({ organizationId: demo.organization.id, campaignId: demo.campaign.id }, 201);
    },
  );
}
