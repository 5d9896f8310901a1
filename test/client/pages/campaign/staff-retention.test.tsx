// @vitest-environment jsdom
// The staff section says how long the list is kept after closing, lets an administrator change the days,
// and erases the list at once only with the campaign's name typed; afterwards it lists nobody.

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { importStaff, staffCsv } from '../../../fixtures/staff';
import { setUpCampaign, type TestApp } from '../../../fixtures/test-app';
import { closePage, renderPage, startPageApp } from '../../../support/render-page';

let t: TestApp;
afterEach(async () => {
  closePage();
  await t.close();
});

async function staffSection(close: boolean) {
  t = await startPageApp();
  const { campaign } = await setUpCampaign(t, { Sales: 10, Operations: 12 });
  await importStaff(t, campaign.id, staffCsv({ Sales: 3, Operations: 2 }));
  if (close) await t.call('POST', `/api/campaigns/${campaign.id}/close`);
  const page = renderPage(t, `/campaigns/${campaign.id}`, t.ownerCookie);
  const section = within(await screen.findByRole('region', { name: 'Staff list' }));
  await section.findByTestId('staff-retention');
  return { campaign, page, section };
}

it('says the list is kept until 90 days after closing while the campaign runs, and offers no erasure', async () => {
  const { section } = await staffSection(false);
  expect(
    section.getByText(
      'Names, email addresses and links on this list are erased 90 days after the campaign is closed.',
    ),
  ).toBeDefined();
  expect(section.queryByRole('button', { name: 'Erase the list now' })).toBeNull();
});

it('shows the day a closed campaign’s list will be erased, and moves it when the days change', async () => {
  const { campaign, page, section } = await staffSection(true);
  expect(
    section.getByText(
      'This list will be erased on 2026-05-31, 90 days after the campaign closed on 2026-03-02.',
    ),
  ).toBeDefined();
  const user = userEvent.setup();
  const days = section.getByRole('spinbutton', { name: 'Days kept after closing' });
  await user.clear(days);
  await user.type(days, '30');
  await user.click(section.getByRole('button', { name: 'Save' }));
  expect(
    await section.findByText(
      'This list will be erased on 2026-04-01, 30 days after the campaign closed on 2026-03-02.',
    ),
  ).toBeDefined();
  expect(page.sent('PATCH', `/api/campaigns/${campaign.id}/staff-retention`).map((r) => r.body)).toEqual([
    { days: 30 },
  ]);
});

it('erases the list only once the campaign’s name is typed, then lists nobody', async () => {
  const { campaign, section } = await staffSection(true);
  const user = userEvent.setup();
  expect(section.getByText('5 people are on the list.')).toBeDefined();
  await user.click(section.getByRole('button', { name: 'Erase the list now' }));
  await user.type(section.getByRole('textbox', { name: 'Campaign name' }), 'Something else');
  await user.click(section.getByRole('button', { name: 'Erase for good' }));
  expect(await section.findByText(/What you typed is not the campaign’s name/)).toBeDefined();
  expect((await t.storage.surveyInvitations.listByCampaign(campaign.id))[0]!.email).toBe(
    'sales1@example.com',
  );

  const typed = section.getByRole('textbox', { name: 'Campaign name' });
  await user.clear(typed);
  await user.type(typed, campaign.name);
  await user.click(section.getByRole('button', { name: 'Erase for good' }));
  expect(
    await section.findByText(
      'This list was erased on 2026-03-02: its names, email addresses and links are gone for good.',
    ),
  ).toBeDefined();
  expect(section.queryByText('5 people are on the list.')).toBeNull();
  expect(section.queryByText(/sales1@example.com/)).toBeNull();
  expect(section.queryByRole('spinbutton')).toBeNull();
});
