// @vitest-environment jsdom
// The new-campaign form on the organization page: HR states facts about the organization for the current
// questionnaire, is not asked them for the earlier one (staff are), and the form sends what it shows.

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { createOrganization } from '../../../fixtures/accounts';
import type { TestApp } from '../../../fixtures/test-app';
import { closePage, renderPage, startPageApp } from '../../../support/render-page';

let t: TestApp;
afterEach(async () => {
  closePage();
  await t.close();
});

const ASKED_OF_STAFF = /asks staff about the organization itself/;

async function openForm() {
  t = await startPageApp();
  const acme = await createOrganization(t, 'Acme');
  const page = renderPage(t, `/organizations/${acme.id}`, t.ownerCookie);
  const form = await screen.findByRole('form', { name: 'New readiness campaign' });
  return { acme, page, form: within(form) };
}

it("sends HR's stated facts with a campaign on the current questionnaire, and opens the new campaign", async () => {
  const { acme, page, form } = await openForm();
  const user = userEvent.setup();

  await user.type(form.getByLabelText('Campaign name'), 'Spring baseline');
  expect(form.getByRole<HTMLSelectElement>('combobox', { name: 'Questionnaire' }).value).toBe(
    'readiness-okr-2',
  );
  await user.selectOptions(
    await form.findByRole('combobox', { name: 'How are KPIs used today?' }),
    'An established KPI system across the organization',
  );
  await user.selectOptions(form.getByRole('combobox', { name: 'Which stage is the organization at?' }), [
    'Mature: an established business',
  ]);
  expect(form.queryByText(ASKED_OF_STAFF)).toBeNull();
  await user.click(form.getByRole('button', { name: 'Create campaign' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Spring baseline' })).toBeDefined();
  const [created] = page.sent('POST', `/api/organizations/${acme.id}/campaigns`);
  expect(created?.body).toEqual({
    name: 'Spring baseline',
    questionnaireId: 'readiness-okr-2',
    minGroupSize: 5,
    organizationFacts: { kpiSystem: 'established', maturity: 'mature' },
  });
  expect(page.location()).toMatch(/^\/campaigns\/[^/]+$/);
});

it("replaces HR's questions with the note that staff are asked, for the earlier questionnaire, and sends none", async () => {
  const { acme, page, form } = await openForm();
  const user = userEvent.setup();

  await user.type(form.getByLabelText('Campaign name'), 'Repeat of 2025');
  // A fact chosen first and then left behind by switching questionnaire must not travel with the request.
  await user.selectOptions(await form.findByRole('combobox', { name: 'How are KPIs used today?' }), [
    'Hardly at all',
  ]);
  await user.selectOptions(form.getByRole('combobox', { name: 'Questionnaire' }), 'readiness-okr');

  expect(form.getByText(ASKED_OF_STAFF)).toBeDefined();
  expect(form.queryByRole('combobox', { name: 'How are KPIs used today?' })).toBeNull();
  await user.clear(form.getByLabelText('Minimum group size for reports'));
  await user.type(form.getByLabelText('Minimum group size for reports'), '7');
  await user.click(form.getByRole('button', { name: 'Create campaign' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Repeat of 2025' })).toBeDefined();
  expect(page.sent('POST', `/api/organizations/${acme.id}/campaigns`).map((r) => r.body)).toEqual([
    { name: 'Repeat of 2025', questionnaireId: 'readiness-okr', minGroupSize: 7 },
  ]);
});
