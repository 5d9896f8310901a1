import { afterEach, describe, expect, it } from 'vitest';
import { createClock, DAY, NOON, signIn } from '../../fixtures/accounts';
import { createHeldMailer, type HeldMailer } from '../../fixtures/held-mailer';
import { importStaff } from '../../fixtures/staff';
import { expectProblem, OWNER, setUpCampaign } from '../../fixtures/test-app';
import {
  answer,
  campaigns,
  campaignWithStaff,
  finishAndClose,
  finished,
  mailing,
  send,
  smtp,
  STAFF,
  start,
  startWithoutMail,
  survey,
  t,
  tokenIn,
} from './mailing-support';

afterEach(finishAndClose);

describe('POST /api/campaigns/:id/mailings without a mail server', () => {
  it('refuses with 409 and points to the mail-merge file', async () => {
    await startWithoutMail();
    const { campaign } = await setUpCampaign(t);
    await importStaff(t, campaign.id, STAFF);
    const reply = await mailing(campaign.id, 'invitation');
    expectProblem(reply, 409);
    expect(reply.body.detail).toMatch(/mail-merge/);
    const detail = (await t.call('GET', `/api/campaigns/${campaign.id}`)).body;
    expect(detail.distribution).toMatchObject({ emailConfigured: false, listed: 6, sent: 0, notYetSent: 6 });
  });
});

describe('POST /api/campaigns/:id/mailings', () => {
  it('refuses to send for a draft, sending nothing', async () => {
    await start();
    const { campaign } = await setUpCampaign(t, { Sales: 10, Operations: 12 }, { open: false });
    await importStaff(t, campaign.id, STAFF);
    const reply = await mailing(campaign.id, 'invitation');
    expectProblem(reply, 409);
    expect(reply.body.detail).toMatch(/open the campaign/i);
    expect((await t.call('GET', `/api/campaigns/${campaign.id}/mailings/latest`)).body).toEqual({
      mailing: null,
    });
    expect(smtp.messages).toEqual([]);
  });

  it('refuses an unknown kind of mailing with 422', async () => {
    await start();
    const { campaign } = await campaignWithStaff();
    expectProblem(await t.call('POST', `/api/campaigns/${campaign.id}/mailings`, { kind: 'farewell' }), 422, [
      'kind',
    ]);
  });

  it('refuses mailings for a campaign closed by hand', async () => {
    await start();
    const { campaign } = await campaignWithStaff();
    await send(campaign.id, 'invitation');
    expect((await t.call('POST', `/api/campaigns/${campaign.id}/close`)).status).toBe(200);
    for (const kind of ['invitation', 'reminder'] as const) {
      const reply = await mailing(campaign.id, kind);
      expectProblem(reply, 409);
      expect(reply.body.detail).toMatch(/closed/i);
    }
    expect(smtp.messages).toHaveLength(6);
  });

  it('refuses mailings once the closing date has passed', async () => {
    const clock = createClock();
    await start({ now: clock.now });
    const { campaign } = await setUpCampaign(t, { Sales: 10, Operations: 12 }, { open: false });
    await importStaff(t, campaign.id, STAFF);
    campaigns.push(campaign.id);
    const closesAt = new Date(NOON + DAY).toISOString();
    expect((await t.call('PATCH', `/api/campaigns/${campaign.id}`, { closesAt })).status).toBe(200);
    expect((await t.call('POST', `/api/campaigns/${campaign.id}/open`)).status).toBe(200);
    clock.advance(2 * DAY);
    const owner = await signIn(t, OWNER.email, OWNER.password);
    const reply = await t.call(
      'POST',
      `/api/campaigns/${campaign.id}/mailings`,
      { kind: 'invitation' },
      {
        cookie: owner.cookie!,
      },
    );
    expectProblem(reply, 409);
    expect(reply.body.detail).toMatch(/closed/i);
    expect(smtp.messages).toEqual([]);
  });
});

describe('a mailing still being sent', () => {
  it('refuses another mailing for the campaign and shows progress while it runs', async () => {
    let held!: HeldMailer;
    await start({ wrap: (smtpMailer) => (held = createHeldMailer(smtpMailer)).mailer });
    const { campaign } = await campaignWithStaff();
    expect((await mailing(campaign.id, 'invitation')).status).toBe(202);
    const sends = await held.waitForHeld(6);
    sends[0]!.release();
    await smtp.waitForMessages(1);

    const during = await t.call('GET', `/api/campaigns/${campaign.id}/mailings/latest`);
    expect(during.body.mailing).toMatchObject({ kind: 'invitation', total: 6, finished: false });
    const again = await mailing(campaign.id, 'invitation');
    expectProblem(again, 409);
    expect(again.body.detail).toMatch(/still being sent/);

    held.releaseAll();
    expect(await finished(campaign.id)).toMatchObject({ total: 6, sent: 6 });
    expect(smtp.messages).toHaveLength(6);
  });

  it('keeps the links in its emails working however often sending is pressed again meanwhile', async () => {
    let held!: HeldMailer;
    await start({ wrap: (smtpMailer) => (held = createHeldMailer(smtpMailer)).mailer });
    const { campaign } = await campaignWithStaff('email,name,department\nann@example.com,Ann Archer,Sales');
    expect((await mailing(campaign.id, 'invitation')).status).toBe(202);
    await held.waitForHeld(1);

    // An impatient administrator (or two) presses "Send invitations" again while it is still going.
    for (let press = 0; press < 12; press++) expectProblem(await mailing(campaign.id, 'invitation'), 409);

    held.releaseAll();
    await finished(campaign.id);
    const [message] = await smtp.waitForMessages(1);
    const opened = await survey(tokenIn(message!));
    expect(opened.status, 'the link in the email that was sent no longer opens the survey').toBe(200);
    expect((await answer(tokenIn(message!))).status).toBe(201);
  });
});
