// @vitest-environment jsdom
// The sending section as an administrator uses it against the real app: planning reminders (added, shown
// with when they fall due, removed) and a mailing a restart cut short, shown with how far it got and sent
// on with one press.

import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import type { MailingRun } from '../../../../server/domain/campaigns/mailing-run';
import { loadQuestionnaires } from '../../../../server/load-questionnaires';
import { createHeldMailer, type HeldMailer } from '../../../fixtures/held-mailer';
import { importStaff, staffCsv } from '../../../fixtures/staff';
import { setUpCampaign, startTestApp, type TestApp } from '../../../fixtures/test-app';
import { closePage, renderPage } from '../../../support/render-page';

let t: TestApp;
let held: HeldMailer;
afterEach(async () => {
  closePage();
  held.releaseAll();
  await t.close();
});

async function sendingSection(prepare: (campaignId: string) => Promise<void> = async () => undefined) {
  held = createHeldMailer();
  t = await startTestApp(
    await loadQuestionnaires(join(import.meta.dirname, '../../../../questionnaires')),
    {},
    { mail: { mailer: held.mailer, perMinute: 0 } },
  );
  const { campaign } = await setUpCampaign(t, { Sales: 10, Operations: 12 });
  await importStaff(t, campaign.id, staffCsv({ Sales: 3, Operations: 3 }));
  await prepare(campaign.id);
  const page = renderPage(t, `/campaigns/${campaign.id}`, t.ownerCookie);
  const section = within(await screen.findByRole('region', { name: 'Invitations and reminders' }));
  return { campaign, page, section };
}

it('adds a reminder some days after the invitations, shows it waiting for them, and removes it', async () => {
  const { campaign, page, section } = await sendingSection();
  const plan = within(await section.findByRole('region', { name: 'Planned reminders' }));
  expect(await plan.findByText('No reminders are planned.')).toBeDefined();
  const user = userEvent.setup();
  const days = plan.getByRole('spinbutton', { name: 'Days' });
  await user.clear(days);
  await user.type(days, '4');
  await user.click(plan.getByRole('button', { name: 'Add to the plan' }));
  expect(
    await plan.findByText(
      '4 days after the invitations — counted from the first invitations, by email or the chat announcement',
    ),
  ).toBeDefined();
  expect(page.sent('POST', `/api/campaigns/${campaign.id}/reminders`).map((r) => r.body)).toEqual([
    { afterDays: 4 },
  ]);

  await user.click(plan.getByRole('button', { name: 'Remove the reminder 4 days after the invitations' }));
  expect(await plan.findByText('No reminders are planned.')).toBeDefined();
});

it('plans a reminder on a date, sent at nine in the morning of that day in the administrator’s time', async () => {
  const { campaign, page, section } = await sendingSection();
  const plan = within(await section.findByRole('region', { name: 'Planned reminders' }));
  const user = userEvent.setup();
  await user.click(plan.getByRole('radio', { name: 'On a date (at 9:00 your time)' }));
  await user.type(plan.getByLabelText('Date'), '2026-03-09');
  await user.click(plan.getByRole('button', { name: 'Add to the plan' }));
  expect(await plan.findByText(/^Next reminder: /)).toBeDefined();
  expect(page.sent('POST', `/api/campaigns/${campaign.id}/reminders`).map((r) => r.body)).toEqual([
    { at: new Date('2026-03-09T09:00:00').toISOString() },
  ]);
});

it('shows a mailing a restart cut short with how far it got, and sends only the rest on Resume', async () => {
  const { campaign, page, section } = await sendingSection(async (campaignId) => {
    const people = await t.storage.surveyInvitations.listByCampaign(campaignId);
    const run: MailingRun = {
      id: 'run-1',
      campaignId,
      kind: 'invitation',
      reminderId: null,
      startedAt: '2026-03-02T11:00Z',
      recipients: people.map((p) => p.id),
      total: 6,
      linkBase: 'https://survey.example.com',
      claimed: 3,
      inFlight: [people[2]!.id],
      sent: 2,
      failed: 0,
      uncertain: 0,
      skipped: 0,
      failures: [],
      state: 'interrupted',
    };
    await t.storage.mailings.begin(run);
  });
  expect(
    await section.findByText(/^Sending invitations stopped when the server was restarted: 2 of 6 sent\./),
  ).toBeDefined();
  expect(
    section.getByText(
      '1 email was with the mail server when it stopped and may have arrived; it is counted as sent and will not be sent again.',
    ),
  ).toBeDefined();
  expect(section.getByText('3 people still to send to.')).toBeDefined();

  vi.stubGlobal('confirm', () => true);
  await userEvent.setup().click(section.getByRole('button', { name: 'Resume sending' }));
  const sends = await held.waitForHeld(3);
  const people = await t.storage.surveyInvitations.listByCampaign(campaign.id);
  expect(sends.map((s) => s.mail.to)).toEqual(people.slice(3).map((p) => p.email));
  held.releaseAll();
  expect(await section.findByText(/^Invitations sent: 5 of 6\./)).toBeDefined();
  expect(page.sent('POST', `/api/campaigns/${campaign.id}/mailings/latest/resume`)).toHaveLength(1);
});
