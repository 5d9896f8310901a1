// @vitest-environment jsdom
// The report page among its waves, rendered against the real app: a first wave shows no "Across waves"
// section; the second shows the advice wave by wave, each measure's trend, the organization's and each
// department's change since the first in words, and whether the pilot the first wave proposed worked.

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { inviteAndAccept } from '../../../fixtures/accounts';
import { respondentAnswers } from '../../../fixtures/answers';
import { setUpCampaign, type TestApp } from '../../../fixtures/test-app';
import { closePage, renderPage, startPageApp } from '../../../support/render-page';

// jsdom draws no canvas: each chart stands in as the labelled image it is to a reader (what the trend
// chart plots is tested in to-wave-trend-data.test.ts, and drawn in test/browser/report-waves.test.ts).
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

/** Respondent `i`'s answers, every agreement item raised by `lift` points (at most 5). */
const answers = (i: number, lift: number) =>
  Object.fromEntries(
    Object.entries(respondentAnswers(i)).map(([k, v]) => [
      k,
      typeof v === 'number' ? Math.min(5, v + lift) : v,
    ]),
  );

async function answer(token: string, from: number, lift: number, count = 15) {
  for (let i = from; i < from + count; i++) {
    const reply = await t.call('POST', `/api/survey/${token}/responses`, { answers: answers(i, lift) });
    expect(reply.status).toBe(201);
  }
}

/**
 * Two waves of Sales, Operations and Legal, 15 answers each; the second's answers raised, Sales' most. With
 * `second`, the second wave has those counts and that minimum group size instead.
 */
async function twoWaves(second?: { counts: Record<string, number>; minimum: number }) {
  const setup = await setUpCampaign(t, { Sales: 40, Operations: 40, Legal: 40 });
  for (const name of ['Sales', 'Operations', 'Legal']) await answer(setup.tokenOf(name), 0, 0);
  expect((await t.call('POST', `/api/campaigns/${setup.campaign.id}/close`)).status).toBe(200);
  const made = await t.call('POST', `/api/campaigns/${setup.campaign.id}/next-wave`, { name: 'Q2' });
  const next = made.body.campaign as { id: string };
  if (second) {
    const changed = await t.call('PATCH', `/api/campaigns/${next.id}`, { minGroupSize: second.minimum });
    expect(changed.status).toBe(200);
  }
  expect((await t.call('POST', `/api/campaigns/${next.id}/open`)).status).toBe(200);
  const opened = (await t.call('GET', `/api/campaigns/${next.id}`)).body.campaign;
  for (const name of ['Sales', 'Operations', 'Legal']) {
    const link = opened.links.find(
      (l: { departmentId: string }) => l.departmentId === setup.departmentId(name),
    );
    await answer(link.token, 1000, name === 'Sales' ? 2 : 1, second?.counts[name]);
  }
  return { first: setup.campaign.id, second: next.id, setup };
}

it('shows a first wave no comparison with waves that do not exist', async () => {
  t = await startPageApp();
  const { campaign, tokenOf } = await setUpCampaign(t, { Sales: 20 });
  await answer(tokenOf('Sales'), 0, 0);
  const page = renderPage(t, `/campaigns/${campaign.id}/report`, t.ownerCookie);
  await screen.findByRole('heading', { level: 2, name: 'In short' });
  // The page asked for the series, and had nothing to compare.
  await vi.waitFor(() => expect(page.sent('GET', `/api/campaigns/${campaign.id}/waves`)).toHaveLength(1));
  expect(screen.queryByRole('heading', { name: 'Across waves' })).toBeNull();
});

it('shows the second wave’s history, trend, change beyond the noise and the pilot, in English and Chinese', async () => {
  t = await startPageApp();
  const { second } = await twoWaves();
  const user = userEvent.setup();
  renderPage(t, `/campaigns/${second}/report`, t.ownerCookie);

  const section = within(await screen.findByRole('region', { name: 'Across waves' }));
  // Both waves fell in the same quarter, so each label carries its name too.
  expect(section.getByTestId('wave-history').textContent).toBe(
    'Not enough evidence yet from 2026 Q1 (Baseline) to 2026 Q1 (Q2).',
  );
  expect(section.getByRole('img', { name: /^Line chart of each readiness measure/ })).toBeDefined();
  await user.click(section.getByText('The chart’s figures as a table', { selector: 'summary' }));
  const figures = section.getByRole('table', { name: 'The chart’s figures as a table' });
  expect(within(figures).getByRole('rowheader', { name: 'Hygiene factors' })).toBeDefined();

  expect(section.getByRole('heading', { name: 'What changed since 2026 Q1 (Baseline)' })).toBeDefined();
  expect(section.getByText(/Welch’s t-test, unpaired because the answers are anonymous/)).toBeDefined();
  const organization = within(section.getByRole('table', { name: 'The whole organization: what changed' }));
  const hygiene = organization.getByRole('row', { name: /^Hygiene factors/ });
  expect(within(hygiene).getByText('rose beyond the noise')).toBeDefined();
  expect(within(hygiene).getByText('large')).toBeDefined();
  expect(
    within(hygiene)
      .getAllByRole('cell')
      .map((c) => c.textContent),
  ).toEqual(['rose beyond the noise', '50.6', '62.2', '+11.6 [+7.2, +16.0]', 'large (g 1.09)']);
  expect(organization.getAllByText('within the noise').length).toBeGreaterThan(0);
  // Each department is the same unit in both waves, shown after the organization.
  const units = section.getAllByTestId('wave-unit').map((u) => within(u).getByRole('heading').textContent);
  expect(units).toEqual(['The whole organization', 'Sales', 'Operations', 'Legal']);

  const pilot = within(section.getByTestId('pilot-evaluation'));
  expect(
    pilot.getByText('The pilot ran in Sales, Operations; the other departments are the comparison.'),
  ).toBeDefined();
  expect(pilot.getByText(/Run another quarter: the result is not clear yet/)).toBeDefined();
  expect(pilot.getByText(/chosen, not drawn by lot/)).toBeDefined();

  await user.click(screen.getByRole('button', { name: '简体中文' }));
  const chinese = within(await screen.findByRole('region', { name: '历次调研对比' }));
  expect(chinese.getByTestId('wave-history').textContent).toBe(
    '2026 年第一季度（Baseline）至2026 年第一季度（Q2）：证据尚不充分。',
  );
  const zhOrganization = within(chinese.getByRole('table', { name: '整个组织：变化' }));
  expect(zhOrganization.getAllByText('上升，超出随机波动').length).toBeGreaterThan(0);
  expect(zhOrganization.getAllByText('在随机波动范围内').length).toBeGreaterThan(0);
  expect(chinese.getByText(/再试行一个季度/)).toBeDefined();
});

// Released counts move by whole batches: with a minimum of 7 in the second wave, 14 answers release as 14,
// so Sales and Legal moved by one person from 15, which their change would show; Operations' 28 moved by 13.
it('says which departments are not compared, and why, instead of showing their change', async () => {
  t = await startPageApp();
  const { second } = await twoWaves({ counts: { Sales: 3, Operations: 15, Legal: 15 }, minimum: 5 });
  const user = userEvent.setup();
  renderPage(t, `/campaigns/${second}/report`, t.ownerCookie);

  const section = within(await screen.findByRole('region', { name: 'Across waves' }));
  const units = section.getAllByTestId('wave-unit').map((u) => within(u).getByRole('heading').textContent);
  expect(units).not.toContain('Sales');
  expect(units).toContain('Operations');
  const notCompared = within(section.getByTestId('wave-not-compared'));
  const items = notCompared.getAllByRole('listitem').map((li) => li.textContent ?? '');
  expect(items.some((item) => item.startsWith('Sales is not compared: fewer than 5 answered in '))).toBe(
    true,
  );
  expect(items.some((item) => item.startsWith('Legal'))).toBe(false);

  await user.click(screen.getByRole('button', { name: '简体中文' }));
  const chinese = within(await screen.findByTestId('wave-not-compared'));
  const zh = chinese.getAllByRole('listitem').map((li) => li.textContent ?? '');
  expect(zh.some((item) => item.startsWith('Sales未作比较：') && item.endsWith('的作答人数少于 5 人'))).toBe(
    true,
  );
});

// Between the waves Sales and Operations became Commercial; the administrator declares the merge, and the
// report compares the merged group as one, named by where it came from.
it('names a merged group by its earlier units and compares it as one', async () => {
  t = await startPageApp();
  const setup = await setUpCampaign(t, { Sales: 40, Operations: 40, Legal: 40 });
  for (const name of ['Sales', 'Operations', 'Legal']) await answer(setup.tokenOf(name), 0, 0);
  expect((await t.call('POST', `/api/campaigns/${setup.campaign.id}/close`)).status).toBe(200);
  const legal = setup.departmentId('Legal');
  const edited = await t.call('PATCH', `/api/organizations/${setup.organization.id}`, {
    departments: [
      { id: legal, name: 'Legal', headcount: 40 },
      { name: 'Commercial', headcount: 80 },
    ],
  });
  expect(edited.status, JSON.stringify(edited.body)).toBe(200);
  const commercial = edited.body.departments.find((d: { name: string }) => d.name === 'Commercial').id;
  const made = await t.call('POST', `/api/campaigns/${setup.campaign.id}/next-wave`, { name: 'Q2' });
  const next = made.body.campaign as { id: string };
  const declared = await t.call('PUT', `/api/campaigns/${next.id}/lineage`, {
    declarations: [
      { earlier: [setup.departmentId('Sales'), setup.departmentId('Operations')], later: [commercial] },
    ],
  });
  expect(declared.status, JSON.stringify(declared.body)).toBe(200);
  const opened = (await t.call('POST', `/api/campaigns/${next.id}/open`)).body;
  for (const link of opened.links.filter((l: { departmentId: string | null }) => l.departmentId)) {
    await answer(link.token, 1000, 1, link.departmentId === commercial ? 30 : 15);
  }
  renderPage(t, `/campaigns/${next.id}/report`, t.ownerCookie);

  const section = within(await screen.findByRole('region', { name: 'Across waves' }));
  const merged = section
    .getAllByTestId('wave-unit')
    .find((u) => within(u).getByRole('heading').textContent === 'Sales + Operations → Commercial');
  expect(merged).toBeDefined();
  expect(
    within(merged!).getByText('merged since the last wave: compared as the combined group on both sides'),
  ).toBeDefined();
  expect(within(merged!).getAllByRole('row').length).toBeGreaterThan(1);
});

it('shows a head of Sales the organization’s change and Sales’ own, nothing of the other departments', async () => {
  t = await startPageApp();
  const { second, setup } = await twoWaves();
  const head = await inviteAndAccept(t, setup.organization.id, {
    email: 'head@example.com',
    role: 'department-head',
    departmentIds: [setup.departmentId('Sales')],
  });
  renderPage(t, `/campaigns/${second}/report`, head.cookie);

  const region = await screen.findByRole('region', { name: 'Across waves' });
  const units = within(region)
    .getAllByTestId('wave-unit')
    .map((u) => within(u).getByRole('heading').textContent);
  expect(units).toEqual(['The whole organization', 'Sales']);
  expect(region.textContent).not.toContain('Operations');
  expect(region.textContent).not.toContain('Legal');
});
