// The authorization matrix: every kind of person against every administrative endpoint, in their own
// organization (A) and in another (B). People are made through the real invitation flow.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Campaign } from '../../../server/domain/campaigns/campaign';
import type { Organization } from '../../../server/domain/campaigns/organization';
import { createAction } from '../../../server/domain/decisions/action-plan';
import { createWorkshop } from '../../../server/domain/workshop/workshop';
import { accept, as, createOrganization, invite, inviteAndAccept, storedText } from '../../fixtures/accounts';
import { setUpCampaign, startTestApp, submit, type TestApp } from '../../fixtures/test-app';
import { scoreable } from '../../fixtures/answers';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

interface Side {
  organization: Organization;
  draft: Campaign;
  open: Campaign;
}
interface World {
  A: Side;
  B: Side;
}

async function side(name: string, departments: string[]): Promise<Side> {
  const organization = await createOrganization(t, name, departments);
  const create = async (campaign: string) =>
    (
      await t.call('POST', `/api/organizations/${organization.id}/campaigns`, {
        name: campaign,
        questionnaireId: 'readiness-okr',
      })
    ).body as Campaign;
  const draft = await create('Draft');
  const open = (await t.call('POST', `/api/campaigns/${(await create('Live')).id}/open`)).body as Campaign;
  expect(open.status).toBe('open');
  const staff = await t.call('POST', `/api/campaigns/${open.id}/staff`, { csv: staffCsv(departments) });
  expect(staff.status).toBe(201);
  // One action of the first department (the one head A heads), for the action-plan rows to change.
  await t.storage.actionPlan.add([
    createAction(
      { title: 'Run a pilot', departmentIds: [organization.departments[0]!.id] },
      {
        id: `plan-${organization.id}`,
        organizationId: organization.id,
        campaignId: open.id,
        recommendationId: null,
        departments: organization.departments.map((d) => d.id),
        now: '2026-03-02T12:00:00Z',
      },
    ),
  ]);
  // A workshop of the open campaign with one kept objective, for the workshop rows.
  await t.storage.workshops.create({
    ...createWorkshop(
      {
        id: `ws-${organization.id}`,
        organizationId: organization.id,
        campaignId: open.id,
        title: 'Goals',
        languages: ['en'],
        departmentIds: [],
        naming: 'named',
        code: name === 'Acme' ? 'AAAAAAAA' : 'BBBBBBBB',
        createdBy: 'owner',
        ruleSetVersion: '2',
      },
      '2026-03-02T12:00:00.000Z',
    ),
    kept: [{ id: 'kept-1', title: 'Delight customers', keyResults: ['NPS from 20 to 40'], fromDraftIds: [] }],
  });
  return { organization, draft, open };
}

const staffCsv = (departments: string[]) =>
  ['email,department', ...departments.map((d, i) => `person${i}@${d.toLowerCase()}.example,${d}`)].join('\n');

const buildWorld = async (): Promise<World> => ({
  A: await side('Acme', ['Sales', 'Operations']),
  B: await side('Globex', ['Support', 'Finance']),
});

const ACTORS = ['anonymous', 'owner', 'admin A', 'executive A', 'head A', 'consultant A', 'admin B'] as const;
type Actor = (typeof ACTORS)[number];

/** The actor's session cookie ('' for nobody), invited by the owner where the actor needs an account. */
async function cookieOf(actor: Actor, w: World): Promise<{ cookie: string; accountId: string | null }> {
  if (actor === 'anonymous') return { cookie: '', accountId: null };
  if (actor === 'owner') {
    return { cookie: t.ownerCookie, accountId: (await t.call('GET', '/api/session')).body.accountId };
  }
  const [role, org] = actor.split(' ') as [string, 'A' | 'B'];
  const organization = w[org].organization;
  const member = await inviteAndAccept(t, organization.id, {
    email: `${role}-${org}@example.com`.toLowerCase(),
    role: role === 'admin' ? 'administrator' : role === 'head' ? 'department-head' : (role as 'executive'),
    departmentIds: role === 'head' ? [organization.departments[0]!.id] : [],
  });
  return { cookie: member.cookie, accountId: member.accountId };
}

interface Endpoint {
  method: string;
  path: (s: Side) => string;
  body?: unknown | ((s: Side) => unknown);
  /** For a write that succeeded: asserts it was applied. Reads must leave the stored data unchanged. */
  applied?: (s: Side) => Promise<void>;
}

const organizationCount = async () => (await t.storage.organizations.list()).length;
const statusOf = async (id: string) => (await t.storage.campaigns.get(id))!.status;

const ENDPOINTS: Record<string, Endpoint> = {
  'GET /api/questionnaires': { method: 'GET', path: () => '/api/questionnaires' },
  'GET /api/organizations': { method: 'GET', path: () => '/api/organizations' },
  'POST /api/organizations': {
    method: 'POST',
    path: () => '/api/organizations',
    body: { name: 'Initech', departments: [{ name: 'IT', headcount: 5 }] },
    applied: async () => expect(await organizationCount()).toBe(3),
  },
  'POST /api/demo': {
    method: 'POST',
    path: () => '/api/demo',
    applied: async () => expect(await organizationCount()).toBe(3),
  },
  'GET /api/organizations/:id': { method: 'GET', path: (s) => `/api/organizations/${s.organization.id}` },
  'POST /api/campaigns/:id/next-wave': {
    method: 'POST',
    path: (s) => `/api/campaigns/${s.open.id}/next-wave`,
    body: { name: 'Next quarter' },
    applied: async (s) => {
      const made = (await t.storage.campaigns.listByOrganization(s.organization.id)).find(
        (c) => c.name === 'Next quarter',
      );
      expect(made?.previousWaveId).toBe(s.open.id);
    },
  },
  'POST /api/organizations/:id/campaigns': {
    method: 'POST',
    path: (s) => `/api/organizations/${s.organization.id}/campaigns`,
    body: { name: 'Follow-up', questionnaireId: 'readiness-okr' },
    applied: async (s) => {
      const names = (await t.storage.campaigns.listByOrganization(s.organization.id)).map((c) => c.name);
      expect(names).toContain('Follow-up');
    },
  },
  'GET /api/campaigns/:id': { method: 'GET', path: (s) => `/api/campaigns/${s.open.id}` },
  'GET /api/campaigns/:id/report': { method: 'GET', path: (s) => `/api/campaigns/${s.open.id}/report` },
  'GET /api/campaigns/:id/waves': { method: 'GET', path: (s) => `/api/campaigns/${s.open.id}/waves` },
  // The draft is compared with the campaign that opened before it: its lineage may be declared.
  'GET /api/campaigns/:id/lineage': { method: 'GET', path: (s) => `/api/campaigns/${s.draft.id}/lineage` },
  'PUT /api/campaigns/:id/lineage': {
    method: 'PUT',
    path: (s) => `/api/campaigns/${s.draft.id}/lineage`,
    body: (s: Side) => {
      const [first] = s.organization.departments;
      return { declarations: [{ earlier: [first!.id], later: [first!.id] }] };
    },
    applied: async (s) =>
      expect((await t.storage.campaigns.get(s.draft.id))!.lineage).toEqual([
        { earlier: [s.organization.departments[0]!.id], later: [s.organization.departments[0]!.id] },
      ]),
  },
  // No answers in these campaigns: an allowed reader is told nothing is released yet (409).
  'GET /api/campaigns/:id/export/responses': {
    method: 'GET',
    path: (s) => `/api/campaigns/${s.open.id}/export/responses`,
  },
  'GET /api/campaigns/:id/export/codebook': {
    method: 'GET',
    path: (s) => `/api/campaigns/${s.open.id}/export/codebook`,
  },
  // No answers in these campaigns either: an allowed reader is told there is nothing to show yet (409).
  'GET /api/campaigns/:id/report.pdf': {
    method: 'GET',
    path: (s) => `/api/campaigns/${s.open.id}/report.pdf?lang=en`,
  },
  // No answers in these campaigns: both units are hidden (409), and head A's report has the second one not
  // at all (404).
  'GET /api/campaigns/:id/compare': {
    method: 'GET',
    path: (s) =>
      `/api/campaigns/${s.open.id}/compare?a=${s.organization.departments[0]!.id}&b=${s.organization.departments[1]!.id}`,
  },
  'GET /api/campaigns/:id/heatmap.csv': {
    method: 'GET',
    path: (s) => `/api/campaigns/${s.open.id}/heatmap.csv?lang=en`,
  },
  // These campaigns chose no cut: a reader of the organization's reports is told the cut is not one of
  // the campaign's (404), as a stranger is told the campaign is not there.
  'GET /api/campaigns/:id/cuts': { method: 'GET', path: (s) => `/api/campaigns/${s.open.id}/cuts` },
  'GET /api/campaigns/:id/cuts/:cut': {
    method: 'GET',
    path: (s) => `/api/campaigns/${s.open.id}/cuts/level`,
  },
  // No answers: an allowed reader is told nothing is placed (shown: false), not refused.
  'GET /api/campaigns/:id/benchmark': { method: 'GET', path: (s) => `/api/campaigns/${s.open.id}/benchmark` },
  // A download is audited as an export: the entry (by the reader) is what it leaves behind.
  'GET /api/campaigns/:id/benchmark.csv': {
    method: 'GET',
    path: (s) => `/api/campaigns/${s.open.id}/benchmark.csv?lang=en`,
    applied: async () => undefined,
  },
  'PUT /api/organizations/:id/benchmark-opt-in': {
    method: 'PUT',
    path: (s) => `/api/organizations/${s.organization.id}/benchmark-opt-in`,
    body: { benchmarkOptIn: true },
    applied: async (s) =>
      expect((await t.storage.organizations.get(s.organization.id))!.benchmarkOptIn).toBe(true),
  },
  'GET /api/benchmarks': { method: 'GET', path: () => '/api/benchmarks' },
  // Two organizations are no pool: the owner is told there is nothing to export yet (409).
  'GET /api/benchmarks/export': { method: 'GET', path: () => '/api/benchmarks/export' },
  'POST /api/benchmarks': {
    method: 'POST',
    path: () => '/api/benchmarks',
    body: {
      format: 'groundwork-benchmark',
      formatVersion: 1,
      questionnaireId: 'readiness-okr-2',
      modelVersion: '2',
      createdOn: '2026-02-01',
      organizations: 12,
      respondents: 200,
      dimensions: {
        hygiene: {
          organizations: 12,
          respondents: 200,
          quantiles: { p10: 40, p25: 50, p50: 60, p75: 70, p90: 80 },
        },
      },
      scales: {},
    },
    applied: async () => expect(await t.storage.benchmarks.list()).toHaveLength(1),
  },
  'DELETE /api/benchmarks/:id': { method: 'DELETE', path: () => '/api/benchmarks/no-such-file' },
  'GET /api/campaigns/:id/questions': {
    method: 'GET',
    path: (s) => `/api/campaigns/${s.open.id}/questions?format=csv&lang=zh-cn`,
  },
  'GET /api/campaigns/:id/progress': {
    method: 'GET',
    path: (s) => `/api/campaigns/${s.open.id}/progress`,
  },
  'POST /api/campaigns/:id/open': {
    method: 'POST',
    path: (s) => `/api/campaigns/${s.draft.id}/open`,
    applied: async (s) => expect(await statusOf(s.draft.id)).toBe('open'),
  },
  'POST /api/campaigns/:id/close': {
    method: 'POST',
    path: (s) => `/api/campaigns/${s.open.id}/close`,
    applied: async (s) => expect(await statusOf(s.open.id)).toBe('closed'),
  },
  'PATCH /api/campaigns/:id': {
    method: 'PATCH',
    path: (s) => `/api/campaigns/${s.draft.id}`,
    body: { name: 'Renamed' },
    applied: async (s) => expect((await t.storage.campaigns.get(s.draft.id))!.name).toBe('Renamed'),
  },
  'POST /api/campaigns/:id/reporting-groups': {
    method: 'POST',
    path: (s) => `/api/campaigns/${s.draft.id}/reporting-groups`,
    body: (s: Side) => ({ name: 'Together', departmentIds: s.organization.departments.map((d) => d.id) }),
    applied: async (s) =>
      expect((await t.storage.campaigns.get(s.draft.id))!.reportingGroups.map((g) => g.name)).toEqual([
        'Together',
      ]),
  },
  'POST /api/campaigns/:id/staff/preview': {
    method: 'POST',
    path: (s) => `/api/campaigns/${s.open.id}/staff/preview`,
    body: { csv: 'email,department\nnew@example.com,Nowhere' },
  },
  'POST /api/campaigns/:id/staff': {
    method: 'POST',
    path: (s) => `/api/campaigns/${s.open.id}/staff`,
    body: (s: Side) => ({ csv: `email,department\nnew@example.com,${s.organization.departments[0]!.name}` }),
    applied: async (s) =>
      expect((await t.storage.surveyInvitations.listByCampaign(s.open.id)).map((i) => i.email)).toContain(
        'new@example.com',
      ),
  },
  'DELETE /api/campaigns/:id/staff/:email': {
    method: 'DELETE',
    path: (s) =>
      `/api/campaigns/${s.open.id}/staff/${encodeURIComponent('person0@' + s.organization.departments[0]!.name.toLowerCase() + '.example')}`,
    applied: async (s) => expect(await t.storage.surveyInvitations.listByCampaign(s.open.id)).toHaveLength(1),
  },
  'GET /api/campaigns/:id/staff': { method: 'GET', path: (s) => `/api/campaigns/${s.open.id}/staff` },
  'GET /api/campaigns/:id/staff-retention': {
    method: 'GET',
    path: (s) => `/api/campaigns/${s.open.id}/staff-retention`,
  },
  'PATCH /api/campaigns/:id/staff-retention': {
    method: 'PATCH',
    path: (s) => `/api/campaigns/${s.open.id}/staff-retention`,
    body: { days: 30 },
    applied: async (s) => expect((await t.storage.surveyInvitations.retention(s.open.id)).days).toBe(30),
  },
  // Only a closed campaign's list can be erased: an allowed caller is told so (409); everyone else is refused first.
  'POST /api/campaigns/:id/staff-retention/erase': {
    method: 'POST',
    path: (s) => `/api/campaigns/${s.open.id}/staff-retention/erase`,
    body: (s: Side) => ({ confirm: s.open.name }),
  },
  'POST /api/campaigns/:id/mail-merge': {
    method: 'POST',
    path: (s) => `/api/campaigns/${s.open.id}/mail-merge`,
    body: { kind: 'invitation' },
    applied: async (s) => {
      const invitations = await t.storage.surveyInvitations.listByCampaign(s.open.id);
      expect(invitations.every((i) => i.sentOn !== null && i.tokenHashes.length === 1)).toBe(true);
    },
  },
  // No mail server in these tests: an allowed caller is told so (409); everyone else is refused first.
  'POST /api/campaigns/:id/mailings': {
    method: 'POST',
    path: (s) => `/api/campaigns/${s.open.id}/mailings`,
    body: { kind: 'invitation' },
  },
  'GET /api/campaigns/:id/mailings/latest': {
    method: 'GET',
    path: (s) => `/api/campaigns/${s.open.id}/mailings/latest`,
  },
  // No mail server, so nothing to resume or plan: an allowed caller is told so (409); everyone else is refused first.
  'POST /api/campaigns/:id/mailings/latest/resume': {
    method: 'POST',
    path: (s) => `/api/campaigns/${s.open.id}/mailings/latest/resume`,
  },
  'GET /api/campaigns/:id/reminders': {
    method: 'GET',
    path: (s) => `/api/campaigns/${s.open.id}/reminders`,
  },
  'POST /api/campaigns/:id/reminders': {
    method: 'POST',
    path: (s) => `/api/campaigns/${s.open.id}/reminders`,
    body: { afterDays: 3 },
  },
  // No such reminder: an allowed caller is told so (404) only after the role was checked.
  'DELETE /api/campaigns/:id/reminders/:reminderId': {
    method: 'DELETE',
    path: (s) => `/api/campaigns/${s.open.id}/reminders/no-such-reminder`,
  },
  // The draft has no staff list, so its departments have places (headcount 10) for codes.
  'POST /api/campaigns/:id/access-codes': {
    method: 'POST',
    path: (s) => `/api/campaigns/${s.draft.id}/access-codes`,
    body: (s: Side) => ({ departmentId: s.organization.departments[0]!.id, count: 2 }),
    applied: async (s) =>
      expect(await t.storage.accessCodes.countByDepartment(s.draft.id)).toEqual({
        [s.organization.departments[0]!.id]: 2,
      }),
  },
  'GET /api/campaigns/:id/access-codes': {
    method: 'GET',
    path: (s) => `/api/campaigns/${s.open.id}/access-codes`,
  },
  'GET /api/campaigns/:id/suspects': { method: 'GET', path: (s) => `/api/campaigns/${s.open.id}/suspects` },
  // Nothing is suspect in these tests: an allowed caller is told the alert is gone (409).
  'POST /api/campaigns/:id/suspects/:alertId/exclusion': {
    method: 'POST',
    path: (s) => `/api/campaigns/${s.open.id}/suspects/all.1/exclusion`,
  },
  'GET /api/organizations/:id/users': {
    method: 'GET',
    path: (s) => `/api/organizations/${s.organization.id}/users`,
  },
  'POST /api/organizations/:id/invitations': {
    method: 'POST',
    path: (s) => `/api/organizations/${s.organization.id}/invitations`,
    body: { email: 'newcomer@example.com', role: 'executive' },
    applied: async (s) => {
      const invited = await t.storage.userInvitations.listByOrganization(s.organization.id);
      expect(invited.map((i) => i.email)).toContain('newcomer@example.com');
    },
  },
  // Nobody and nothing by these ids: an allowed caller is told so (404) only after the role was checked.
  'DELETE /api/organizations/:id/invitations/:invitationId': {
    method: 'DELETE',
    path: (s) => `/api/organizations/${s.organization.id}/invitations/no-such-invitation`,
  },
  'DELETE /api/organizations/:id/users/:accountId/roles/:role': {
    method: 'DELETE',
    path: (s) => `/api/organizations/${s.organization.id}/users/no-such-person/roles/executive`,
  },
  'DELETE /api/organizations/:id/users/:accountId/sessions': {
    method: 'DELETE',
    path: (s) => `/api/organizations/${s.organization.id}/users/no-such-person/sessions`,
  },
  'POST /api/organizations/:id/users/:accountId/password-reset': {
    method: 'POST',
    path: (s) => `/api/organizations/${s.organization.id}/users/no-such-person/password-reset`,
  },
  'PATCH /api/organizations/:id': {
    method: 'PATCH',
    path: (s) => `/api/organizations/${s.organization.id}`,
    body: { name: 'Renamed' },
    applied: async (s) =>
      expect((await t.storage.organizations.get(s.organization.id))!.name).toBe('Renamed'),
  },
  // Each organization has an open campaign: an allowed caller is told to close it first (409).
  'POST /api/organizations/:id/archive': {
    method: 'POST',
    path: (s) => `/api/organizations/${s.organization.id}/archive`,
  },
  'POST /api/organizations/:id/unarchive': {
    method: 'POST',
    path: (s) => `/api/organizations/${s.organization.id}/unarchive`,
    applied: async (s) =>
      expect((await t.storage.organizations.get(s.organization.id))!.archivedOn).toBeUndefined(),
  },
  'DELETE /api/organizations/:id': {
    method: 'DELETE',
    path: (s) => `/api/organizations/${s.organization.id}`,
    body: {},
  },
  'POST /api/campaigns/:id/archive': {
    method: 'POST',
    path: (s) => `/api/campaigns/${s.draft.id}/archive`,
    applied: async (s) => expect((await t.storage.campaigns.get(s.draft.id))!.archivedOn).toBe('2026-03-02'),
  },
  'POST /api/campaigns/:id/unarchive': {
    method: 'POST',
    path: (s) => `/api/campaigns/${s.draft.id}/unarchive`,
    applied: async (s) => expect((await t.storage.campaigns.get(s.draft.id))!.archivedOn).toBeUndefined(),
  },
  'DELETE /api/campaigns/:id': {
    method: 'DELETE',
    path: (s) => `/api/campaigns/${s.draft.id}`,
    body: {},
    applied: async (s) => expect(await t.storage.campaigns.get(s.draft.id)).toBeUndefined(),
  },
  'GET /api/organizations/:id/action-plan': {
    method: 'GET',
    path: (s) => `/api/organizations/${s.organization.id}/action-plan`,
  },
  'GET /api/organizations/:id/action-plan/owners': {
    method: 'GET',
    path: (s) => `/api/organizations/${s.organization.id}/action-plan/owners`,
  },
  // A download is audited as an export: the entry (by the reader) is what it leaves behind.
  'GET /api/organizations/:id/action-plan/export': {
    method: 'GET',
    path: (s) => `/api/organizations/${s.organization.id}/action-plan/export?format=xlsx&lang=zh-cn`,
    applied: async () => undefined,
  },
  'POST /api/organizations/:id/action-plan': {
    method: 'POST',
    path: (s) => `/api/organizations/${s.organization.id}/action-plan`,
    body: { title: 'Brief the works council' },
    applied: async (s) =>
      expect((await t.storage.actionPlan.list(s.organization.id)).map((a) => a.title)).toContain(
        'Brief the works council',
      ),
  },
  'POST /api/organizations/:id/action-plan/starter-plan': {
    method: 'POST',
    path: (s) => `/api/organizations/${s.organization.id}/action-plan/starter-plan`,
    body: (s: Side) => ({
      campaignId: s.open.id,
      recommendationId: 'kpi-projects',
      titles: ['Pick the KPIs'],
    }),
    applied: async (s) => expect(await t.storage.actionPlan.list(s.organization.id)).toHaveLength(2),
  },
  'PATCH /api/organizations/:id/action-plan/:actionId': {
    method: 'PATCH',
    path: (s) => `/api/organizations/${s.organization.id}/action-plan/plan-${s.organization.id}`,
    body: { status: 'done' },
    applied: async (s) =>
      expect((await t.storage.actionPlan.list(s.organization.id))[0]!.status).toBe('done'),
  },
  'POST /api/organizations/:id/action-plan/:actionId/comments': {
    method: 'POST',
    path: (s) => `/api/organizations/${s.organization.id}/action-plan/plan-${s.organization.id}/comments`,
    body: { text: 'Measure it' },
    applied: async (s) =>
      expect((await t.storage.actionPlan.list(s.organization.id))[0]!.comments).toHaveLength(1),
  },
  'DELETE /api/organizations/:id/action-plan/:actionId': {
    method: 'DELETE',
    path: (s) => `/api/organizations/${s.organization.id}/action-plan/plan-${s.organization.id}`,
    applied: async (s) => expect(await t.storage.actionPlan.list(s.organization.id)).toEqual([]),
  },
  'POST /api/organizations/:id/workshops': {
    method: 'POST',
    path: (s) => `/api/organizations/${s.organization.id}/workshops`,
    body: { title: 'Goal clinic', languages: ['en'], departmentIds: [], naming: 'anonymous' },
    applied: async (s) =>
      expect((await t.storage.workshops.listByOrganization(s.organization.id)).map((w) => w.title)).toContain(
        'Goal clinic',
      ),
  },
  'GET /api/organizations/:id/workshops': {
    method: 'GET',
    path: (s) => `/api/organizations/${s.organization.id}/workshops`,
  },
  'GET /api/workshops/:id': { method: 'GET', path: (s) => `/api/workshops/ws-${s.organization.id}` },
  'PATCH /api/workshops/:id': {
    method: 'PATCH',
    path: (s) => `/api/workshops/ws-${s.organization.id}`,
    body: { status: 'locked' },
    applied: async (s) =>
      expect((await t.storage.workshops.get(`ws-${s.organization.id}`))!.status).toBe('locked'),
  },
  'POST /api/workshops/:id/to-plan': {
    method: 'POST',
    path: (s) => `/api/workshops/ws-${s.organization.id}/to-plan`,
    body: { keptIds: ['kept-1'], as: 'actions' },
    applied: async (s) =>
      expect((await t.storage.actionPlan.list(s.organization.id)).map((a) => a.title)).toContain(
        'Delight customers',
      ),
  },
  // A download is audited as an export: the entry (by the reader) is what it leaves behind.
  'GET /api/workshops/:id/export': {
    method: 'GET',
    path: (s) => `/api/workshops/ws-${s.organization.id}/export?format=csv`,
    applied: async () => undefined,
  },
  'DELETE /api/account/sessions': {
    method: 'DELETE',
    path: () => '/api/account/sessions',
    // The actor has no other session: only the audit entry shows it was done, by them.
    applied: async () => undefined,
  },
};
type EndpointName = keyof typeof ENDPOINTS;

// prettier-ignore
const MATRIX: [EndpointName, 'A' | 'B' | '-', number[]][] = [
  //                                                 anon owner adminA execA headA consA adminB
  ['GET /api/questionnaires',                 '-', [401, 200, 200, 200, 200, 200, 200]],
  ['GET /api/organizations',                  '-', [401, 200, 200, 200, 200, 200, 200]],
  ['POST /api/organizations',                 '-', [401, 201, 403, 403, 403, 403, 403]],
  ['POST /api/demo',                          '-', [401, 201, 403, 403, 403, 403, 403]],
  ['GET /api/organizations/:id',              'A', [401, 200, 200, 200, 200, 200, 404]],
  ['GET /api/organizations/:id',              'B', [401, 200, 404, 404, 404, 404, 200]],
  ['POST /api/organizations/:id/campaigns',   'A', [401, 201, 201, 403, 403, 403, 404]],
  ['POST /api/organizations/:id/campaigns',   'B', [401, 201, 404, 404, 404, 404, 201]],
  ['POST /api/campaigns/:id/next-wave',       'A', [401, 201, 201, 403, 403, 403, 404]],
  ['POST /api/campaigns/:id/next-wave',       'B', [401, 201, 404, 404, 404, 404, 201]],
  ['GET /api/campaigns/:id',                  'A', [401, 200, 200, 200, 403, 200, 404]],
  ['GET /api/campaigns/:id',                  'B', [401, 200, 404, 404, 404, 404, 200]],
  ['GET /api/campaigns/:id/report',           'A', [401, 200, 200, 200, 200, 200, 404]],
  ['GET /api/campaigns/:id/report',           'B', [401, 200, 404, 404, 404, 404, 200]],
  ['GET /api/campaigns/:id/waves',            'A', [401, 200, 200, 200, 200, 200, 404]],
  ['GET /api/campaigns/:id/waves',            'B', [401, 200, 404, 404, 404, 404, 200]],
  ['GET /api/campaigns/:id/lineage',          'A', [401, 200, 200, 403, 403, 403, 404]],
  ['GET /api/campaigns/:id/lineage',          'B', [401, 200, 404, 404, 404, 404, 200]],
  ['PUT /api/campaigns/:id/lineage',          'A', [401, 200, 200, 403, 403, 403, 404]],
  ['PUT /api/campaigns/:id/lineage',          'B', [401, 200, 404, 404, 404, 404, 200]],
  ['GET /api/campaigns/:id/export/responses', 'A', [401, 409, 409, 409, 403, 409, 404]],
  ['GET /api/campaigns/:id/export/responses', 'B', [401, 409, 404, 404, 404, 404, 409]],
  ['GET /api/campaigns/:id/export/codebook',  'A', [401, 200, 200, 200, 403, 200, 404]],
  ['GET /api/campaigns/:id/export/codebook',  'B', [401, 200, 404, 404, 404, 404, 200]],
  ['GET /api/campaigns/:id/report.pdf',       'A', [401, 409, 409, 409, 409, 409, 404]],
  ['GET /api/campaigns/:id/report.pdf',       'B', [401, 409, 404, 404, 404, 404, 409]],
  ['GET /api/campaigns/:id/compare',          'A', [401, 409, 409, 409, 404, 409, 404]],
  ['GET /api/campaigns/:id/compare',          'B', [401, 409, 404, 404, 404, 404, 409]],
  ['GET /api/campaigns/:id/heatmap.csv',      'A', [401, 409, 409, 409, 409, 409, 404]],
  ['GET /api/campaigns/:id/heatmap.csv',      'B', [401, 409, 404, 404, 404, 404, 409]],
  ['GET /api/campaigns/:id/cuts',            'A', [401, 200, 200, 200, 200, 200, 404]],
  ['GET /api/campaigns/:id/cuts',            'B', [401, 200, 404, 404, 404, 404, 200]],
  ['GET /api/campaigns/:id/cuts/:cut',        'A', [401, 404, 404, 404, 404, 404, 404]],
  ['GET /api/campaigns/:id/cuts/:cut',        'B', [401, 404, 404, 404, 404, 404, 404]],
  ['GET /api/campaigns/:id/benchmark',        'A', [401, 200, 200, 200, 200, 200, 404]],
  ['GET /api/campaigns/:id/benchmark',        'B', [401, 200, 404, 404, 404, 404, 200]],
  ['GET /api/campaigns/:id/benchmark.csv',    'A', [401, 200, 200, 200, 200, 200, 404]],
  ['GET /api/campaigns/:id/benchmark.csv',    'B', [401, 200, 404, 404, 404, 404, 200]],
  ['PUT /api/organizations/:id/benchmark-opt-in', 'A', [401, 200, 200, 403, 403, 403, 404]],
  ['PUT /api/organizations/:id/benchmark-opt-in', 'B', [401, 200, 404, 404, 404, 404, 200]],
  ['GET /api/benchmarks',                     '-', [401, 200, 403, 403, 403, 403, 403]],
  ['GET /api/benchmarks/export',              '-', [401, 409, 403, 403, 403, 403, 403]],
  ['POST /api/benchmarks',                    '-', [401, 201, 403, 403, 403, 403, 403]],
  ['DELETE /api/benchmarks/:id',              '-', [401, 404, 403, 403, 403, 403, 403]],
  ['GET /api/campaigns/:id/questions',        'A', [401, 409, 409, 409, 409, 409, 404]],
  ['GET /api/campaigns/:id/questions',        'B', [401, 409, 404, 404, 404, 404, 409]],
  ['GET /api/campaigns/:id/progress',         'A', [401, 200, 200, 200, 403, 200, 404]],
  ['GET /api/campaigns/:id/progress',         'B', [401, 200, 404, 404, 404, 404, 200]],
  ['POST /api/campaigns/:id/open',            'A', [401, 200, 200, 403, 403, 403, 404]],
  ['POST /api/campaigns/:id/open',            'B', [401, 200, 404, 404, 404, 404, 200]],
  ['POST /api/campaigns/:id/close',           'A', [401, 200, 200, 403, 403, 403, 404]],
  ['POST /api/campaigns/:id/close',           'B', [401, 200, 404, 404, 404, 404, 200]],
  ['PATCH /api/campaigns/:id',                'A', [401, 200, 200, 403, 403, 403, 404]],
  ['PATCH /api/campaigns/:id',                'B', [401, 200, 404, 404, 404, 404, 200]],
  ['POST /api/campaigns/:id/reporting-groups','A', [401, 201, 201, 403, 403, 403, 404]],
  ['POST /api/campaigns/:id/reporting-groups','B', [401, 201, 404, 404, 404, 404, 201]],
  ['POST /api/campaigns/:id/staff/preview',   'A', [401, 200, 200, 403, 403, 403, 404]],
  ['POST /api/campaigns/:id/staff/preview',   'B', [401, 200, 404, 404, 404, 404, 200]],
  ['POST /api/campaigns/:id/staff',           'A', [401, 201, 201, 403, 403, 403, 404]],
  ['POST /api/campaigns/:id/staff',           'B', [401, 201, 404, 404, 404, 404, 201]],
  ['DELETE /api/campaigns/:id/staff/:email',  'A', [401, 200, 200, 403, 403, 403, 404]],
  ['DELETE /api/campaigns/:id/staff/:email',  'B', [401, 200, 404, 404, 404, 404, 200]],
  ['GET /api/campaigns/:id/staff',            'A', [401, 200, 200, 403, 403, 403, 404]],
  ['GET /api/campaigns/:id/staff',            'B', [401, 200, 404, 404, 404, 404, 200]],
  ['GET /api/campaigns/:id/staff-retention',  'A', [401, 200, 200, 200, 403, 200, 404]],
  ['GET /api/campaigns/:id/staff-retention',  'B', [401, 200, 404, 404, 404, 404, 200]],
  ['PATCH /api/campaigns/:id/staff-retention',  'A', [401, 200, 200, 403, 403, 403, 404]],
  ['PATCH /api/campaigns/:id/staff-retention',  'B', [401, 200, 404, 404, 404, 404, 200]],
  ['POST /api/campaigns/:id/staff-retention/erase', 'A', [401, 409, 409, 403, 403, 403, 404]],
  ['POST /api/campaigns/:id/staff-retention/erase', 'B', [401, 409, 404, 404, 404, 404, 409]],
  ['POST /api/campaigns/:id/mail-merge',      'A', [401, 200, 200, 403, 403, 403, 404]],
  ['POST /api/campaigns/:id/mail-merge',      'B', [401, 200, 404, 404, 404, 404, 200]],
  ['POST /api/campaigns/:id/mailings',        'A', [401, 409, 409, 403, 403, 403, 404]],
  ['POST /api/campaigns/:id/mailings',        'B', [401, 409, 404, 404, 404, 404, 409]],
  ['GET /api/campaigns/:id/mailings/latest',  'A', [401, 200, 200, 403, 403, 403, 404]],
  ['GET /api/campaigns/:id/mailings/latest',  'B', [401, 200, 404, 404, 404, 404, 200]],
  ['POST /api/campaigns/:id/mailings/latest/resume', 'A', [401, 409, 409, 403, 403, 403, 404]],
  ['POST /api/campaigns/:id/mailings/latest/resume', 'B', [401, 409, 404, 404, 404, 404, 409]],
  ['GET /api/campaigns/:id/reminders',        'A', [401, 200, 200, 403, 403, 403, 404]],
  ['GET /api/campaigns/:id/reminders',        'B', [401, 200, 404, 404, 404, 404, 200]],
  ['POST /api/campaigns/:id/reminders',       'A', [401, 409, 409, 403, 403, 403, 404]],
  ['POST /api/campaigns/:id/reminders',       'B', [401, 409, 404, 404, 404, 404, 409]],
  ['DELETE /api/campaigns/:id/reminders/:reminderId', 'A', [401, 404, 404, 403, 403, 403, 404]],
  ['DELETE /api/campaigns/:id/reminders/:reminderId', 'B', [401, 404, 404, 404, 404, 404, 404]],
  ['POST /api/campaigns/:id/access-codes',    'A', [401, 201, 201, 403, 403, 403, 404]],
  ['POST /api/campaigns/:id/access-codes',    'B', [401, 201, 404, 404, 404, 404, 201]],
  ['GET /api/campaigns/:id/access-codes',     'A', [401, 200, 200, 403, 403, 403, 404]],
  ['GET /api/campaigns/:id/access-codes',     'B', [401, 200, 404, 404, 404, 404, 200]],
  ['GET /api/campaigns/:id/suspects',         'A', [401, 200, 200, 403, 403, 403, 404]],
  ['GET /api/campaigns/:id/suspects',         'B', [401, 200, 404, 404, 404, 404, 200]],
  ['POST /api/campaigns/:id/suspects/:alertId/exclusion', 'A', [401, 409, 409, 403, 403, 403, 404]],
  ['POST /api/campaigns/:id/suspects/:alertId/exclusion', 'B', [401, 409, 404, 404, 404, 404, 409]],
  ['GET /api/organizations/:id/users',        'A', [401, 200, 200, 403, 403, 403, 404]],
  ['GET /api/organizations/:id/users',        'B', [401, 200, 404, 404, 404, 404, 200]],
  ['POST /api/organizations/:id/invitations', 'A', [401, 201, 201, 403, 403, 403, 404]],
  ['POST /api/organizations/:id/invitations', 'B', [401, 201, 404, 404, 404, 404, 201]],
  ['DELETE /api/organizations/:id/invitations/:invitationId', 'A', [401, 404, 404, 403, 403, 403, 404]],
  ['DELETE /api/organizations/:id/invitations/:invitationId', 'B', [401, 404, 404, 404, 404, 404, 404]],
  ['DELETE /api/organizations/:id/users/:accountId/roles/:role', 'A', [401, 404, 404, 403, 403, 403, 404]],
  ['DELETE /api/organizations/:id/users/:accountId/sessions', 'A', [401, 404, 404, 403, 403, 403, 404]],
  ['POST /api/organizations/:id/users/:accountId/password-reset', 'A', [401, 404, 403, 403, 403, 403, 404]],
  ['DELETE /api/account/sessions',            '-', [401, 204, 204, 204, 204, 204, 204]],
  ['PATCH /api/organizations/:id',            'A', [401, 200, 200, 403, 403, 403, 404]],
  ['PATCH /api/organizations/:id',            'B', [401, 200, 404, 404, 404, 404, 200]],
  ['POST /api/organizations/:id/archive',     'A', [401, 409, 409, 403, 403, 403, 404]],
  ['POST /api/organizations/:id/archive',     'B', [401, 409, 404, 404, 404, 404, 409]],
  ['POST /api/organizations/:id/unarchive',   'A', [401, 200, 200, 403, 403, 403, 404]],
  ['DELETE /api/organizations/:id',           'A', [401, 409, 409, 403, 403, 403, 404]],
  ['DELETE /api/organizations/:id',           'B', [401, 409, 404, 404, 404, 404, 409]],
  ['POST /api/campaigns/:id/archive',         'A', [401, 200, 200, 403, 403, 403, 404]],
  ['POST /api/campaigns/:id/archive',         'B', [401, 200, 404, 404, 404, 404, 200]],
  ['POST /api/campaigns/:id/unarchive',       'A', [401, 200, 200, 403, 403, 403, 404]],
  ['DELETE /api/campaigns/:id',               'A', [401, 200, 200, 403, 403, 403, 404]],
  ['DELETE /api/campaigns/:id',               'B', [401, 200, 404, 404, 404, 404, 200]],
  ['GET /api/organizations/:id/action-plan',  'A', [401, 200, 200, 200, 200, 200, 404]],
  ['GET /api/organizations/:id/action-plan',  'B', [401, 200, 404, 404, 404, 404, 200]],
  ['GET /api/organizations/:id/action-plan/owners', 'A', [401, 200, 200, 200, 403, 403, 404]],
  ['GET /api/organizations/:id/action-plan/owners', 'B', [401, 200, 404, 404, 404, 404, 200]],
  ['GET /api/organizations/:id/action-plan/export', 'A', [401, 200, 200, 200, 200, 200, 404]],
  ['GET /api/organizations/:id/action-plan/export', 'B', [401, 200, 404, 404, 404, 404, 200]],
  ['POST /api/organizations/:id/action-plan', 'A', [401, 201, 201, 201, 403, 403, 404]],
  ['POST /api/organizations/:id/action-plan', 'B', [401, 201, 404, 404, 404, 404, 201]],
  ['POST /api/organizations/:id/action-plan/starter-plan', 'A', [401, 201, 201, 201, 403, 403, 404]],
  ['POST /api/organizations/:id/action-plan/starter-plan', 'B', [401, 201, 404, 404, 404, 404, 201]],
  ['PATCH /api/organizations/:id/action-plan/:actionId', 'A', [401, 200, 200, 200, 200, 403, 404]],
  ['PATCH /api/organizations/:id/action-plan/:actionId', 'B', [401, 200, 404, 404, 404, 404, 200]],
  ['POST /api/organizations/:id/action-plan/:actionId/comments', 'A', [401, 201, 201, 201, 201, 201, 404]],
  ['POST /api/organizations/:id/action-plan/:actionId/comments', 'B', [401, 201, 404, 404, 404, 404, 201]],
  ['DELETE /api/organizations/:id/action-plan/:actionId', 'A', [401, 204, 204, 204, 403, 403, 404]],
  ['DELETE /api/organizations/:id/action-plan/:actionId', 'B', [401, 204, 404, 404, 404, 404, 204]],
  ['POST /api/organizations/:id/workshops',   'A', [401, 201, 201, 403, 403, 201, 404]],
  ['POST /api/organizations/:id/workshops',   'B', [401, 201, 404, 404, 404, 404, 201]],
  ['GET /api/organizations/:id/workshops',    'A', [401, 200, 200, 403, 403, 200, 404]],
  ['GET /api/workshops/:id',                  'A', [401, 200, 200, 403, 403, 200, 404]],
  ['GET /api/workshops/:id',                  'B', [401, 200, 404, 404, 404, 404, 200]],
  ['PATCH /api/workshops/:id',                'A', [401, 200, 200, 403, 403, 200, 404]],
  ['POST /api/workshops/:id/to-plan',         'A', [401, 201, 201, 403, 403, 403, 404]],
  ['GET /api/workshops/:id/export',           'A', [401, 200, 200, 403, 403, 200, 404]],
];

const WHERE = {
  A: 'in their own organization (A)',
  B: 'in the other organization (B)',
  '-': '(no organization)',
};
const CASES = MATRIX.flatMap(([endpoint, org, statuses]) =>
  ACTORS.map((actor, i) => ({
    endpoint,
    where: WHERE[org],
    side: org === 'B' ? ('B' as const) : ('A' as const),
    actor,
    status: statuses[i]!,
  })),
);

describe('authorization matrix', () => {
  it.each(CASES)(
    'answers $actor on $endpoint $where with $status',
    async ({ endpoint, side, actor, status }) => {
      const w = await buildWorld();
      const { cookie, accountId } = await cookieOf(actor, w);
      const { method, path, body, applied } = ENDPOINTS[endpoint]!;
      const before = await storedText(t);
      const auditBefore = (await t.storage.audit.list()).length;
      const payload = typeof body === 'function' ? body(w[side]) : body;
      const reply = await t.call(method, path(w[side]), payload, as(cookie));
      expect(reply.status, JSON.stringify(reply.body)).toBe(status);
      if (status >= 400) expect(reply.contentType).toMatch(/^application\/problem\+json/);
      if (status < 300 && applied) {
        await applied(w[side]);
        const audit = await t.storage.audit.list();
        expect(audit).toHaveLength(auditBefore + 1);
        expect(audit.at(-1)!.accountId).toBe(accountId);
      } else {
        expect(await storedText(t)).toBe(before);
      }
    },
  );
});

describe('GET /api/organizations', () => {
  it.each([
    { actor: 'owner', visible: ['Acme', 'Globex'] },
    { actor: 'admin A', visible: ['Acme'] },
    { actor: 'executive A', visible: ['Acme'] },
    { actor: 'head A', visible: ['Acme'] },
    { actor: 'consultant A', visible: ['Acme'] },
    { actor: 'admin B', visible: ['Globex'] },
  ] as { actor: Actor; visible: string[] }[])('lists to $actor only $visible', async ({ actor, visible }) => {
    const w = await buildWorld();
    const { cookie } = await cookieOf(actor, w);
    const reply = await t.call('GET', '/api/organizations', undefined, as(cookie));
    expect(reply.body.map((o: Organization) => o.name).sort()).toEqual(visible);
  });

  it('lists both organizations to someone with a role in each', async () => {
    const w = await buildWorld();
    const member = await inviteAndAccept(t, w.A.organization.id, {
      email: 'both@example.com',
      role: 'executive',
    });
    const token = await invite(t, w.B.organization.id, { email: 'both@example.com', role: 'consultant' });
    expect((await accept(t, token, { name: 'Both', password: member.password })).status).toBe(201);
    const reply = await t.call('GET', '/api/organizations', undefined, as(member.cookie));
    expect(reply.body.map((o: Organization) => o.name).sort()).toEqual(['Acme', 'Globex']);
  });
});

describe('a department head’s report', () => {
  it('contains only their own department, and not the organization figures that would give the other away', async () => {
    const { organization, campaign, tokenOf, departmentId } = await setUpCampaign(t, {
      Sales: 10,
      Operations: 12,
    });
    await submit(t, tokenOf('Sales'), 5);
    await submit(t, tokenOf('Operations'), 6, scoreable({ pay_fair: 2 }));
    const head = await inviteAndAccept(t, organization.id, {
      email: 'head@example.com',
      role: 'department-head',
      departmentIds: [departmentId('Sales')],
    });
    const full = (await t.call('GET', `/api/campaigns/${campaign.id}/report`)).body;
    const reply = await t.call('GET', `/api/campaigns/${campaign.id}/report`, undefined, as(head.cookie));
    expect(reply.status).toBe(200);
    expect(full.departments.map((d: { name: string }) => d.name)).toEqual(['Sales', 'Operations']);
    expect(reply.body.departments.map((d: { name: string }) => d.name)).toEqual(['Sales']);
    // Organization minus Sales would be Operations: the organization's figures are withheld, and the
    // report says so; the verdict stays.
    expect(full.overall).not.toBeNull();
    expect(reply.body.overall).toBeNull();
    expect(reply.body.view).toMatchObject({ organizationShown: false });
    expect(reply.body.decision.verdict).toEqual(full.decision.verdict);
    for (const gate of reply.body.decision.gates) {
      for (const check of gate.checks) expect(check.value).toBeNull();
    }
    const text = JSON.stringify(reply.body);
    expect(text).not.toContain(departmentId('Operations'));
    expect(text).not.toContain('Operations');
  });

  it('contains every department for a department head who is also an executive there', async () => {
    const { organization, campaign, tokenOf, departmentId } = await setUpCampaign(t);
    await submit(t, tokenOf('Sales'), 5);
    await submit(t, tokenOf('Operations'), 5);
    const head = await inviteAndAccept(t, organization.id, {
      email: 'head@example.com',
      role: 'department-head',
      departmentIds: [departmentId('Sales')],
    });
    const token = await invite(t, organization.id, { email: 'head@example.com', role: 'executive' });
    expect((await accept(t, token, { name: 'Head', password: head.password })).status).toBe(201);
    const reply = await t.call('GET', `/api/campaigns/${campaign.id}/report`, undefined, as(head.cookie));
    expect(reply.body.departments.map((d: { name: string }) => d.name)).toEqual(['Sales', 'Operations']);
  });

  // Known bug (reported): organization:read answers the organization with its campaigns in full, so a
  // department head, who may not read campaigns (403 above), still gets every survey link token, other
  // departments' and the campaign-wide one included, and could answer as those departments.
  // Remove `.fails` once the head's view of the organization carries no links.
  it('shows a department head no survey link of any campaign through the organization', async () => {
    const { organization, campaign, departmentId } = await setUpCampaign(t);
    const head = await inviteAndAccept(t, organization.id, {
      email: 'head@example.com',
      role: 'department-head',
      departmentIds: [departmentId('Sales')],
    });
    const reply = await t.call('GET', `/api/organizations/${organization.id}`, undefined, as(head.cookie));
    expect(reply.status).toBe(200);
    const text = JSON.stringify(reply.body);
    for (const link of campaign.links) expect(text).not.toContain(link.token);
  });
});
