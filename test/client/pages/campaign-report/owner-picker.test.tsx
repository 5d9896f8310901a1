// @vitest-environment jsdom
// Choosing who does an action on the report's plan: an executive picks a person of the organization, whose
// name every reader then sees, and changes an owner afterwards; a department head sees names and no picker.

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { inviteAndAccept } from '../../../fixtures/accounts';
import type { TestApp } from '../../../fixtures/test-app';
import { closePage, renderPage, startPageApp } from '../../../support/render-page';

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

it('lets an executive give an action to a person of the organization, then to someone without an account', async () => {
  t = await startPageApp();
  const demo = (await t.call('POST', '/api/demo')).body as { organizationId: string; campaignId: string };
  const executive = await inviteAndAccept(
    t,
    demo.organizationId,
    { email: 'exec@example.com', role: 'executive' },
    'Eva Exec',
  );
  const colleague = await inviteAndAccept(
    t,
    demo.organizationId,
    { email: 'chen@example.com', role: 'consultant' },
    'Chen Jing',
  );
  const user = userEvent.setup();
  renderPage(t, `/campaigns/${demo.campaignId}/report`, executive.cookie);

  const plan = within(await screen.findByRole('region', { name: 'Action plan' }));
  await user.type(plan.getByLabelText('Action'), 'Agree the objectives');
  const owner = plan.getByLabelText('Owner');
  await plan.findByRole('option', { name: 'Chen Jing (chen@example.com)' });
  await user.selectOptions(owner, 'Chen Jing (chen@example.com)');
  // A person picked needs no name or address written.
  expect(plan.queryByLabelText('Owner’s email')).toBeNull();
  await user.click(plan.getByRole('button', { name: 'Add' }));
  const row = within(
    (await plan.findByRole('cell', { name: /^Chen Jing/ })).closest('tr') as HTMLTableRowElement,
  );
  expect((await t.storage.actionPlan.list(demo.organizationId))[0]).toMatchObject({
    owner: { accountId: colleague.accountId },
    assignedBy: executive.accountId,
  });

  await user.click(row.getByText('Change owner'));
  // The change starts from the owner as the plan has it.
  const changeTo = row.getByLabelText('Owner of “Agree the objectives”');
  expect((changeTo as HTMLSelectElement).value).toBe(colleague.accountId);
  await user.selectOptions(changeTo, 'Someone without an account, or nobody yet');
  await user.type(row.getByLabelText('Owner’s name for “Agree the objectives” (optional)'), 'Wang Fang');
  await user.type(row.getByLabelText('Owner’s email for “Agree the objectives”'), 'wang@example.cn');
  await user.click(row.getByRole('button', { name: 'Save' }));
  expect(await plan.findByText('Wang Fang <wang@example.cn>')).toBeDefined();
  expect((await t.storage.actionPlan.list(demo.organizationId))[0]!.owner).toEqual({
    name: 'Wang Fang',
    email: 'wang@example.cn',
  });
});

it('shows a department head the owner’s name, with no list of people to give actions to', async () => {
  t = await startPageApp();
  const demo = (await t.call('POST', '/api/demo')).body as { organizationId: string; campaignId: string };
  const org = (await t.call('GET', `/api/organizations/${demo.organizationId}`)).body as {
    departments: { id: string }[];
  };
  const head = await inviteAndAccept(
    t,
    demo.organizationId,
    { email: 'head@example.com', role: 'department-head', departmentIds: [org.departments[0]!.id] },
    'Hu Head',
  );
  await t.call('POST', `/api/organizations/${demo.organizationId}/action-plan`, {
    campaignId: demo.campaignId,
    title: 'Weekly review',
    owner: { accountId: head.accountId },
  });
  renderPage(t, `/campaigns/${demo.campaignId}/report`, head.cookie);

  const plan = within(await screen.findByRole('region', { name: 'Action plan' }));
  expect(await plan.findByRole('cell', { name: 'Hu Head (you)' })).toBeDefined();
  expect(plan.queryByText('Change owner')).toBeNull();
  expect(plan.queryByLabelText('Owner')).toBeNull();
});
