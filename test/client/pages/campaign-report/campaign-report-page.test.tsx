// @vitest-environment jsdom
// A department head's report page: the note on what their view leaves out says so only when it does, with
// the server's count of withheld advice, in the language the reader chooses.

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { inviteAndAccept } from '../../../fixtures/accounts';
import { scoreable } from '../../../fixtures/answers';
import { setUpCampaign, submit, type TestApp } from '../../../fixtures/test-app';
import { closePage, renderPage, startPageApp } from '../../../support/render-page';

// jsdom draws no canvas, and Chart.js fails when it redraws one it could not draw (on a language switch):
// the radar stands in as the labelled image it is to a reader; to-radar-data.test.ts tests what it plots.
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

const VIEW_NOTE = /This is the report as a head of your department sees it/;
const ORGANIZATION_WITHHELD = /figures of the organization as a whole are not shown either/;

const headOf = (organizationId: string, departmentId: string) =>
  inviteAndAccept(t, organizationId, {
    email: 'head@example.com',
    role: 'department-head',
    departmentIds: [departmentId],
  });

it('tells the head of one of two departments that the organization’s figures are withheld, and shows nothing of the other', async () => {
  t = await startPageApp();
  const { organization, campaign, tokenOf, departmentId } = await setUpCampaign(t, {
    Sales: 10,
    Operations: 12,
  });
  await submit(t, tokenOf('Sales'), 5);
  await submit(t, tokenOf('Operations'), 6, scoreable({ pay_fair: 2 }));
  const head = await headOf(organization.id, departmentId('Sales'));

  renderPage(t, `/campaigns/${campaign.id}/report`, head.cookie);

  const note = within(await screen.findByRole('region', { name: 'withheld in your view' }));
  expect(note.getByText(VIEW_NOTE)).toBeDefined();
  expect(note.getByText(ORGANIZATION_WITHHELD)).toBeDefined();
  // The server counts no withheld advice here (its mere presence would tell on Operations): no count shown.
  expect(note.queryByText(/about other departments and not shown/)).toBeNull();
  expect(document.body.textContent).not.toContain('Operations');
});

it('counts the advice about other departments for a head whose organization figures are shown, in either language', async () => {
  t = await startPageApp();
  const demo = (await t.call('POST', '/api/demo')).body as { organizationId: string; campaignId: string };
  const sales = (await t.call('GET', `/api/organizations/${demo.organizationId}`)).body.departments.find(
    (d: { name: string }) => d.name === 'Sales',
  );
  const head = await headOf(demo.organizationId, sales.id);
  const user = userEvent.setup();

  renderPage(t, `/campaigns/${demo.campaignId}/report`, head.cookie);

  const note = within(await screen.findByRole('region', { name: 'withheld in your view' }));
  expect(note.getByText(VIEW_NOTE)).toBeDefined();
  expect(note.queryByText(ORGANIZATION_WITHHELD)).toBeNull();
  expect(note.getByText('2 recommendations are about other departments and not shown here.')).toBeDefined();

  await user.click(screen.getByRole('button', { name: '简体中文' }));
  const translated = within(await screen.findByRole('region', { name: '您的视图中不显示' }));
  expect(translated.getByText('另有 2 条建议涉及其他部门，不在此显示。')).toBeDefined();
});

it('shows the owner the whole report with no note about a restricted view', async () => {
  t = await startPageApp();
  const demo = (await t.call('POST', '/api/demo')).body as { campaignId: string };
  const { campaign, organization } = (await t.call('GET', `/api/campaigns/${demo.campaignId}`)).body;

  renderPage(t, `/campaigns/${demo.campaignId}/report`, t.ownerCookie);

  const title = `${organization.name}: ${campaign.name}`;
  expect(await screen.findByRole('heading', { level: 1, name: title })).toBeDefined();
  expect(screen.getByRole('img', { name: /^Radar chart of the readiness score/ })).toBeDefined();
  expect(screen.queryByRole('region', { name: 'withheld in your view' })).toBeNull();
  expect(screen.queryByText(VIEW_NOTE)).toBeNull();
});
