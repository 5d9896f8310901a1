// An organization's action plan: read with the reader's restriction (a department head sees the actions of
// the whole organization, of their departments and their own), added to and changed by whoever the policy
// allows, each change audited. Who may change which field is the domain's rule (action-plan.ts).

import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppDeps } from '../app-deps';
import type { Principal } from '../domain/access/account';
import { belongsTo } from '../domain/access/people';
import { authorize } from '../domain/access/policy';
import {
  changeAction,
  commentOn,
  createAction,
  planProgress,
  refuseRemoval,
  visibleActions,
  type ActionOwner,
  type PlanAction,
  type PlanCapacity,
} from '../domain/decisions/action-plan';
import { recordAssigner } from '../domain/decisions/owner-notices';
import { InvalidInputError } from '../domain/errors';
import {
  ActionListSchema,
  ActionOwnersSchema,
  ActionParam,
  ActionPlanSchema,
  ActionSchema,
  CampaignQuery,
  ChangeActionBody,
  CommentBody,
  CreateActionBody,
  ExportQuery,
  StarterPlanBody,
} from '../http/action-plan-replies';
import { exportChoice } from '../domain/decisions/action-plan-rows';
import { exportPlan } from '../plan-export/export-plan';
import { audit } from '../http/audit';
import { guard, notFound, requirePrincipal } from '../http/guard';
import { createRouter, jsonBody, jsonResponse, problems } from '../http/router';
import { IdParam } from '../http/schemas';
import type { AppEnv } from '../http/session';

const tags = ['Action plan'];

/** How far the policy lets the person asking change the plan of `organizationId`. */
function capacityOf(principal: Principal, organizationId: string): PlanCapacity {
  if (authorize(principal, 'action-plan:edit', organizationId).allowed) return { kind: 'edit' };
  const update = authorize(principal, 'action-plan:update', organizationId);
  if (update.allowed && update.departments !== 'all') {
    return { kind: 'update', accountId: principal.accountId, departmentIds: update.departments };
  }
  return { kind: 'comment' };
}

export function actionPlanRoutes(deps: AppDeps) {
  const { storage } = deps;
  const now = () => new Date(deps.now()).toISOString();

  async function organizationOf(id: string) {
    const organization = await storage.organizations.get(id);
    if (!organization) throw notFound();
    return organization;
  }

  /** The actions the reader may see: another department's is answered as missing, not as forbidden. */
  async function visibleTo(c: Context<AppEnv>, organizationId: string): Promise<PlanAction[]> {
    const access = guard(c, 'report:read', organizationId);
    const reader = { departments: access.departments, accountId: requirePrincipal(c).accountId };
    return visibleActions(await storage.actionPlan.list(organizationId), reader);
  }

  async function refuseUnknownReferences(
    organizationId: string,
    campaignId: string | null,
    owner?: ActionOwner | null,
  ) {
    if (campaignId !== null) {
      const campaign = await storage.campaigns.get(campaignId);
      if (campaign?.organizationId !== organizationId) {
        throw new InvalidInputError(
          'The campaign is not one of the organization’s.',
          { code: 'action.invalid', params: {} },
          [
            {
              field: 'campaignId',
              message: 'is not a campaign of this organization',
              code: 'action.campaign-unknown',
            },
          ],
        );
      }
    }
    if (owner && 'accountId' in owner) {
      const account = await storage.accounts.get(owner.accountId);
      const belongs =
        account && (account.isOwner || account.grants.some((g) => g.organizationId === organizationId));
      if (!belongs) {
        throw new InvalidInputError(
          'The owner has no role in the organization.',
          { code: 'action.invalid', params: {} },
          [{ field: 'owner', message: 'has no role in this organization', code: 'action.owner-unknown' }],
        );
      }
    }
  }

  /** The names of the accounts owning the actions, so every reader sees who does what, not an id. */
  async function ownerNamesOf(actions: readonly PlanAction[]): Promise<Record<string, string>> {
    const names: Record<string, string> = {};
    for (const a of actions) {
      if (a.owner === null || !('accountId' in a.owner) || a.owner.accountId in names) continue;
      const account = await storage.accounts.get(a.owner.accountId);
      if (account) names[account.id] = account.name;
    }
    return names;
  }

  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/action-plan/owners',
        tags,
        summary:
          'The people an action can be given to (name and email of each account with a role in the organization), for those who edit the plan',
        request: { params: IdParam },
        responses: {
          200: jsonResponse(ActionOwnersSchema, 'The people, by name'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        // Those who edit the plan pick owners, though they may not manage people: names and addresses
        // only, never roles or sessions.
        guard(c, 'action-plan:edit', id);
        await organizationOf(id);
        const people = (await storage.accounts.list())
          .filter((a) => a.isOwner || belongsTo(a.grants, id))
          .map((a) => ({ accountId: a.id, name: a.name, email: a.email }))
          .sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
        return c.json({ people }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/action-plan',
        tags,
        summary:
          'The organization’s action plan as the reader may see it, optionally of one campaign, with progress',
        request: { params: IdParam, query: CampaignQuery },
        responses: {
          200: jsonResponse(ActionPlanSchema, 'The actions, oldest first, and done of total'),
          ...problems(400, 401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        const { campaignId } = c.req.valid('query');
        const all = await visibleTo(c, id);
        const actions = campaignId === undefined ? all : all.filter((a) => a.campaignId === campaignId);
        return c.json(
          { actions, progress: planProgress(actions), ownerNames: await ownerNamesOf(actions) },
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/action-plan/export',
        tags,
        summary:
          'The plan as the reader may see it, as a file: a CSV for Jira’s importer, an Excel workbook of tasks, or an iCalendar file of due dates (X-Undated-Actions: how many it leaves out); audited',
        request: { params: IdParam, query: ExportQuery },
        responses: {
          200: {
            content: {
              'text/csv': { schema: { type: 'string' as const } },
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
                schema: { type: 'string' as const, format: 'binary' },
              },
              'text/calendar': { schema: { type: 'string' as const } },
            },
            description: 'The file, as an attachment named after the organization and the day',
          },
          ...problems(400, 401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        const { format: asked, lang, campaignId } = c.req.valid('query');
        // The list's own restriction, so a file never holds an action the reader's plan does not show.
        const all = await visibleTo(c, id);
        const { format, language } = exportChoice(asked ?? '', lang);
        const organization = await organizationOf(id);
        const actions = campaignId === undefined ? all : all.filter((a) => a.campaignId === campaignId);
        const { body, headers } = await exportPlan(deps, organization, actions, format, language);
        await audit(c, deps, `action-plan.export.${format}`, id);
        return c.body(body, 200, headers);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/action-plan',
        tags,
        summary: 'Add an action, from a recommendation of a campaign’s report or a free one',
        request: { params: IdParam, ...jsonBody(CreateActionBody) },
        responses: {
          201: jsonResponse(ActionSchema, 'The new action'),
          ...problems(400, 401, 403, 404, 413, 422, 503),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        guard(c, 'action-plan:edit', id);
        const organization = await organizationOf(id);
        const { campaignId, recommendationId, ...draft } = c.req.valid('json');
        await refuseUnknownReferences(id, campaignId, draft.owner);
        const created = createAction(draft, {
          id: deps.newId(),
          organizationId: id,
          campaignId,
          recommendationId,
          departments: organization.departments.map((d) => d.id),
          now: now(),
        });
        const action = recordAssigner(null, created, requirePrincipal(c).accountId);
        await storage.actionPlan.add([action]);
        await audit(c, deps, 'action-plan.create', action.id);
        return c.json(action, 201);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/action-plan/starter-plan',
        tags,
        summary:
          'Turn a recommendation’s starter plan (KPI and projects, Balanced Scorecard) into actions in one step',
        request: { params: IdParam, ...jsonBody(StarterPlanBody) },
        responses: {
          201: jsonResponse(ActionListSchema, 'The new actions, planned and unassigned'),
          ...problems(400, 401, 403, 404, 413, 422, 503),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        guard(c, 'action-plan:edit', id);
        await organizationOf(id);
        const { campaignId, recommendationId, titles } = c.req.valid('json');
        await refuseUnknownReferences(id, campaignId);
        const on = now();
        const actions = titles.map((title) =>
          createAction(
            { title },
            { id: deps.newId(), organizationId: id, campaignId, recommendationId, departments: [], now: on },
          ),
        );
        await storage.actionPlan.add(actions);
        for (const action of actions) await audit(c, deps, 'action-plan.create', action.id);
        return c.json({ actions }, 201);
      },
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/{id}/action-plan/{actionId}',
        tags,
        summary:
          'Change an action: anything for editors; status, due date and note for department heads on theirs',
        request: { params: ActionParam, ...jsonBody(ChangeActionBody) },
        responses: {
          200: jsonResponse(ActionSchema, 'The changed action'),
          ...problems(400, 401, 403, 404, 413, 422, 503),
        },
      }),
      async (c) => {
        const { id, actionId } = c.req.valid('param');
        guard(c, 'action-plan:update', id);
        const organization = await organizationOf(id);
        if (!(await visibleTo(c, id)).some((a) => a.id === actionId)) throw notFound();
        const change = c.req.valid('json');
        await refuseUnknownReferences(id, null, change.owner);
        const principal = requirePrincipal(c);
        const capacity = capacityOf(principal, id);
        const departments = organization.departments.map((d) => d.id);
        const changed = await storage.actionPlan.change(id, actionId, (current) =>
          recordAssigner(
            current,
            changeAction(current, change, capacity, departments, now()),
            principal.accountId,
          ),
        );
        if (!changed) throw notFound();
        await audit(c, deps, 'action-plan.change', actionId);
        return c.json(changed, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/action-plan/{actionId}/comments',
        tags,
        summary: 'Append a comment to an action, leaving the action itself as it is',
        request: { params: ActionParam, ...jsonBody(CommentBody) },
        responses: {
          201: jsonResponse(ActionSchema, 'The action with the comment'),
          ...problems(400, 401, 403, 404, 413, 422, 503),
        },
      }),
      async (c) => {
        const { id, actionId } = c.req.valid('param');
        guard(c, 'action-plan:comment', id);
        if (!(await visibleTo(c, id)).some((a) => a.id === actionId)) throw notFound();
        const { text } = c.req.valid('json');
        const accountId = requirePrincipal(c).accountId;
        const changed = await storage.actionPlan.change(id, actionId, (current) =>
          commentOn(current, text, accountId, now()),
        );
        if (!changed) throw notFound();
        await audit(c, deps, 'action-plan.comment', actionId);
        return c.json(changed, 201);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}/action-plan/{actionId}',
        tags,
        summary: 'Remove an action from the plan',
        request: { params: ActionParam },
        responses: { 204: { description: 'Removed' }, ...problems(401, 403, 404, 422, 503) },
      }),
      async (c) => {
        const { id, actionId } = c.req.valid('param');
        guard(c, 'action-plan:edit', id);
        refuseRemoval(capacityOf(requirePrincipal(c), id));
        if (!(await storage.actionPlan.remove(id, actionId))) throw notFound();
        await audit(c, deps, 'action-plan.delete', actionId);
        return c.body(null, 204);
      },
    );
}
