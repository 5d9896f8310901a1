// Sign-in limits and the session cookie when Groundwork runs behind a reverse proxy (issue 9, finding 8).

import { afterEach, describe, expect, it } from 'vitest';
import { parseTrustedProxies, type TrustedProxies } from '../../../server/domain/access/forwarded-client';
import { DEFAULT_SIGN_IN_DELAY } from '../../../server/domain/access/sign-in-delay';
import { DEFAULT_LOGIN_LIMIT } from '../../../server/routes/session';
import { createClock } from '../../fixtures/accounts';
import { fromPeer, PROXY } from '../../fixtures/socket-peer';
import { accept, createOrganization, invite } from '../../fixtures/accounts';
import { OWNER, startTestApp, type TestApp } from '../../fixtures/test-app';

const LOOPBACK = (parseTrustedProxies('loopback') as { proxies: TrustedProxies }).proxies;
const OWNER_ADDRESS = '198.51.100.7';
const GUESSER_ADDRESS = '203.0.113.66';

let t: TestApp;
afterEach(async () => {
  await t?.close();
});

/** Signs in over a socket from `peer`, with whatever forwarding headers the request carries. */
async function signInFrom(
  peer: string,
  password: string,
  headers: Record<string, string> = {},
  url = 'http://localhost/api/session',
) {
  const res = await t.app.request(
    url,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost', ...headers },
      body: JSON.stringify({ email: OWNER.email, password }),
    },
    fromPeer(peer),
  );
  const text = await res.text();
  return {
    status: res.status,
    body: text ? JSON.parse(text) : null,
    retryAfter: res.headers.get('retry-after'),
    setCookie: res.headers.get('set-cookie'),
  };
}

const viaProxy = (client: string, proto = 'http') => ({
  'x-forwarded-for': client,
  'x-forwarded-proto': proto,
});

const cookieAttributes = (setCookie: string | null) =>
  (setCookie ?? '').split(';').map((a) => a.trim().toLowerCase());

describe('sign-in limits', () => {
  it('lets the owner sign in from their own address however often someone elsewhere fails as them', async () => {
    t = await startTestApp(undefined, {
      trustedProxies: LOOPBACK,
      loginLimit: DEFAULT_LOGIN_LIMIT,
      signInDelay: DEFAULT_SIGN_IN_DELAY,
    });
    const guesses = [];
    for (let i = 0; i < 12; i += 1) {
      guesses.push((await signInFrom(PROXY, `guess ${i}`, viaProxy(GUESSER_ADDRESS))).status);
      // A guesser reaching the server directly cannot pass itself off as the owner's address either.
      guesses.push((await signInFrom(GUESSER_ADDRESS, `guess ${i}`, viaProxy(OWNER_ADDRESS))).status);
    }
    expect(new Set(guesses)).toEqual(new Set([401, 429]));

    const owner = await signInFrom(PROXY, OWNER.password, viaProxy(OWNER_ADDRESS));
    expect(owner.status).toBe(200);
    expect(owner.setCookie).toMatch(/gw_session=/);
  });

  it('makes each attempt after five failures wait longer, says so in Retry-After, and never locks the account', async () => {
    const clock = createClock();
    t = await startTestApp(undefined, { signInDelay: DEFAULT_SIGN_IN_DELAY }, { now: clock.now });
    for (let i = 0; i < 5; i += 1) expect((await signInFrom(OWNER_ADDRESS, 'wrong')).status).toBe(401);

    const waits: string[] = [];
    for (const seconds of [1, 2, 4]) {
      // Even the right password waits its turn, so waiting is the only way through for a guesser too.
      const refused = await signInFrom(OWNER_ADDRESS, OWNER.password);
      expect(refused.status).toBe(429);
      expect(refused.setCookie).toBeNull();
      expect(refused.body).toMatchObject({
        code: 'request.too-many-password-attempts',
        params: { retryAfter: seconds },
      });
      waits.push(refused.retryAfter!);
      clock.advance(seconds * 1000);
      if (seconds < 4) expect((await signInFrom(OWNER_ADDRESS, 'wrong')).status).toBe(401);
    }
    expect(waits).toEqual(['1', '2', '4']);

    expect((await signInFrom(OWNER_ADDRESS, OWNER.password)).status).toBe(200);
    // The success wiped the slate: the next mistake is an ordinary 401, not a wait.
    expect((await signInFrom(OWNER_ADDRESS, 'wrong')).status).toBe(401);
  });
});

describe('the session cookie', () => {
  it('is Secure when the trusted proxy says the browser used https, and not when anyone else says so', async () => {
    t = await startTestApp(undefined, { trustedProxies: LOOPBACK });
    const proxied = await signInFrom(PROXY, OWNER.password, viaProxy(OWNER_ADDRESS, 'https'));
    expect(proxied.status).toBe(200);
    expect(cookieAttributes(proxied.setCookie)).toContain('secure');

    const forged = await signInFrom(GUESSER_ADDRESS, OWNER.password, viaProxy(OWNER_ADDRESS, 'https'));
    expect(forged.status).toBe(200);
    expect(cookieAttributes(forged.setCookie)).not.toContain('secure');
  });

  it('is Secure whenever PUBLIC_URL is https, even where Node itself sees plain http', async () => {
    t = await startTestApp(undefined, {}, { publicUrl: 'https://survey.example.com' });
    const res = await signInFrom(PROXY, OWNER.password);
    expect(res.status).toBe(200);
    expect(cookieAttributes(res.setCookie)).toContain('secure');
  });
});

describe('accepting a role as an existing account', () => {
  it('makes password guesses wait as sign-in does, and lets the right password through afterwards', async () => {
    const clock = createClock();
    t = await startTestApp(undefined, { signInDelay: DEFAULT_SIGN_IN_DELAY }, { now: clock.now });
    const organization = await createOrganization(t, 'Acme');
    const token = await invite(t, organization.id, { email: OWNER.email, role: 'executive' });
    const guesses = [];
    for (let n = 0; n < DEFAULT_SIGN_IN_DELAY.freeAttempts + 1; n++) {
      guesses.push((await accept(t, token, { password: `wrong guess number ${n}` })).status);
    }
    expect(guesses.slice(0, -1).every((s) => s === 409)).toBe(true);
    expect(guesses.at(-1)).toBe(429);
    clock.advance(DEFAULT_SIGN_IN_DELAY.maxDelayMs);
    expect((await accept(t, token, { password: OWNER.password })).status).toBe(201);
  });
});
