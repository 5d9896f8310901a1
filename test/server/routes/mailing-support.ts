// What the mailing route tests share: an app whose mail goes through a real SMTP server on loopback, a staff
// list of six people, and the requests that send a mailing, wait for it to finish, and read the personal
// links it delivered. A test file runs `finishAndClose` after each test; `t` and `smtp` always hold the
// current test's app and mail server.

import { expect } from 'vitest';
import type { Mailer } from '../../../server/mail/mailer';
import { createSmtpMailer } from '../../../server/mail/smtp-mailer';
import { importStaff } from '../../fixtures/staff';
import { setUpCampaign, startTestApp, type TestApp } from '../../fixtures/test-app';
import { startTestSmtpServer, type ReceivedMail, type TestSmtpServer } from '../../support/test-smtp-server';
import { scoreable } from '../../fixtures/answers';

const PUBLIC_URL = 'https://survey.example.com';
const FROM = 'HR <hr@example.com>';
const LINK = /https:\/\/survey\.example\.com\/s\/([A-Za-z0-9_-]+)/g;

/** Six people; Li Wei reads Chinese. */
export const STAFF = [
  'email,name,department,language',
  'ann@example.com,Ann Archer,Sales,en',
  'ben@example.com,Ben Brown,Sales,en',
  'cat@example.com,Cat Cole,Sales,',
  'dan@example.com,Dan Drake,Operations,en',
  'eve@example.com,Eve Evans,Operations,en',
  'li.wei@example.com,李伟,Operations,zh-cn',
].join('\n');
export const EVERYONE = [
  'ann@example.com',
  'ben@example.com',
  'cat@example.com',
  'dan@example.com',
  'eve@example.com',
  'li.wei@example.com',
];
export const DEPARTMENT_OF: Record<string, string> = {
  'ann@example.com': 'Sales',
  'ben@example.com': 'Sales',
  'cat@example.com': 'Sales',
  'dan@example.com': 'Operations',
  'eve@example.com': 'Operations',
  'li.wei@example.com': 'Operations',
};

export let t: TestApp;
export let smtp: TestSmtpServer;
let mailer: Mailer;
export const campaigns: string[] = [];
let cleanup: (() => Promise<void>)[] = [];

/** Lets the mailings of the test finish, then closes its mail server and app. */
export async function finishAndClose() {
  // Let mailings still being sent finish before their storage goes away.
  for (const id of campaigns.splice(0)) await finished(id, { orNone: true }).catch(() => undefined);
  for (const step of cleanup.toReversed()) await step();
  cleanup = [];
}

/** The app with mail going through a real SMTP server on loopback. */
export async function start(
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

/** The app with no mail server: mailings are refused, and only the mail-merge file is offered. */
export async function startWithoutMail() {
  t = await startTestApp();
  cleanup.push(t.close);
}

export async function campaignWithStaff(csv = STAFF) {
  const setup = await setUpCampaign(t, { Sales: 10, Operations: 12 });
  await importStaff(t, setup.campaign.id, csv);
  campaigns.push(setup.campaign.id);
  return setup;
}

export const mailing = (id: string, kind: 'invitation' | 'reminder') =>
  t.call('POST', `/api/campaigns/${id}/mailings`, { kind });

/** Polls the latest mailing the way the campaign page does, until it has finished. */
export async function finished(id: string, { orNone = false, timeoutMs = 10_000 } = {}) {
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
export async function send(id: string, kind: 'invitation' | 'reminder') {
  const before = smtp.messages.length;
  const reply = await mailing(id, kind);
  expect(reply.status, JSON.stringify(reply.body)).toBe(202);
  const status = await finished(id);
  return { started: reply.body, status, messages: smtp.messages.slice(before) };
}

/** The one personal link in a message, as its token. */
export function tokenIn(message: ReceivedMail): string {
  const links = [...message.text.matchAll(LINK)];
  expect(links, message.text).toHaveLength(1);
  return links[0]![1]!;
}

/** Each recipient's link token, by address; asserts every message went to exactly one person. */
export function tokensByRecipient(messages: ReceivedMail[]): Map<string, string> {
  for (const m of messages) expect(m.to).toHaveLength(1);
  return new Map(messages.map((m) => [m.to[0]!, tokenIn(m)]));
}

export const survey = (token: string) => t.call('GET', `/api/survey/${token}`);
export const answer = (token: string) =>
  t.call('POST', `/api/survey/${token}/responses`, { answers: scoreable({ pay_fair: 4 }) });
export const staff = async (id: string) =>
  (await t.call('GET', `/api/campaigns/${id}/staff`)).body.people as {
    email: string;
    sentOn: string | null;
    deliveryError: string | null;
  }[];
