// @vitest-environment jsdom
// Editing the organization and its departments on its page, archiving and deleting a campaign with its
// name typed, and archiving the organization, as an administrator would, against the real app.

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import type { TestApp } from '../../../fixtures/test-app';
import { setUpCampaign } from '../../../fixtures/test-app';
import { closePage, renderPage, startPageApp } from '../../../support/render-page';

let t: TestApp;
afterEach(async () => {
  closePage();
  await t.close();
});

it('renames a department, changes a headcount and adds a department, sending each kept department by its id', async () => {
  t = await startPageApp();
  const { organization } = await setUpCampaign(t, { Sales: 10, Operations: 12 });
  const page = renderPage(t, `/organizations/${organization.id}`, t.ownerCookie);
  const user = userEvent.setup();

  await user.click(await screen.findByRole('button', { name: 'Edit the organization' }));
  const form = within(screen.getByRole('form', { name: 'Edit the organization and its departments' }));
  await user.clear(form.getByLabelText('Department 1'));
  await user.type(form.getByLabelText('Department 1'), 'Revenue');
  await user.clear(form.getByLabelText('Headcount of department 2'));
  await user.type(form.getByLabelText('Headcount of department 2'), '15');
  await user.click(form.getByRole('button', { name: 'Add a department' }));
  await user.type(form.getByLabelText('Department 3'), 'Research');
  await user.type(form.getByLabelText('Headcount of department 3'), '4');
  await user.click(form.getByRole('button', { name: 'Save changes' }));

  expect(await screen.findByRole('cell', { name: 'Research' })).toBeDefined();
  expect(screen.getByRole('cell', { name: 'Revenue' })).toBeDefined();
  const [sales, operations] = organization.departments;
  expect(page.sent('PATCH', `/api/organizations/${organization.id}`)[0]?.body).toEqual({
    name: 'Acme',
    departments: [
      { id: sales!.id, name: 'Revenue', headcount: 10 },
      { id: operations!.id, name: 'Operations', headcount: 15 },
      { name: 'Research', headcount: 4 },
    ],
  });
});

it('shows why a department an open campaign covers cannot be removed, and keeps it', async () => {
  t = await startPageApp();
  const { organization } = await setUpCampaign(t, { Sales: 10, Operations: 12 });
  renderPage(t, `/organizations/${organization.id}`, t.ownerCookie);
  const user = userEvent.setup();

  await user.click(await screen.findByRole('button', { name: 'Edit the organization' }));
  const form = within(screen.getByRole('form', { name: 'Edit the organization and its departments' }));
  await user.click(form.getByRole('button', { name: 'Remove Operations' }));
  await user.click(form.getByRole('button', { name: 'Save changes' }));

  expect((await form.findByRole('alert')).textContent).toContain(
    '"Operations" cannot be removed while campaign "Baseline" covers it and is not closed',
  );
  expect((await t.storage.organizations.get(organization.id))?.departments).toHaveLength(2);
});

it('archives a closed campaign into its own list, takes it back, and deletes it once its name is typed', async () => {
  t = await startPageApp();
  const { organization, campaign } = await setUpCampaign(t);
  await t.call('POST', `/api/campaigns/${campaign.id}/close`);
  renderPage(t, `/organizations/${organization.id}`, t.ownerCookie);
  const user = userEvent.setup();

  await user.click(await screen.findByRole('button', { name: 'Archive campaign Baseline' }));
  const archived = await screen.findByText('Archived campaigns (1)');
  expect(archived.closest('details')?.textContent).toContain('Archived on 2026-03-02');
  await user.click(archived);
  await user.click(screen.getByRole('button', { name: 'Take back campaign Baseline' }));
  await screen.findByRole('button', { name: 'Archive campaign Baseline' });
  expect(screen.queryByText(/Archived campaigns/)).toBeNull();

  await user.click(screen.getByRole('button', { name: 'Delete campaign Baseline…' }));
  const confirm = within(screen.getByRole('form', { name: 'Delete "Baseline" for good' }));
  const remove = confirm.getByRole<HTMLButtonElement>('button', { name: 'Delete for good' });
  await user.type(confirm.getByLabelText('Type the name "Baseline" to confirm'), 'baseline');
  expect(remove.disabled).toBe(true);
  await user.clear(confirm.getByLabelText('Type the name "Baseline" to confirm'));
  await user.type(confirm.getByLabelText('Type the name "Baseline" to confirm'), 'Baseline');
  await user.click(remove);

  expect(await screen.findByText('No campaign yet. Create one below to get survey links.')).toBeDefined();
  expect(await t.storage.campaigns.get(campaign.id)).toBeUndefined();
});

it('archives the organization: the page says so, the start page lists it among the archived only', async () => {
  t = await startPageApp();
  const { organization } = await setUpCampaign(t, undefined, { open: false });
  renderPage(t, `/organizations/${organization.id}`, t.ownerCookie);
  const user = userEvent.setup();

  await user.click(await screen.findByRole('button', { name: 'Archive the organization' }));
  expect((await screen.findByRole('status')).textContent).toContain(
    'This organization was archived on 2026-03-02',
  );
  expect(screen.getByRole('button', { name: 'Take the organization back' })).toBeDefined();
  closePage();

  renderPage(t, '/', t.ownerCookie);
  await user.click(await screen.findByText('Archived organizations'));
  expect(await screen.findByRole('link', { name: 'Acme' })).toBeDefined();
  await user.click(screen.getByRole('button', { name: 'Take back Acme' }));
  expect(await screen.findByText('No organization is archived.')).toBeDefined();
  expect((await t.storage.organizations.get(organization.id))?.archivedOn).toBeUndefined();
});
