// @vitest-environment jsdom
// Managing an organization's people on its page, below the browser: every destructive button asks first,
// in words naming what will happen, and acts only once confirmed.

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { createOrganization, invite, inviteAndAccept } from '../../../fixtures/accounts';
import type { TestApp } from '../../../fixtures/test-app';
import { closePage, renderPage, startPageApp } from '../../../support/render-page';

let t: TestApp;
afterEach(async () => {
  closePage();
  await t.close();
});

it('revokes a pending invitation only once confirmed, and the list no longer shows it', async () => {
  t = await startPageApp();
  const acme = await createOrganization(t, 'Acme');
  await invite(t, acme.id, { email: 'late@example.com', role: 'consultant' });
  const user = userEvent.setup();
  const page = renderPage(t, `/organizations/${acme.id}`, t.ownerCookie);

  const pending = await screen.findByRole('table', { name: 'Invitations not yet accepted' });
  await user.click(within(pending).getByRole('button', { name: 'Revoke' }));
  expect(within(pending).getByRole('alert').textContent).toMatch(/late@example\.com.*stops working/);
  await user.click(within(pending).getByRole('button', { name: 'Cancel' }));
  expect(page.requests.filter((r) => r.method === 'DELETE')).toEqual([]);

  await user.click(within(pending).getByRole('button', { name: 'Revoke' }));
  await user.click(within(pending).getByRole('button', { name: 'Revoke' }));
  expect((await screen.findByRole('status')).textContent).toMatch(/late@example\.com is revoked/);
  await waitFor(() =>
    expect(screen.queryByRole('table', { name: 'Invitations not yet accepted' })).toBeNull(),
  );
  expect(await t.storage.userInvitations.listByOrganization(acme.id)).toEqual([]);
});

it('removes a role and signs a person out once confirmed, and gives the owner a one-time reset link', async () => {
  t = await startPageApp();
  const acme = await createOrganization(t, 'Acme');
  const pat = await inviteAndAccept(t, acme.id, { email: 'pat@example.com', role: 'executive' }, 'Pat Doe');
  const user = userEvent.setup();
  renderPage(t, `/organizations/${acme.id}`, t.ownerCookie);

  const people = await screen.findByRole('table', { name: 'People' });
  const row = within(people).getByRole('row', { name: /Pat Doe/ });
  await user.click(within(row).getByRole('button', { name: 'Sign out everywhere' }));
  await user.click(within(row).getByRole('button', { name: 'Sign out' }));
  expect((await screen.findByRole('status')).textContent).toBe('Pat Doe is signed out everywhere.');
  expect((await t.call('GET', '/api/session', undefined, { cookie: pat.cookie })).status).toBe(401);

  await user.click(within(row).getByRole('button', { name: 'Reset password' }));
  const notice = await screen.findByTestId('reset-link');
  expect(within(notice).getByRole<HTMLInputElement>('textbox', { name: 'Link' }).value).toMatch(
    /^http:\/\/localhost(:\d+)?\/reset-password\/[A-Za-z0-9_-]{40,}$/,
  );

  await user.click(within(row).getByRole('button', { name: 'Remove as Executive' }));
  expect(within(row).getByRole('alert').textContent).toMatch(/Remove Pat Doe as Executive\?/);
  await user.click(within(row).getByRole('button', { name: 'Remove' }));
  expect((await screen.findByRole('status')).textContent).toBe('Pat Doe is no longer Executive here.');
  expect((await t.storage.accounts.get(pat.accountId))!.grants).toEqual([]);
  expect(await screen.findByText('Nobody has a role here yet: invite people below.')).toBeDefined();
});
