// @vitest-environment jsdom
// A department head with a role in two organizations sees the start page as a portfolio, and their card
// holds no more than their own report: where the report withholds the organization's figures, the card
// shows no scores and no response rate; where no campaign has opened, it says so.

import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import type { Organization } from '../../../../server/domain/campaigns/organization';
import { loadQuestionnaires } from '../../../../server/load-questionnaires';
import { inviteAndAccept } from '../../../fixtures/accounts';
import { setUpCampaign, startTestApp, submit, type TestApp } from '../../../fixtures/test-app';
import { closePage, renderPage } from '../../../support/render-page';

let t: TestApp;
afterEach(async () => {
  closePage();
  await t.close();
});

it('shows a department head’s card without the scores their report withholds, and an unstarted one as such', async () => {
  t = await startTestApp(await loadQuestionnaires(join(import.meta.dirname, '../../../../questionnaires')));
  const answered = await setUpCampaign(t);
  await submit(t, answered.tokenOf('Sales'), 6);
  await submit(t, answered.tokenOf('Operations'), 6);
  const other = (
    await t.call('POST', '/api/organizations', {
      name: 'Harbor',
      departments: [{ name: 'Yard', headcount: 9 }],
    })
  ).body as Organization;
  const request = { email: 'head@example.com', role: 'department-head' as const };
  const head = await inviteAndAccept(t, answered.organization.id, {
    ...request,
    departmentIds: [answered.departmentId('Sales')],
  });
  // The same person's second role: accepting for an address with an account asks only its password.
  await inviteAndAccept(t, other.id, { ...request, departmentIds: [other.departments[0]!.id] });

  renderPage(t, '/', head.cookie);
  const cards = await screen.findAllByTestId('portfolio-card');
  expect(cards).toHaveLength(2);
  const acme = within(cards.find((c) => within(c).queryByRole('link', { name: 'Acme' }))!);
  const harbor = within(cards.find((c) => within(c).queryByRole('link', { name: 'Harbor' }))!);

  expect(acme.getByText('Latest campaign: “Baseline”, open')).toBeDefined();
  expect(acme.getByText('Response rate not shown in your view')).toBeDefined();
  expect(
    acme.getByText(
      'No organization-wide scores to show: too few answers so far, or they are not shown in your view.',
    ),
  ).toBeDefined();
  expect(acme.queryByRole('table')).toBeNull();
  expect(acme.getByRole('link', { name: /^Open the report ?of Acme$/ }).getAttribute('href')).toBe(
    `/campaigns/${answered.campaign.id}/report`,
  );
  expect(harbor.getByText('No campaign has opened yet.')).toBeDefined();
});
