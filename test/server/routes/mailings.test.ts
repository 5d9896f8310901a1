import { afterEach, describe, expect, it } from 'vitest';
import type { Mailer } from '../../../server/mail/mailer';
import { createSmtpMailer } from '../../../server/mail/smtp-mailer';
import { createClock, DAY, NOON, signIn } from '../../fixtures/accounts';
import { createHeldMailer, type HeldMailer } from '../../fixtures/held-mailer';
import { importStaff } from '../../fixtures/staff';
import {
  expectProblem,
  OWNER,
  setUpCampaign,
  startTestApp,
  TODAY,
  type TestApp,
} from '../../fixtures/test-app';
import { startTestSmtpServer, type ReceivedMail, type TestSmtpServer } from '../../support/test-smtp-server';

const PUBLIC_URL = 'https://survey.example.com';
const FROM = 'HR <hr@example.com>';
const LINK = /https:\/\/survey\.example\.com\/s\/([A-Za-z0-9_-]+)/g;

/** Six people; Li Wei reads Chinese. */
const STAFF = [
  'email,name,department,language',
  'ann@example.com,Ann Archer,Sales,en',
  'ben@example.com,Ben Brown,Sales,en',
  'cat@example.com,Cat Cole,Sales,',
  'dan@example.com,Dan Drake,Operations,en',
  'eve@example.com,Eve Evans,Operations,en',
  'li.wei@example.com,李伟,Operations,zh-cn',
].join('\n');
const EVERYONE = [
  'ann@example.com',
  'ben@example.com',
  'cat@example.com',
  'dan@example.com',
  'eve@example.com',
  'li.wei@example.com',
];
const DEPARTMENT_OF: Record<string, string> = {
  'ann@example.com': 'Sales',
  'ben@example.com': 'Sales',
  'cat@example.com': 'Sales',
  'dan@example.com': 'Operations',
  'eve@example.com': 'Operations',
  'li.wei@example.com': 'Operations',
};

let t: TestApp;
let smtp: TestSmtpServer;
let mailer: Mailer;
const campaigns: string[] = [];
let cleanup: (() => Promise<void>)[] = [];

afterEach(async () => {
  // Let mailings still being sent finish before their storage goes away.
  for (const id of campaigns.splice(0)) await finished(id, { orNone: true }).catch(() => undefined);
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

/** The app with mail going through a real SMTP server on loopback. */
async function start(
  options: {
    rejectRecipients?: (address: string) => boolean;
    wrap?: (mailer: Mailer) => Mailer;
    now?: () => number;
  } = {},
) {
  smtp = await startTestSmtpServer({ rejectRecipients: options.rejectRecipients });
  const smtpMailer = createSmtpMailer(smtp.url, FROM);
  mailer = options.wrap ? options.wrap(smtpMailer) : smtpMailer;
  t = await startTestApp(
    undefined,
    {},
    {
      mail: { mailer, perMinute: 0 },
      publicUrl: PUBLIC_URL,
      ...(options.now ? { now: options.now } : {}),
    },
  );
  // Mailer first: closing its pool ends the connection, so the server need not wait for it.
  cleanup.push(smtp.close, mailer.close, t.close);
}

async function campaignWithStaff(csv = STAFF) {
  const setup = await setUpCampaign(t, { Sales: 10, Operations: 12 });
  await importStaff(t, setup.campaign.id, csv);
  campaigns.push(setup.campaign.id);
  return setup;
}

const mailing = (id: string, kind: 'invitation' | 'reminder') =>
  t.call('POST', `/api/campaigns/${id}/mailings`, { kind });

/** Polls the latest mailing the way the campaign page does, until it has finished. */
async function finished(id: string, { orNone = false, timeoutMs = 10_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reply = await t.call('GET', `/api/campaigns/${id}/mailings/latest`);
    expect(reply.status).toBe(200);
    if (reply.body.mailing?.finished || (orNone && reply.body.mailing === null)) return reply.body.mailing;
    if (Date.now() > deadline) throw new Error(`Mailing not finished: ${JSON.stringify(reply.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Sends a mailing, waits for it, and answers its status and the messages it delivered. */
async function send(id: string, kind: 'invitation' | 'reminder') {
  const before = smtp.messages.length;
  const reply = await mailing(id, kind);
  expect(reply.status, JSON.stringify(reply.body)).toBe(202);
  const status = await finished(id);
  return { started: reply.body, status, messages: smtp.messages.slice(before) };
}

/** The one personal link in a message, as its token. */
function tokenIn(message: ReceivedMail): string {
  const links = [...message.text.matchAll(LINK)];
  expect(links, message.text).toHaveLength(1);
  return links[0]![1]!;
}

/** Each recipient's link token, by address; asserts every message went to exactly one person. */
function tokensByRecipient(messages: ReceivedMail[]): Map<string, string> {
  for (const m of messages) expect(m.to).toHaveLength(1);
  return new Map(messages.map((m) => [m.to[0]!, tokenIn(m)]));
}

const survey = (token: string) => t.call('GET', `/api/survey/${token}`);
const answer = (token: string) =>
  t.call('POST', `/api/survey/${token}/responses`, { answers: { pay_fair: 4 } });
const staff = async (id: string) =>
  (await t.call('GET', `/api/campaigns/${id}/staff`)).body.people as {
    email: string;
    sentOn: string | null;
    deliveryError: string | null;
  }[];

describe('POST /api/campaigns/:id/mailings without a mail server', () => {
  it('refuses with 409 and points to the mail-merge file', async () => {
    t = await startTestApp();
    cleanup.push(t.close);
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

  it('emails each person their own working link, in their language, once', async () => {
    await start();
    const { campaign } = await campaignWithStaff();
    const { started, status, messages } = await send(campaign.id, 'invitation');
    expect(started).toMatchObject({ kind: 'invitation', total: 6, finished: false });
    expect(status).toMatchObject({ kind: 'invitation', total: 6, sent: 6, failed: 0, failures: [] });

    expect(messages).toHaveLength(6);
    const tokens = tokensByRecipient(messages);
    expect([...tokens.keys()].sort()).toEqual(EVERYONE);
    expect(new Set(tokens.values()).size).toBe(6);
    for (const m of messages) expect(m.from).toBe('"HR" <hr@example.com>');

    for (const [email, token] of tokens) {
      const opened = await survey(token);
      expect(opened.status).toBe(200);
      expect(opened.body).toMatchObject({
        organizationName: 'Acme',
        status: 'open',
        department: DEPARTMENT_OF[email],
        personal: { answered: false, language: email === 'li.wei@example.com' ? 'zh-cn' : 'en' },
      });
    }

    const chinese = messages.find((m) => m.to[0] === 'li.wei@example.com')!;
    expect(chinese.subject).toBe('Acme邀请您参与：Baseline');
    expect(chinese.text).toContain('李伟，您好！');
    expect(chinese.text).toContain('您的专属链接');
    const english = messages.find((m) => m.to[0] === 'ann@example.com')!;
    expect(english.subject).toBe('Acme would like your view: Baseline');
    expect(english.text).toContain('Hello Ann Archer,');

    expect((await staff(campaign.id)).map((p) => [p.email, p.sentOn, p.deliveryError])).toEqual(
      EVERYONE.map((email) => [email, TODAY, null]),
    );
    const detail = (await t.call('GET', `/api/campaigns/${campaign.id}`)).body;
    expect(detail.distribution).toMatchObject({ emailConfigured: true, listed: 6, sent: 6, notYetSent: 0 });

    const again = await mailing(campaign.id, 'invitation');
    expectProblem(again, 409);
    expect(again.body.detail).toMatch(/already/i);
    expect(smtp.messages).toHaveLength(6);
  });

  it('lists an address the mail server refuses with its reason, and invites only that person next time', async () => {
    let mailboxBroken = true;
    await start({ rejectRecipients: (address) => mailboxBroken && address === 'eve@example.com' });
    const { campaign } = await campaignWithStaff();
    const { status, messages } = await send(campaign.id, 'invitation');
    expect(status).toMatchObject({ total: 6, sent: 5, failed: 1 });
    expect(status.failures).toEqual([{ email: 'eve@example.com', error: expect.stringContaining('550') }]);
    expect(messages.map((m) => m.to[0]).sort()).toEqual(EVERYONE.filter((e) => e !== 'eve@example.com'));

    const eve = (await staff(campaign.id)).find((p) => p.email === 'eve@example.com')!;
    expect(eve.sentOn).toBeNull();
    expect(eve.deliveryError).toContain('550');
    const others = (await staff(campaign.id)).filter((p) => p.email !== 'eve@example.com');
    for (const p of others) expect(p).toMatchObject({ sentOn: TODAY, deliveryError: null });
    expect((await t.call('GET', `/api/campaigns/${campaign.id}`)).body.distribution).toMatchObject({
      sent: 5,
      notYetSent: 1,
      deliveryFailures: 1,
    });

    // HR has the mailbox fixed and sends invitations again: only Eve is written to.
    mailboxBroken = false;
    const retry = await send(campaign.id, 'invitation');
    expect(retry.status).toMatchObject({ total: 1, sent: 1, failed: 0, failures: [] });
    expect(retry.messages.map((m) => m.to)).toEqual([['eve@example.com']]);
    expect((await survey(tokenIn(retry.messages[0]!))).body.department).toBe('Operations');
    expect((await staff(campaign.id)).find((p) => p.email === 'eve@example.com')).toMatchObject({
      sentOn: TODAY,
      deliveryError: null,
    });
  });

  it('reminds exactly those who have not answered, with new links, leaving the old ones working', async () => {
    await start();
    const { campaign } = await campaignWithStaff();
    const invitations = tokensByRecipient((await send(campaign.id, 'invitation')).messages);
    expect((await answer(invitations.get('ann@example.com')!)).status).toBe(201);
    expect((await answer(invitations.get('li.wei@example.com')!)).status).toBe(201);

    const { started, status, messages } = await send(campaign.id, 'reminder');
    expect(started).toMatchObject({ kind: 'reminder', total: 4 });
    expect(status).toMatchObject({ kind: 'reminder', total: 4, sent: 4, failed: 0 });
    const reminders = tokensByRecipient(messages);
    expect([...reminders.keys()].sort()).toEqual([
      'ben@example.com',
      'cat@example.com',
      'dan@example.com',
      'eve@example.com',
    ]);
    for (const m of messages) expect(m.subject).toBe('Reminder: Baseline');

    for (const [email, token] of reminders) {
      expect(token).not.toBe(invitations.get(email));
      const opened = await survey(token);
      expect(opened.status).toBe(200);
      expect(opened.body).toMatchObject({ department: DEPARTMENT_OF[email], personal: { answered: false } });
      // The link from the first email still opens the survey too.
      const old = await survey(invitations.get(email)!);
      expect(old.status).toBe(200);
      expect(old.body.personal.answered).toBe(false);
    }

    // Ben answers through the reminder; his first link is then spent as well.
    expect((await answer(reminders.get('ben@example.com')!)).status).toBe(201);
    const reused = await answer(invitations.get('ben@example.com')!);
    expectProblem(reused, 409);
    expect(reused.body.detail).toMatch(/already been used/);
    expect((await survey(invitations.get('ben@example.com')!)).body.personal.answered).toBe(true);
    // Cat answers through her first link; the reminder's link is then spent.
    expect((await answer(invitations.get('cat@example.com')!)).status).toBe(201);
    expectProblem(await answer(reminders.get('cat@example.com')!), 409);
    expect(await t.storage.responses.listByCampaign(campaign.id)).toHaveLength(4);

    // A second reminder goes only to the two still waiting.
    const second = await send(campaign.id, 'reminder');
    expect(second.messages.map((m) => m.to[0]).sort()).toEqual(['dan@example.com', 'eve@example.com']);
  });

  it('has nobody to remind before any invitation was sent', async () => {
    await start();
    const { campaign } = await campaignWithStaff();
    const reply = await mailing(campaign.id, 'reminder');
    expectProblem(reply, 409);
    expect(smtp.messages).toEqual([]);
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
