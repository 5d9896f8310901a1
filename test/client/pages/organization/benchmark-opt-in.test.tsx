// @vitest-environment jsdom
// The organization page's benchmark choice, rendered against the real app: off by default, said plainly
// with what is pooled; an administrator's switch stores it, a consultant only reads it.

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { inviteAndAccept } from '../../../fixtures/accounts';
import { seedPooledOrganization } from '../../../fixtures/benchmark-pool';
import type { TestApp } from '../../../fixtures/test-app';
import { closePage, renderPage, startPageApp } from '../../../support/render-page';

let t: TestApp;
afterEach(async () => {
  closePage();
  await t.close();
});

it('is off by default and an administrator turns it on, which the organization keeps', async () => {
  t = await startPageApp();
  const { organizationId } = await seedPooledOrganization(t, 0, { optIn: false });
  const admin = await inviteAndAccept(t, organizationId, { email: 'a@example.com', role: 'administrator' });
  const user = userEvent.setup();
  const page = renderPage(t, `/organizations/${organizationId}`, admin.cookie);
  const section = within(await screen.findByRole('region', { name: 'Benchmark among organizations' }));
  expect(section.getByText(/never a person’s answers/)).toBeDefined();
  expect(
    section.getByText('It is off unless an administrator turns it on, and can be turned off at any time.'),
  ).toBeDefined();
  const box = section.getByRole('checkbox', { name: 'Pool our organization’s scores into the benchmark' });
  expect((box as HTMLInputElement).checked).toBe(false);
  await user.click(box);
  await section.findByText('The organization’s scores are pooled into the benchmark.');
  expect(page.sent('PUT', `/api/organizations/${organizationId}/benchmark-opt-in`)).toEqual([
    expect.objectContaining({ body: { benchmarkOptIn: true } }),
  ]);
  expect((await t.storage.organizations.get(organizationId))!.benchmarkOptIn).toBe(true);
  expect((box as HTMLInputElement).checked).toBe(true);
});

it('tells a consultant the choice without a switch', async () => {
  t = await startPageApp();
  const { organizationId } = await seedPooledOrganization(t, 0);
  const consultant = await inviteAndAccept(t, organizationId, { email: 'c@example.com', role: 'consultant' });
  renderPage(t, `/organizations/${organizationId}`, consultant.cookie);
  const section = within(await screen.findByRole('region', { name: 'Benchmark among organizations' }));
  expect(section.queryByRole('checkbox')).toBeNull();
  expect(section.getByText(/^The organization’s scores are pooled into the benchmark\./)).toBeDefined();
  expect(section.getByText('Only the organization’s administrators can change this.')).toBeDefined();
  await vi.waitFor(() => expect(section.queryByRole('alert')).toBeNull());
});
