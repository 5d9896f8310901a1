// @vitest-environment jsdom
// Setting, changing and clearing the calibration cadence on the organization's page, as an administrator
// would, against the real app; a cadence the server would refuse is refused before anything is sent.

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { inviteAndAccept } from '../../../fixtures/accounts';
import type { TestApp } from '../../../fixtures/test-app';
import { setUpCampaign } from '../../../fixtures/test-app';
import { closePage, renderPage, startPageApp } from '../../../support/render-page';

let t: TestApp;
afterEach(async () => {
  closePage();
  await t.close();
});

const waves = () => within(screen.getByRole('region', { name: 'Waves and calibration cadence' }));

it('sets another number of months, changes it to quarterly and clears it', async () => {
  t = await startPageApp();
  const { organization } = await setUpCampaign(t);
  const page = renderPage(t, `/organizations/${organization.id}`, t.ownerCookie);
  const user = userEvent.setup();
  const path = `/api/organizations/${organization.id}`;

  await user.click(await screen.findByRole('button', { name: 'Set a cadence' }));
  await user.selectOptions(waves().getByLabelText('Survey again'), 'Another number of months');
  await user.type(waves().getByLabelText('Months between waves (1 to 24)'), '2');
  await user.click(waves().getByRole('button', { name: 'Save the cadence' }));
  await waves().findByText('Calibration cadence: Every 2 months');
  expect((await t.storage.organizations.get(organization.id))?.cadenceMonths).toBe(2);

  await user.click(waves().getByRole('button', { name: 'Change the cadence' }));
  // The form opens on the cadence as it is.
  expect(waves().getByLabelText<HTMLInputElement>('Months between waves (1 to 24)').value).toBe('2');
  await user.selectOptions(waves().getByLabelText('Survey again'), 'Every 3 months (quarterly)');
  await user.click(waves().getByRole('button', { name: 'Save the cadence' }));
  await waves().findByText('Calibration cadence: Every 3 months (quarterly)');

  await user.click(waves().getByRole('button', { name: 'Change the cadence' }));
  await user.selectOptions(waves().getByLabelText('Survey again'), 'No cadence');
  await user.click(waves().getByRole('button', { name: 'Save the cadence' }));
  await waves().findByText('Calibration cadence: none (a next wave is made whenever you choose)');
  expect((await t.storage.organizations.get(organization.id))?.cadenceMonths).toBeUndefined();
  expect(page.sent('PATCH', path).map((r) => r.body)).toEqual([
    { cadenceMonths: 2 },
    { cadenceMonths: 3 },
    { cadenceMonths: null },
  ]);
});

it('refuses 25 months and a fraction before sending, naming the field in the reader’s words', async () => {
  t = await startPageApp();
  const { organization } = await setUpCampaign(t);
  const page = renderPage(t, `/organizations/${organization.id}`, t.ownerCookie);
  const user = userEvent.setup();

  await user.click(await screen.findByRole('button', { name: 'Set a cadence' }));
  await user.selectOptions(waves().getByLabelText('Survey again'), 'Another number of months');
  const months = waves().getByLabelText('Months between waves (1 to 24)');
  for (const typed of ['25', '1.5']) {
    await user.clear(months);
    await user.type(months, typed);
    // The browser's own range check would stop the form; the page's check is what this test is about.
    months.removeAttribute('max');
    months.setAttribute('step', 'any');
    await user.click(waves().getByRole('button', { name: 'Save the cadence' }));
    expect((await waves().findByRole('alert')).textContent).toMatch(/the months between waves/);
  }
  expect(page.sent('PATCH', `/api/organizations/${organization.id}`)).toEqual([]);
  expect((await t.storage.organizations.get(organization.id))?.cadenceMonths).toBeUndefined();
});

it('shows the cadence to an executive without a way to change it', async () => {
  t = await startPageApp();
  const { organization } = await setUpCampaign(t);
  await t.call('PATCH', `/api/organizations/${organization.id}`, { cadenceMonths: 6 });
  const executive = await inviteAndAccept(t, organization.id, {
    email: 'exec@example.com',
    role: 'executive',
    departmentIds: [],
  });
  renderPage(t, `/organizations/${organization.id}`, executive.cookie);
  await screen.findByText('Calibration cadence: Every 6 months');
  expect(screen.queryByRole('button', { name: 'Change the cadence' })).toBeNull();
});
