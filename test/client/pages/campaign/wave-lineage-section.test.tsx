// @vitest-environment jsdom
// The campaign page's "Departments since the last wave": shown for a wave with one before it, where the
// administrator declares a merge by ticking each side, sees it listed, and takes it back; absent otherwise.

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { setUpCampaign, type TestApp } from '../../../fixtures/test-app';
import { closePage, renderPage, startPageApp } from '../../../support/render-page';

let t: TestApp;
afterEach(async () => {
  closePage();
  await t.close();
});

const HEADING = 'Departments since the last wave';

/** Sales, Ops and Legal asked, then Ops and Legal made into Back office, and the next wave made (a draft). */
async function mergedDraft() {
  t = await startPageApp();
  const setup = await setUpCampaign(t, { Sales: 10, Ops: 5, Legal: 5 });
  expect((await t.call('POST', `/api/campaigns/${setup.campaign.id}/close`)).status).toBe(200);
  const edited = await t.call('PATCH', `/api/organizations/${setup.organization.id}`, {
    departments: [
      { id: setup.departmentId('Sales'), name: 'Sales', headcount: 10 },
      { name: 'Back office', headcount: 10 },
    ],
  });
  expect(edited.status).toBe(200);
  const made = await t.call('POST', `/api/campaigns/${setup.campaign.id}/next-wave`, { name: 'Q2' });
  return { setup, draft: made.body.campaign.id as string };
}

it('declares a merge by ticking each side, lists it, and takes it back', async () => {
  const { setup, draft } = await mergedDraft();
  const page = renderPage(t, `/campaigns/${draft}`, t.ownerCookie);
  const section = within(await screen.findByRole('region', { name: HEADING }));
  await section.findByText(/^Nothing declared/);
  const before = within(section.getByRole('group', { name: 'In “Baseline”' }));
  const now = within(section.getByRole('group', { name: 'In this wave' }));
  expect(before.getAllByRole('checkbox').map((c) => c.parentElement!.textContent)).toEqual([
    'Sales',
    'Ops',
    'Legal',
  ]);
  expect(now.getAllByRole('checkbox').map((c) => c.parentElement!.textContent)).toEqual([
    'Sales',
    'Back office',
  ]);

  const user = userEvent.setup();
  // Ticked in another order than the wave lists them: stored in the wave's order.
  await user.click(before.getByRole('checkbox', { name: 'Legal' }));
  await user.click(before.getByRole('checkbox', { name: 'Ops' }));
  await user.click(now.getByRole('checkbox', { name: 'Back office' }));
  await user.click(section.getByRole('button', { name: 'Add: these became that' }));
  expect(await section.findByText('Ops, Legal → Back office (merged)', { exact: false })).toBeDefined();
  const backOffice = (await t.call('GET', `/api/campaigns/${draft}/lineage`)).body.units[1].id;
  expect(page.sent('PUT', `/api/campaigns/${draft}/lineage`).map((r) => r.body)).toEqual([
    {
      declarations: [
        { earlier: [setup.departmentId('Ops'), setup.departmentId('Legal')], later: [backOffice] },
      ],
    },
  ]);
  // The ticks are cleared for the next declaration.
  expect(before.getByRole('checkbox', { name: 'Ops' })).toHaveProperty('checked', false);

  await user.click(section.getByRole('button', { name: 'Remove: Ops, Legal became Back office' }));
  expect(await section.findByText(/^Nothing declared/)).toBeDefined();
  expect((await t.call('GET', `/api/campaigns/${draft}`)).body.campaign.lineage).toEqual([]);
});

it('is not shown for a campaign with no wave before it', async () => {
  t = await startPageApp();
  const { campaign } = await setUpCampaign(t, { Sales: 10 });
  const page = renderPage(t, `/campaigns/${campaign.id}`, t.ownerCookie);
  await screen.findByRole('heading', { name: campaign.name, level: 1 });
  // The section asked, and was told there is no wave before this one.
  const path = `/api/campaigns/${campaign.id}/lineage`;
  await waitFor(() => expect(page.sent('GET', path)).toHaveLength(1));
  expect((await t.call('GET', path)).body.previous).toBeNull();
  expect(screen.queryByRole('region', { name: HEADING })).toBeNull();
});
