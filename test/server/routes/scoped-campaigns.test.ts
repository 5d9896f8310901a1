// A campaign of chosen departments (a pilot, one division): it asks those departments alone, counts its
// response rates, disclosure preview, staff list and report over them, and its report says it speaks for
// them, not for the organization.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scoreable } from '../../fixtures/answers';
import { expectProblem, setUpCampaign, startTestApp, submit, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

const ACME = { Product: 10, Design: 8, Sales: 30, Finance: 2 };

describe('a campaign of chosen departments', () => {
  it('asks those departments alone: links, progress, disclosure preview and the survey’s department choice', async () => {
    const { campaign, wideToken, departmentId } = await setUpCampaign(t, ACME, {
      only: ['Product', 'Design'],
      open: false,
    });
    expect(campaign.scope).toBe('departments');
    expect(campaign.departmentIds).toEqual([departmentId('Product'), departmentId('Design')]);
    expect(campaign.links.map((l) => l.departmentId)).toEqual([
      null,
      departmentId('Product'),
      departmentId('Design'),
    ]);

    const read = (await t.call('GET', `/api/campaigns/${campaign.id}`)).body;
    expect(read.progress).toMatchObject({ headcount: 18 });
    expect(read.progress.departments.map((d: { name: string }) => d.name)).toEqual(['Product', 'Design']);
    expect(read.disclosure.map((r: { name: string }) => r.name)).toEqual(['Product', 'Design']);

    await t.call('POST', `/api/campaigns/${campaign.id}/open`);
    const survey = (await t.call('GET', `/api/survey/${wideToken}`)).body;
    expect(survey.departments.map((d: { name: string }) => d.name)).toEqual(['Product', 'Design']);
    const outside = await t.call('POST', `/api/survey/${wideToken}/responses`, {
      answers: scoreable({ pay_fair: 4 }),
      departmentId: departmentId('Sales'),
    });
    expectProblem(outside, 422, ['departmentId']);
    expect((await t.call('GET', `/api/campaigns/${campaign.id}`)).body.progress.responses).toBe(0);
  });

  it('keeps its choice when the organization gains a department, as a whole-organization draft does not', async () => {
    const whole = await setUpCampaign(t, ACME, { open: false });
    const pilot = await t.call('POST', `/api/organizations/${whole.organization.id}/campaigns`, {
      name: 'Pilot',
      questionnaireId: 'readiness-okr',
      departmentIds: [whole.departmentId('Product')],
    });
    expect(pilot.status).toBe(201);
    const departments = [...whole.organization.departments, { name: 'Research', headcount: 6 }];
    const edited = await t.call('PATCH', `/api/organizations/${whole.organization.id}`, { departments });
    expect(edited.status).toBe(200);
    const after = async (id: string) =>
      (await t.call('GET', `/api/campaigns/${id}`)).body.campaign.departmentIds;
    expect(await after(pilot.body.id)).toEqual([whole.departmentId('Product')]);
    expect(await after(whole.campaign.id)).toHaveLength(5);
  });

  it('refuses a staff list naming a department it does not ask, and stores nothing', async () => {
    const { campaign } = await setUpCampaign(t, ACME, { only: ['Product'], open: false });
    const csv = 'email,department\na@example.com,Product\nb@example.com,Sales\n';
    const reply = await t.call('POST', `/api/campaigns/${campaign.id}/staff`, { csv });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
    const read = (await t.call('GET', `/api/campaigns/${campaign.id}`)).body;
    expect(read.campaign.staffCounts).toBeNull();
  });

  it('reports over its departments, and says whom it speaks for', async () => {
    const { campaign, tokenOf } = await setUpCampaign(t, ACME, { only: ['Product', 'Design'] });
    await submit(t, tokenOf('Product'), 6);
    await submit(t, tokenOf('Design'), 5);
    const report = (await t.call('GET', `/api/campaigns/${campaign.id}/report`)).body;
    expect(report.scope).toBe('departments');
    expect(report.headcount).toBe(18);
    expect(report.departments.map((d: { name: string }) => d.name)).toEqual(['Product', 'Design']);

    const whole = await setUpCampaign(t, ACME);
    expect((await t.call('GET', `/api/campaigns/${whole.campaign.id}/report`)).body.scope).toBe(
      'organization',
    );
  });

  it.each<[string, (ids: string[]) => unknown, string]>([
    ['no department', () => [], 'campaign.departments-empty'],
    ['a department of another organization', () => ['elsewhere'], 'campaign.department-unknown'],
  ])('refuses %s with 422 and creates nothing', async (_, named, code) => {
    const { organization } = await setUpCampaign(t, ACME, { open: false });
    const before = (await t.call('GET', `/api/organizations/${organization.id}`)).body.campaigns.length;
    const reply = await t.call('POST', `/api/organizations/${organization.id}/campaigns`, {
      name: 'Pilot',
      questionnaireId: 'readiness-okr',
      departmentIds: named(organization.departments.map((d) => d.id)),
    });
    expectProblem(reply, 422, ['departmentIds']);
    expect(reply.body.errors[0].code).toBe(code);
    expect((await t.call('GET', `/api/organizations/${organization.id}`)).body.campaigns).toHaveLength(
      before,
    );
  });
});
