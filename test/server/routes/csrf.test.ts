// Cross-site request forgery: a cookie-authenticated write from another site, or from nowhere in a form's
// content type, is refused before anything runs; the app's own pages get through.

import { afterEach, describe, expect, it } from 'vitest';
import { parseTrustedProxies, type TrustedProxies } from '../../../server/domain/access/forwarded-client';
import { ANONYMOUS, signIn, storedText } from '../../fixtures/accounts';
import { fromPeer, PROXY } from '../../fixtures/socket-peer';
import { expectProblem, OWNER, setUpCampaign, startTestApp, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

const EVIL = 'https://evil.example';
const ORGANIZATION = JSON.stringify({ name: 'Forged', departments: [{ name: 'X', headcount: 1 }] });

/** Sends exactly the headers given (plus the owner's cookie): no Origin unless named. */
async function raw(method: string, path: string, headers: Record<string, string>, body?: string) {
  const res = await t.app.request(path, { method, headers: { cookie: t.ownerCookie, ...headers }, body });
  const text = await res.text();
  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    body: text ? JSON.parse(text) : null,
  };
}

describe('CSRF protection', () => {
  it.each<{ what: string; headers: Record<string, string> }>([
    {
      what: 'a form post from another site',
      headers: { origin: EVIL, 'content-type': 'application/x-www-form-urlencoded' },
    },
    {
      what: 'a multipart post from another site',
      headers: { origin: EVIL, 'content-type': 'multipart/form-data; boundary=x' },
    },
    { what: 'a text/plain post from another site', headers: { origin: EVIL, 'content-type': 'text/plain' } },
    { what: 'a text/plain post with no Origin', headers: { 'content-type': 'text/plain' } },
    { what: 'a post with no Origin and no content type', headers: {} },
    {
      what: 'a cross-site post claiming Sec-Fetch-Site',
      headers: { 'sec-fetch-site': 'cross-site', 'content-type': 'text/plain' },
    },
  ])('refuses $what to create an organization with 403, creating nothing', async ({ headers }) => {
    t = await startTestApp();
    const before = await storedText(t);
    expectProblem(await raw('POST', '/api/organizations', headers, ORGANIZATION), 403);
    expect(await t.storage.organizations.list()).toEqual([]);
    expect(await storedText(t)).toBe(before);
  });

  it.each<{ what: string; headers: Record<string, string> }>([
    { what: 'another site', headers: { origin: EVIL } },
    { what: 'nowhere (no Origin)', headers: {} },
  ])('refuses to open a campaign for a bodiless post from $what, leaving it a draft', async ({ headers }) => {
    t = await startTestApp();
    const { campaign } = await setUpCampaign(t, undefined, { open: false });
    expectProblem(await raw('POST', `/api/campaigns/${campaign.id}/open`, headers), 403);
    expect((await t.storage.campaigns.get(campaign.id))!.status).toBe('draft');
  });

  it('refuses a sign-out from another site, leaving the session signed in', async () => {
    t = await startTestApp();
    expectProblem(await raw('DELETE', '/api/session', { origin: EVIL }), 403);
    expect((await t.call('GET', '/api/session')).status).toBe(200);
  });

  it('refuses a password change posted as a form from another site, keeping the password', async () => {
    t = await startTestApp();
    const body = JSON.stringify({ currentPassword: OWNER.password, newPassword: 'chosen by the attacker' });
    const reply = await raw(
      'POST',
      '/api/account/password',
      { origin: EVIL, 'content-type': 'text/plain' },
      body,
    );
    expectProblem(reply, 403);
    expect((await signIn(t, OWNER.email, OWNER.password)).status).toBe(200);
  });

  it.each<{ what: string; headers: Record<string, string> }>([
    { what: 'the same origin', headers: { origin: 'http://localhost' } },
    { what: 'Sec-Fetch-Site: same-origin', headers: { 'sec-fetch-site': 'same-origin' } },
  ])('lets a bodiless post from $what open the campaign', async ({ headers }) => {
    t = await startTestApp();
    const { campaign } = await setUpCampaign(t, undefined, { open: false });
    expect((await raw('POST', `/api/campaigns/${campaign.id}/open`, headers)).status).toBe(200);
    expect((await t.storage.campaigns.get(campaign.id))!.status).toBe('open');
  });

  it('lets a same-origin JSON post create the organization', async () => {
    t = await startTestApp();
    const reply = await raw(
      'POST',
      '/api/organizations',
      { origin: 'http://localhost', 'content-type': 'application/json' },
      ORGANIZATION,
    );
    expect(reply.status).toBe(201);
    expect((await t.storage.organizations.list()).map((o) => o.name)).toEqual(['Forged']);
  });

  // hono/csrf checks only the content types a form can send. A JSON write from another origin is left to
  // the browser, which must first ask with a CORS preflight; this pins that the server never says yes.
  it('grants no CORS preflight to another site, so a browser never sends it a cross-site JSON write', async () => {
    t = await startTestApp();
    const res = await t.app.request('/api/organizations', {
      method: 'OPTIONS',
      headers: {
        origin: EVIL,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it.each<{
    what: string;
    method: string;
    headers: Record<string, string>;
    body?: string;
    code: string;
    params: object;
    says: string[];
  }>([
    {
      what: 'a bodiless write with no Origin header',
      method: 'POST',
      headers: {},
      code: 'csrf.origin-missing',
      params: { expected: 'http://localhost' },
      says: ['no Origin header', 'Origin: http://localhost'],
    },
    {
      what: 'a write from 127.0.0.1 to a server reached as localhost',
      method: 'POST',
      headers: { origin: 'http://127.0.0.1:3000' },
      code: 'csrf.origin-mismatch',
      params: { expected: 'http://localhost', received: 'http://127.0.0.1:3000' },
      says: ['sent from http://127.0.0.1:3000', 'own pages at http://localhost'],
    },
    {
      what: 'a write from another site, whatever its content type',
      method: 'POST',
      headers: { origin: EVIL, 'content-type': 'text/plain' },
      body: ORGANIZATION,
      code: 'csrf.origin-mismatch',
      params: { expected: 'http://localhost', received: EVIL },
      says: [`sent from ${EVIL}`],
    },
    {
      what: 'a JSON body labelled text/plain with no Origin header',
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      body: ORGANIZATION,
      code: 'csrf.form-content-type',
      params: { contentType: 'text/plain', expected: 'http://localhost' },
      says: ['labelled text/plain', 'Send JSON as application/json'],
    },
    {
      what: 'a form post with no Origin header',
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body: '--x--',
      code: 'csrf.form-content-type',
      params: { contentType: 'multipart/form-data', expected: 'http://localhost' },
      says: ['labelled multipart/form-data'],
    },
  ])(
    'says why it refused $what, with a code for the page to word',
    async ({ method, headers, body, code, params, says }) => {
      t = await startTestApp();
      const { campaign } = await setUpCampaign(t, undefined, { open: false });
      const path = body === undefined ? `/api/campaigns/${campaign.id}/open` : '/api/organizations';
      const reply = await raw(method, path, headers, body);
      expectProblem(reply, 403);
      expect(reply.body).toMatchObject({ type: '/problems/forbidden', title: 'Forbidden', code, params });
      for (const words of says) expect(reply.body.detail).toContain(words);
    },
  );

  it('shows back no more than the start of an overlong Origin header', async () => {
    t = await startTestApp();
    const origin = `https://${'a'.repeat(5000)}.example`;
    const reply = await raw('DELETE', '/api/session', { origin });
    expectProblem(reply, 403);
    expect(reply.body.params.received).toBe(`${origin.slice(0, 200)}…`);
    expect(reply.body.detail.length).toBeLessThan(1000);
  });

  it('refuses an anonymous form post with 403 before it can reach sign-in or setup', async () => {
    t = await startTestApp();
    const login = JSON.stringify({ email: OWNER.email, password: OWNER.password });
    const reply = await raw(
      'POST',
      '/api/session',
      { ...ANONYMOUS, origin: EVIL, 'content-type': 'text/plain' },
      login,
    );
    expectProblem(reply, 403);
  });
});

describe('CSRF protection behind a TLS-terminating proxy', () => {
  const LOOPBACK = (parseTrustedProxies('loopback') as { proxies: TrustedProxies }).proxies;
  const openFrom = async (peer: string, origin: string, campaignId: string) => {
    const res = await t.app.request(
      `http://survey.example.com/api/campaigns/${campaignId}/open`,
      { method: 'POST', headers: { cookie: t.ownerCookie, origin, 'x-forwarded-proto': 'https' } },
      fromPeer(peer),
    );
    return res.status;
  };

  it('accepts a bodiless write from the https page a trusted proxy reports', async () => {
    t = await startTestApp(undefined, { trustedProxies: LOOPBACK });
    const { campaign } = await setUpCampaign(t, undefined, { open: false });
    expect(await openFrom(PROXY, 'https://survey.example.com', campaign.id)).toBe(200);
  });

  it('refuses the same write when the forwarded protocol comes from anyone but the proxy', async () => {
    t = await startTestApp(undefined, { trustedProxies: LOOPBACK });
    const { campaign } = await setUpCampaign(t, undefined, { open: false });
    expect(await openFrom('203.0.113.9', 'https://survey.example.com', campaign.id)).toBe(403);
    expect((await t.storage.campaigns.get(campaign.id))!.status).toBe('draft');
  });

  it('accepts a write from the configured public address', async () => {
    t = await startTestApp(undefined, {}, { publicUrl: 'https://groundwork.example.org' });
    const { campaign } = await setUpCampaign(t, undefined, { open: false });
    expect(await openFrom('203.0.113.9', 'https://groundwork.example.org', campaign.id)).toBe(200);
  });
});
