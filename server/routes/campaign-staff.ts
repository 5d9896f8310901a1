import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { readCsv } from '../csv/read-csv';
import { writeCsv } from '../csv/write-csv';
import { departmentsReportedWith, staffBesideSharedAnswersError } from '../domain/campaigns/answer-places';
import { campaignClosedError, campaignPhase, type Campaign } from '../domain/campaigns/campaign';
import { InvalidInputError, NotFoundError } from '../domain/errors';
import { readStaffList } from '../domain/campaigns/staff-list';
import { inviteStaff } from '../domain/campaigns/survey-invitation';
import { audit } from '../http/audit';
import { MailingBody, StaffCsvBody, StaffMemberParam } from '../http/campaign-schemas';
import { guard } from '../http/guard';
import {
  StaffImportedSchema,
  StaffListPreviewSchema,
  StaffListSchema,
  StaffRemovedSchema,
} from '../http/distribution-replies';
import { createRouter, jsonBody, jsonResponse, problems } from '../http/router';
import { IdParam } from '../http/schemas';
import { loadCampaignById } from './campaign-context';
import { assertMayDistribute, issueLinks, linkBaseOf } from './issue-links';

const tags = ['Staff and invitations'];

export function campaignStaffRoutes(deps: AppDeps) {
  const { storage } = deps;
  const load = (id: string) => loadCampaignById(deps, id);

  /** Reads an uploaded list against the campaign's departments and the people already on it. */
  const preview = async (campaign: Campaign, departments: { id: string; name: string }[], csv: string) => {
    const records = readCsv(csv);
    const listed = await storage.surveyInvitations.listByCampaign(campaign.id);
    return readStaffList(records, departments, new Set(listed.map((i) => i.email)), campaign.languages[0]);
  };
  const departmentsOf = (campaign: Campaign, all: { id: string; name: string }[]) =>
    all.filter((d) => campaign.departmentIds.includes(d.id));

  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/staff/preview',
        tags,
        summary: 'Check a staff list (CSV of email, department, optional name and language); saves nothing',
        request: { params: IdParam, ...jsonBody(StaffCsvBody) },
        responses: {
          200: jsonResponse(StaffListPreviewSchema, 'What would be imported, and every problem by line'),
          ...problems(400, 401, 403, 404, 413, 422),
        },
      }),
      async (c) => {
        const { campaign, organization } = await load(c.req.valid('param').id);
        guard(c, 'campaign:manage', campaign.organizationId);
        return c.json(
          await preview(campaign, departmentsOf(campaign, organization.departments), c.req.valid('json').csv),
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/staff',
        tags,
        summary: 'Add the people of a staff list to the campaign; refused whole if any row has a problem',
        request: { params: IdParam, ...jsonBody(StaffCsvBody) },
        responses: {
          201: jsonResponse(StaffImportedSchema, 'Added'),
          ...problems(400, 401, 403, 404, 409, 413, 422, 503),
        },
      }),
      async (c) => {
        const { campaign, organization } = await load(c.req.valid('param').id);
        guard(c, 'campaign:manage', campaign.organizationId);
        if (campaignPhase(campaign, deps.now()) === 'closed') throw campaignClosedError();
        const result = await preview(
          campaign,
          departmentsOf(campaign, organization.departments),
          c.req.valid('json').csv,
        );
        const count = result.errors.length;
        if (count > 0) {
          throw new InvalidInputError(
            `The list has ${count} problem${count === 1 ? '' : 's'}; nothing was imported. Fix them and upload it again.`,
            { code: 'staff.list-has-problems', params: { count } },
            result.errors.map((e) => ({
              field: `line:${e.line}.${e.field}`,
              message: e.message,
              code: e.code,
              params: { ...e.params, line: e.line },
            })),
          );
        }
        if (result.people.length === 0) {
          throw new InvalidInputError('Everyone in this file is already on the list.', {
            code: 'staff.nobody-new',
            params: {},
          });
        }
        // One write adds everyone or no one, skipping anyone an import running meanwhile has just added;
        // the counts follow from the list itself, so there is no second write to lose. Nobody is added to a
        // unit already holding answers through a shared link (answer-places.ts), checked in that write.
        const outcome = await storage.surveyInvitations.addMany(
          inviteStaff(result.people, campaign.id, deps.today(), deps.newId),
          (departmentId) => departmentsReportedWith(campaign, departmentId),
        );
        if ('besideSharedAnswers' in outcome) {
          throw staffBesideSharedAnswersError(organization, outcome.besideSharedAnswers);
        }
        const { added } = outcome;
        await audit(c, deps, 'campaign.staff.import', campaign.id);
        const skipped = result.people.length - added.length;
        return c.json(
          {
            added: added.length,
            alreadyListed: result.alreadyListed + skipped,
            byDepartment: result.byDepartment.map((d) => ({
              ...d,
              count: added.filter((a) => a.departmentId === d.departmentId).length,
            })),
          },
          201,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/staff',
        tags,
        summary: 'The people invited, and what became of the emails to them (never whether they answered)',
        request: { params: IdParam },
        responses: { 200: jsonResponse(StaffListSchema, 'The list'), ...problems(401, 403, 404, 422) },
      }),
      async (c) => {
        const { campaign } = await load(c.req.valid('param').id);
        guard(c, 'campaign:manage', campaign.organizationId);
        const erased = (await storage.surveyInvitations.retention(campaign.id)).erasedOn !== null;
        // An erased list keeps a record per person only for the counts; it names nobody to show.
        const invitations = erased ? [] : await storage.surveyInvitations.listByCampaign(campaign.id);
        // Who answered, opened or was reminded is left out on purpose: watched over time, it would tell
        // whose answers had just arrived in the report. Only a failed delivery, which HR must fix, is shown.
        const people = invitations.map((i) => ({
          email: i.email,
          name: i.name,
          departmentId: i.departmentId,
          language: i.language,
          sentOn: i.sentOn,
          deliveryError: i.lastDelivery && !i.lastDelivery.ok ? (i.lastDelivery.error ?? 'not sent') : null,
        }));
        return c.json({ people }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}/staff/{email}',
        tags,
        summary:
          'Take a person off the list (a mistyped address, someone who left); their links stop working',
        request: { params: StaffMemberParam },
        responses: {
          200: jsonResponse(StaffRemovedSchema, 'Removed'),
          ...problems(401, 403, 404, 409, 422, 503),
        },
      }),
      async (c) => {
        const { id, email } = c.req.valid('param');
        const { campaign } = await load(id);
        guard(c, 'campaign:manage', campaign.organizationId);
        if (campaignPhase(campaign, deps.now()) === 'closed') throw campaignClosedError();
        const listed = await storage.surveyInvitations.listByCampaign(campaign.id);
        const person = listed.find((i) => i.email === email.trim().toLowerCase());
        if (!person || !(await storage.surveyInvitations.remove(person.id))) {
          throw new NotFoundError(`${email} is not on this campaign's list.`, {
            code: 'staff.not-listed',
            params: { email },
          });
        }
        await audit(c, deps, 'campaign.staff.remove', campaign.id);
        return c.json({ removed: person.email, listed: listed.length - 1 }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/mail-merge',
        tags,
        summary: 'A CSV of names, emails and fresh personal links, for sending through your own mail tool',
        request: { params: IdParam, ...jsonBody(MailingBody) },
        responses: {
          200: {
            content: { 'text/csv': { schema: { type: 'string' } } },
            description: 'The mail-merge file',
          },
          ...problems(400, 401, 403, 404, 409, 413, 422, 503),
        },
      }),
      async (c) => {
        const { campaign, organization, questionnaire } = await load(c.req.valid('param').id);
        guard(c, 'survey:distribute', campaign.organizationId);
        assertMayDistribute(campaign, deps.now());
        const { kind } = c.req.valid('json');
        const composed = await issueLinks(
          deps,
          linkBaseOf(deps, c),
          campaign,
          organization,
          questionnaire,
          kind,
        );
        const today = deps.today();
        await storage.surveyInvitations.recordDeliveries(
          composed.map(({ invitation }) => ({
            id: invitation.id,
            kind,
            on: today,
            outcome: { ok: true } as const,
          })),
        );
        await audit(c, deps, `campaign.mail-merge.${kind}`, campaign.id);
        const nameOf = new Map(organization.departments.map((d) => [d.id, d.name]));
        const csv = writeCsv(
          ['email', 'name', 'department', 'language', 'link', 'subject', 'message'],
          composed.map(({ invitation, link, mail }) => [
            invitation.email,
            invitation.name,
            nameOf.get(invitation.departmentId) ?? '',
            invitation.language,
            link,
            mail.subject,
            mail.text,
          ]),
        );
        return c.body(csv, 200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="${kind === 'invitation' ? 'invitations' : 'reminders'}-${today}.csv"`,
          'cache-control': 'no-store',
        });
      },
    );
}
