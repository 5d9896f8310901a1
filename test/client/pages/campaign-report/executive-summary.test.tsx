// @vitest-environment jsdom
// The report's first screen against the real server: the verdict in plain words, the barriers with their
// figures, where to start and how far to trust it, before the analyst's material, which waits one click
// away; and a department head's summary quotes nothing their view withholds.

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { inviteAndAccept } from '../../../fixtures/accounts';
import { scoreable } from '../../../fixtures/answers';
import { setUpCampaign, submit, type TestApp } from '../../../fixtures/test-app';
import { closePage, renderPage, startPageApp } from '../../../support/render-page';

// jsdom draws no canvas (see campaign-report-page.test.tsx): the radar stands in as its labelled image.
vi.mock('react-chartjs-2', () => ({
  Radar: (props: { 'aria-label': string; role: string }) => (
    <canvas role={props.role} aria-label={props['aria-label']} />
  ),
}));

let t: TestApp;
afterEach(async () => {
  closePage();
  await t.close();
});

it('opens the demo report on its summary, with the analyst’s material one click away, in either language', async () => {
  t = await startPageApp();
  const demo = (await t.call('POST', '/api/demo')).body as { campaignId: string };
  const user = userEvent.setup();

  renderPage(t, `/campaigns/${demo.campaignId}/report`, t.ownerCookie);

  const summaryRegion = await screen.findByRole('region', { name: 'In short' });
  const summary = within(summaryRegion);
  expect(summary.getByTestId('verdict').textContent).toBe('Pilot first (MVP)');
  expect(summaryRegion.querySelector('[data-term="mvp"]')?.textContent).toMatch(/^MVP: a minimum viable/);
  expect(summary.getByTestId('summary-meaning').textContent).toMatch(/^Start small/);
  expect(within(summary.getByTestId('summary-actions')).getAllByRole('listitem')).toHaveLength(3);
  expect(summary.getByTestId('summary-trust').textContent).toMatch(
    /^Based on the answers of \d+ of \d+ people \(\d+%\)\.$/,
  );

  // The summary comes first; everything else is inside the closed "full report".
  const full = screen.getByTestId('full-report') as HTMLDetailsElement;
  expect(summaryRegion.compareDocumentPosition(full) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(full.open).toBe(false);
  expect(full.contains(screen.getByTestId('verdict-detail'))).toBe(true);
  await user.click(screen.getByText('The full report: evidence, scores and analysis'));
  expect(full.open).toBe(true);

  // Where the analysis shows a technical term, a plain line explains it.
  for (const term of ['silo', 'icc', 'mvp'])
    expect(full.querySelector(`[data-term="${term}"]`)).not.toBeNull();

  await user.click(screen.getByRole('button', { name: '简体中文' }));
  const zh = within(await screen.findByRole('region', { name: '要点概览' }));
  expect(zh.getByTestId('verdict').textContent).toBe('先试点（MVP）');
  expect(zh.getByTestId('summary-trust').textContent).toMatch(/^基于 \d+ 人中 \d+ 人的回答（\d+%）。$/);
  expect(screen.getByText('完整报告：证据、得分与分析')).toBeDefined();
});

it('gives the head of one of two departments a summary without the organization’s counts or the other department', async () => {
  t = await startPageApp();
  const { organization, campaign, tokenOf, departmentId } = await setUpCampaign(t, {
    Sales: 10,
    Operations: 12,
  });
  await submit(t, tokenOf('Sales'), 5);
  await submit(t, tokenOf('Operations'), 6, scoreable({ pay_fair: 2 }));
  const head = await inviteAndAccept(t, organization.id, {
    email: 'head@example.com',
    role: 'department-head',
    departmentIds: [departmentId('Sales')],
  });

  renderPage(t, `/campaigns/${campaign.id}/report`, head.cookie);

  const summaryRegion = await screen.findByRole('region', { name: 'In short' });
  const summary = within(summaryRegion);
  expect(summary.getByTestId('summary-trust').textContent).toMatch(/not shown in your view/);
  // With the organization's figures withheld, no barrier figure of it can be quoted either.
  expect(summary.queryByTestId('summary-barriers')).toBeNull();
  expect(summaryRegion.textContent).not.toContain('Operations');
  expect(summaryRegion.textContent).not.toMatch(/\d+%/);
});
