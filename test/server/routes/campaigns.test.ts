import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  expectProblem,
  setUpCampaign,
  startTestApp,
  submit,
  TODAY,
  type TestApp,
} from '../../fixtures/test-app';
import { scoreable } from '../../fixtures/answers';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

describe('GET /api/campaigns/:id', () => {
  it('returns the campaign, its organization and its response progress', async () => {
    const { campaign, organization, tokenOf } = await setUpCampaign(t, { Sales: 10, Operations: 12 });
    await submit(t, tokenOf('Sales'), 6);
    await submit(t, tokenOf('Operations'), 5);
    const reply = await t.call('GET', `/api/campaigns/${campaign.id}`);
    expect(reply.status).toBe(200);
    expect(reply.body.campaign).toMatchObject({ id: campaign.id, status: 'open' });
    expect(reply.body.organization.id).toBe(organization.id);
    expect(reply.body.progress).toMatchObject({ responses: 11, headcount: 22, minGroupSize: 5 });
    expect(reply.body.progress.departments.map((d: { responses: number }) => d.responses)).toEqual([6, 5]);
  });

  it('previews which departments the reports will hide, from headcounts and the campaign minimum', async () => {
    const { campaign } = await setUpCampaign(t, { Sales: 40, Operations: 12, Legal: 3 }, { open: false });
    const reply = await t.call('GET', `/api/campaigns/${campaign.id}`);
    expect(reply.body.disclosure.map((r: { name: string; status: string }) => [r.name, r.status])).toEqual([
      ['Sales', 'shown'],
      ['Operations', 'hidden-to-protect'],
      ['Legal', 'hidden'],
    ]);
  });

  it('withholds the count of a department with fewer responses than the minimum', async () => {
    const { campaign, tokenOf } = await setUpCampaign(t, { Sales: 10, Operations: 12, Finance: 3 });
    await submit(t, tokenOf('Sales'), 7);
    await submit(t, tokenOf('Operations'), 6);
    await submit(t, tokenOf('Finance'), 2);
    const progress = (await t.call('GET', `/api/campaigns/${campaign.id}`)).body.progress;
    expect(progress.responses).toBe(15);
    expect(progress.departments.map((d: { responses: number | null }) => d.responses)).toEqual([
      7,
      null,
      null,
    ]);
  });

  it.each([
    { path: '/api/campaigns/no-such-campaign', status: 404 },
    { path: '/api/campaigns/no-such-campaign/report', status: 404 },
    { path: '/api/campaigns/bad%20id', status: 422 },
  ])('answers GET $path with $status', async ({ path, status }) => {
    expectProblem(await t.call('GET', path), status);
  });
});

describe('opening and closing a campaign', () => {
  it('opens a draft and records the day', async () => {
    const { campaign } = await setUpCampaign(t, undefined, { open: false });
    const reply = await t.call('POST', `/api/campaigns/${campaign.id}/open`);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ status: 'open', openedOn: TODAY });
    expect((await t.storage.campaigns.get(campaign.id))?.status).toBe('open');
  });

  it('closes an open campaign and records the day', async () => {
    const { campaign } = await setUpCampaign(t);
    const reply = await t.call('POST', `/api/campaigns/${campaign.id}/close`);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ status: 'closed', closedOn: TODAY });
    expect((await t.storage.campaigns.get(campaign.id))?.status).toBe('closed');
  });

  it.each([
    { what: 'opening an open campaign', steps: ['open'], action: 'open', status: 'open' },
    { what: 'opening a closed campaign', steps: ['open', 'close'], action: 'open', status: 'closed' },
    { what: 'closing a draft', steps: [], action: 'close', status: 'draft' },
    { what: 'closing a closed campaign', steps: ['open', 'close'], action: 'close', status: 'closed' },
  ])('answers $what with 409 and leaves it $status', async ({ steps, action, status }) => {
    const { campaign } = await setUpCampaign(t, undefined, { open: false });
    for (const step of steps)
      expect((await t.call('POST', `/api/campaigns/${campaign.id}/${step}`)).status).toBe(200);
    const reply = await t.call('POST', `/api/campaigns/${campaign.id}/${action}`);
    expectProblem(reply, 409);
    expect(reply.body.type).toBe('/problems/conflict');
    expect((await t.storage.campaigns.get(campaign.id))?.status).toBe(status);
  });

  it.each(['open', 'close'])('answers %s on an unknown campaign with 404', async (action) => {
    expectProblem(await t.call('POST', `/api/campaigns/no-such-campaign/${action}`), 404);
  });
});

describe('GET /api/campaigns/:id/report', () => {
  it('hides a department with fewer than 5 responses, shows the others in whole batches of 5, and says how many wait', async () => {
    const { campaign, tokenOf } = await setUpCampaign(t, {
      Sales: 10,
      Operations: 12,
      Marketing: 9,
      Finance: 4,
    });
    await submit(t, tokenOf('Sales'), 8);
    await submit(t, tokenOf('Operations'), 9);
    await submit(t, tokenOf('Marketing'), 6);
    await submit(t, tokenOf('Finance'), 3);
    const reply = await t.call('GET', `/api/campaigns/${campaign.id}/report`);
    expect(reply.status).toBe(200);
    const byName = Object.fromEntries(reply.body.departments.map((d: { name: string }) => [d.name, d]));
    expect(byName.Finance).toMatchObject({
      hidden: true,
      responses: null,
      responseRate: null,
      summary: null,
    });
    for (const name of ['Sales', 'Operations', 'Marketing']) {
      expect(byName[name]).toMatchObject({ hidden: false, responses: 5 });
    }
    expect(reply.body.responses).toBe(15);
    expect(reply.body.release).toMatchObject({ received: 26, heldBack: 11 });
  });

  it('puts nothing in the JSON from which a hidden department could be told apart', async () => {
    const { campaign, tokenOf } = await setUpCampaign(t, { Sales: 10, Operations: 10, Finance: 3 });
    await submit(t, tokenOf('Sales'), 6);
    await submit(t, tokenOf('Operations'), 7);
    await submit(t, tokenOf('Finance'), 2);
    const report = (await t.call('GET', `/api/campaigns/${campaign.id}/report`)).body;
    const hidden = report.departments.filter((d: { hidden: boolean }) => d.hidden);
    expect(hidden.map((d: { name: string }) => d.name).sort()).toEqual(['Finance']);
    for (const d of hidden)
      expect(Object.values(d).filter((v) => v !== null && typeof v === 'object')).toEqual([]);
  });

  it('gives no overall summary and no verdict beyond insufficient evidence below the minimum', async () => {
    const { campaign, tokenOf } = await setUpCampaign(t, { Sales: 5 });
    await submit(t, tokenOf('Sales'), 4);
    const report = (await t.call('GET', `/api/campaigns/${campaign.id}/report`)).body;
    expect(report.overall).toBeNull();
    expect(report.decision.verdict).toBe('insufficient-evidence');
  });

  it('gives a verdict with the evidence of every gate', async () => {
    const { campaign, tokenOf } = await setUpCampaign(t, { Sales: 8 });
    await submit(t, tokenOf('Sales'), 6, scoreable({ pay_fair: 1, pay_market: 1, pay_less_than_peers: 5 }));
    const report = (await t.call('GET', `/api/campaigns/${campaign.id}/report`)).body;
    expect(report).toMatchObject({
      campaignId: campaign.id,
      status: 'open',
      modelVersion: '2',
      responses: 5,
    });
    expect(report.decision).toMatchObject({ verdict: 'fix-hygiene', decidingGate: 'hygiene' });
    expect(report.decision.gates.find((g: { id: string }) => g.id === 'hygiene').status).toBe('fail');
  });
});
