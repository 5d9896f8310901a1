// An organization's calibration cadence through the API: set and cleared on its edit, refused when it is not
// a whole number of months from 1 to 24, and the organization list saying when its next wave is due.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OrganizationListSchema } from '../../../server/http/organization-replies';
import { inviteAndAccept } from '../../fixtures/accounts';
import { expectProblem, setUpCampaign, startTestApp, TODAY, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
// The day the app takes for today, moved by a test to look at the list later on.
let today = TODAY;
beforeEach(async () => {
  today = TODAY;
  t = await startTestApp(undefined, {}, { today: () => today });
});
afterEach(async () => {
  await t.close();
});

const edit = (organizationId: string, body: unknown, cookie?: string) =>
  t.call('PATCH', `/api/organizations/${organizationId}`, body, cookie === undefined ? {} : { cookie });
const listed = async (organizationId: string) =>
  ((await t.call('GET', '/api/organizations')).body as { id: string; nextWaveDue: unknown }[]).find(
    (o) => o.id === organizationId,
  )!;

describe('the calibration cadence on PATCH /api/organizations/:id', () => {
  it('sets a quarterly cadence, changes it and clears it, each edit audited', async () => {
    const { organization } = await setUpCampaign(t);
    const set = await edit(organization.id, { cadenceMonths: 3 });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body.cadenceMonths).toBe(3);
    expect((await t.call('GET', `/api/organizations/${organization.id}`)).body.cadenceMonths).toBe(3);
    // The rest of the organization is untouched.
    expect({ ...set.body, cadenceMonths: undefined }).toEqual({ ...organization, cadenceMonths: undefined });

    expect((await edit(organization.id, { cadenceMonths: 12 })).body.cadenceMonths).toBe(12);
    expect((await edit(organization.id, { name: 'Acme Group' })).body.cadenceMonths).toBe(12);
    const cleared = await edit(organization.id, { cadenceMonths: null });
    expect(cleared.status).toBe(200);
    expect('cadenceMonths' in cleared.body).toBe(false);
    expect('cadenceMonths' in (await t.storage.organizations.get(organization.id))!).toBe(false);

    const audited = (await t.storage.audit.list()).filter(
      (e) => e.action === 'organization.edit' && e.target === organization.id,
    );
    expect(audited).toHaveLength(4);
  });

  it.each([0, 25, -3, 2.5, '3', true])(
    'refuses a cadence of %j with 422 naming the field, changing nothing',
    async (cadenceMonths) => {
      const { organization } = await setUpCampaign(t);
      expect((await edit(organization.id, { cadenceMonths: 6 })).status).toBe(200);
      const before = await t.storage.organizations.get(organization.id);
      const reply = await edit(organization.id, { name: 'Renamed', cadenceMonths });
      expectProblem(reply, 422, ['cadenceMonths']);
      expect(reply.body.code).toBe('request.invalid');
      expect(await t.storage.organizations.get(organization.id)).toEqual(before);
    },
  );

  it('is refused to an executive (403), changing nothing', async () => {
    const { organization } = await setUpCampaign(t);
    const executive = await inviteAndAccept(t, organization.id, {
      email: 'exec@example.com',
      role: 'executive',
      departmentIds: [],
    });
    expectProblem(await edit(organization.id, { cadenceMonths: 3 }, executive.cookie), 403);
    expect((await t.storage.organizations.get(organization.id))!.cadenceMonths).toBeUndefined();
  });
});

describe('nextWaveDue in GET /api/organizations', () => {
  it('is null without a cadence, and without a closed wave', async () => {
    const { organization, campaign } = await setUpCampaign(t);
    expect((await listed(organization.id)).nextWaveDue).toBeNull();
    await edit(organization.id, { cadenceMonths: 3 });
    // The only wave is still open: nothing to count from yet.
    expect((await listed(organization.id)).nextWaveDue).toBeNull();
    expect((await t.call('POST', `/api/campaigns/${campaign.id}/close`)).status).toBe(200);
    expect((await listed(organization.id)).nextWaveDue).not.toBeNull();
    await edit(organization.id, { cadenceMonths: null });
    expect((await listed(organization.id)).nextWaveDue).toBeNull();
  });

  it('counts the cadence from the day the last wave closed, and says on each day how near it is', async () => {
    const { organization, campaign } = await setUpCampaign(t);
    await edit(organization.id, { cadenceMonths: 3 });
    expect((await t.call('POST', `/api/campaigns/${campaign.id}/close`)).status).toBe(200);
    const due = {
      cadenceMonths: 3,
      lastCampaignId: campaign.id,
      lastCampaignName: 'Baseline',
      lastClosedOn: TODAY,
      dueOn: '2026-06-02',
      dueQuarter: { year: 2026, quarter: 2 },
      underway: null,
    };
    expect((await listed(organization.id)).nextWaveDue).toEqual({ ...due, status: 'not-yet', daysUntil: 92 });
    // The reply is the shape its schema documents, strictly.
    const list = (await t.call('GET', '/api/organizations')).body;
    expect(OrganizationListSchema.safeParse(list).success).toBe(true);
    for (const [day, status, daysUntil] of [
      ['2026-05-20', 'soon', 13],
      ['2026-06-10', 'due', -8],
      ['2026-07-01', 'overdue', -29],
    ] as const) {
      today = day;
      expect((await listed(organization.id)).nextWaveDue, day).toEqual({ ...due, status, daysUntil });
    }
  });

  it('names the next wave made from the last one as under way', async () => {
    const { organization, campaign } = await setUpCampaign(t);
    await edit(organization.id, { cadenceMonths: 3 });
    expect((await t.call('POST', `/api/campaigns/${campaign.id}/close`)).status).toBe(200);
    today = '2026-06-02';
    const made = await t.call('POST', `/api/campaigns/${campaign.id}/next-wave`, { name: '2026 Q2 wave' });
    expect(made.status).toBe(201);
    expect((await listed(organization.id)).nextWaveDue).toMatchObject({
      lastCampaignId: campaign.id,
      status: 'due',
      underway: { campaignId: made.body.campaign.id, name: '2026 Q2 wave', status: 'draft' },
    });
  });

  it('is null for an archived organization', async () => {
    const { organization, campaign } = await setUpCampaign(t);
    await edit(organization.id, { cadenceMonths: 3 });
    expect((await t.call('POST', `/api/campaigns/${campaign.id}/close`)).status).toBe(200);
    expect((await t.call('POST', `/api/organizations/${organization.id}/archive`)).status).toBe(200);
    const archived = (await t.call('GET', '/api/organizations?archived=true')).body as {
      id: string;
      cadenceMonths: number;
      nextWaveDue: unknown;
    }[];
    expect(archived.find((o) => o.id === organization.id)).toMatchObject({
      cadenceMonths: 3,
      nextWaveDue: null,
    });
  });

  it('is given to every reader of the list, a department head too', async () => {
    const { organization, campaign, departmentId } = await setUpCampaign(t);
    await edit(organization.id, { cadenceMonths: 6 });
    expect((await t.call('POST', `/api/campaigns/${campaign.id}/close`)).status).toBe(200);
    const head = await inviteAndAccept(t, organization.id, {
      email: 'head@example.com',
      role: 'department-head',
      departmentIds: [departmentId('Sales')],
    });
    const list = await t.call('GET', '/api/organizations', undefined, { cookie: head.cookie });
    expect(list.body).toHaveLength(1);
    expect(list.body[0].nextWaveDue).toMatchObject({ cadenceMonths: 6, dueOn: '2026-09-02' });
  });
});
