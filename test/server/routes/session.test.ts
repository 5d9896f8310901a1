import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app';
import { openEmbeddedStorage } from '../../../server/storage/embedded/open-embedded-storage';
import { as, ANONYMOUS, createClock, HOUR, signIn } from '../../fixtures/accounts';
import {
  expectProblem,
  FAST_PASSWORDS,
  OWNER,
  sessionCookieFrom,
  startTestApp,
  TODAY,
  type TestApp,
} from '../../fixtures/test-app';

let t: TestApp;
afterEach(async () => {
  await t?.close();
});

/** The app with no account yet, as on first start. */
async function startBareApp() {
  const dataDir = await mkdtemp(join(tmpdir(), 'groundwork-setup-'));
  const storage = await openEmbeddedStorage(dataDir, () => undefined);
  const app = createApp(
    {
      storage,
      questionnaires: new Map(),
      today: () => TODAY,
      newId: randomUUID,
      newToken: () => randomBytes(32).toString('base64url'),
      now: Date.now,
      ...FAST_PASSWORDS,
    },
    { loginLimit: null },
  );
  const setup = (body: unknown) =>
    app.request('/api/setup', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body: JSON.stringify(body),
    });
  const close = async () => {
    await storage.close();
    await rm(dataDir, { recursive: true, force: true });
  };
  return { app, storage, setup, close };
}

const whoAmI = (cookie: string) => t.call('GET', '/api/session', undefined, as(cookie));

describe('first start', () => {
  it('asks for an owner until one exists, then creates them signed in', async () => {
    const bare = await startBareApp();
    try {
      expect(await (await bare.app.request('/api/setup')).json()).toEqual({
        needsOwner: true,
        signedIn: false,
      });
      const res = await bare.setup({ ...OWNER, email: '  Owner@Example.COM ' });
      expect(res.status).toBe(201);
      expect(await res.json()).toMatchObject({ email: 'owner@example.com', isOwner: true, grants: [] });
      const me = await bare.app.request('/api/session', { headers: { cookie: sessionCookieFrom(res) } });
      expect(me.status).toBe(200);
      expect(await (await bare.app.request('/api/setup')).json()).toEqual({
        needsOwner: false,
        signedIn: false,
      });
      const signedIn = await bare.app.request('/api/setup', { headers: { cookie: sessionCookieFrom(res) } });
      expect(await signedIn.json()).toEqual({ needsOwner: false, signedIn: true });
      expect((await bare.storage.audit.list()).map((e) => e.action)).toEqual(['account.create-owner']);
    } finally {
      await bare.close();
    }
  });

  it.each([
    { what: 'a password of 11 characters', password: 'x'.repeat(11) },
    { what: 'an empty password', password: '' },
  ])('refuses $what with 422 and creates nothing', async ({ password }) => {
    const bare = await startBareApp();
    try {
      const res = await bare.setup({ ...OWNER, password });
      expect(res.status).toBe(422);
      expect((await res.json()).errors.map((e: { field: string }) => e.field)).toContain('password');
      expect(await bare.storage.accounts.list()).toEqual([]);
    } finally {
      await bare.close();
    }
  });

  // Known bug (reported): both requests see no account before either stores one, so both become owners.
  // Remove `.fails` once setup checks and creates the owner in one step.
  it('creates only one owner when two setups arrive at once', async () => {
    const bare = await startBareApp();
    try {
      const statuses = (
        await Promise.all([
          bare.setup({ ...OWNER, email: 'first@example.com' }),
          bare.setup({ ...OWNER, email: 'second@example.com' }),
        ])
      ).map((r) => r.status);
      expect(statuses.sort()).toEqual([201, 409]);
      expect(await bare.storage.accounts.list()).toHaveLength(1);
    } finally {
      await bare.close();
    }
  });

  it('refuses a second setup with 409, keeping the one owner and signing nobody in', async () => {
    t = await startTestApp();
    const reply = await t.call('POST', '/api/setup', { ...OWNER, email: 'usurper@example.com' }, ANONYMOUS);
    expectProblem(reply, 409);
    expect((await t.storage.accounts.list()).map((a) => a.email)).toEqual([OWNER.email]);
  });
});

describe('signing in', () => {
  it('signs in with the right password, whatever the case of the address, without showing the hash', async () => {
    t = await startTestApp();
    const res = await signIn(t, ' OWNER@example.com', OWNER.password);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ email: OWNER.email, isOwner: true });
    expect(JSON.stringify(res.body)).not.toContain('passwordHash');
    expect((await whoAmI(res.cookie!)).body.email).toBe(OWNER.email);
  });

  it('answers an unknown address and a wrong password alike: 401, the same detail, no cookie', async () => {
    t = await startTestApp();
    const unknown = await signIn(t, 'nobody@example.com', OWNER.password);
    const wrong = await signIn(t, OWNER.email, 'not the password');
    for (const res of [unknown, wrong]) {
      expect(res.status).toBe(401);
      expect(res.cookie).toBeNull();
    }
    expect(unknown.body.detail).toBe(wrong.body.detail);
  });

  it('refuses sign-in attempts beyond the limit with 429, even with the right password', async () => {
    t = await startTestApp(undefined, { loginLimit: { limit: 3, windowMs: 60_000 } });
    const statuses = [];
    for (const password of ['wrong one', 'wrong two', OWNER.password]) {
      statuses.push((await signIn(t, OWNER.email, password)).status);
    }
    expect(statuses).toEqual([401, 401, 200]);
    const refused = await signIn(t, OWNER.email, OWNER.password);
    expect(refused.status).toBe(429);
    expect(refused.cookie).toBeNull();
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(refused.body.detail).toMatch(
      /^Too many sign-in attempts from this address; try again in \d+ s\.$/,
    );
  });
});

describe('the session', () => {
  it.each([
    { what: 'no cookie', cookie: '' },
    { what: 'a made-up token', cookie: 'gw_session=made-up' },
    { what: 'an overlong token', cookie: `gw_session=${'a'.repeat(500)}` },
  ])('answers GET /api/session with $what with 401', async ({ cookie }) => {
    t = await startTestApp();
    expectProblem(await whoAmI(cookie), 401);
  });

  it('answers GET /api/session with the signed-in person and what the server lets them do', async () => {
    t = await startTestApp();
    const reply = await whoAmI(t.ownerCookie);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      accountId: expect.any(String),
      name: OWNER.name,
      email: OWNER.email,
      isOwner: true,
      grants: [],
      permissions: { everything: true, byOrganization: {} },
    });
  });

  it('hands out an HttpOnly, SameSite=Strict cookie for the whole site, not Secure over http', async () => {
    t = await startTestApp();
    const res = await t.app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body: JSON.stringify({ email: OWNER.email, password: OWNER.password }),
    });
    const attributes = res.headers
      .get('set-cookie')!
      .split(';')
      .map((a) => a.trim().toLowerCase());
    expect(attributes).toEqual(
      expect.arrayContaining(['httponly', 'samesite=strict', 'path=/', 'max-age=43200']),
    );
    expect(attributes).not.toContain('secure');
  });

  it('marks the cookie Secure over https', async () => {
    t = await startTestApp();
    const res = await t.app.request('https://localhost/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://localhost' },
      body: JSON.stringify({ email: OWNER.email, password: OWNER.password }),
    });
    expect(res.status).toBe(200);
    expect(
      res.headers
        .get('set-cookie')!
        .split(';')
        .map((a) => a.trim()),
    ).toContain('Secure');
  });

  it('signs out on the server: the old cookie answers 401 afterwards, other sessions live on', async () => {
    t = await startTestApp();
    const other = (await signIn(t, OWNER.email, OWNER.password)).cookie!;
    const res = await t.app.request('/api/session', {
      method: 'DELETE',
      headers: { cookie: t.ownerCookie, origin: 'http://localhost' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/gw_session=;.*Max-Age=0/i);
    expectProblem(await whoAmI(t.ownerCookie), 401);
    expectProblem(await t.call('GET', '/api/organizations', undefined, as(t.ownerCookie)), 401);
    expect((await whoAmI(other)).status).toBe(200);
  });

  it.each([
    { age: 'a millisecond short of 12 hours', after: 12 * HOUR - 1, status: 200 },
    { age: 'exactly 12 hours', after: 12 * HOUR, status: 401 },
    { age: 'a month', after: 30 * 24 * HOUR, status: 401 },
  ])('answers a session $age old with $status', async ({ after, status }) => {
    const clock = createClock();
    t = await startTestApp(undefined, {}, { now: clock.now });
    clock.advance(after);
    expect((await whoAmI(t.ownerCookie)).status).toBe(status);
  });
});

describe('changing the password', () => {
  const change = (currentPassword: string, newPassword: string, cookie = t.ownerCookie) =>
    t.call('POST', '/api/account/password', { currentPassword, newPassword }, as(cookie));

  it('refuses a wrong current password with 422 naming it, and keeps the old one', async () => {
    t = await startTestApp();
    expectProblem(await change('not the password', 'a brand new password'), 422, ['currentPassword']);
    expect((await signIn(t, OWNER.email, OWNER.password)).status).toBe(200);
    expect((await signIn(t, OWNER.email, 'a brand new password')).status).toBe(401);
  });

  it('refuses a new password shorter than 12 characters with 422', async () => {
    t = await startTestApp();
    expectProblem(await change(OWNER.password, 'short'), 422, ['newPassword']);
    expect((await signIn(t, OWNER.email, OWNER.password)).status).toBe(200);
  });

  it('changes it, signing out every other session but this one', async () => {
    t = await startTestApp();
    const elsewhere = (await signIn(t, OWNER.email, OWNER.password)).cookie!;
    expect((await change(OWNER.password, 'a brand new password')).status).toBe(204);
    expect((await whoAmI(t.ownerCookie)).status).toBe(200);
    expect((await whoAmI(elsewhere)).status).toBe(401);
    expect((await signIn(t, OWNER.email, 'a brand new password')).status).toBe(200);
    expect((await signIn(t, OWNER.email, OWNER.password)).status).toBe(401);
    expect((await t.storage.audit.list()).at(-1)).toMatchObject({ action: 'account.change-password' });
  });

  it('answers 401 to nobody signed in', async () => {
    t = await startTestApp();
    expectProblem(await change(OWNER.password, 'a brand new password', ''), 401);
  });
});
