// @vitest-environment jsdom
// The series of waves on the organization's page, against the real app: the waves that opened, oldest first,
// each with its quarter, verdict, whom it asked and the wave it was made from; drafts and archived campaigns
// are not waves of the series.

import { screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import type { TestApp } from '../../../fixtures/test-app';
import { setUpCampaign } from '../../../fixtures/test-app';
import { closePage, renderPage, startPageApp } from '../../../support/render-page';

let t: TestApp;
afterEach(async () => {
  closePage();
  await t.close();
});

it('lists the opened waves oldest first, a pilot by its departments, an open one as so far', async () => {
  t = await startPageApp();
  const { organization, campaign, departmentId } = await setUpCampaign(t, {
    Sales: 10,
    Operations: 12,
    Legal: 4,
  });
  const organizationPath = `/api/organizations/${organization.id}`;
  await t.call('POST', `/api/campaigns/${campaign.id}/close`);
  const next = (await t.call('POST', `/api/campaigns/${campaign.id}/next-wave`, { name: 'Baseline again' }))
    .body.campaign;
  await t.call('POST', `/api/campaigns/${next.id}/open`);
  const create = async (name: string, departmentIds?: string[]) =>
    (
      await t.call('POST', `${organizationPath}/campaigns`, {
        name,
        questionnaireId: 'readiness-okr',
        ...(departmentIds ? { departmentIds } : {}),
      })
    ).body;
  const pilot = await create('Pilot', [departmentId('Sales'), departmentId('Operations')]);
  await t.call('POST', `/api/campaigns/${pilot.id}/open`);
  await t.call('POST', `/api/campaigns/${pilot.id}/close`);
  await create('Still a draft');
  const archived = await create('Put away');
  await t.call('POST', `/api/campaigns/${archived.id}/open`);
  await t.call('POST', `/api/campaigns/${archived.id}/close`);
  await t.call('POST', `/api/campaigns/${archived.id}/archive`);

  renderPage(t, `/organizations/${organization.id}`, t.ownerCookie);
  const series = within(await screen.findByTestId('series'));
  await series.findByTestId('wave-Pilot');
  const items = series.getAllByRole('listitem').map((li) => li.textContent);
  expect(items).toEqual([
    '2026 Q1 · Baseline: Not enough evidence yetwhole organization',
    '2026 Q1 · Baseline again: Not enough evidence yet (so far: still open)whole organization · made from Baseline',
    '2026 Q1 · Pilot: Not enough evidence yetpilot: Sales, Operations',
  ]);
  // Each verdict opens its wave's report.
  const links = series.getAllByRole('link').map((a) => a.getAttribute('href'));
  expect(links).toEqual([
    `/campaigns/${campaign.id}/report`,
    `/campaigns/${next.id}/report`,
    `/campaigns/${pilot.id}/report`,
  ]);
});

it('says there is no wave yet while the only campaign is a draft', async () => {
  t = await startPageApp();
  const { organization } = await setUpCampaign(t, { Sales: 10 }, { open: false });
  renderPage(t, `/organizations/${organization.id}`, t.ownerCookie);
  await screen.findByText('No wave yet: the series starts when a campaign opens.');
  expect(screen.queryByTestId('series')).toBeNull();
});
