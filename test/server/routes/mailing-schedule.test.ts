// Planned reminders going out by themselves: the real app with its scheduler looking every few
// milliseconds, a clock the test moves instead of waiting days, and the held mailer as the mail server.

import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app';
import { createClock, DAY, HOUR, signIn } from '../../fixtures/accounts';
import { scoreable } from '../../fixtures/answers';
import { createHeldMailer, type HeldMailer } from '../../fixtures/held-mailer';
import { importStaff, staffCsv } from '../../fixtures/staff';
import { expectProblem, OWNER, setUpCampaign, startTestApp, type TestApp } from '../../fixtures/test-app';
import { auditLines } from '../../fixtures/test-storage';

const LINK = /\/s\/([A-Za-z0-9_-]+)/;

let t: TestApp;
let held: HeldMailer;
let clock: ReturnType<typeof createClock>;
let stops: AbortController[] = [];
let closeStorage: (() => Promise<void>) | null = null;

afterEach(async () => {
  for (const stop of stops) stop.abort();
  stops = [];
  held.releaseAll();
  await (closeStorage ?? t.storage.close)();
  closeStorage = null;
  await t.store.drop();
  await rm(t.dataDir, { recursive: true, force: true });
});

function schedule() {
  const stop = new AbortController();
  stops.push(stop);
  return { reminders: { checkEveryMs: 5, stop: stop.signal } };
}

async function start() {
  held = createHeldMailer();
  clock = createClock();
  t = await startTestApp(undefined, schedule(), {
    now: clock.now,
    mail: { mailer: held.mailer, perMinute: 0 },
  });
  cookie = t.ownerCookie;
}

/** Lets every message go as soon as it is asked for, until `count` have been sent in all. */
async function deliver(count: number) {
  const sends = await held.waitForHeld(count);
  held.releaseAll();
  return sends;
}

async function campaignWithSix() {
  const { campaign } = await setUpCampaign(t, { Sales: 10, Operations: 12 });
  await importStaff(t, campaign.id, staffCsv({ Sales: 3, Operations: 3 }));
  return campaign;
}

/** The owner's session: signed in again after the clock moved days on, past a session's idle limit. */
let cookie = '';
async function signInAgain(app: TestApp['app'] = t.app) {
  cookie = (await signIn({ app } as TestApp, OWNER.email, OWNER.password)).cookie!;
}

const plan = (id: string, call = t.call) =>
  call('GET', `/api/campaigns/${id}/reminders`, undefined, { cookie });

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('planned reminders', () => {
  it('go out by themselves to those who have not answered, once each, counted from the invitations', async () => {
    await start();
    const campaign = await campaignWithSix();
    for (const afterDays of [3, 6]) {
      const planned = await t.call('POST', `/api/campaigns/${campaign.id}/reminders`, { afterDays });
      expect(planned.status, JSON.stringify(planned.body)).toBe(201);
    }
    // Counted from invitations not yet sent: nothing is due yet.
    expect((await plan(campaign.id)).body).toMatchObject({
      nextDueAt: null,
      reminders: [
        { afterDays: 3, dueAt: null, state: 'planned' },
        { afterDays: 6, dueAt: null, state: 'planned' },
      ],
    });

    expect(
      (await t.call('POST', `/api/campaigns/${campaign.id}/mailings`, { kind: 'invitation' })).status,
    ).toBe(202);
    const invitations = await deliver(6);
    await until(
      () => plan(campaign.id),
      (r) => r.body.nextDueAt !== null,
    );
    expect((await plan(campaign.id)).body.nextDueAt).toBe(new Date(clock.now() + 3 * DAY).toISOString());
    // Two people answer.
    const answered = invitations.slice(0, 2).map((s) => s.mail.to);
    for (const send of invitations.slice(0, 2)) {
      const token = LINK.exec(send.mail.text)![1]!;
      const reply = await t.call('POST', `/api/survey/${token}/responses`, {
        answers: scoreable({ pay_fair: 4 }),
      });
      expect(reply.status).toBe(201);
    }

    clock.advance(3 * DAY - HOUR);
    // An hour early, nothing goes: the first reminder is the next send asked for only after the clock moves on.
    expect(held.held).toHaveLength(6);
    clock.advance(HOUR);
    await signInAgain();
    const reminders = (await deliver(10)).slice(6);
    expect(reminders.map((s) => s.mail.to).sort()).toEqual(
      invitations
        .map((s) => s.mail.to)
        .filter((to) => !answered.includes(to))
        .sort(),
    );
    const afterFirst = await until(
      () => plan(campaign.id),
      (r) => r.body.reminders[0].mailing?.state === 'finished',
    );
    expect(afterFirst.body.reminders[0]).toMatchObject({
      afterDays: 3,
      state: 'sent',
      mailing: { total: 4, sent: 4, failed: 0, uncertain: 0, state: 'finished' },
    });
    expect(afterFirst.body.reminders[1]).toMatchObject({ afterDays: 6, state: 'planned' });
    const latest = await t.call('GET', `/api/campaigns/${campaign.id}/mailings/latest`, undefined, {
      cookie,
    });
    expect(latest.body.mailing).toMatchObject({ kind: 'reminder', planned: true, sent: 4 });
    // Audited as the server's own doing: nobody pressed a button.
    const audit = (await auditLines(t)).map((l) => JSON.parse(l));
    expect(audit).toContainEqual(
      expect.objectContaining({
        action: 'campaign.mailing.reminder.planned',
        accountId: null,
        target: campaign.id,
      }),
    );
  });

  it('sends a reminder that fell due while the server was down late, once, and passes over an earlier one', async () => {
    await start();
    const campaign = await campaignWithSix();
    for (const afterDays of [2, 4]) {
      expect((await t.call('POST', `/api/campaigns/${campaign.id}/reminders`, { afterDays })).status).toBe(
        201,
      );
    }
    await t.call('POST', `/api/campaigns/${campaign.id}/mailings`, { kind: 'invitation' });
    await deliver(6);
    await until(
      () => t.call('GET', `/api/campaigns/${campaign.id}/mailings/latest`),
      (r) => r.body.mailing.state === 'finished',
    );

    // The server stops; five days pass; it starts again.
    for (const stop of stops) stop.abort();
    await t.storage.close();
    clock.advance(5 * DAY);
    const storage = await t.store.reopen(() => undefined);
    closeStorage = () => storage.close();
    const app = createApp({ ...t.deps, storage }, { loginLimit: null, signInDelay: null, ...schedule() });
    await signInAgain(app);
    const call = async (method: string, path: string) => {
      const res = await app.request(path, { method, headers: { origin: 'http://localhost', cookie } });
      return { status: res.status, body: (await res.json()) as any };
    };

    const late = await deliver(12);
    expect(new Set(late.slice(6).map((s) => s.mail.to)).size).toBe(6);
    const after = await until(
      () => plan(campaign.id, call as TestApp['call']),
      (r) => r.body.reminders[1].mailing?.state === 'finished',
    );
    expect(after.body.reminders.map((r: { state: string }) => r.state)).toEqual(['superseded', 'sent']);
    expect(after.body.nextDueAt).toBeNull();
    // A further day: nothing more is due, and only one reminder mailing went out.
    clock.advance(DAY);
    expect(held.held).toHaveLength(12);
  });

  it('sends nothing for a closed campaign or a draft, and leaves their reminders planned', async () => {
    await start();
    const closed = await campaignWithSix();
    const draft = (await setUpCampaign(t, { Sales: 10 }, { open: false })).campaign;
    const open = await campaignWithSix();
    // The closed campaign's plan comes first, so once the open one's reminder has gone out the scheduler has
    // looked at both of the others in the same look.
    for (const id of [closed.id, open.id]) {
      expect((await t.call('POST', `/api/campaigns/${id}/mailings`, { kind: 'invitation' })).status).toBe(
        202,
      );
      await deliver(held.held.length + 6);
      await until(
        () => t.call('GET', `/api/campaigns/${id}/mailings/latest`),
        (r) => r.body.mailing.state === 'finished',
      );
    }
    const inTwoDays = new Date(clock.now() + 2 * DAY).toISOString();
    for (const id of [closed.id, draft.id, open.id]) {
      const planned = await t.call('POST', `/api/campaigns/${id}/reminders`, { at: inTwoDays });
      expect(planned.status, JSON.stringify(planned.body)).toBe(201);
    }
    expect((await t.call('POST', `/api/campaigns/${closed.id}/close`)).status).toBe(200);
    const refused = await t.call('POST', `/api/campaigns/${closed.id}/reminders`, { afterDays: 5 });
    expectProblem(refused, 409);
    expect(refused.body.code).toBe('campaign.closed');

    clock.advance(3 * DAY);
    await signInAgain();
    const sends = await deliver(18);
    expect(sends.slice(12).every((s) => s.mail.to.endsWith('@example.com'))).toBe(true);
    await until(
      () => plan(open.id),
      (r) => r.body.reminders[0].state === 'sent',
    );
    expect((await plan(closed.id)).body.reminders[0].state).toBe('planned');
    expect((await plan(draft.id)).body.reminders[0].state).toBe('planned');
    expect(held.held).toHaveLength(18);
  });
});

describe('planning reminders', () => {
  it('adds and removes reminders still to go, and refuses bad ones with nothing changed', async () => {
    await start();
    const campaign = await campaignWithSix();
    const path = `/api/campaigns/${campaign.id}/reminders`;
    const added = await t.call('POST', path, { afterDays: 3 });
    expect(added.status).toBe(201);
    for (const bad of [
      { afterDays: 0 },
      { afterDays: 2.5 },
      { at: 'tomorrow' },
      { afterDays: 3, at: '2026-04-01T09:00:00Z' },
      {},
    ]) {
      const reply = await t.call('POST', path, bad);
      expect(reply.status, JSON.stringify(bad)).toBeGreaterThanOrEqual(400);
      expect(reply.status).toBeLessThan(500);
    }
    expect((await t.call('POST', path, { afterDays: 3 })).body.code).toBe('reminder.already-planned');
    expect((await t.call('POST', path, { at: new Date(clock.now() - 1).toISOString() })).body.code).toBe(
      'reminder.moment-past',
    );
    expect((await plan(campaign.id)).body.reminders).toHaveLength(1);

    const id = added.body.reminders[0].id as string;
    const removed = await t.call('DELETE', `${path}/${id}`);
    expect(removed.status).toBe(200);
    expect(removed.body.reminders).toEqual([]);
    const again = await t.call('DELETE', `${path}/${id}`);
    expectProblem(again, 404);
  });

  it('refuses to plan reminders without a mail server', async () => {
    const bare = await startTestApp();
    try {
      const { campaign } = await setUpCampaign(bare);
      const byEmail = await bare.call('POST', `/api/campaigns/${campaign.id}/reminders`, {
        afterDays: 3,
        via: ['email'],
      });
      expectProblem(byEmail, 409);
      expect(byEmail.body.code).toBe('mailing.no-mail-server');
      // Without a mail server a reminder goes by chat unless told otherwise, and this campaign has no channel.
      const byDefault = await bare.call('POST', `/api/campaigns/${campaign.id}/reminders`, { afterDays: 3 });
      expectProblem(byDefault, 409);
      expect(byDefault.body.code).toBe('chat.no-channels');
    } finally {
      await bare.close();
    }
    await start();
  });
});
