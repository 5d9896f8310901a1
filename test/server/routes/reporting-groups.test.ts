import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storedText } from '../../fixtures/accounts';
import { expectProblem, setUpCampaign, submit, type Reply } from '../../fixtures/test-app';
import { closeApp, detail, open, startApp, t } from './campaign-settings-support';

beforeEach(startApp);
afterEach(closeApp);

describe('reporting groups', () => {
  const DEPARTMENTS = { Sales: 10, Operations: 12, Legal: 3, Procurement: 4 };
  const groups = (id: string) => `/api/campaigns/${id}/reporting-groups`;
  const names = (rows: { name: string }[]) => rows.map((r) => r.name);

  async function draftWithGroup() {
    const setup = await setUpCampaign(t, DEPARTMENTS, { open: false });
    const reply = await t.call('POST', groups(setup.campaign.id), {
      name: 'Back office',
      departmentIds: [setup.departmentId('Legal'), setup.departmentId('Procurement')],
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const group = (reply.body.reportingGroups as { id: string; name: string }[]).find(
      (g) => g.name === 'Back office',
    )!;
    return { ...setup, reply, groupId: group.id };
  }

  it('merges two small departments into one group the tracking and the disclosure preview list', async () => {
    const { campaign, reply, departmentId } = await draftWithGroup();
    expect(reply.body.reportingGroups).toEqual([
      {
        id: expect.any(String),
        name: 'Back office',
        departmentIds: [departmentId('Legal'), departmentId('Procurement')],
      },
    ]);
    const read = await detail(campaign.id);
    expect(names(read.progress.departments)).toEqual(['Sales', 'Operations', 'Back office']);
    expect(read.progress.departments[2]).toMatchObject({ name: 'Back office', headcount: 7 });
    expect(read.disclosure.map((r: { name: string; headcount: number }) => [r.name, r.headcount])).toEqual([
      ['Sales', 10],
      ['Operations', 12],
      ['Back office', 7],
    ]);
    // Alone, Legal (3) could never be shown; together with Procurement the group can be.
    expect(read.disclosure[2].status).toBe('shown');
  });

  it("reports the group's figures under its name and never names the merged departments", async () => {
    const { campaign, tokenOf } = await draftWithGroup();
    expect((await open(campaign.id)).status).toBe(200);
    await submit(t, tokenOf('Sales'), 6);
    await submit(t, tokenOf('Operations'), 7);
    await submit(t, tokenOf('Legal'), 3);
    await submit(t, tokenOf('Procurement'), 3);

    const report = await t.call('GET', `/api/campaigns/${campaign.id}/report`);
    expect(report.status).toBe(200);
    // Figures use whole batches of five per reported group: 5 + 5 + 5 of the 19 received.
    expect(report.body.responses).toBe(15);
    expect(report.body.release.received).toBe(19);
    expect(names(report.body.departments)).toEqual(['Sales', 'Operations', 'Back office']);
    const group = report.body.departments.find((d: { name: string }) => d.name === 'Back office');
    expect(group).toMatchObject({ hidden: false, headcount: 7, responses: 5 });
    expect(group.responseRate).toBeCloseTo(5 / 7);
    expect(group.summary).not.toBeNull();
    const text = JSON.stringify(report.body);
    expect(text).not.toContain('Legal');
    expect(text).not.toContain('Procurement');

    const progress = (await detail(campaign.id)).progress;
    expect(
      progress.departments.map((d: { name: string; responses: number }) => [d.name, d.responses]),
    ).toEqual([
      ['Sales', 6],
      ['Operations', 7],
      ['Back office', 6],
    ]);
  });

  it('refuses to merge or split once the campaign is open, storing nothing', async () => {
    const { campaign, groupId, departmentId } = await draftWithGroup();
    expect((await open(campaign.id)).status).toBe(200);
    const before = await storedText(t);
    const merge = await t.call('POST', groups(campaign.id), {
      name: 'Front office',
      departmentIds: [departmentId('Sales'), departmentId('Operations')],
    });
    expectProblem(merge, 409);
    expectProblem(await t.call('DELETE', `${groups(campaign.id)}/${groupId}`), 409);
    expect(await storedText(t)).toBe(before);
    expect(names((await detail(campaign.id)).progress.departments)).toEqual([
      'Sales',
      'Operations',
      'Back office',
    ]);
  });

  it.each([
    {
      what: 'an unknown department',
      ids: ['Sales', 'no-such-department'],
      name: 'Front',
      fields: ['departmentIds'],
    },
    {
      what: 'a department already in a group',
      ids: ['Sales', 'Legal'],
      name: 'Front',
      fields: ['departmentIds'],
    },
    {
      what: 'a name already used by a department',
      ids: ['Sales', 'Operations'],
      name: 'sales',
      fields: ['name'],
    },
    {
      what: 'a name already used by a group',
      ids: ['Sales', 'Operations'],
      name: 'BACK OFFICE',
      fields: ['name'],
    },
    { what: 'a single department', ids: ['Sales'], name: 'Front', fields: ['departmentIds'] },
    { what: 'the same department twice', ids: ['Sales', 'Sales'], name: 'Front', fields: ['departmentIds'] },
    { what: 'no name', ids: ['Sales', 'Operations'], name: '', fields: ['name'] },
  ])('refuses $what with 422, storing nothing', async ({ ids, name, fields }) => {
    const { campaign, departmentId } = await draftWithGroup();
    const before = await storedText(t);
    const departmentIds = ids.map((n) => (n in DEPARTMENTS ? departmentId(n) : n));
    expectProblem(await t.call('POST', groups(campaign.id), { name, departmentIds }), 422, fields);
    expect(await storedText(t)).toBe(before);
  });

  it("refuses another organization's department as unknown", async () => {
    const { campaign, departmentId } = await draftWithGroup();
    const other = await t.call('POST', '/api/organizations', {
      name: 'Other',
      departments: [{ name: 'Elsewhere', headcount: 5 }],
    });
    const foreign = other.body.departments[0].id;
    expectProblem(
      await t.call('POST', groups(campaign.id), {
        name: 'Mixed',
        departmentIds: [departmentId('Sales'), foreign],
      }),
      422,
      ['departmentIds'],
    );
  });

  it('splits a group again with DELETE', async () => {
    const { campaign, groupId } = await draftWithGroup();
    const reply = await t.call('DELETE', `${groups(campaign.id)}/${groupId}`);
    expect(reply.status).toBe(200);
    expect(reply.body.reportingGroups).toEqual([]);
    const read = await detail(campaign.id);
    expect(names(read.progress.departments)).toEqual(['Sales', 'Operations', 'Legal', 'Procurement']);
    expect(names(read.disclosure)).toEqual(['Sales', 'Operations', 'Legal', 'Procurement']);
    // The departments are free to be grouped differently now.
    const regroup = await t.call('POST', groups(campaign.id), {
      name: 'Legal and sales',
      departmentIds: [read.organization.departments[2].id, read.organization.departments[0].id],
    });
    expect(regroup.status).toBe(201);
  });

  it('refuses to split an unknown group with 422', async () => {
    const { campaign } = await draftWithGroup();
    const before = await storedText(t);
    const reply: Reply = await t.call('DELETE', `${groups(campaign.id)}/no-such-group`);
    expectProblem(reply, 422, ['groupId']);
    expect(await storedText(t)).toBe(before);
  });
});
