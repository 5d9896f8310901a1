// @vitest-environment jsdom
// "Forgot your password?" on the sign-in page, below the browser, against a server that cannot send mail:
// the person is told who to ask instead, and nothing about whether the address has an account.

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { OWNER, type TestApp } from '../../../fixtures/test-app';
import { closePage, renderPage, startPageApp } from '../../../support/render-page';

let t: TestApp;
afterEach(async () => {
  closePage();
  await t.close();
});

it('opens the request form with the address already typed, and says to ask the owner when no mail can go out', async () => {
  t = await startPageApp();
  const user = userEvent.setup();
  const page = renderPage(t, '/login');

  await user.type(await screen.findByLabelText('Email address'), OWNER.email);
  await user.click(screen.getByRole('button', { name: 'Forgot your password?' }));
  const form = await screen.findByRole('form', { name: 'Set a new password' });
  expect(screen.getByLabelText<HTMLInputElement>('Email address').value).toBe(OWNER.email);
  expect(form).toBeDefined();
  await user.click(screen.getByRole('button', { name: 'Email me a link' }));

  expect((await screen.findByRole('alert')).textContent).toMatch(/ask the owner/i);
  expect(page.sent('POST', '/api/password-resets').map((r) => r.body)).toEqual([{ email: OWNER.email }]);

  await user.click(screen.getByRole('button', { name: 'Back to sign in' }));
  expect(await screen.findByRole('button', { name: 'Sign in' })).toBeDefined();
});

it('thanks the person back from a reset link and asks them to sign in', async () => {
  t = await startPageApp();
  renderPage(t, '/login?reset=done');
  expect((await screen.findByRole('status')).textContent).toMatch(/new password is set/i);
});
