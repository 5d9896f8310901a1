// Editing, archiving and deleting an organization. An edit goes through the repository's update, applied to
// the organization as stored, so two administrators editing at once never undo each other; campaigns opened
// before campaigns kept their own copy of their departments take it first, so no edit reaches their reports.

import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import {
  archived,
  assertDeletionConfirmed,
  assertNoneOpen,
  unarchived,
} from '../domain/campaigns/archive-and-delete';
import type { Organization } from '../domain/campaigns/organization';
import { departmentsInUse, editOrganization } from '../domain/campaigns/organization-edit';
import { audit } from '../http/audit';
import { guard, notFound } from '../http/guard';
import { OrganizationDeletedSchema, OrganizationSchema } from '../http/organization-replies';
import { createRouter, jsonBody, jsonResponse, problems } from '../http/router';
import { ConfirmDeletionBody, EditOrganizationBody, IdParam } from '../http/schemas';
import { withAddedDepartments } from '../domain/campaigns/campaign-departments';
import { ensureDepartmentSnapshot } from './campaign-context';
import { deleteCampaignForGood } from './campaign-deletion';
import type { CampaignTallies } from './campaign-tallies';

const tags = ['Organizations'];

export function organizationAdminRoutes(deps: AppDeps, tallies: CampaignTallies) {
  const { storage } = deps;
  const findOrganization = async (id: string) => {
    const organization = await storage.organizations.get(id);
    if (!organization) throw notFound();
    return organization;
  };
  const flag = (path: string, change: (o: Organization, today: string) => Organization, action: string) =>
    createRouter().openapi(
      createRoute({
        method: 'post',
        path,
        tags,
        summary:
          action === 'organization.archive'
            ? 'Archive an organization with no open campaign: left out of the list until taken back'
            : 'Take an archived organization back into the list',
        request: { params: IdParam },
        responses: {
          200: jsonResponse(OrganizationSchema, 'The organization'),
          ...problems(401, 403, 404, 409, 422, 503),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        guard(c, 'organization:remove', id);
        await findOrganization(id);
        if (action === 'organization.archive') assertNoneOpen(await storage.campaigns.listByOrganization(id));
        const changed = await storage.organizations.update(id, (current) => change(current, deps.today()));
        await audit(c, deps, action, id);
        return c.json(changed, 200);
      },
    );

  return createRouter()
    .openapi(
      createRoute({
        method: 'patch',
        path: '/{id}',
        tags,
        summary:
          'Rename an organization, rename, re-count, add or remove its departments, and set or clear its calibration cadence',
        request: { params: IdParam, ...jsonBody(EditOrganizationBody) },
        responses: {
          200: jsonResponse(OrganizationSchema, 'The organization as edited'),
          ...problems(400, 401, 403, 404, 409, 413, 422, 503),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        guard(c, 'organization:manage', id);
        const organization = await findOrganization(id);
        const campaigns = await storage.campaigns.listByOrganization(id);
        for (const campaign of campaigns) await ensureDepartmentSnapshot(deps, campaign, organization);
        const edit = c.req.valid('json');
        const inUse = departmentsInUse(campaigns);
        const changed = await storage.organizations.update(id, (current) =>
          editOrganization(current, edit, { newId: deps.newId, inUse }),
        );
        // Drafts cover every department, as a campaign made now would: they take the ones just added.
        for (const draft of campaigns.filter((x) => x.status === 'draft')) {
          await storage.campaigns.update(draft.id, (current) =>
            withAddedDepartments(current, changed, deps.newToken),
          );
        }
        await audit(c, deps, 'organization.edit', id);
        return c.json(changed, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}',
        tags,
        summary:
          'Delete an organization with no open campaign, for good, with its campaigns and everything stored for them',
        request: { params: IdParam, ...jsonBody(ConfirmDeletionBody) },
        responses: {
          200: jsonResponse(OrganizationDeletedSchema, 'Deleted'),
          ...problems(400, 401, 403, 404, 409, 413, 422, 503),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        guard(c, 'organization:remove', id);
        const organization = await findOrganization(id);
        const campaigns = await storage.campaigns.listByOrganization(id);
        assertNoneOpen(campaigns);
        let stored = 0;
        for (const campaign of campaigns) stored += await storage.responses.countByCampaign(campaign.id);
        assertDeletionConfirmed(organization.name, stored, c.req.valid('json').confirmName);
        let responsesDeleted = 0;
        for (const campaign of campaigns) {
          responsesDeleted += await deleteCampaignForGood(deps, tallies, campaign);
          await audit(c, deps, 'campaign.delete', campaign.id);
        }
        // Its action plan names owners by name and email; the record goes last, so a deletion cut short is
        // done again.
        await storage.actionPlan.removeOrganization(id);
        // Campaigns deleted above took their chat channels; this catches any left by a deletion cut short.
        await storage.chats.removeOrganization(id);
        // Its workshops hold participants' names and drafts.
        await storage.workshops.removeOrganization(id);
        await storage.organizations.remove(id);
        // The audit log is kept apart from what is deleted, so the deletion stays on record.
        await audit(c, deps, 'organization.delete', id);
        return c.json({ id, campaignsDeleted: campaigns.length, responsesDeleted }, 200);
      },
    )
    .route('/', flag('/{id}/archive', archived, 'organization.archive'))
    .route('/', flag('/{id}/unarchive', unarchived, 'organization.unarchive'));
}
