// @vitest-environment jsdom
// The campaign's settings on its page: every rule editable while a draft, and once open only the last day
// to answer, the rest read back as fixed; the form sends exactly what may still change.

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

async function settingsOf(open: boolean) {
  t = await startPageApp();
  const { campaign } = await setUpCampaign(t, { Sales: 10, Operations: 12 }, { open });
  const page = renderPage(t, `/campaigns/${campaign.id}`, t.ownerCookie);
  const section = await screen.findByRole('region', { name: 'Settings' });
  return { campaign, page, settings: within(section) };
}

it('lets a draft change its rules, sends them, and shows what the server stored', async () => {
  const { campaign, page, settings } = await settingsOf(false);
  const user = userEvent.setup();

  const minimum = settings.getByRole('spinbutton', { name: 'Minimum group size' });
  await user.clear(minimum);
  await user.type(minimum, '7');
  await user.click(settings.getByRole('checkbox', { name: '简体中文' }));
  const target = settings.getByRole('spinbutton', { name: 'Target response rate (%)' });
  await user.clear(target);
  await user.type(target, '60');
  await user.click(settings.getByRole('button', { name: 'Save settings' }));

  // The page reloads the campaign after saving: the summary line reads the stored rule back.
  expect(await screen.findByText(/minimum group size 7/)).toBeDefined();
  const [change] = page.sent('PATCH', `/api/campaigns/${campaign.id}`);
  expect(change?.body).toMatchObject({ minGroupSize: 7, languages: ['en'], targetResponseRate: 0.6 });
  const reloaded = within(await screen.findByRole('region', { name: 'Settings' }));
  expect(reloaded.getByRole<HTMLInputElement>('spinbutton', { name: 'Minimum group size' }).value).toBe('7');
  expect(reloaded.getByRole<HTMLInputElement>('checkbox', { name: '简体中文' }).checked).toBe(false);
});

it('shows an open campaign’s fixed rules as text and sends only its last day to answer', async () => {
  const { campaign, page, settings } = await settingsOf(true);
  const user = userEvent.setup();

  expect(settings.getByText(/Fixed when the campaign opened/)).toBeDefined();
  expect(settings.queryByRole('spinbutton')).toBeNull();
  expect(settings.queryByRole('checkbox')).toBeNull();
  const fixed = settings
    .getAllByRole('term')
    .map((term) => [term.textContent, term.nextSibling?.textContent]);
  expect(fixed).toEqual(
    expect.arrayContaining([
      ['Minimum group size', String(campaign.minGroupSize)],
      ['Languages of the survey', 'English, 简体中文'],
    ]),
  );

  await user.type(settings.getByLabelText('Last day to answer (optional)'), '2026-03-20');
  await user.click(settings.getByRole('button', { name: 'Save settings' }));

  // The page reloads the campaign after saving: its notice reads the stored day back.
  expect(await screen.findByText('Answers are accepted until the end of 2026-03-20.')).toBeDefined();
  expect(page.sent('PATCH', `/api/campaigns/${campaign.id}`).map((r) => r.body)).toEqual([
    { closesAt: expect.stringMatching(/^2026-03-20T23:59:59[+-]\d\d:\d\d$/) },
  ]);
});

it('once open, shows no empty "opens on" field, and the first day only when one was set', async () => {
  const { settings } = await settingsOf(true);
  expect(settings.queryByText('Opens on (optional)')).toBeNull();
  expect(settings.queryByText('First day to answer')).toBeNull();
  expect(settings.getByText(/Only the last day to answer can still move/)).toBeDefined();
});

it('once closed, shows no date field at all and says why', async () => {
  t = await startPageApp();
  const { campaign } = await setUpCampaign(t, { Sales: 10, Operations: 12 });
  await t.call('PATCH', `/api/campaigns/${campaign.id}`, { closesAt: '2026-03-20T23:59:59Z' });
  await t.call('POST', `/api/campaigns/${campaign.id}/close`);
  renderPage(t, `/campaigns/${campaign.id}`, t.ownerCookie);
  const settings = within(await screen.findByRole('region', { name: 'Settings' }));
  expect(
    settings.getByText('The campaign is closed: none of its settings or dates can change any more.'),
  ).toBeDefined();
  expect(settings.queryByLabelText(/Last day to answer/)).toBeNull();
  expect(settings.queryByLabelText(/Opens on/)).toBeNull();
  expect(settings.queryByRole('button', { name: 'Save settings' })).toBeNull();
  // The last day, fixed now, is read back as text.
  const fixed = settings
    .getAllByRole('term')
    .map((term) => [term.textContent, term.nextSibling?.textContent]);
  expect(fixed).toContainEqual(['Last day to answer', '2026-03-20']);
});
