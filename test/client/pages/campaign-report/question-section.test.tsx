// @vitest-environment jsdom
// The report's questions one by one, rendered against the real app: the organization's bars by default, one
// unit or every unit on request (a hidden unit named with no figure), and a department head without the
// organization given their own units and a ranking read from them.

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { inviteAndAccept } from '../../../fixtures/accounts';
import { respondentAnswers } from '../../../fixtures/answers';
import { setUpCampaign, submit, type TestApp } from '../../../fixtures/test-app';
import { closePage, renderPage, startPageApp } from '../../../support/render-page';

// jsdom draws no canvas: the report's charts stand in as labelled images (they are not under test here).
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

/** Sales and Operations five answers each, Legal three (hidden). */
async function answered() {
  const setup = await setUpCampaign(t, { Sales: 10, Operations: 10, Legal: 10 });
  let n = 0;
  for (const [name, count] of [
    ['Sales', 5],
    ['Operations', 5],
    ['Legal', 3],
  ] as const)
    for (let i = 0; i < count; i++) await submit(t, setup.tokenOf(name), 1, respondentAnswers(++n));
  return setup;
}

const firstQuestionBars = (section: HTMLElement) =>
  [...section.querySelector('.question-items > li')!.querySelectorAll('.answer-row')].map((row) => ({
    label: row.querySelector('.answer-label')?.textContent ?? null,
    figures: row.querySelector('.answer-figures')!.textContent,
  }));

it("shows the organization's answers first, then one unit or every unit as the reader picks", async () => {
  t = await startPageApp();
  const { campaign } = await answered();
  const user = userEvent.setup();
  renderPage(t, `/campaigns/${campaign.id}/report`, t.ownerCookie);
  const region = await screen.findByRole('region', { name: 'Question by question' }, { timeout: 5000 });
  const section = within(region);
  const select = section.getByLabelText('Show the answers of') as HTMLSelectElement;
  expect([...select.options].map((o) => [o.textContent, o.disabled])).toEqual([
    ['Whole organization', false],
    ['Sales', false],
    ['Operations', false],
    ['Legal (hidden)', true],
    ['Every unit, one bar each', false],
  ]);
  expect(section.getAllByTestId('pulling-items').length).toBeGreaterThan(0);
  expect(firstQuestionBars(region)).toEqual([
    { label: null, figures: expect.stringMatching(/^Favourable \d+% · .* \(10 answered\)$/) },
  ]);
  await user.selectOptions(select, 'Sales');
  expect(firstQuestionBars(region)).toEqual([
    { label: null, figures: expect.stringMatching(/\(5 answered\)$/) },
  ]);
  await user.selectOptions(select, 'Every unit, one bar each');
  const every = firstQuestionBars(region);
  expect(every.map((b) => b.label)).toEqual(['Whole organization', 'Sales', 'Operations', 'Legal']);
  expect(every[3]!.figures).toBe('Hidden: fewer than 5 answers.');
  const link = section.getByRole('link', { name: 'Download these answers as CSV' });
  expect(link.getAttribute('href')).toBe(`/api/campaigns/${campaign.id}/questions?format=csv&lang=en`);

  await user.click(screen.getByRole('button', { name: '简体中文' }));
  const chinese = within(await screen.findByRole('region', { name: '逐题结果' }));
  expect(chinese.getByRole('link', { name: '下载逐题结果（CSV）' }).getAttribute('href')).toBe(
    `/api/campaigns/${campaign.id}/questions?format=csv&lang=zh-cn`,
  );
});

it('gives a department head without the organization their own unit, and ranks from it', async () => {
  t = await startPageApp();
  const setup = await answered();
  const head = await inviteAndAccept(t, setup.organization.id, {
    email: 'head@example.com',
    role: 'department-head',
    departmentIds: [setup.departmentId('Sales')],
  });
  renderPage(t, `/campaigns/${setup.campaign.id}/report`, head.cookie);
  const region = await screen.findByRole('region', { name: 'Question by question' }, { timeout: 5000 });
  const section = within(region);
  const select = section.getByLabelText('Show the answers of') as HTMLSelectElement;
  expect([...select.options].map((o) => o.textContent)).toEqual(['Sales', 'Every unit, one bar each']);
  expect(select.value).toBe(`group:${setup.departmentId('Sales')}`);
  expect(section.getByText(/The organization as a whole is not shown/)).toBeDefined();
  expect(section.getAllByText(/^Pulling it down most in your units/).length).toBeGreaterThan(0);
  expect(region.textContent).not.toContain('Operations');
});
