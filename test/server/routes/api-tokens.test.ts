// Personal API tokens through the real app: made and revoked by their person from a browser session, used as
// `Authorization: Bearer`, acting with exactly that person's roles, refused where the person must be present,
// never lifting the cross-site check off a cookie session, and kept only as hashes.

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../../server/app';
import { COOKIE_ONLY_OPERATIONS } from '../../../server/http/api-token-auth';
import { hashToken } from '../../../server/security/passwords';
import { openEmbeddedStorage } from '../../../server/storage/embedded/open-embedded-storage';
import {
  as,
  createClock,
  createOrganization,
  DAY,
  invite,
  accept,
  inviteAndAccept,
  signIn,
} from '../../fixtures/accounts';
import { dumpedTables, ON_POSTGRES, onTheSchema } from '../../fixtures/test-storage';
import {
  expectProblem,
  OWNER,
  setUpCampaign,
  startTestApp,
  submit,
  type Reply,
  type TestApp,
} from '../../fixtures/test-app';

let t: TestApp;
afterEach(async () => {
  await t?.close();
});

type App = Pick<TestApp, 'app'>;

/** Sends exactly the headers given: no cookie and no Origin unless named. */
async function send(
  on: App,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<Reply> {
  const res = await on.app.request(path, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const contentType = res.headers.get('content-type') ?? '';
  return {
    status: res.status,
    contentType,
    body: text && /json/.test(contentType) ? JSON.parse(text) : text,
  };
}

/** As a program would call: the token alone, no cookie, no Origin. */
const withToken = (token: string, method: string, path: string, body?: unknown, on: App = t) =>
  send(on, method, path, { authorization: `Bearer ${token}` }, body);

async function makeToken(cookie = t.ownerCookie, body: unknown = { name: 'Nightly export' }) {
  const reply = await t.call('POST', '/api/account/tokens', body, as(cookie));
  expect(reply.status).toBe(201);
  return reply.body as { id: string; token: string; name: string; expiresAt: string | null };
}

const actions = async () => (await t.storage.audit.list()).map((e) => `${e.action} ${e.target}`);

describe('making, using and revoking a token', () => {
  it('shows the secret once, lists the token without it, and answers as its person until revoked', async () => {
    t = await startTestApp();
    await createOrganization(t, 'Acme');
    const created = await makeToken();
    expect(created).toEqual({
      id: expect.any(String),
      name: 'Nightly export',
      token: expect.stringMatching(/^gwt_[A-Za-z0-9_-]{43}$/),
      createdAt: '2026-03-02T12:00:00.000Z',
      expiresAt: null,
      lastUsedAt: null,
      expired: false,
    });

    const listed = await t.call('GET', '/api/account/tokens');
    expect(listed.status).toBe(200);
    const { token: _secret, ...shown } = created;
    expect(listed.body.tokens).toEqual([shown]);
    expect(JSON.stringify(listed.body)).not.toContain(created.token);

    const organizations = await withToken(created.token, 'GET', '/api/organizations');
    expect(organizations.status).toBe(200);
    expect(organizations.body).toEqual((await t.call('GET', '/api/organizations')).body);
    expect((await withToken(created.token, 'GET', '/api/session')).body).toMatchObject({
      email: OWNER.email,
      isOwner: true,
    });

    expect((await t.call('DELETE', `/api/account/tokens/${created.id}`)).status).toBe(204);
    const refused = await withToken(created.token, 'GET', '/api/organizations');
    expectProblem(refused, 401);
    expect(refused.body.code).toBe('api-token.revoked');
    // The owner's session of the day before has ended too: they sign in again to look.
    const { cookie } = await signIn(t, OWNER.email, OWNER.password);
    expect((await t.call('GET', '/api/account/tokens', undefined, as(cookie!))).body.tokens).toEqual([]);
    expect(await actions()).toEqual(
      expect.arrayContaining([
        `account.token.create ${created.id}`,
        `account.token.revoke ${created.id}`,
        `account.token.refused:revoked ${created.id}`,
      ]),
    );
  });

  it('stores only a hash of the secret', async () => {
    t = await startTestApp();
    const { token } = await makeToken();
    expect((await withToken(token, 'GET', '/api/organizations')).status).toBe(200);
    const stored = await t.store.dump();
    expect(stored).not.toContain(token);
    expect(stored).not.toContain(token.slice(4));
    expect(stored).toContain(hashToken(token));
  });

  it('lets a program make changes with no Origin header, as the CSRF check never applies to a token', async () => {
    t = await startTestApp();
    const { token } = await makeToken();
    const { campaign } = await setUpCampaign(t, undefined, { open: false });
    const opened = await withToken(token, 'POST', `/api/campaigns/${campaign.id}/open`);
    expect(opened.status).toBe(200);
    expect(opened.body.status).toBe('open');
    const made = await withToken(token, 'POST', '/api/organizations', {
      name: 'Made by a script',
      departments: [{ name: 'Ops', headcount: 4 }],
    });
    expect(made.status).toBe(201);
    expect((await t.storage.audit.list()).at(-1)).toMatchObject({ action: 'organization.create' });
  });

  it('refuses a token past its expiry with 401, and lists it as expired until revoked', async () => {
    const clock = createClock();
    t = await startTestApp(undefined, {}, { now: clock.now });
    const created = await makeToken(t.ownerCookie, { name: 'One day', expiresInDays: 1 });
    expect(created.expiresAt).toBe('2026-03-03T12:00:00.000Z');
    clock.advance(DAY - 1);
    expect((await withToken(created.token, 'GET', '/api/organizations')).status).toBe(200);
    clock.advance(1);
    const refused = await withToken(created.token, 'GET', '/api/organizations');
    expectProblem(refused, 401);
    expect(refused.body.code).toBe('api-token.expired');
    // The owner's session of the day before has ended too: they sign in again to look.
    const { cookie } = await signIn(t, OWNER.email, OWNER.password);
    expect((await t.call('GET', '/api/account/tokens', undefined, as(cookie!))).body.tokens).toEqual([
      expect.objectContaining({ id: created.id, expired: true }),
    ]);
    expect(await actions()).toContain(`account.token.refused:expired ${created.id}`);
  });

  it('writes "last used" down at most once a minute, however often the token is used', async () => {
    const clock = createClock();
    t = await startTestApp(undefined, {}, { now: clock.now });
    const { id, token } = await makeToken();
    const update = vi.spyOn(t.storage.apiTokens, 'update');
    // The server does not wait for the write (api-token-auth.ts); the test waits for each to land before the
    // next use, as uses a second apart would on a store slower than memory.
    const landed = () => Promise.all(update.mock.results.map((r) => r.value));
    for (let i = 0; i < 20; i++) {
      expect((await withToken(token, 'GET', '/api/organizations')).status).toBe(200);
      await landed();
      clock.advance(1000);
    }
    expect(update).toHaveBeenCalledTimes(1);
    expect((await t.storage.apiTokens.get(id))!.lastUsedAt).toBe(Date.parse('2026-03-02T12:00:00Z'));
    clock.advance(60_000);
    await withToken(token, 'GET', '/api/organizations');
    expect(update).toHaveBeenCalledTimes(2);
    await landed();
    expect((await t.call('GET', '/api/account/tokens')).body.tokens[0].lastUsedAt).toBe(
      '2026-03-02T12:01:20.000Z',
    );
  });

  it('refuses a name the person already uses, and answers 404 for a token that is not theirs', async () => {
    t = await startTestApp();
    const organization = await createOrganization(t, 'Acme');
    await makeToken();
    const taken = await t.call('POST', '/api/account/tokens', { name: ' nightly EXPORT ' });
    expectProblem(taken, 422, ['name']);
    expect(taken.body.code).toBe('api-token.name-taken');
    expectProblem(await t.call('POST', '/api/account/tokens', { name: '' }), 422, ['name']);
    expectProblem(await t.call('POST', '/api/account/tokens', { name: 'x', expiresInDays: 0 }), 422, [
      'expiresInDays',
    ]);
    expectProblem(await t.call('POST', '/api/account/tokens', { name: 'x', scope: 'all' }), 422);

    const admin = await inviteAndAccept(t, organization.id, {
      email: 'admin@example.com',
      role: 'administrator',
    });
    const theirs = await makeToken(admin.cookie, { name: 'Theirs' });
    expectProblem(await t.call('DELETE', `/api/account/tokens/${theirs.id}`), 404);
    expectProblem(await t.call('DELETE', '/api/account/tokens/no-such-token'), 404);
    expect((await withToken(theirs.token, 'GET', '/api/organizations')).status).toBe(200);
    expect(
      (await t.call('GET', '/api/account/tokens', undefined, as(admin.cookie))).body.tokens,
    ).toHaveLength(1);
  });

  it('needs a session to list, make or revoke tokens', async () => {
    t = await startTestApp();
    for (const [method, path] of [
      ['GET', '/api/account/tokens'],
      ['POST', '/api/account/tokens'],
      ['DELETE', '/api/account/tokens/x'],
    ] as const) {
      expectProblem(
        await t.call(method, path, method === 'POST' ? { name: 'x' } : undefined, { cookie: '' }),
        401,
      );
    }
  });
});

describe("a token acts with exactly its person's roles", () => {
  it('sees what a department head sees through their session, and nothing more', async () => {
    t = await startTestApp();
    const setup = await setUpCampaign(t, { Sales: 8, Operations: 8, Finance: 8 });
    for (const department of ['Sales', 'Operations', 'Finance'])
      await submit(t, setup.tokenOf(department), 6);
    await createOrganization(t, 'Globex');
    const head = await inviteAndAccept(t, setup.organization.id, {
      email: 'head@example.com',
      role: 'department-head',
      departmentIds: [setup.departmentId('Sales')],
    });
    const { token } = await makeToken(head.cookie);
    const id = setup.campaign.id;
    for (const path of [
      '/api/organizations',
      `/api/organizations/${setup.organization.id}`,
      `/api/campaigns/${id}/report`,
      `/api/campaigns/${id}`,
      `/api/campaigns/${id}/staff`,
      `/api/organizations/${setup.organization.id}/users`,
    ]) {
      const bySession = await t.call('GET', path, undefined, as(head.cookie));
      const byToken = await withToken(token, 'GET', path);
      expect({ path, status: byToken.status, body: byToken.body }).toEqual({
        path,
        status: bySession.status,
        body: bySession.body,
      });
    }
    const report = await withToken(token, 'GET', `/api/campaigns/${id}/report`);
    expect(report.status).toBe(200);
    expect(report.body).not.toEqual((await t.call('GET', `/api/campaigns/${id}/report`)).body);
    expect((await withToken(token, 'GET', '/api/organizations')).body).toHaveLength(1);
    expect((await withToken(token, 'POST', `/api/campaigns/${id}/close`)).status).toBe(403);
  });

  it('follows a role granted after the token was made', async () => {
    t = await startTestApp();
    const first = await createOrganization(t, 'Acme');
    const second = await createOrganization(t, 'Globex');
    const member = await inviteAndAccept(t, first.id, { email: 'exec@example.com', role: 'executive' });
    const { token } = await makeToken(member.cookie);
    expectProblem(await withToken(token, 'GET', `/api/organizations/${second.id}`), 404);
    const accepted = await accept(
      t,
      await invite(t, second.id, { email: member.email, role: 'consultant' }),
      {
        password: member.password,
      },
    );
    expect(accepted.status).toBe(201);
    expect((await withToken(token, 'GET', `/api/organizations/${second.id}`)).status).toBe(200);
  });

  it('refuses the token of an account that no longer exists with 401', async () => {
    t = await startTestApp();
    const organization = await createOrganization(t, 'Acme');
    const member = await inviteAndAccept(t, organization.id, {
      email: 'gone@example.com',
      role: 'executive',
    });
    const { id, token } = await makeToken(member.cookie);
    let storage = t.storage;
    if (ON_POSTGRES) {
      // The row removed behind this instance's back, as another instance or an operator would: no cache may
      // still hold the account.
      expect(
        await onTheSchema(t.store, 'DELETE FROM accounts WHERE id = $1 RETURNING id', [member.accountId]),
      ).toHaveLength(1);
    } else {
      await t.storage.close();
      const path = join(t.dataDir, 'records.json');
      const records = JSON.parse(await readFile(path, 'utf8'));
      records.accounts = records.accounts.filter((a: { id: string }) => a.id !== member.accountId);
      await writeFile(path, JSON.stringify(records));
      storage = await openEmbeddedStorage(t.dataDir, () => undefined);
    }
    try {
      const restarted = { app: createApp({ ...t.deps, storage }, { loginLimit: null, signInDelay: null }) };
      const refused = await withToken(token, 'GET', '/api/organizations', undefined, restarted);
      expectProblem(refused, 401);
      expect(refused.body.code).toBe('api-token.account-removed');
      expect((await storage.audit.list()).at(-1)).toMatchObject({
        accountId: member.accountId,
        action: 'account.token.refused:account-removed',
        target: id,
      });
    } finally {
      if (!ON_POSTGRES) await storage.close();
    }
  });
});

describe('what needs the person present', () => {
  const concrete = (path: string) =>
    `/api${path.replace('{id}', 'some-id').replace('{token}', 'some-token').replace('{alertId}', 'some-alert')}`;

  it.each(COOKIE_ONLY_OPERATIONS.map((o) => ({ ...o })))(
    'refuses a token $method $path with 403 api-token.cookie-only',
    async ({ method, path }) => {
      t = await startTestApp();
      const { id, token } = await makeToken();
      // The records file, or every table but the audit log (which gains the refusal) on PostgreSQL.
      const records = async () => {
        if (!ON_POSTGRES) return readFile(join(t.dataDir, 'records.json'), 'utf8');
        const tables = dumpedTables(await t.store.dump());
        tables.delete('audit_log');
        return JSON.stringify([...tables]);
      };
      const before = await records();
      const body = method === 'post' ? {} : undefined;
      const refused = await withToken(
        token,
        method.toUpperCase(),
        concrete(path).replace('some-id', id),
        body,
      );
      expectProblem(refused, 403);
      expect(refused.body.code).toBe('api-token.cookie-only');
      expect(await records()).toBe(before);
      expect((await actions()).at(-1)).toBe(`account.token.refused:cookie-only ${id}`);
      // The session still works, and so does the token where it may act.
      expect((await t.call('GET', '/api/session')).status).toBe(200);
      expect((await withToken(token, 'GET', '/api/organizations')).status).toBe(200);
    },
  );

  it('keeps the password when a token tries to change it, and refuses even an unknown or malformed token there', async () => {
    t = await startTestApp();
    const { token } = await makeToken();
    const change = { currentPassword: OWNER.password, newPassword: 'chosen by a script' };
    for (const header of [`Bearer ${token}`, 'Bearer gwt_unknown', 'Bearer']) {
      const refused = await send(t, 'POST', '/api/account/password', { authorization: header }, change);
      expectProblem(refused, 403);
      expect(refused.body.code).toBe('api-token.cookie-only');
    }
    expect(
      (await t.call('POST', '/api/session', { email: OWNER.email, password: OWNER.password })).status,
    ).toBe(200);
  });

  it('writes one audit line a minute for a token refused again and again', async () => {
    t = await startTestApp();
    const { id, token } = await makeToken();
    for (let i = 0; i < 5; i++) await withToken(token, 'DELETE', '/api/session');
    expect((await actions()).filter((a) => a === `account.token.refused:cookie-only ${id}`)).toHaveLength(1);
  });

  it('refuses a path spelled with escapes, which reaches the same operation', async () => {
    t = await startTestApp();
    const { token } = await makeToken();
    const refused = await send(
      t,
      'POST',
      '/api/account/%70assword',
      { authorization: `Bearer ${token}` },
      {},
    );
    expectProblem(refused, 403);
    expect(refused.body.code).toBe('api-token.cookie-only');
  });
});

describe('a token beside a session cookie', () => {
  const ORGANIZATION = { name: 'Forged', departments: [{ name: 'X', headcount: 1 }] };

  it.each<{ what: string; headers: Record<string, string> }>([
    { what: 'from another site', headers: { origin: 'https://evil.example' } },
    { what: 'with no Origin, as text/plain', headers: { 'content-type': 'text/plain' } },
    { what: 'from this site', headers: { origin: 'http://localhost' } },
  ])('refuses a write carrying both $what with 401, changing nothing', async ({ headers }) => {
    t = await startTestApp();
    const { token } = await makeToken();
    const before = await t.storage.organizations.list();
    const reply = await send(
      t,
      'POST',
      '/api/organizations',
      {
        'content-type': 'application/json',
        ...headers,
        cookie: t.ownerCookie,
        authorization: `Bearer ${token}`,
      },
      ORGANIZATION,
    );
    expectProblem(reply, 401);
    expect(reply.body.code).toBe('api-token.beside-cookie');
    expect(await t.storage.organizations.list()).toEqual(before);
  });

  it('refuses a read carrying both with 401 naming the mix-up', async () => {
    t = await startTestApp();
    const { token } = await makeToken();
    const reply = await send(t, 'GET', '/api/organizations', {
      cookie: t.ownerCookie,
      authorization: `Bearer ${token}`,
    });
    expectProblem(reply, 401);
    expect(reply.body.code).toBe('api-token.beside-cookie');
  });

  it('leaves an Authorization header of another scheme, as a password-protecting proxy sends, to the cookie session', async () => {
    t = await startTestApp();
    const basic = { authorization: 'Basic dXNlcjpwYXNzd29yZA==' };
    expect((await t.call('GET', '/api/organizations', undefined, basic)).status).toBe(200);
    const forged = await send(t, 'POST', '/api/organizations', {
      ...basic,
      cookie: t.ownerCookie,
      'content-type': 'text/plain',
    });
    expectProblem(forged, 403);
    expect(forged.body.code).toBe('csrf.form-content-type');
    expectProblem(await send(t, 'GET', '/api/organizations', basic), 401);
  });
});

describe('Authorization headers that are not a token', () => {
  it.each([
    { what: 'the scheme alone', header: 'Bearer', code: 'api-token.malformed' },
    { what: 'the scheme and spaces', header: 'Bearer    ', code: 'api-token.malformed' },
    { what: 'two tokens', header: 'Bearer gwt_a gwt_b', code: 'api-token.malformed' },
    { what: 'a quoted token', header: 'Bearer "gwt_abc"', code: 'api-token.malformed' },
    { what: 'a token with a comma', header: 'Bearer gwt_a,b', code: 'api-token.malformed' },
    {
      what: 'a token of 10,000 characters',
      header: `Bearer ${'a'.repeat(10_000)}`,
      code: 'api-token.malformed',
    },
    { what: 'a token without its scheme', header: 'gwt_abcdefghijklmnop', code: 'api-token.malformed' },
    { what: 'padding in the middle', header: 'Bearer ab=cd', code: 'api-token.malformed' },
    {
      what: 'a token nobody made',
      header: 'Bearer gwt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      code: 'api-token.unknown',
    },
    { what: 'a well-formed stranger', header: 'Bearer abc.def~ghi+jkl/mno==', code: 'api-token.unknown' },
  ])('answers $what with 401 $code, never a 5xx', async ({ header, code }) => {
    t = await startTestApp();
    for (const [method, path] of [
      ['GET', '/api/organizations'],
      ['POST', '/api/organizations'],
      ['GET', '/api/session'],
    ] as const) {
      const reply = await send(
        t,
        method,
        path,
        { authorization: header },
        method === 'POST' ? {} : undefined,
      );
      expectProblem(reply, 401);
      expect(reply.body.code).toBe(code);
    }
  });

  it('does not take a session token for an API token', async () => {
    t = await startTestApp();
    const sessionToken = t.ownerCookie.split('=')[1]!;
    const reply = await send(t, 'GET', '/api/organizations', { authorization: `Bearer ${sessionToken}` });
    expectProblem(reply, 401);
    expect(reply.body.code).toBe('api-token.unknown');
  });

  it('takes the scheme in any letter case', async () => {
    t = await startTestApp();
    const { token } = await makeToken();
    expect((await send(t, 'GET', '/api/organizations', { authorization: `bearer ${token}` })).status).toBe(
      200,
    );
    expect((await send(t, 'GET', '/api/organizations', { authorization: `BEARER  ${token} ` })).status).toBe(
      200,
    );
  });

  it('checks a token sent to a public route too', async () => {
    t = await startTestApp();
    const { token } = await makeToken();
    const { wideToken } = await setUpCampaign(t);
    expect((await withToken(token, 'GET', `/api/survey/${wideToken}`)).status).toBe(200);
    expectProblem(await withToken('gwt_nobody', 'GET', `/api/survey/${wideToken}`), 401);
  });
});

describe('the OpenAPI document', () => {
  it('describes the Bearer scheme and the session, and which operations take which', async () => {
    t = await startTestApp();
    const doc = (await t.call('GET', '/api/openapi.json')).body;
    expect(doc.components.securitySchemes.apiToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.components.securitySchemes.session).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: 'gw_session',
    });
    for (const { method, path } of COOKIE_ONLY_OPERATIONS) {
      const operation = doc.paths[path][method];
      expect(operation.security, `${method} ${path}`).not.toContainEqual({ apiToken: [] });
      expect(operation.responses, `${method} ${path}`).toHaveProperty('403');
    }
    expect(doc.paths['/organizations'].get.security).toEqual([{ session: [] }, { apiToken: [] }]);
    expect(doc.paths['/organizations'].get.responses).toHaveProperty('401');
    expect(doc.paths['/survey/{token}'].get.security).toEqual([]);
    expect(doc.paths['/account/tokens'].post.responses['201'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/CreatedApiToken',
    });
  });
});
