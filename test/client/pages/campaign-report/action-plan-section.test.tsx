// @vitest-environment jsdom
// The report's action plan as its readers use it: an executive adds an action and moves it along, the
// progress follows; a consultant reads the plan without the means to change it; Chinese throughout.

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { inviteAndAccept } from '../../../fixtures/accounts';
import type { TestApp } from '../../../fixtures/test-app';
import { closePage, renderPage, startPageApp } from '../../../support/render-page';

// jsdom draws no canvas: the radar stands in as the labelled image it is to a reader.
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

async function demoWith(role: 'executive' | 'consultant') {
  t = await startPageApp();
  const demo = (await t.call('POST', '/api/demo')).body as { organizationId: string; campaignId: string };
  const member = await inviteAndAccept(t, demo.organizationId, { email: `${role}@example.com`, role });
  return { ...demo, member };
}

it('lets an executive add an action for someone without an account and mark it done, with the progress following', async () => {
  const { campaignId, organizationId, member } = await demoWith('executive');
  const user = userEvent.setup();
  renderPage(t, `/campaigns/${campaignId}/report`, member.cookie);

  const plan = within(await screen.findByRole('region', { name: 'Action plan' }));
  expect((await plan.findByTestId('action-progress')).textContent).toBe('0 of 0 done');
  await user.type(plan.getByLabelText('Action'), 'Brief the works council');
  await user.type(plan.getByLabelText('Owner’s name (optional)'), 'Wang Fang');
  await user.type(plan.getByLabelText('Owner’s email'), 'wang@example.cn');
  await user.click(plan.getByRole('button', { name: 'Add' }));

  expect(await plan.findByText('Wang Fang <wang@example.cn>')).toBeDefined();
  expect(plan.getByTestId('action-progress').textContent).toBe('0 of 1 done');
  await user.selectOptions(plan.getByLabelText('Status of “Brief the works council”'), 'done');
  await vi.waitFor(() => expect(plan.getByTestId('action-progress').textContent).toBe('1 of 1 done'));
  const [stored] = await t.storage.actionPlan.list(organizationId);
  expect(stored).toMatchObject({
    status: 'done',
    campaignId,
    owner: { name: 'Wang Fang', email: 'wang@example.cn' },
  });
});

it('shows a consultant the plan in Chinese, with no way to add or change an action but a way to comment', async () => {
  const { campaignId, organizationId, member } = await demoWith('consultant');
  await t.call('POST', `/api/organizations/${organizationId}/action-plan`, {
    campaignId,
    title: '试点一个季度',
  });
  const user = userEvent.setup();
  renderPage(t, `/campaigns/${campaignId}/report`, member.cookie);

  await screen.findByRole('region', { name: 'Action plan' });
  await user.click(screen.getByRole('button', { name: '简体中文' }));
  const plan = within(await screen.findByRole('region', { name: '行动计划' }));
  expect(await plan.findByText('试点一个季度')).toBeDefined();
  expect(plan.getByTestId('action-progress').textContent).toBe('已完成 0 / 1 项');
  expect(plan.getByText('计划中')).toBeDefined();
  expect(plan.queryByRole('combobox')).toBeNull();
  expect(plan.queryByRole('button', { name: '添加' })).toBeNull();

  // What a consultant may do: comment, appended with its day, the action itself unchanged.
  await user.click(plan.getByText('0 条评论'));
  await user.type(plan.getByLabelText('评论“试点一个季度”'), '先确定衡量标准');
  await user.click(plan.getByRole('button', { name: '评论' }));
  expect(await plan.findByText('1 条评论')).toBeDefined();
  const [stored] = await t.storage.actionPlan.list(organizationId);
  expect(stored).toMatchObject({
    status: 'planned',
    note: '',
    comments: [{ accountId: member.accountId, text: '先确定衡量标准' }],
  });
});

it('lets a department head move along their department’s action, showing the organization-wide one as text', async () => {
  t = await startPageApp();
  const demo = (await t.call('POST', '/api/demo')).body as { organizationId: string; campaignId: string };
  const { organizationId, campaignId } = demo;
  const departments = (await t.call('GET', `/api/organizations/${organizationId}`)).body.departments as {
    id: string;
    name: string;
  }[];
  const sales = departments.find((d) => d.name === 'Sales')!.id;
  const head = await inviteAndAccept(t, organizationId, {
    email: 'head@example.com',
    role: 'department-head',
    departmentIds: [sales],
  });
  const add = (body: object) =>
    t.call('POST', `/api/organizations/${organizationId}/action-plan`, { campaignId, ...body });
  await add({ title: 'Everyone: agree the KPIs' });
  await add({ title: 'Sales: weekly pipeline review', departmentIds: [sales] });
  const user = userEvent.setup();
  renderPage(t, `/campaigns/${campaignId}/report`, head.cookie);

  const plan = within(await screen.findByRole('region', { name: 'Action plan' }));
  await plan.findByText('Sales: weekly pipeline review');
  expect(plan.queryByLabelText('Status of “Everyone: agree the KPIs”')).toBeNull();
  expect(plan.queryByRole('button', { name: 'Add' })).toBeNull();
  await user.selectOptions(plan.getByLabelText('Status of “Sales: weekly pipeline review”'), 'in-progress');
  await vi.waitFor(async () =>
    expect((await t.storage.actionPlan.list(organizationId)).map((a) => a.status)).toEqual([
      'planned',
      'in-progress',
    ]),
  );
  expect(plan.queryByRole('alert')).toBeNull();
});

/** A campaign whose report routes to a Balanced Scorecard (HR's facts, twelve middling answers): it has a starter plan. */
async function scorecardCampaign() {
  const org = (
    await t.call('POST', '/api/organizations', {
      name: 'Acme',
      departments: [
        { name: 'Sales', headcount: 8 },
        { name: 'Operations', headcount: 8 },
      ],
    })
  ).body as { id: string; departments: { id: string }[] };
  const campaign = (
    await t.call('POST', `/api/organizations/${org.id}/campaigns`, {
      name: 'Baseline',
      questionnaireId: 'readiness-okr-2',
      organizationFacts: { businessUnits: 'two-to-four', kpiSystem: 'established', maturity: 'mature' },
    })
  ).body as { id: string; links: { departmentId: string; token: string }[] };
  expect((await t.call('POST', `/api/campaigns/${campaign.id}/open`)).status).toBe(200);
  const questionnaire = t.deps.questionnaires.get('readiness-okr-2')!;
  const middle = Object.fromEntries(
    questionnaire.questions.flatMap((q) =>
      q.role === 'likert'
        ? [[q.id, 3]]
        : q.role === 'knowledge' && q.correctAnswer !== null
          ? [[q.id, q.correctAnswer]]
          : [],
    ),
  );
  // One link per department (a campaign-wide link would ask which department).
  for (const link of campaign.links.filter((l) => org.departments.some((d) => d.id === l.departmentId))) {
    for (let i = 0; i < 6; i++) {
      const reply = await t.call('POST', `/api/survey/${link.token}/responses`, { answers: middle });
      expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    }
  }
  return { organizationId: org.id, campaignId: campaign.id };
}

it('turns a Balanced Scorecard starter plan into planned actions with one click', async () => {
  t = await startPageApp();
  const { organizationId, campaignId } = await scorecardCampaign();
  const user = userEvent.setup();
  renderPage(t, `/campaigns/${campaignId}/report`, t.ownerCookie);

  const plan = within(await screen.findByRole('region', { name: 'Action plan' }));
  await user.click(await plan.findByRole('button', { name: /^Add the starter plan of/ }));
  await vi.waitFor(() =>
    expect(plan.getByTestId('action-progress').textContent).toMatch(/^0 of [1-9]\d* done$/),
  );
  const stored = await t.storage.actionPlan.list(organizationId);
  expect(stored.length).toBeGreaterThan(1);
  expect(
    stored.every(
      (a) => a.status === 'planned' && a.owner === null && a.recommendationId === 'balanced-scorecard-plan',
    ),
  ).toBe(true);
  for (const action of stored) expect(plan.getAllByText(action.title).length).toBeGreaterThan(0);
});
