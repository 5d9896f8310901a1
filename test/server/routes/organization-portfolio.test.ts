// The start page's portfolio: each organization in the list carries its latest opened campaign's verdict
// and readiness scores, exactly as the person asking gets that campaign's report, and nothing where no
// campaign has opened.

import { afterAll, beforeAll, expect, it } from 'vitest';
import { OrganizationListSchema } from '../../../server/http/organization-replies';
import type { CampaignReport } from '../../../server/domain/analysis/campaign-report';
import type { OrganizationListItem } from '../../../server/http/api-types';
import { inviteAndAccept } from '../../fixtures/accounts';
import { setUpCampaign, startTestApp, submit, type Setup, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
let answered: Setup;
let drafted: Setup;
let headCookie: string;

beforeAll(async () => {
  t = await startTestApp();
  answered = await setUpCampaign(t);
  await submit(t, answered.tokenOf('Sales'), 6);
  await submit(t, answered.tokenOf('Operations'), 6);
  // An organization whose only campaign is still a draft has nothing to show yet.
  drafted = await setUpCampaign(t, undefined, { open: false });
  const head = await inviteAndAccept(t, answered.organization.id, {
    email: 'head@example.com',
    role: 'department-head',
    departmentIds: [answered.departmentId('Sales')],
  });
  headCookie = head.cookie;
});
afterAll(() => t.close());

async function listAs(cookie?: string) {
  const reply = await t.call('GET', '/api/organizations', undefined, cookie ? { cookie } : {});
  expect(reply.status).toBe(200);
  // The reply holds to its strict schema, the new field included.
  expect(OrganizationListSchema.safeParse(reply.body).success).toBe(true);
  return reply.body as OrganizationListItem[];
}

async function reportAs(cookie?: string) {
  const reply = await t.call(
    'GET',
    `/api/campaigns/${answered.campaign.id}/report`,
    undefined,
    cookie ? { cookie } : {},
  );
  expect(reply.status).toBe(200);
  return reply.body as CampaignReport;
}

it('gives an answered campaign’s verdict and the report’s overall dimension means', async () => {
  const list = await listAs();
  const report = await reportAs();
  const latest = list.find((o) => o.id === answered.organization.id)!.latest!;
  expect(latest).toMatchObject({
    campaignId: answered.campaign.id,
    campaignName: 'Baseline',
    status: 'open',
    verdict: report.summary.verdict,
    title: report.summary.title,
    responseRate: report.responseRate,
  });
  expect(latest.title.en).toEqual(expect.any(String));
  expect(latest.title['zh-cn']).toEqual(expect.any(String));
  const readiness = report.dimensions.filter((d) => d.role === 'readiness');
  expect(latest.dimensions.map((d) => d.id)).toEqual(readiness.map((d) => d.id));
  const overall = report.overall!.dimensions as Record<string, { mean: number }>;
  for (const d of latest.dimensions) {
    expect(d.score).toBe(overall[d.id]!.mean);
    expect(d.score).toEqual(expect.any(Number));
  }
});

it('has nothing for an organization without an opened campaign', async () => {
  const list = await listAs();
  expect(list.find((o) => o.id === drafted.organization.id)!.latest).toBeNull();
});

it('shows a department head only what their own report shows: no organization scores where it is withheld', async () => {
  const list = await listAs(headCookie);
  expect(list.map((o) => o.id)).toEqual([answered.organization.id]);
  const report = await reportAs(headCookie);
  // With one other department shown, the organization's figures would give it away: the report withholds them.
  expect(report.overall).toBeNull();
  const latest = list[0]!.latest!;
  expect(latest.verdict).toBe(report.summary.verdict);
  expect(latest.responseRate).toBeNull();
  expect(latest.dimensions.length).toBeGreaterThan(0);
  expect(latest.dimensions.every((d) => d.score === null)).toBe(true);
});

it('follows the latest opened campaign, and leaves an archived one out', async () => {
  const closed = await t.call('POST', `/api/campaigns/${answered.campaign.id}/close`);
  expect(closed.status).toBe(200);
  expect((await listAs()).find((o) => o.id === answered.organization.id)!.latest!.status).toBe('closed');
  const archived = await t.call('POST', `/api/campaigns/${answered.campaign.id}/archive`);
  expect(archived.status).toBe(200);
  expect((await listAs()).find((o) => o.id === answered.organization.id)!.latest).toBeNull();
});
