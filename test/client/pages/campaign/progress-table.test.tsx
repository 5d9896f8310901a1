// @vitest-environment jsdom
// The campaign page's tracking table: answers through personal links beside their invitations and
// openings, answers through codes and shared links apart and never beside an "opened" they would exceed.

import { screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { importStaff, mailMergeTokens, staffCsv } from '../../../fixtures/staff';
import { setUpCampaign, submit, type TestApp } from '../../../fixtures/test-app';
import { scoreable } from '../../../fixtures/answers';
import { closePage, renderPage, startPageApp } from '../../../support/render-page';

let t: TestApp;
afterEach(async () => {
  closePage();
  await t.close();
});

async function trackingTable(campaignId: string) {
  renderPage(t, `/campaigns/${campaignId}`, t.ownerCookie);
  const section = within(await screen.findByRole('region', { name: 'Response tracking' }));
  const headings = section.getAllByRole('columnheader').map((h) => h.textContent);
  const row = (name: string) =>
    within(section.getByRole('row', { name: new RegExp(`^${name}`) }))
      .getAllByRole('cell')
      .map((c) => c.textContent);
  return { section, headings, row };
}

it('shows shared-link answers with no invited or opened column to contradict them', async () => {
  t = await startPageApp();
  const { campaign, tokenOf } = await setUpCampaign(t, { Sales: 25, Operations: 12 });
  await submit(t, tokenOf('Sales'), 19);
  await submit(t, tokenOf('Operations'), 6);
  const { section, headings, row } = await trackingTable(campaign.id);
  expect(headings).toEqual(['Department or group', 'People', 'Answered', 'Response rate']);
  expect(row('Sales')).toEqual(['25', '19', '76%']);
  expect(section.queryByText(/personal invitations/)).toBeNull();
  expect(section.getByText('25 answers through access codes or shared links.')).toBeDefined();
  expect(section.getByText(/Only personal links are counted when opened/)).toBeDefined();
});

it('keeps personal-link answers beside their openings and the others apart when both ways are used', async () => {
  t = await startPageApp();
  const { campaign, departmentId } = await setUpCampaign(t, { Sales: 20, Operations: 12 });
  // Codes for Sales first (people without email), then the list of those with one.
  const issued = await t.call('POST', `/api/campaigns/${campaign.id}/access-codes`, {
    departmentId: departmentId('Sales'),
    count: 3,
  });
  expect(issued.status).toBe(201);
  for (const code of issued.body.codes as string[])
    expect((await t.call('POST', `/api/survey/${code}/responses`, { answers: scoreable() })).status).toBe(
      201,
    );
  await importStaff(t, campaign.id, staffCsv({ Sales: 8, Operations: 6 }));
  const tokens = await mailMergeTokens(t, campaign.id);
  for (const [email, token] of tokens) {
    if (/^sales[7-8]@/.test(email)) continue;
    await t.call('GET', `/api/survey/${token}`);
    if (email === 'operations1@example.com') continue;
    expect((await t.call('POST', `/api/survey/${token}/responses`, { answers: scoreable() })).status).toBe(
      201,
    );
  }
  const { section, headings, row } = await trackingTable(campaign.id);
  expect(headings).toEqual([
    'Department or group',
    'People',
    'Personal links',
    'Access codes and shared links',
    'All answers',
    'Invited',
    'Opened',
    'Answered',
    'Answered',
    'Response rate',
  ]);
  // People, invited, opened, answered by link, answered otherwise, answered in all, rate.
  expect(row('Sales')).toEqual(['8', '8', '6', '6', '3', '9', '113%']);
  expect(row('Operations')).toEqual(['6', '6', '6', '5', '0', '5', '83%']);
  expect(section.getByText('14 personal invitations: 12 opened, 11 answered.')).toBeDefined();
  expect(section.getByText('3 answers through access codes or shared links.')).toBeDefined();
});
