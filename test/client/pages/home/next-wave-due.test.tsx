// @vitest-environment jsdom
// The start page saying when an organization's next calibration wave is due, as the server worked it out,
// and making it from there, against the real app with the day moved on.

import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { loadQuestionnaires } from '../../../../server/load-questionnaires';
import { inviteAndAccept } from '../../../fixtures/accounts';
import { setUpCampaign, startTestApp, TODAY, type TestApp } from '../../../fixtures/test-app';
import { closePage, renderPage } from '../../../support/render-page';

let t: TestApp;
let today = TODAY;
afterEach(async () => {
  closePage();
  await t.close();
});

/** An organization keeping a quarterly cadence whose only wave closed on TODAY: the next is due 2026-06-02. */
async function quarterlyAfterOneWave() {
  today = TODAY;
  const questionnaires = await loadQuestionnaires(join(import.meta.dirname, '../../../../questionnaires'));
  t = await startTestApp(questionnaires, {}, { today: () => today });
  const setup = await setUpCampaign(t);
  await t.call('PATCH', `/api/organizations/${setup.organization.id}`, { cadenceMonths: 3 });
  await t.call('POST', `/api/campaigns/${setup.campaign.id}/close`);
  return setup;
}

const due = async () => within(await screen.findByTestId('next-wave-due'));

it.each([
  ['2026-03-02', 'Next wave due on 2026-06-02'],
  ['2026-05-20', 'Next wave due soon: on 2026-06-02, in 13 days'],
  ['2026-06-02', 'Next wave due today, 2026-06-02'],
  ['2026-06-10', 'Next wave due now: it fell due on 2026-06-02'],
  ['2026-07-01', 'Next wave overdue: it fell due on 2026-06-02, 29 days ago'],
])('on %s says “%s”', async (day, words) => {
  await quarterlyAfterOneWave();
  today = day;
  renderPage(t, '/', t.ownerCookie);
  await (await due()).findByText(words);
  expect((await due()).getByText('Quarterly, counted from “Baseline”, closed on 2026-03-02.')).toBeDefined();
});

it('makes the next wave named for its quarter and opens the draft, then says it is under way', async () => {
  const { campaign } = await quarterlyAfterOneWave();
  today = '2026-06-05';
  const page = renderPage(t, '/', t.ownerCookie);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: /^Make the next wave now ?for Acme$/ }));
  await screen.findByRole('heading', { name: '2026 Q2 wave', level: 1 });
  expect(page.sent('POST', `/api/campaigns/${campaign.id}/next-wave`)[0]?.body).toEqual({
    name: '2026 Q2 wave',
    copyStaffList: true,
  });
  const made = (await t.storage.campaigns.listByOrganization(campaign.organizationId)).find(
    (c) => c.previousWaveId === campaign.id,
  )!;
  expect(page.location()).toBe(`/campaigns/${made.id}`);

  closePage();
  renderPage(t, '/', t.ownerCookie);
  await (await due()).findByText('The next wave, “2026 Q2 wave”, is being prepared as a draft:');
  expect(screen.queryByRole('button', { name: /Make the next wave now/ })).toBeNull();
});

it('tells an executive when the next wave is due, without the button', async () => {
  const { organization } = await quarterlyAfterOneWave();
  const executive = await inviteAndAccept(t, organization.id, {
    email: 'exec@example.com',
    role: 'executive',
    departmentIds: [],
  });
  renderPage(t, '/', executive.cookie);
  await (await due()).findByText('Next wave due on 2026-06-02');
  expect(screen.queryByRole('button', { name: /Make the next wave now/ })).toBeNull();
});

it('says it in Chinese', async () => {
  await quarterlyAfterOneWave();
  today = '2026-07-01';
  window.localStorage.setItem('groundwork:language', 'zh-cn');
  renderPage(t, '/', t.ownerCookie);
  await (await due()).findByText('下一轮调研已逾期：到期日为 2026-06-02，已过 29 天');
  expect(screen.getByRole('button', { name: '立即创建下一轮（Acme）' })).toBeDefined();
});
