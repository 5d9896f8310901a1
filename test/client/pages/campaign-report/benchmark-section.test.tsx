// @vitest-environment jsdom
// The report's "Among other organizations", rendered against the real app: the organization's readiness
// dimensions and scales each in a band among ten pooled organizations, with the CSV link; with nine, why
// there is none; with the organization's figures withheld, nothing placed.

import { screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { seedPool, seedPooledOrganization } from '../../../fixtures/benchmark-pool';
import type { TestApp } from '../../../fixtures/test-app';
import { closePage, renderPage, startPageApp } from '../../../support/render-page';

vi.mock('react-chartjs-2', () => {
  const chart = (props: { 'aria-label': string; role: string }) => (
    <canvas role={props.role} aria-label={props['aria-label']} />
  );
  return { Radar: chart, Line: chart };
});

let t: TestApp;
afterEach(async () => {
  closePage();
  await t.close();
});

it('places each readiness dimension and scale in a band among ten organizations, with the table as CSV', async () => {
  t = await startPageApp();
  const [first] = await seedPool(t, 10);
  const placed = (await t.call('GET', `/api/campaigns/${first!.campaignId}/benchmark`)).body;
  renderPage(t, `/campaigns/${first!.campaignId}/report`, t.ownerCookie);
  const section = within(await screen.findByRole('region', { name: 'Among other organizations' }));
  const table = within(
    await section.findByRole('table', { name: 'Organizations on this installation (10)' }),
  );
  const hygiene = placed.benchmarks[0].dimensions.find((d: { id: string }) => d.id === 'hygiene');
  const words: Record<string, string> = {
    'bottom-10': 'bottom 10%',
    '10-25': '10–25%',
    '25-50': '25–50%',
    '50-75': '50–75%',
    '75-90': '75–90%',
    'top-10': 'top 10%',
  };
  const row = table.getByRole('row', { name: /^Hygiene factors/ });
  expect(
    within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent),
  ).toEqual([String(Math.round(hygiene.score)), words[hygiene.band]]);
  // Each scale follows its dimension.
  expect(table.getByRole('rowheader', { name: 'Fair pay' })).toBeDefined();
  expect(section.getByRole('link', { name: 'Download this table (CSV)' }).getAttribute('href')).toBe(
    `/api/campaigns/${first!.campaignId}/benchmark.csv?lang=en`,
  );
});

it('says ten organizations are needed while fewer opted in', async () => {
  t = await startPageApp();
  const [first] = await seedPool(t, 9);
  renderPage(t, `/campaigns/${first!.campaignId}/report`, t.ownerCookie);
  const section = within(await screen.findByRole('region', { name: 'Among other organizations' }));
  expect((await section.findByTestId('benchmark-too-few')).textContent).toBe(
    'No benchmark yet: it needs at least 10 organizations that opted in, each with a closed campaign on this questionnaire whose report shows its figures.',
  );
  expect(section.queryByRole('table')).toBeNull();
});

it('places nothing where the report does not show the organization’s figures', async () => {
  t = await startPageApp();
  await seedPool(t, 10);
  const small = await seedPooledOrganization(t, 10, { respondents: 4, close: false });
  renderPage(t, `/campaigns/${small.campaignId}/report`, t.ownerCookie);
  const section = within(await screen.findByRole('region', { name: 'Among other organizations' }));
  expect(
    section.getByText(
      'This report does not show the organization’s overall figures, so nothing is placed among other organizations.',
    ),
  ).toBeDefined();
  expect(section.queryByRole('table')).toBeNull();
  expect(section.queryByRole('link')).toBeNull();
});
