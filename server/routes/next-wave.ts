// Making the next wave of a series from a campaign that has opened (domain/campaigns/next-wave.ts): a draft
// with its settings carried over and, unless asked not to, its staff list copied as new invitations (fresh
// links, nothing of who opened or answered the previous wave). The organization is read as it is now, not as
// the previous wave saw it, so departments added since are asked and departments removed are not.

import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { nextWave } from '../domain/campaigns/next-wave';
import { inviteStaff } from '../domain/campaigns/survey-invitation';
import { CURRENT_MODEL_VERSION, judgingModel } from '../domain/instrument/barrier-model';
import { UnknownQuestionnaireError } from '../domain/errors';
import { audit } from '../http/audit';
import { guard, notFound } from '../http/guard';
import { createRouter, jsonBody, jsonResponse, problems } from '../http/router';
import { IdParam } from '../http/schemas';
import { NextWaveBody, NextWaveSchema } from '../http/next-wave-replies';

const tags = ['Campaigns'];

export function nextWaveRoutes(deps: AppDeps) {
  const { storage } = deps;
  return createRouter().openapi(
    createRoute({
      method: 'post',
      path: '/{id}/next-wave',
      tags,
      summary:
        'Make the next wave of this campaign: a draft asking the same departments with its settings, email texts and (by default) staff list carried over',
      request: { params: IdParam, ...jsonBody(NextWaveBody) },
      responses: {
        201: jsonResponse(NextWaveSchema, 'The new wave, a draft'),
        ...problems(400, 401, 403, 404, 409, 413, 422, 503),
      },
    }),
    async (c) => {
      const previous = await storage.campaigns.get(c.req.valid('param').id);
      if (!previous) throw notFound();
      guard(c, 'organization:manage', previous.organizationId);
      const organization = await storage.organizations.get(previous.organizationId);
      if (!organization) throw notFound();
      const body = c.req.valid('json');
      const questionnaireId = body.questionnaireId ?? previous.questionnaireId;
      const questionnaire = deps.questionnaires.get(questionnaireId);
      const model = questionnaire && judgingModel(CURRENT_MODEL_VERSION, questionnaire.modelVersion);
      if (!questionnaire || !model) {
        throw new UnknownQuestionnaireError(`No questionnaire ${questionnaireId}.`, {
          code: 'questionnaire.unknown',
          params: { questionnaire: questionnaireId },
        });
      }
      const made = nextWave(previous, organization, {
        id: deps.newId(),
        name: body.name,
        questionnaireId,
        factsFromHr: model.rules.facts === 'hr',
        today: deps.today(),
        newToken: deps.newToken,
        ...(body.departmentIds === undefined ? {} : { departmentIds: body.departmentIds }),
      });
      const { campaign } = made;
      const retention = await storage.surveyInvitations.retention(previous.id);
      const staffListErased = retention.erasedOn !== null;
      // Only people with an address, in a department the new wave asks; an erased list names nobody.
      const people =
        body.copyStaffList && !staffListErased
          ? (await storage.surveyInvitations.listByCampaign(previous.id)).filter(
              (p) => !p.removed && p.email !== '' && campaign.departmentIds.includes(p.departmentId),
            )
          : [];
      await storage.campaigns.create(campaign);
      let staffCopied = 0;
      if (people.length > 0) {
        // A new draft holds no answers, so nothing stands beside shared-link answers yet.
        const outcome = await storage.surveyInvitations.addMany(
          inviteStaff(people, campaign.id, deps.today(), deps.newId),
        );
        staffCopied = 'added' in outcome ? outcome.added.length : 0;
      }
      await audit(c, deps, 'campaign.next-wave', campaign.id);
      const nameOf = new Map(
        (previous.departmentsAtOpening ?? organization.departments).map((d) => [d.id, d.name]),
      );
      return c.json(
        {
          campaign,
          droppedDepartments: made.droppedDepartmentIds.map((id) => ({ id, name: nameOf.get(id) ?? id })),
          droppedGroupIds: made.droppedGroupIds,
          staffCopied,
          staffListErased,
        },
        201,
      );
    },
  );
}
