// Thousands of hostile bodies against the account endpoints: setup (after setup), sign-in, inviting and
// accepting, signed in or not. None may produce a 5xx, and none that is refused may change anything stored.

import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOrganization, invite, storedText } from '../../fixtures/accounts';
import { startTestApp, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
let organizationId: string;
let salesId: string;
let liveToken: string;
beforeEach(async () => {
  t = await startTestApp(undefined, { loginLimit: null });
  const organization = await createOrganization(t, 'Acme');
  organizationId = organization.id;
  salesId = organization.departments[0]!.id;
  liveToken = await invite(t, organizationId, { email: 'invitee@example.com', role: 'executive' });
});
afterEach(async () => {
  await t.close();
});

const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);
/** Stands for the id of a real department of the organization; replaced when the body is sent. */
const SALES = '<sales>';

const hostileKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '', '\u0000', '🙂'),
  fc.constantFrom(
    'name',
    'email',
    'password',
    'role',
    'departmentIds',
    'currentPassword',
    'newPassword',
    'isOwner',
    'grants',
  ),
  fc.string({ maxLength: 40 }),
);
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.constantFrom(
    'owner@example.com',
    'invitee@example.com',
    ' OWNER@EXAMPLE.COM ',
    'administrator',
    'department-head',
    'owner',
    'Correct horse battery',
    'x'.repeat(201),
    'a@b',
    '',
    null,
    true,
    0,
    [],
    {},
    ['dept'],
    { $ne: null },
  ),
);
/** Field values, mostly valid ones, so that many bodies get past validation into the handlers' own checks. */
const nearValid = fc.record({
  name: fc.oneof(
    { arbitrary: fc.string({ minLength: 1, maxLength: 120 }), weight: 4 },
    { arbitrary: fc.constantFrom('Pat', '  ', '李雷'), weight: 1 },
    { arbitrary: hostileValue, weight: 1 },
  ),
  email: fc.oneof(
    { arbitrary: fc.emailAddress(), weight: 2 },
    {
      arbitrary: fc.constantFrom(
        'owner@example.com',
        ' OWNER@example.com',
        'invitee@example.com',
        'new@example.com',
      ),
      weight: 2,
    },
    { arbitrary: hostileValue, weight: 1 },
  ),
  // Never the owner's password: no generated sign-in may succeed.
  password: fc.oneof(
    { arbitrary: fc.string({ minLength: 12, maxLength: 200 }), weight: 4 },
    { arbitrary: fc.string({ maxLength: 11 }), weight: 1 },
    { arbitrary: hostileValue, weight: 1 },
  ),
  role: fc.oneof(
    { arbitrary: fc.constantFrom('administrator', 'executive', 'department-head', 'consultant'), weight: 4 },
    { arbitrary: fc.constantFrom('owner', 'Administrator'), weight: 1 },
    { arbitrary: hostileValue, weight: 1 },
  ),
  departmentIds: fc.oneof(
    { arbitrary: fc.array(fc.constantFrom(SALES, 'no-such-department', ''), { maxLength: 3 }), weight: 4 },
    { arbitrary: hostileValue, weight: 1 },
  ),
});
/** A body for an endpoint taking `fields`: usually those fields (some left out), else anything at all. */
const bodyFor = (fields: string[]) =>
  fc.oneof(
    {
      arbitrary: fc
        .tuple(nearValid, fc.subarray(fields, { minLength: Math.max(0, fields.length - 1) }))
        .map(([values, kept]) =>
          Object.fromEntries(Object.entries(values).filter(([k]) => kept.includes(k))),
        ),
      weight: 6,
    },
    { arbitrary: nearValid, weight: 1 },
    { arbitrary: fc.dictionary(hostileKey, hostileValue, { maxKeys: 6 }), weight: 1 },
    { arbitrary: fc.jsonValue({ maxDepth: 6 }), weight: 1 },
  );
const TARGETS = [
  { what: 'setup', path: () => '/api/setup', fields: ['name', 'email', 'password'] },
  { what: 'sign-in', path: () => '/api/session', fields: ['email', 'password'] },
  {
    what: 'invite',
    path: () => `/api/organizations/${organizationId}/invitations`,
    fields: ['email', 'role', 'departmentIds'],
  },
  { what: 'accept', path: () => `/api/invitations/${liveToken}/accept`, fields: ['name', 'password'] },
  {
    what: 'accept-unknown',
    path: () => '/api/invitations/no-such-token/accept',
    fields: ['name', 'password'],
  },
];
const request = fc
  .constantFrom(...TARGETS)
  .chain((target) => bodyFor(target.fields).map((body) => ({ ...target, body })));
const sender = fc.constantFrom('owner', 'anonymous');

const counts = async () => ({
  accounts: (await t.storage.accounts.list()).length,
  invitations: (await t.storage.userInvitations.listByOrganization(organizationId)).length,
});

async function post(path: string, payload: string, cookie: string) {
  const res = await t.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost', cookie },
    body: payload,
  });
  await res.text();
  return { status: res.status, setsCookie: res.headers.get('set-cookie') !== null };
}

describe('account endpoint fuzzing', () => {
  it(`answers ${RUNS} generated bodies without a 5xx, changing nothing unless accepted`, async () => {
    const created: string[] = [];
    await fc.assert(
      fc.asyncProperty(request, sender, async ({ what, path, body: payload }, who) => {
        const before = await storedText(t);
        const countsBefore = await counts();
        const { status, setsCookie } = await post(
          path(),
          JSON.stringify(payload).replaceAll(JSON.stringify(SALES), JSON.stringify(salesId)),
          who === 'owner' ? t.ownerCookie : '',
        );
        expect(status).toBeLessThan(500);
        // Only a well-formed invitation or acceptance may succeed; setup is done and no body knows a password.
        if (status < 300) {
          expect(['invite', 'accept']).toContain(what);
          const after = await counts();
          expect(after.accounts).toBe(countsBefore.accounts + (what === 'accept' ? 1 : 0));
          // Inviting an address again for the same role replaces its unused invitation instead of adding one.
          const invitations = [countsBefore.invitations, countsBefore.invitations + 1];
          expect(what === 'invite' ? invitations : [countsBefore.invitations]).toContain(after.invitations);
          created.push(what);
          return;
        }
        expect(setsCookie).toBe(false);
        expect(await storedText(t)).toBe(before);
      }),
      { numRuns: RUNS },
    );
    const accounts = await t.storage.accounts.list();
    expect(accounts.filter((a) => a.isOwner)).toHaveLength(1);
    expect(accounts).toHaveLength(1 + created.filter((w) => w === 'accept').length);
    expect(created.filter((w) => w === 'accept').length).toBeLessThanOrEqual(1);
  }, 300_000);

  it.each([
    { what: 'a deeply nested body', payload: '{"email":'.repeat(5000) + '1' + '}'.repeat(5000) },
    { what: 'a truncated body', payload: '{"email": "owner@example.com", "password": "x' },
    { what: 'a lone surrogate', payload: '{"email": "\\ud800@example.com", "password": "\\udfff"}' },
    {
      what: 'a huge password',
      payload: JSON.stringify({ email: 'owner@example.com', password: 'x'.repeat(200_000) }),
    },
    { what: 'an empty body', payload: '' },
  ])('refuses $what on every account endpoint with a 4xx, changing nothing', async ({ payload }) => {
    for (const path of [
      '/api/setup',
      '/api/session',
      `/api/organizations/${organizationId}/invitations`,
      `/api/invitations/${liveToken}/accept`,
    ]) {
      const before = await storedText(t);
      const { status } = await post(path, payload, t.ownerCookie);
      expect(status, path).toBeGreaterThanOrEqual(400);
      expect(status, path).toBeLessThan(500);
      expect(await storedText(t)).toBe(before);
    }
  });
});
