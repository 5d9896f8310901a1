// @vitest-environment jsdom
// The draft's choice of optional questions about people: ticked and saved through the real API, read back
// from the stored campaign, a location list the server refuses worded by field, and the choice gone from
// the page once the campaign is open (fixed then).

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { setUpCampaign, type TestApp } from '../../../fixtures/test-app';
import { closePage, renderPage, startPageApp } from '../../../support/render-page';

let t: TestApp;
afterEach(async () => {
  closePage();
  await t.close();
});

async function choiceOf(open: boolean) {
  t = await startPageApp();
  const { campaign } = await setUpCampaign(t, { Sales: 10, Operations: 12 }, { open });
  const page = renderPage(t, `/campaigns/${campaign.id}`, t.ownerCookie);
  return { campaign, page };
}

it('saves the questions ticked on a draft, locations one per line, and shows them stored', async () => {
  const { campaign, page } = await choiceOf(false);
  const user = userEvent.setup();
  const section = within(await screen.findByRole('region', { name: 'Questions about people (optional)' }));
  expect(section.getByText(/never combined with departments, and never in the data export/)).toBeDefined();
  await user.click(section.getByRole('checkbox', { name: 'Level (staff, manager, executive)' }));
  await user.click(section.getByRole('checkbox', { name: 'Location' }));
  await user.type(
    section.getByRole('textbox', { name: 'Locations, one per line (2 to 20)' }),
    'Harbour{Enter} {Enter}Hill',
  );
  await user.click(section.getByRole('button', { name: 'Save these questions' }));
  expect(await section.findByText('Saved.')).toBeDefined();
  const [change] = page.sent('PATCH', `/api/campaigns/${campaign.id}`);
  expect(change?.body).toEqual({
    cuts: [{ id: 'level' }, { id: 'location', locations: ['Harbour', 'Hill'] }],
  });
  expect((await t.storage.campaigns.get(campaign.id))!.cuts).toEqual([
    { id: 'level' },
    { id: 'location', locations: ['Harbour', 'Hill'] },
  ]);
  const reloaded = within(await screen.findByRole('region', { name: 'Questions about people (optional)' }));
  expect(reloaded.getByRole<HTMLInputElement>('checkbox', { name: 'Location' }).checked).toBe(true);
  expect(reloaded.getByRole<HTMLTextAreaElement>('textbox').value).toBe('Harbour\nHill');
});

it('words the server’s refusal of a single location by its field', async () => {
  const { campaign } = await choiceOf(false);
  const user = userEvent.setup();
  const section = within(await screen.findByRole('region', { name: 'Questions about people (optional)' }));
  await user.click(section.getByRole('checkbox', { name: 'Location' }));
  await user.type(section.getByRole('textbox'), 'Harbour');
  await user.click(section.getByRole('button', { name: 'Save these questions' }));
  expect(await section.findByText(/must list 2 to 20 locations/)).toBeDefined();
  expect((await t.storage.campaigns.get(campaign.id))!.cuts).toBeUndefined();
});

it('says which questions were asked once the campaign is open, with no choice left', async () => {
  t = await startPageApp();
  const { campaign } = await setUpCampaign(t, { Sales: 10, Operations: 12 }, { open: false });
  const cuts = [{ id: 'tenure' }, { id: 'location', locations: ['Harbour', 'Hill'] }];
  expect((await t.call('PATCH', `/api/campaigns/${campaign.id}`, { cuts })).status).toBe(200);
  expect((await t.call('POST', `/api/campaigns/${campaign.id}/open`)).status).toBe(200);
  renderPage(t, `/campaigns/${campaign.id}`, t.ownerCookie);
  const section = within(await screen.findByRole('region', { name: 'Questions about people (optional)' }));
  expect(
    section.getByText(
      'Fixed when the campaign opened: Time with the organization (under 1 year, 1–3, 3–10, over 10 years), Location (Harbour, Hill)',
    ),
  ).toBeDefined();
  expect(section.queryByRole('checkbox')).toBeNull();
});
