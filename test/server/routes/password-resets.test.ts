import { afterEach, describe, expect, it } from 'vitest';
import type { Mailer, OutgoingMail } from '../../../server/mail/mailer';
import {
  ANONYMOUS,
  as,
  createClock,
  createOrganization,
  HOUR,
  inviteAndAccept,
  NOON,
  signIn,
  storedText,
} from '../../fixtures/accounts';
import { expectProblem, OWNER, startTestApp, type TestApp } from '../../fixtures/test-app';
import type { AppOptions } from '../../../server/app';

const PUBLIC_URL = 'https://groundwork.example.com';
const LINK = /^https:\/\/groundwork\.example\.com\/reset-password\/([A-Za-z0-9_-]+)$/m;

let t: TestApp;
afterEach(async () => {
  await t.close();
});

/** A mail server that takes every message at once, and lets a test wait for the next one. */
function createInbox() {
  const received: OutgoingMail[] = [];
  let waiting: ((mail: OutgoingMail) => void)[] = [];
  const mailer: Mailer = {
    send: async (mail) => {
      received.push(mail);
      for (const resolve of waiting) resolve(mail);
      waiting = [];
    },
    close: async () => undefined,
  };
  const next = () => new Promise<OutgoingMail>((resolve) => waiting.push(resolve));
  return { mailer, received, next };
}

async function startWithMail(options: AppOptions = {}, clock = createClock(NOON)) {
  const inbox = createInbox();
  t = await startTestApp(undefined, options, {
    now: clock.now,
    mail: { mailer: inbox.mailer, perMinute: 0 },
    publicUrl: PUBLIC_URL,
  });
  return { inbox, clock };
}

const forgot = (email: string) => t.call('POST', '/api/password-resets', { email }, ANONYMOUS);
const resetWith = (token: string, password: string) =>
  t.call('POST', `/api/password-resets/${token}`, { password }, ANONYMOUS);
const tokenIn = (mail: OutgoingMail) => LINK.exec(mail.text)![1]!;

describe('forgot password, by email', () => {
  it('mails a link that sets a new password once, ends every session, and is audited', async () => {
    const { inbox } = await startWithMail();
    const acme = await createOrganization(t, 'Acme');
    const pat = await inviteAndAccept(t, acme.id, { email: 'pat@example.com', role: 'executive' });
    const mailed = inbox.next();
    const reply = await forgot(' Pat@Example.com ');
    expect(reply.status).toBe(202);
    expect(reply.body).toEqual({ expiresInMinutes: 60 });
    const mail = await mailed;
    expect(mail.to).toBe('pat@example.com');
    const token = tokenIn(mail);

    expect((await t.call('GET', `/api/password-resets/${token}`, undefined, ANONYMOUS)).body).toEqual({
      email: 'pat@example.com',
    });
    expect((await resetWith(token, 'a brand new passphrase')).status).toBe(204);
    expectProblem(await t.call('GET', '/api/session', undefined, as(pat.cookie)), 401);
    expect((await signIn(t, pat.email, pat.password)).status).toBe(401);
    expect((await signIn(t, pat.email, 'a brand new passphrase')).status).toBe(200);

    const again = await resetWith(token, 'yet another passphrase');
    expectProblem(again, 404);
    expect(again.body.code).toBe('password-reset.not-valid');
    expect((await t.storage.audit.list()).slice(-2)).toMatchObject([
      { accountId: pat.accountId, action: 'account.mail-password-reset', target: pat.accountId },
      { accountId: pat.accountId, action: 'account.reset-password', target: pat.accountId },
    ]);
    expect(await storedText(t)).not.toContain(token);
  });

  it('answers an address without an account exactly as one with, and mails it nothing', async () => {
    const { inbox } = await startWithMail();
    const unknown = await forgot('nobody@example.com');
    const mailed = inbox.next();
    const known = await forgot(OWNER.email);
    expect({ status: unknown.status, body: unknown.body }).toEqual({
      status: known.status,
      body: known.body,
    });
    // The unknown address was looked up first; by the time the owner's mail is out, its turn has passed.
    expect((await mailed).to).toBe(OWNER.email);
    expect(inbox.received.map((m) => m.to)).toEqual([OWNER.email]);
  });

  it('mails one link within five minutes however often it is asked for, and a new one after', async () => {
    const { inbox, clock } = await startWithMail();
    const first = inbox.next();
    await forgot(OWNER.email);
    const token = tokenIn(await first);
    await forgot(OWNER.email);
    clock.advance(4 * 60_000);
    const second = inbox.next();
    await forgot(OWNER.email);
    clock.advance(60_000);
    await forgot(OWNER.email);
    const replacing = tokenIn(await second);
    expect(inbox.received).toHaveLength(2);
    // The newer link replaced the earlier one.
    expectProblem(await resetWith(token, 'a brand new passphrase'), 404);
    expect((await resetWith(replacing, 'a brand new passphrase')).status).toBe(204);
  });

  it('stops working an hour after it was mailed', async () => {
    const { inbox, clock } = await startWithMail();
    const mailed = inbox.next();
    await forgot(OWNER.email);
    const token = tokenIn(await mailed);
    clock.advance(HOUR);
    expectProblem(await t.call('GET', `/api/password-resets/${token}`, undefined, ANONYMOUS), 404);
    expectProblem(await resetWith(token, 'a brand new passphrase'), 404);
    expect((await signIn(t, OWNER.email, OWNER.password)).status).toBe(200);
  });

  it('refuses a short password with 422 and leaves the link usable', async () => {
    const { inbox } = await startWithMail();
    const mailed = inbox.next();
    await forgot(OWNER.email);
    const token = tokenIn(await mailed);
    expectProblem(await resetWith(token, 'short'), 422, ['password']);
    expect((await t.call('GET', `/api/password-resets/${token}`, undefined, ANONYMOUS)).status).toBe(200);
  });

  it('limits requests from one address to five in 15 minutes', async () => {
    await startWithMail({ passwordResetLimit: { limit: 5, windowMs: 15 * 60_000 } });
    for (let i = 0; i < 5; i++) expect((await forgot(`someone${i}@example.com`)).status).toBe(202);
    const refused = await forgot('someone5@example.com');
    expectProblem(refused, 429);
    expect(refused.body.code).toBe('request.too-many-password-resets');
  });

  it.each([
    { what: 'without a mail server', mail: false, publicUrl: PUBLIC_URL },
    { what: 'without a public address to build the link from', mail: true, publicUrl: null },
  ])('answers 409 $what, whatever the address', async ({ mail, publicUrl }) => {
    const { mailer } = createInbox();
    t = await startTestApp(undefined, {}, { mail: mail ? { mailer, perMinute: 0 } : null, publicUrl });
    for (const email of [OWNER.email, 'nobody@example.com']) {
      const reply = await forgot(email);
      expectProblem(reply, 409);
      expect(reply.body.code).toBe('password-reset.by-email-unavailable');
    }
  });
});

describe('POST /api/organizations/:id/users/:accountId/password-reset', () => {
  it('gives the owner a link, shown once, that works for a day and signs the person out when used', async () => {
    const clock = createClock(NOON);
    t = await startTestApp(undefined, {}, { now: clock.now });
    const acme = await createOrganization(t, 'Acme');
    const pat = await inviteAndAccept(t, acme.id, { email: 'pat@example.com', role: 'executive' });
    const reply = await t.call('POST', `/api/organizations/${acme.id}/users/${pat.accountId}/password-reset`);
    expect(reply.status).toBe(201);
    expect(reply.body).toEqual({
      token: expect.stringMatching(/^[A-Za-z0-9_-]{40,}$/),
      email: 'pat@example.com',
      expiresInMinutes: 24 * 60,
    });
    expect(await storedText(t)).not.toContain(reply.body.token);
    expect((await t.storage.audit.list()).at(-1)).toMatchObject({
      action: 'user.issue-password-reset',
      target: pat.accountId,
    });
    // Until it is used, the person's password and sessions are untouched.
    expect((await t.call('GET', '/api/session', undefined, as(pat.cookie))).status).toBe(200);
    clock.advance(23 * HOUR);
    const cookie = (await signIn(t, pat.email, pat.password)).cookie!;
    expect((await resetWith(reply.body.token, 'chosen by pat at last')).status).toBe(204);
    expectProblem(await t.call('GET', '/api/session', undefined, as(cookie)), 401);
    expect((await signIn(t, pat.email, 'chosen by pat at last')).status).toBe(200);
  });

  it('refuses administrators (403): only the owner hands out a way into someone’s account', async () => {
    t = await startTestApp();
    const acme = await createOrganization(t, 'Acme');
    const admin = await inviteAndAccept(t, acme.id, { email: 'admin@example.com', role: 'administrator' });
    const pat = await inviteAndAccept(t, acme.id, { email: 'pat@example.com', role: 'executive' });
    const path = `/api/organizations/${acme.id}/users/${pat.accountId}/password-reset`;
    expectProblem(await t.call('POST', path, undefined, as(admin.cookie)), 403);
    expect((await t.storage.accounts.get(pat.accountId))!.passwordReset).toBeUndefined();
  });

  it('replaces an earlier link: only the newest one works', async () => {
    t = await startTestApp();
    const acme = await createOrganization(t, 'Acme');
    const pat = await inviteAndAccept(t, acme.id, { email: 'pat@example.com', role: 'executive' });
    const path = `/api/organizations/${acme.id}/users/${pat.accountId}/password-reset`;
    const first = (await t.call('POST', path)).body.token;
    const second = (await t.call('POST', path)).body.token;
    expectProblem(await resetWith(first, 'chosen by pat at last'), 404);
    expect((await resetWith(second, 'chosen by pat at last')).status).toBe(204);
  });

  it('is spent by a password change: someone who remembered theirs needs no link', async () => {
    t = await startTestApp();
    const acme = await createOrganization(t, 'Acme');
    const pat = await inviteAndAccept(t, acme.id, { email: 'pat@example.com', role: 'executive' });
    const token = (
      await t.call('POST', `/api/organizations/${acme.id}/users/${pat.accountId}/password-reset`)
    ).body.token;
    const change = { currentPassword: pat.password, newPassword: 'remembered it after all' };
    expect((await t.call('POST', '/api/account/password', change, as(pat.cookie))).status).toBe(204);
    expectProblem(await resetWith(token, 'chosen by pat at last'), 404);
  });
});
