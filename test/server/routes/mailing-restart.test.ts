// A mailing cut short by a restart: shown as interrupted with how far it got, resumed to those it never
// reached, and nobody sent it twice. The crash is the first app left with messages still at the mail
// server (held, never settled) while its storage is closed and opened again, as a restart reads it.

import { afterEach, describe, expect, it } from 'vitest';
import { createHeldMailer, type HeldMailer } from '../../fixtures/held-mailer';
import { restartTestApp, type RestartedApp } from '../../fixtures/restart-test-app';
import { importStaff, staffCsv } from '../../fixtures/staff';
import { setUpCampaign, startTestApp, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
let held: HeldMailer;
let restarted: RestartedApp | null = null;

afterEach(async () => {
  await (restarted ? restarted.close() : t.close());
  restarted = null;
});

/** Twelve people (more than one batch of ten), invitations started, and the first batch at the mail server. */
async function invitationsUnderWay() {
  held = createHeldMailer();
  t = await startTestApp(undefined, {}, { mail: { mailer: held.mailer, perMinute: 0 } });
  const { campaign } = await setUpCampaign(t, { Sales: 10, Operations: 12 });
  await importStaff(t, campaign.id, staffCsv({ Sales: 6, Operations: 6 }));
  const started = await t.call('POST', `/api/campaigns/${campaign.id}/mailings`, { kind: 'invitation' });
  expect(started.status).toBe(202);
  const batch = await held.waitForHeld(10);
  return { campaign, batch };
}

const recipients = (sends: { mail: { to: string } }[]) => sends.map((s) => s.mail.to);

/** Polls like the page until the latest mailing is no longer going out. */
async function settled(call: TestApp['call'], id: string) {
  for (;;) {
    const reply = await call('GET', `/api/campaigns/${id}/mailings/latest`);
    if (reply.body.mailing?.state !== 'sending') return reply.body.mailing;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('a mailing interrupted by a restart', () => {
  it('shows as interrupted with how far it got, counting as sent those the mail server held', async () => {
    const { campaign, batch } = await invitationsUnderWay();
    for (const send of batch.slice(0, 7)) send.release();
    batch[7]!.fail('550 mailbox unavailable');
    // The other two are still with the mail server when the server stops.
    await expect
      .poll(
        async () =>
          (await t.call('GET', `/api/campaigns/${campaign.id}/mailings/latest`)).body.mailing.failed,
      )
      .toBe(1);
    await expect
      .poll(
        async () => (await t.call('GET', `/api/campaigns/${campaign.id}/mailings/latest`)).body.mailing.sent,
      )
      .toBe(7);

    restarted = await restartTestApp(t);
    const latest = await restarted.call('GET', `/api/campaigns/${campaign.id}/mailings/latest`);
    expect(latest.body.mailing).toMatchObject({
      kind: 'invitation',
      state: 'interrupted',
      finished: true,
      total: 12,
      sent: 7,
      failed: 1,
      uncertain: 2,
      failures: [{ email: batch[7]!.mail.to, error: '550 mailbox unavailable' }],
    });
  });

  it('resumes to those never reached, never to anyone claimed before the restart, and then invites only the failed one', async () => {
    const { campaign, batch } = await invitationsUnderWay();
    for (const send of batch.slice(0, 7)) send.release();
    batch[7]!.fail('550 mailbox unavailable');
    await expect
      .poll(
        async () =>
          (await t.call('GET', `/api/campaigns/${campaign.id}/mailings/latest`)).body.mailing.failed,
      )
      .toBe(1);
    await expect
      .poll(
        async () => (await t.call('GET', `/api/campaigns/${campaign.id}/mailings/latest`)).body.mailing.sent,
      )
      .toBe(7);
    restarted = await restartTestApp(t);
    const call = restarted.call;

    const resumed = await call('POST', `/api/campaigns/${campaign.id}/mailings/latest/resume`);
    expect(resumed.status, JSON.stringify(resumed.body)).toBe(202);
    expect(resumed.body).toMatchObject({ state: 'sending', total: 12, sent: 7 });
    const after = await held.waitForHeld(12);
    const firstBatch = new Set(recipients(batch));
    const resumedTo = recipients(after.slice(10));
    expect(resumedTo).toHaveLength(2);
    for (const to of resumedTo) expect(firstBatch.has(to)).toBe(false);
    for (const send of after.slice(10)) send.release();
    expect(await settled(call, campaign.id)).toMatchObject({
      state: 'finished',
      total: 12,
      sent: 9,
      failed: 1,
      uncertain: 2,
    });

    // The two the mail server held are on the list as sent, so only the refused address is invited again.
    const again = await call('POST', `/api/campaigns/${campaign.id}/mailings`, { kind: 'invitation' });
    expect(again.status).toBe(202);
    const third = await held.waitForHeld(13);
    expect(recipients(third.slice(12))).toEqual([batch[7]!.mail.to]);
    third[12]!.release();
    await settled(call, campaign.id);
    expect(held.held).toHaveLength(13);
    const sentTo = recipients(held.held);
    expect(new Set(sentTo).size).toBe(12);
  });

  it('refuses to resume a mailing that finished, and one that is still going out', async () => {
    const { campaign, batch } = await invitationsUnderWay();
    const running = await t.call('POST', `/api/campaigns/${campaign.id}/mailings/latest/resume`);
    expect([running.status, running.body.code]).toEqual([409, 'mailing.in-progress']);
    for (const send of batch) send.release();
    const rest = await held.waitForHeld(12);
    for (const send of rest) send.release();
    expect(await settled(t.call, campaign.id)).toMatchObject({ state: 'finished', sent: 12 });
    const finished = await t.call('POST', `/api/campaigns/${campaign.id}/mailings/latest/resume`);
    expect([finished.status, finished.body.code]).toEqual([409, 'mailing.nothing-to-resume']);
    expect(held.held).toHaveLength(12);
  });
});
