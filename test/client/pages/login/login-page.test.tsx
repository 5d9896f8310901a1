// @vitest-environment jsdom
// Signing in, below the browser: a stranger is sent to the form and brought back, and a refusal keeps them
// on it with the server's reason.

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { createOrganization } from '../../../fixtures/accounts';
import { OWNER, type TestApp } from '../../../fixtures/test-app';
import { closePage, renderPage, startPageApp } from '../../../support/render-page';

let t: TestApp;
afterEach(async () => {
  closePage();
  await t.close();
});

it('sends a stranger from an organization page to sign in, and back to that page once signed in', async () => {
  t = await startPageApp();
  const acme = await createOrganization(t, 'Acme');
  const user = userEvent.setup();
  const page = renderPage(t, `/organizations/${acme.id}`);

  await user.type(await screen.findByLabelText('Email address'), OWNER.email);
  expect(page.location()).toBe(`/login?next=${encodeURIComponent(`/organizations/${acme.id}`)}`);
  await user.type(screen.getByLabelText('Password'), OWNER.password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Acme' })).toBeDefined();
  expect(page.location()).toBe(`/organizations/${acme.id}`);
  expect(page.sent('POST', '/api/session').map((r) => r.body)).toEqual([
    { email: OWNER.email, password: OWNER.password },
  ]);
});

it('keeps the form, with the reason, when the password is wrong', async () => {
  t = await startPageApp();
  const user = userEvent.setup();
  const page = renderPage(t, '/login');

  await user.type(screen.getByLabelText('Email address'), OWNER.email);
  await user.type(screen.getByLabelText('Password'), 'not the password');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));

  expect((await screen.findByRole('alert')).textContent).toMatch(/password/i);
  expect(page.location()).toBe('/login');
  expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Sign in' }).disabled).toBe(false);
  // What was typed stays, so the person corrects the password rather than starting again.
  expect(screen.getByLabelText<HTMLInputElement>('Email address').value).toBe(OWNER.email);
});
