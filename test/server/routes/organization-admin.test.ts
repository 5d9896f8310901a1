// Editing an organization and its departments, a campaign's own copy of its departments, and archiving and
// deleting organizations and campaigns, through the real app over real embedded storage.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Campaign } from '../../../server/domain/campaigns/campaign';
import type { Organization } from '../../../server/domain/campaigns/organization';
import { inviteAndAccept } from '../../fixtures/accounts';
import { importStaff, staffCsv } from '../../fixtures/staff';
import { expectProblem, setUpCampaign, startTestApp, submit, type TestApp } from '../../fixtures/test-app';
import { finishedMailing, UNREACHED } from '../../fixtures/finished-mailing';
import { dumpedTables, ON_POSTGRES } from '../../fixtures/test-storage';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

const edit = (organizationId: string, body: unknown, cookie?: string) =>
  t.call('PATCH', `/api/organizations/${organizationId}`, body, cookie === undefined ? {} : { cookie });
const actions = async () => (await t.storage.audit.list()).map((e) => `${e.action} ${e.target}`);
/** The PostgreSQL tables that hold what the embedded store keeps in each folder's per-campaign files. */
const tablesOf: Record<string, string[]> = {
  responses: ['responses', 'response_inbox', 'response_counts'],
  people: ['survey_people', 'person_links', 'staff_retention'],
  tallies: ['tally_checkpoints'],
};
/** What is stored for a campaign in a folder: its files there, or on PostgreSQL its rows in those tables. */
const filesOf = async (folder: string, campaignId: string) => {
  if (!ON_POSTGRES) {
    return (await readdir(join(t.dataDir, folder)).catch(() => [] as string[])).filter((n) =>
      n.startsWith(campaignId),
    );
  }
  const tables = dumpedTables(await t.store.dump());
  return tablesOf[folder]!.flatMap((name) =>
    tables.get(name)!.filter((row) => row.campaign_id === campaignId),
  );
};
/** Every row that names the id, outside the audit log (which keeps who deleted what): none once deleted. */
const rowsNaming = async (id: string) =>
  [...dumpedTables(await t.store.dump())]
    .filter(([name]) => name !== 'audit_log')
    .flatMap(([name, rows]) => rows.filter((row) => JSON.stringify(row).includes(id)).map(() => name));

/** A chat channel of the campaign (a group's webhook, sealed): deletion must take it along. */
async function addChatChannel(campaignId: string) {
  const added = await t.call('POST', `/api/campaigns/${campaignId}/chat/channels`, {
    platform: 'slack',
    label: 'Group chat to forget',
    departmentId: null,
    invite: 'link',
    webhookUrl: 'https://hooks.slack.com/services/T0000/B0000/forgetme',
  });
  expect(added.status).toBe(201);
}

/** A closed campaign whose report shows both departments: six answers in each. */
async function closedWithAnswers() {
  const setup = await setUpCampaign(t, { Sales: 10, Operations: 12 });
  await submit(t, setup.tokenOf('Sales'), 6);
  await submit(t, setup.tokenOf('Operations'), 6);
  expect((await t.call('POST', `/api/campaigns/${setup.campaign.id}/close`)).status).toBe(200);
  return setup;
}

describe('PATCH /api/organizations/:id', () => {
  it('renames the organization, renames and re-counts a department, adds one and removes one, audited', async () => {
    const { organization } = await setUpCampaign(t, { Sales: 10, Operations: 12, Legal: 3 }, { open: false });
    const [sales, operations, legal] = organization.departments;
    // The draft covers Legal: it is deleted first, so Legal can go.
    const draft = (await t.storage.campaigns.listByOrganization(organization.id))[0]!;
    expect((await t.call('DELETE', `/api/campaigns/${draft.id}`, {})).status).toBe(200);
    const reply = await edit(organization.id, {
      name: 'Acme Group',
      departments: [
        { id: operations!.id, name: 'Operations', headcount: 12 },
        { id: sales!.id, name: 'Sales & Marketing', headcount: 14 },
        { name: 'Research', headcount: 6 },
      ],
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body.name).toBe('Acme Group');
    expect(reply.body.departments).toEqual([
      { id: operations!.id, name: 'Operations', headcount: 12 },
      { id: sales!.id, name: 'Sales & Marketing', headcount: 14 },
      { id: expect.any(String), name: 'Research', headcount: 6 },
    ]);
    expect(reply.body.departments.map((d: { id: string }) => d.id)).not.toContain(legal!.id);
    expect(await t.storage.organizations.get(organization.id)).toEqual(reply.body);
    expect(await actions()).toContain(`organization.edit ${organization.id}`);
  });

  it('gives a draft a department added to the organization, with its link, and leaves an open campaign as it opened', async () => {
    const { organization, campaign: open } = await setUpCampaign(t, { Sales: 10 });
    const draft = (
      await t.call('POST', `/api/organizations/${organization.id}/campaigns`, {
        name: 'Next wave',
        questionnaireId: 'readiness-okr',
      })
    ).body as Campaign;
    const edited = await edit(organization.id, {
      departments: [...organization.departments, { name: 'Research', headcount: 6 }],
    });
    const research = edited.body.departments[1].id as string;
    const grown = await t.storage.campaigns.get(draft.id);
    expect(grown?.departmentIds).toEqual([...draft.departmentIds, research]);
    const link = grown!.links.find((l) => l.departmentId === research)!;
    expect((await t.call('GET', `/api/survey/${link.token}`)).status).toBe(200);
    expect((await t.storage.campaigns.get(open.id))?.departmentIds).toEqual(open.departmentIds);
  });

  it('keeps both of two edits made at once: one renames the organization, the other a department', async () => {
    const { organization } = await setUpCampaign(t, { Sales: 10, Operations: 12 });
    const [sales, operations] = organization.departments;
    const replies = await Promise.all([
      edit(organization.id, { name: 'Acme Group' }),
      edit(organization.id, {
        departments: [
          { id: sales!.id, name: 'Sales', headcount: 11 },
          { id: operations!.id, name: 'Ops', headcount: 12 },
        ],
      }),
    ]);
    expect(replies.map((r) => r.status)).toEqual([200, 200]);
    const stored = await t.storage.organizations.get(organization.id);
    expect(stored?.name).toBe('Acme Group');
    expect(stored?.departments.map((d) => [d.name, d.headcount])).toEqual([
      ['Sales', 11],
      ['Ops', 12],
    ]);
  });

  it('refuses, changing nothing, to remove a department an open campaign covers (409), or a draft', async () => {
    for (const open of [true, false]) {
      const { organization } = await setUpCampaign(t, { Sales: 10, Operations: 12 }, { open });
      const [sales] = organization.departments;
      const reply = await edit(organization.id, {
        departments: [{ id: sales!.id, name: 'Sales', headcount: 10 }],
      });
      expectProblem(reply, 409);
      expect(reply.body.code).toBe('organization.department-in-use');
      expect(reply.body.params).toEqual({ department: 'Operations', campaign: 'Baseline' });
      expect(await t.storage.organizations.get(organization.id)).toEqual(organization);
    }
  });

  it('refuses look-alike names, an unknown department and one named twice with 422, changing nothing', async () => {
    const { organization } = await setUpCampaign(t, { Sales: 10, Operations: 12 });
    const [sales, operations] = organization.departments;
    const cases: [unknown, string, string][] = [
      [
        [
          { id: sales!.id, name: 'Sales', headcount: 10 },
          { id: operations!.id, name: ' SALES', headcount: 12 },
        ],
        'organization.department-look-alike',
        'departments.1.name',
      ],
      [
        [
          { id: sales!.id, name: 'Sales', headcount: 10 },
          { id: 'nowhere', name: 'Operations', headcount: 12 },
        ],
        'organization.department-unknown',
        'departments.1.id',
      ],
      [
        [
          { id: sales!.id, name: 'Sales', headcount: 10 },
          { id: sales!.id, name: 'Operations', headcount: 12 },
        ],
        'organization.department-repeated',
        'departments.1.id',
      ],
    ];
    for (const [departments, code, field] of cases) {
      const reply = await edit(organization.id, { departments });
      expectProblem(reply, 422, [field]);
      expect(reply.body.code).toBe(code);
    }
    expectProblem(await edit(organization.id, { departments: [] }), 422, ['departments']);
    expectProblem(await edit(organization.id, { name: 'x', color: 'red' }), 422);
    expect(await t.storage.organizations.get(organization.id)).toEqual(organization);
  });

  it('is refused to an executive (403) and to someone of another organization (404)', async () => {
    const { organization } = await setUpCampaign(t);
    const executive = await inviteAndAccept(t, organization.id, {
      email: 'exec@example.com',
      role: 'executive',
      departmentIds: [],
    });
    expectProblem(await edit(organization.id, { name: 'Mine' }, executive.cookie), 403);
    const other = await t.call('POST', '/api/organizations', {
      name: 'Globex',
      departments: [{ name: 'IT', headcount: 5 }],
    });
    const admin = await inviteAndAccept(t, other.body.id, {
      email: 'admin@example.com',
      role: 'administrator',
      departmentIds: [],
    });
    expectProblem(await edit(organization.id, { name: 'Mine' }, admin.cookie), 404);
    expect((await t.storage.organizations.get(organization.id))?.name).toBe('Acme');
  });
});

describe("a campaign's own copy of its departments", () => {
  it('leaves the report of a closed campaign byte-identical after a department is renamed and re-counted', async () => {
    const { organization, campaign } = await closedWithAnswers();
    const before = await t.call('GET', `/api/campaigns/${campaign.id}/report`);
    expect(before.status).toBe(200);
    expect(JSON.stringify(before.body)).toContain('"Sales"');
    const [sales, operations] = organization.departments;
    const edited = await edit(organization.id, {
      departments: [
        { id: sales!.id, name: 'Revenue', headcount: 40 },
        { id: operations!.id, name: 'Operations', headcount: 7 },
      ],
    });
    expect(edited.status).toBe(200);
    const after = await t.call('GET', `/api/campaigns/${campaign.id}/report`);
    expect(JSON.stringify(after.body)).toBe(JSON.stringify(before.body));
    // The campaign page and its tracking read the same copy.
    const detail = await t.call('GET', `/api/campaigns/${campaign.id}`);
    expect(detail.body.organization.departments.map((d: { name: string }) => d.name)).toEqual([
      'Sales',
      'Operations',
    ]);
  });

  it('keeps a closed campaign whole when one of its departments is removed from the organization', async () => {
    const { organization, campaign } = await closedWithAnswers();
    const before = JSON.stringify((await t.call('GET', `/api/campaigns/${campaign.id}/report`)).body);
    const [sales] = organization.departments;
    const edited = await edit(organization.id, {
      departments: [
        { id: sales!.id, name: 'Sales', headcount: 10 },
        { name: 'Ops North', headcount: 6 },
        { name: 'Ops South', headcount: 6 },
      ],
    });
    expect(edited.status).toBe(200);
    expect(JSON.stringify((await t.call('GET', `/api/campaigns/${campaign.id}/report`)).body)).toBe(before);
  });

  it('is taken when the campaign opens, and a draft follows the organization until then', async () => {
    const { organization, campaign } = await setUpCampaign(t, { Sales: 10, Operations: 12 }, { open: false });
    expect(campaign.departmentsAtOpening).toBeNull();
    const [sales, operations] = organization.departments;
    await edit(organization.id, {
      departments: [
        { id: sales!.id, name: 'Sales', headcount: 20 },
        { id: operations!.id, name: 'Operations', headcount: 12 },
      ],
    });
    const opened = await t.call('POST', `/api/campaigns/${campaign.id}/open`);
    expect(opened.body.departmentsAtOpening).toEqual([
      { id: sales!.id, name: 'Sales', headcount: 20 },
      { id: operations!.id, name: 'Operations', headcount: 12 },
    ]);
  });

  it('is taken, and stored, at the first read of a campaign stored before campaigns kept one', async () => {
    const { organization, campaign } = await closedWithAnswers();
    // As an earlier version stored it: no copy.
    await t.storage.campaigns.update(campaign.id, (c) => ({ ...c, departmentsAtOpening: null }));
    const report = JSON.stringify((await t.call('GET', `/api/campaigns/${campaign.id}/report`)).body);
    const stored = await t.storage.campaigns.get(campaign.id);
    expect(stored?.departmentsAtOpening).toEqual(organization.departments);
    const [sales, operations] = organization.departments;
    await edit(organization.id, {
      departments: [
        { id: sales!.id, name: 'Revenue', headcount: 3 },
        { id: operations!.id, name: 'Operations', headcount: 12 },
      ],
    });
    expect(JSON.stringify((await t.call('GET', `/api/campaigns/${campaign.id}/report`)).body)).toBe(report);
  });

  it('is taken before an edit for a campaign stored without one and not read since', async () => {
    const { organization, campaign } = await closedWithAnswers();
    await t.storage.campaigns.update(campaign.id, (c) => ({ ...c, departmentsAtOpening: null }));
    const [sales, operations] = organization.departments;
    await edit(organization.id, {
      departments: [
        { id: sales!.id, name: 'Revenue', headcount: 3 },
        { id: operations!.id, name: 'Operations', headcount: 12 },
      ],
    });
    expect((await t.storage.campaigns.get(campaign.id))?.departmentsAtOpening?.[0]?.name).toBe('Sales');
  });
});

describe('archiving', () => {
  it('leaves an archived organization out of the list, shows it with ?archived=true, and takes it back', async () => {
    const { organization, campaign } = await setUpCampaign(t);
    expectProblem(await t.call('POST', `/api/organizations/${organization.id}/archive`), 409);
    await t.call('POST', `/api/campaigns/${campaign.id}/close`);
    const archived = await t.call('POST', `/api/organizations/${organization.id}/archive`);
    expect(archived.status).toBe(200);
    expect(archived.body.archivedOn).toBe('2026-03-02');
    expect((await t.call('GET', '/api/organizations')).body).toEqual([]);
    expect(
      (await t.call('GET', '/api/organizations?archived=true')).body.map((o: Organization) => o.id),
    ).toEqual([organization.id]);
    const back = await t.call('POST', `/api/organizations/${organization.id}/unarchive`);
    expect(back.body.archivedOn).toBeUndefined();
    expect((await t.call('GET', '/api/organizations')).body.map((o: Organization) => o.id)).toEqual([
      organization.id,
    ]);
    expect(await actions()).toEqual(
      expect.arrayContaining([
        `organization.archive ${organization.id}`,
        `organization.unarchive ${organization.id}`,
      ]),
    );
  });

  it('archives a closed or draft campaign (never an open one) and takes it back', async () => {
    const { organization, campaign } = await setUpCampaign(t);
    const refused = await t.call('POST', `/api/campaigns/${campaign.id}/archive`);
    expectProblem(refused, 409);
    expect(refused.body.code).toBe('campaign.still-open');
    await t.call('POST', `/api/campaigns/${campaign.id}/close`);
    expect((await t.call('POST', `/api/campaigns/${campaign.id}/archive`)).body.archivedOn).toBe(
      '2026-03-02',
    );
    const listed = await t.call('GET', `/api/organizations/${organization.id}`);
    expect(listed.body.campaigns.map((c: Campaign) => c.archivedOn)).toEqual(['2026-03-02']);
    expect((await t.call('POST', `/api/campaigns/${campaign.id}/unarchive`)).body.archivedOn).toBeUndefined();
  });

  it('brings an archived draft back into the list when it opens', async () => {
    const { campaign } = await setUpCampaign(t, undefined, { open: false });
    await t.call('POST', `/api/campaigns/${campaign.id}/archive`);
    const opened = await t.call('POST', `/api/campaigns/${campaign.id}/open`);
    expect(opened.body.status).toBe('open');
    expect(opened.body.archivedOn).toBeUndefined();
  });
});

describe('DELETE /api/campaigns/:id', () => {
  it('deletes a closed campaign holding responses only with its exact name, and everything stored for it', async () => {
    const setup = await setUpCampaign(t, { Sales: 10, Operations: 12 });
    const { campaign } = setup;
    await submit(t, setup.tokenOf('Operations'), 6);
    await importStaff(t, campaign.id, staffCsv({ Sales: 2 }));
    await t.call('POST', `/api/campaigns/${campaign.id}/close`);
    await t.storage.tallies.write(campaign.id, 'a checkpoint');
    await t.storage.mailings.begin(finishedMailing(campaign.id));
    await addChatChannel(campaign.id);
    expect(await filesOf('responses', campaign.id)).not.toEqual([]);
    expect(await filesOf('people', campaign.id)).not.toEqual([]);

    for (const body of [{}, { confirmName: 'baseline' }]) {
      const refused = await t.call('DELETE', `/api/campaigns/${campaign.id}`, body);
      expectProblem(refused, 422, ['confirmName']);
      expect(refused.body).toMatchObject({ code: 'deletion.confirmation-wrong', params: { responses: 6 } });
    }
    expect(await t.storage.responses.countByCampaign(campaign.id)).toBe(6);

    const deleted = await t.call('DELETE', `/api/campaigns/${campaign.id}`, { confirmName: 'Baseline' });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ id: campaign.id, responsesDeleted: 6 });
    expect(await t.storage.campaigns.get(campaign.id)).toBeUndefined();
    expect(await t.storage.responses.countByCampaign(campaign.id)).toBe(0);
    expect(await t.storage.tallies.read(campaign.id)).toBeNull();
    expect(await t.storage.surveyInvitations.listByCampaign(campaign.id)).toEqual([]);
    expect(await filesOf('responses', campaign.id)).toEqual([]);
    expect(await filesOf('people', campaign.id)).toEqual([]);
    expect(await filesOf('tallies', campaign.id)).toEqual([]);
    expect(await t.storage.mailings.runs(campaign.id)).toEqual([]);
    expect((await t.storage.chats.get(campaign.id, campaign.organizationId)).channels).toEqual([]);
    expect(await t.store.dump()).not.toContain('Group chat to forget');
    expect(await t.store.dump()).not.toContain(UNREACHED);
    if (ON_POSTGRES) expect(await rowsNaming(campaign.id)).toEqual([]);
    expectProblem(await t.call('GET', `/api/campaigns/${campaign.id}`), 404);
    expectProblem(await t.call('GET', `/api/survey/${setup.tokenOf('Sales')}`), 404);
    expect(await actions()).toContain(`campaign.delete ${campaign.id}`);
  });

  it('deletes a draft with its access codes without a confirmation, and never an open campaign', async () => {
    const setup = await setUpCampaign(t, { Sales: 10 }, { open: false });
    const issued = await t.call('POST', `/api/campaigns/${setup.campaign.id}/access-codes`, {
      departmentId: setup.departmentId('Sales'),
      count: 3,
    });
    expect(issued.status).toBe(201);
    expect((await t.call('DELETE', `/api/campaigns/${setup.campaign.id}`, {})).status).toBe(200);
    expect(await t.storage.accessCodes.countByDepartment(setup.campaign.id)).toEqual({});
    expect(await t.storage.accessCodes.findByCodeHash('x')).toBeUndefined();

    const open = await setUpCampaign(t, { Sales: 10 });
    const refused = await t.call('DELETE', `/api/campaigns/${open.campaign.id}`, { confirmName: 'Baseline' });
    expectProblem(refused, 409);
    expect(refused.body.code).toBe('campaign.still-open');
    expect(await t.storage.campaigns.get(open.campaign.id)).toBeDefined();
  });

  it('is refused to an executive (403), changing nothing', async () => {
    const { organization, campaign } = await setUpCampaign(t, { Sales: 10 }, { open: false });
    const executive = await inviteAndAccept(t, organization.id, {
      email: 'exec@example.com',
      role: 'executive',
      departmentIds: [],
    });
    expectProblem(
      await t.call('DELETE', `/api/campaigns/${campaign.id}`, {}, { cookie: executive.cookie }),
      403,
    );
    expect(await t.storage.campaigns.get(campaign.id)).toBeDefined();
  });
});

describe('DELETE /api/organizations/:id', () => {
  it('deletes an organization with its campaigns, responses and roles once its name is typed, audited', async () => {
    const setup = await closedWithAnswers();
    const { organization, campaign } = setup;
    const head = await inviteAndAccept(t, organization.id, {
      email: 'head@example.com',
      role: 'executive',
      departmentIds: [],
    });
    const action = await t.call('POST', `/api/organizations/${organization.id}/action-plan`, {
      campaignId: campaign.id,
      recommendationId: null,
      title: 'Hold a goal-writing workshop',
      owner: { name: 'Pat Outside', email: 'pat.outside@example.com' },
      due: '2026-06-30',
      departmentIds: [],
    });
    expect(action.status, JSON.stringify(action.body)).toBe(201);
    await addChatChannel(campaign.id);
    const refused = await t.call('DELETE', `/api/organizations/${organization.id}`, { confirmName: 'Acme ' });
    expectProblem(refused, 422, ['confirmName']);
    expect(refused.body.params).toEqual({ responses: 12 });

    const deleted = await t.call('DELETE', `/api/organizations/${organization.id}`, { confirmName: 'Acme' });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ id: organization.id, campaignsDeleted: 1, responsesDeleted: 12 });
    expect(await t.storage.organizations.get(organization.id)).toBeUndefined();
    expect(await t.storage.campaigns.listByOrganization(organization.id)).toEqual([]);
    expect(await filesOf('responses', campaign.id)).toEqual([]);
    expect((await t.storage.accounts.get(head.accountId))?.grants).toEqual([]);
    // The action plan named its owner by name and address.
    expect(await t.storage.actionPlan.list(organization.id)).toEqual([]);
    expect(await t.store.dump()).not.toContain('pat.outside');
    expect(await t.store.dump()).not.toContain('Group chat to forget');
    if (ON_POSTGRES) expect(await rowsNaming(organization.id)).toEqual([]);
    expectProblem(
      await t.call('GET', `/api/organizations/${organization.id}`, undefined, { cookie: head.cookie }),
      404,
    );
    expect(await actions()).toEqual(
      expect.arrayContaining([`campaign.delete ${campaign.id}`, `organization.delete ${organization.id}`]),
    );
  });

  it('is refused while one of its campaigns is open', async () => {
    const { organization } = await setUpCampaign(t);
    const refused = await t.call('DELETE', `/api/organizations/${organization.id}`, { confirmName: 'Acme' });
    expectProblem(refused, 409);
    expect(refused.body).toMatchObject({
      code: 'organization.campaign-open',
      params: { campaign: 'Baseline' },
    });
    expect(await t.storage.organizations.get(organization.id)).toBeDefined();
  });
});
