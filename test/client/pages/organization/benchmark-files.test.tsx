// @vitest-environment jsdom
// The owner's benchmark files on the organization page, rendered against the real app: a file loaded is
// listed and can be removed, a file the server refuses is said why and changes nothing, and an export with
// too few organizations says how many are needed. Administrators see no files at all.

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { inviteAndAccept } from '../../../fixtures/accounts';
import { seedPooledOrganization } from '../../../fixtures/benchmark-pool';
import type { TestApp } from '../../../fixtures/test-app';
import { closePage, renderPage, startPageApp } from '../../../support/render-page';

let t: TestApp;
afterEach(async () => {
  closePage();
  await t.close();
});

const FILE = {
  format: 'groundwork-benchmark',
  formatVersion: 1,
  questionnaireId: 'readiness-okr-2',
  modelVersion: '2',
  createdOn: '2026-02-01',
  organizations: 12,
  respondents: 200,
  dimensions: {
    hygiene: {
      organizations: 12,
      respondents: 200,
      quantiles: { p10: 40, p25: 50, p50: 60, p75: 70, p90: 80 },
    },
  },
  scales: {},
};
const asFile = (value: unknown) =>
  new File([JSON.stringify(value)], 'benchmark.json', { type: 'application/json' });

it('lets the owner load, list and remove a benchmark file, and says why a file or an export is refused', async () => {
  t = await startPageApp();
  const { organizationId } = await seedPooledOrganization(t, 0);
  const user = userEvent.setup();
  renderPage(t, `/organizations/${organizationId}`, t.ownerCookie);
  const files = within(await screen.findByTestId('benchmark-files'));
  await files.findByText('No benchmark file has been loaded.');

  await user.upload(files.getByLabelText('Load a benchmark file'), asFile({ ...FILE, formatVersion: 2 }));
  expect((await files.findByRole('alert')).textContent).toBe(
    'This server reads benchmark files of format version 1; this file is version 2. Export it again from an up-to-date installation.',
  );
  expect(await t.storage.benchmarks.list()).toEqual([]);

  await user.upload(files.getByLabelText('Load a benchmark file'), asFile(FILE));
  await files.findByText(
    /^Exported 2026-02-01: 12 organizations, readiness-okr-2 \(model 2\), loaded 2026-03-02/,
  );
  expect(await t.storage.benchmarks.list()).toHaveLength(1);

  await user.click(files.getByRole('button', { name: 'Remove the benchmark file exported 2026-02-01' }));
  await files.findByText('No benchmark file has been loaded.');
  expect(await t.storage.benchmarks.list()).toEqual([]);

  await user.click(files.getByRole('button', { name: 'Download this installation’s benchmark file' }));
  expect((await files.findByRole('alert')).textContent).toBe(
    'Fewer than 10 organizations that opted in have a closed campaign on this questionnaire with their figures shown, so there is no benchmark to export yet.',
  );
});

it('shows an administrator no benchmark files: they speak for the whole installation', async () => {
  t = await startPageApp();
  const { organizationId } = await seedPooledOrganization(t, 0);
  const admin = await inviteAndAccept(t, organizationId, { email: 'a@example.com', role: 'administrator' });
  renderPage(t, `/organizations/${organizationId}`, admin.cookie);
  await screen.findByRole('region', { name: 'Benchmark among organizations' });
  expect(screen.queryByTestId('benchmark-files')).toBeNull();
});
