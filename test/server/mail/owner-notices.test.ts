// Emails to the owners of actions, through the real app, its notice schedule looking every few milliseconds,
// a clock the test moves instead of waiting days, and a real SMTP server on loopback. "Nothing was sent" is
// read after a barrier: an assignment made after the step, whose message can only arrive once a look has
// passed over everything stored before it (a look reads the whole plan, oldest first).

import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app';
import type { Mailer } from '../../../server/mail/mailer';
import { createSmtpMailer } from '../../../server/mail/smtp-mailer';
import { openEmbeddedStorage } from '../../../server/storage/embedded/open-embedded-storage';
import { createClock, DAY, inviteAndAccept, signIn } from '../../fixtures/accounts';
import { OWNER, setUpCampaign, startTestApp, type TestApp } from '../../fixtures/test-app';
import { startTestSmtpServer, type TestSmtpServer } from '../../support/test-smtp-server';

const PUBLIC_URL = 'https://plan.example.com';

let t: TestApp;
let smtp: TestSmtpServer | null = null;
let mailer: Mailer | null = null;
let stops: AbortController[] = [];
let closeStorage: (() => Promise<void>) | null = null;
let clock: ReturnType<typeof createClock>;
let errors: unknown[] = [];
let cookie = '';

afterEach(async () => {
  for (const stop of stops) stop.abort();
  stops = [];
  await mailer?.close();
  await smtp?.close();
  mailer = null;
  smtp = null;
  await (closeStorage ?? t.storage.close)();
  closeStorage = null;
  await rm(t.dataDir, { recursive: true, force: true });
});

function schedule() {
  const stop = new AbortController();
  stops.push(stop);
  return { reminders: { checkEveryMs: 5, stop: stop.signal } };
}

async function start({ withMail = true } = {}) {
  clock = createClock();
  errors = [];
  if (withMail) {
    smtp = await startTestSmtpServer();
    mailer = createSmtpMailer(smtp.url, 'Groundwork <plan@example.com>');
  }
  t = await startTestApp(undefined, schedule(), {
    now: clock.now,
    mail: mailer ? { mailer, perMinute: 0 } : null,
    publicUrl: PUBLIC_URL,
    onBackgroundError: (error) => errors.push(error),
  });
  cookie = t.ownerCookie;
  const setup = await setUpCampaign(t);
  return { org: setup.organization.id, orgName: setup.organization.name, campaignId: setup.campaign.id };
}

const call = (method: string, path: string, body?: unknown) => t.call(method, path, body, { cookie });

async function add(org: string, body: Record<string, unknown>) {
  const reply = await call('POST', `/api/organizations/${org}/action-plan`, body);
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body as { id: string };
}

/** Assigns a fresh action to a new address and waits for its message: every look before it is done. */
let barriers = 0;
async function barrier(org: string) {
  const email = `barrier${++barriers}@example.com`;
  await add(org, { title: `Barrier ${barriers}`, owner: { name: 'Barrier', email } });
  for (;;) {
    if (smtp!.messages.some((m) => m.to.includes(email))) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Moves the clock on, and signs in again: days on, a session has gone idle past its limit. */
async function advance(ms: number) {
  clock.advance(ms);
  cookie = (await signIn(t, OWNER.email, OWNER.password)).cookie!;
}

const about = (title: string) => smtp!.messages.filter((m) => m.subject.includes(title));

describe('emails to action owners', () => {
  it('tells someone an action was given to them, once, however often it is saved again', async () => {
    const { org, orgName, campaignId } = await start();
    const action = await add(org, {
      campaignId,
      title: 'Brief the works council',
      owner: { name: 'Wang Fang', email: 'Wang.Fang@Example.cn' },
      due: '2026-04-30',
      note: 'Before the pilot starts',
    });
    const [mail] = await smtp!.waitForMessages(1);
    expect(mail!.to).toEqual(['wang.fang@example.cn']);
    expect(mail!.subject).toContain('Brief the works council');
    for (const words of [
      `${OWNER.name} gave you an action in ${orgName}’s action plan`,
      'Due: 2026-04-30',
      'Before the pilot starts',
      `See the plan: ${PUBLIC_URL}/campaigns/${campaignId}/report`,
      `${OWNER.name}在${orgName}的行动计划中将一项行动交给了您`,
      '截止日期：2026-04-30',
    ])
      expect(mail!.text).toContain(words);

    // Saved again with the same owner (the address in another case), and with other fields: nothing more.
    const path = `/api/organizations/${org}/action-plan/${action.id}`;
    const same = { owner: { name: 'Wang Fang', email: 'wang.fang@example.cn' }, note: 'Moved up' };
    expect((await call('PATCH', path, same)).status).toBe(200);
    expect((await call('PATCH', path, { status: 'in-progress' })).status).toBe(200);
    await barrier(org);
    expect(about('Brief the works council')).toHaveLength(1);

    // Given to someone else: they are told, once.
    expect(
      (await call('PATCH', path, { owner: { name: 'Li Wei', email: 'li.wei@example.cn' } })).status,
    ).toBe(200);
    await barrier(org);
    expect(about('Brief the works council').map((m) => m.to)).toEqual([
      ['wang.fang@example.cn'],
      ['li.wei@example.cn'],
    ]);
    // Audited as the server's own doing, naming the action and not the address.
    const notices = (await t.storage.audit.list()).filter((e) => e.action.startsWith('action-plan.notice.'));
    expect(notices.filter((e) => e.target === action.id)).toEqual([
      expect.objectContaining({ action: 'action-plan.notice.assigned', accountId: null }),
      expect.objectContaining({ action: 'action-plan.notice.assigned', accountId: null }),
    ]);
    expect(JSON.stringify(notices)).not.toContain('example.cn');
    expect(errors).toEqual([]);
  });

  it('mails a person of the organization at their account’s address, and nobody who took an action themselves', async () => {
    const { org } = await start();
    const chen = await inviteAndAccept(
      t,
      org,
      { email: 'chen.jing@example.cn', role: 'executive' },
      'Chen Jing',
    );
    await add(org, {
      title: 'Set the first objectives',
      owner: { accountId: chen.accountId },
      due: '2026-03-04',
    });
    // Chen takes one on their own: no message about it, though the reminder will come.
    const own = await t.call(
      'POST',
      `/api/organizations/${org}/action-plan`,
      { title: 'Read the report', owner: { accountId: chen.accountId }, due: '2026-03-20' },
      { cookie: chen.cookie },
    );
    expect(own.status).toBe(201);
    await barrier(org);
    const toChen = smtp!.messages.filter((m) => m.to.includes('chen.jing@example.cn'));
    // Due in two days when given: the one message says so, and no separate reminder follows.
    expect(toChen.map((m) => m.subject)).toEqual([
      'Groundwork: an action for you / 您有一项新行动: Set the first objectives',
    ]);
    expect(toChen[0]!.text).toContain('Due: 2026-03-04');
    // An action from no campaign links to the organization's page.
    expect(toChen[0]!.text).toContain(`See the plan: ${PUBLIC_URL}/organizations/${org}`);
    await barrier(org);
    expect(smtp!.messages.filter((m) => m.to.includes('chen.jing@example.cn'))).toHaveLength(1);
  });

  it('reminds the owner three days before the due day, once, across looks and a restart', async () => {
    const { org } = await start();
    // 2026-03-02 today: due in ten days.
    await add(org, {
      title: 'Publish the team objectives',
      owner: { name: 'Ann Archer', email: 'ann@example.com' },
      due: '2026-03-12',
    });
    await add(org, {
      title: 'Already finished',
      owner: { name: 'Ben Brown', email: 'ben@example.com' },
      due: '2026-03-12',
      status: 'done',
    });
    await barrier(org);
    expect(about('Publish the team objectives')).toHaveLength(1);

    // Six days on, four days before: not yet.
    await advance(6 * DAY);
    await barrier(org);
    expect(about('Publish the team objectives')).toHaveLength(1);

    // Seven days on: three days before, the reminder goes, and the next looks send nothing more.
    await advance(DAY);
    await barrier(org);
    await barrier(org);
    const reminders = about('Publish the team objectives').slice(1);
    expect(reminders.map((m) => [m.to, m.subject])).toEqual([
      [['ann@example.com'], 'Groundwork: due on 2026-03-12 / 2026-03-12 到期: Publish the team objectives'],
    ]);
    expect(reminders[0]!.text).toContain('您在');

    expect(errors).toEqual([]);

    // The server stops and starts again on the same data: the reminder is not sent again. (A look of the
    // stopped app may still be under way as its storage closes: what it reports goes to the old list.)
    for (const stop of stops) stop.abort();
    await t.storage.close();
    const storage = await openEmbeddedStorage(t.dataDir, () => undefined);
    closeStorage = () => storage.close();
    const afterRestart: unknown[] = [];
    const app = createApp(
      { ...t.deps, storage, onBackgroundError: (error) => afterRestart.push(error) },
      { loginLimit: null, signInDelay: null, ...schedule() },
    );
    t = { ...t, app, storage, call: rebind(app) };
    await advance(DAY);
    await barrier(org);
    expect(about('Publish the team objectives')).toHaveLength(2);

    // A new due day arms the reminder again.
    const [stored] = (await storage.actionPlan.list(org)).filter((a) => a.title.startsWith('Publish'));
    const moved = await call('PATCH', `/api/organizations/${org}/action-plan/${stored!.id}`, {
      due: '2026-03-11',
    });
    expect(moved.status).toBe(200);
    await barrier(org);
    expect(about('Publish the team objectives').map((m) => m.subject.slice(0, 27))).toEqual([
      'Groundwork: an action for y',
      'Groundwork: due on 2026-03-',
      'Groundwork: due on 2026-03-',
    ]);
    // The finished action's owner heard nothing at all.
    expect(smtp!.messages.filter((m) => m.to.includes('ben@example.com'))).toEqual([]);
    expect(afterRestart).toEqual([]);
  });

  it('sends nothing and fails nothing without a mail server', async () => {
    const { org } = await start({ withMail: false });
    const action = await add(org, {
      title: 'Due tomorrow',
      owner: { name: 'Ann Archer', email: 'ann@example.com' },
      due: '2026-03-03',
    });
    // Whatever looks there were, the action was not claimed: nothing is owed where nothing can be sent.
    await new Promise((resolve) => setImmediate(resolve));
    const [stored] = await t.storage.actionPlan.list(org);
    expect(stored).toMatchObject({ id: action.id, owner: { email: 'ann@example.com' } });
    expect(stored!.notices).toBeUndefined();
    expect(errors).toEqual([]);
  });
});

/** `call` for an app started again on the same data, sending the given session. */
function rebind(app: ReturnType<typeof createApp>): TestApp['call'] {
  return async (method, path, body, headers) => {
    const res = await app.request(path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        origin: 'http://localhost',
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return {
      status: res.status,
      contentType: res.headers.get('content-type') ?? '',
      body: text ? JSON.parse(text) : null,
    };
  };
}
