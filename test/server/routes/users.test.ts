import { afterEach, describe, expect, it } from 'vitest';
import {
  accept,
  as,
  createClock,
  createOrganization,
  DAY,
  invite,
  inviteAndAccept,
  NOON,
  signIn,
} from '../../fixtures/accounts';
import { expectProblem, OWNER, startTestApp, TODAY, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

const invitationsPath = (organizationId: string) => `/api/organizations/${organizationId}/invitations`;

describe('POST /api/organizations/:id/invitations', () => {
  it('invites a department head to departments of the organization, answering the token once', async () => {
    t = await startTestApp();
    const acme = await createOrganization(t, 'Acme');
    const sales = acme.departments[0]!.id;
    const reply = await t.call('POST', invitationsPath(acme.id), {
      email: ' Head@Example.COM ',
      role: 'department-head',
      departmentIds: [sales],
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toEqual({
      token: expect.stringMatching(/^[A-Za-z0-9_-]{40,}$/),
      email: 'head@example.com',
      grant: { organizationId: acme.id, role: 'department-head', departmentIds: [sales] },
      expiresInDays: 14,
    });
    const [stored] = await t.storage.userInvitations.listByOrganization(acme.id);
    expect(stored).toMatchObject({ email: 'head@example.com', usedOn: null, createdOn: TODAY });
  });

  it.each([
    { what: 'no departments', departmentIds: () => [] },
    { what: 'an unknown department', departmentIds: () => ['no-such-department'] },
    { what: 'a department of another organization', departmentIds: (other: string) => [other] },
    {
      what: 'one of its own and one of another',
      departmentIds: (other: string, own: string) => [own, other],
    },
  ])('refuses a department head with $what with 422 and stores no invitation', async ({ departmentIds }) => {
    t = await startTestApp();
    const acme = await createOrganization(t, 'Acme');
    const globex = await createOrganization(t, 'Globex', ['Support']);
    const reply = await t.call('POST', invitationsPath(acme.id), {
      email: 'head@example.com',
      role: 'department-head',
      departmentIds: departmentIds(globex.departments[0]!.id, acme.departments[0]!.id),
    });
    expectProblem(reply, 422, ['departmentIds']);
    expect(await t.storage.userInvitations.listByOrganization(acme.id)).toEqual([]);
  });

  it.each(['administrator', 'executive', 'consultant'])(
    'drops departments named for a %s, who sees every department anyway',
    async (role) => {
      t = await startTestApp();
      const acme = await createOrganization(t, 'Acme');
      const reply = await t.call('POST', invitationsPath(acme.id), {
        email: 'someone@example.com',
        role,
        departmentIds: [acme.departments[0]!.id],
      });
      expect(reply.body.grant).toEqual({ organizationId: acme.id, role, departmentIds: [] });
    },
  );

  it.each([
    { what: 'an invalid address', body: { email: 'not-an-address', role: 'executive' }, field: 'email' },
    { what: 'an unknown role', body: { email: 'x@example.com', role: 'owner' }, field: 'role' },
    {
      what: 'an extra field',
      body: { email: 'x@example.com', role: 'executive', isOwner: true },
      field: '(body)',
    },
  ])('refuses $what with 422', async ({ body, field }) => {
    t = await startTestApp();
    const acme = await createOrganization(t, 'Acme');
    expectProblem(await t.call('POST', invitationsPath(acme.id), body), 422, [field]);
    expect(await t.storage.userInvitations.listByOrganization(acme.id)).toEqual([]);
  });
});

describe('accepting an invitation', () => {
  it('shows what the link offers, then creates the account with the grant and signs it in', async () => {
    t = await startTestApp();
    const acme = await createOrganization(t, 'Acme');
    const token = await invite(t, acme.id, { email: 'exec@example.com', role: 'executive' });
    const offer = await t.call('GET', `/api/invitations/${token}`, undefined, as(''));
    expect(offer.body).toEqual({
      email: 'exec@example.com',
      role: 'executive',
      organizationId: acme.id,
      organizationName: 'Acme',
      hasAccount: false,
    });
    const accepted = await accept(t, token, { name: 'Eve Exec', password: 'a long enough password' });
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({
      name: 'Eve Exec',
      email: 'exec@example.com',
      isOwner: false,
      grants: [{ organizationId: acme.id, role: 'executive', departmentIds: [] }],
    });
    expect((await t.call('GET', '/api/session', undefined, as(accepted.cookie!))).body.email).toBe(
      'exec@example.com',
    );
    expect((await signIn(t, 'exec@example.com', 'a long enough password')).status).toBe(200);
  });

  it('works once: a second acceptance answers 404 and creates no second account', async () => {
    t = await startTestApp();
    const acme = await createOrganization(t, 'Acme');
    const token = await invite(t, acme.id, { email: 'exec@example.com', role: 'executive' });
    expect((await accept(t, token)).status).toBe(201);
    const again = await accept(t, token, { name: 'Mallory', password: 'another long password' });
    expect(again.status).toBe(404);
    expect(again.cookie).toBeNull();
    expect((await t.call('GET', `/api/invitations/${token}`, undefined, as(''))).status).toBe(404);
    expect((await t.storage.accounts.list()).map((a) => a.email).sort()).toEqual([
      'exec@example.com',
      OWNER.email,
    ]);
  });

  it.each([
    { age: 'a minute short of 14 days', after: 14 * DAY - 60_000, status: 201 },
    { age: 'exactly 14 days', after: 14 * DAY, status: 404 },
    { age: 'a year', after: 365 * DAY, status: 404 },
  ])('answers an invitation $age old with $status', async ({ after, status }) => {
    const clock = createClock(NOON);
    t = await startTestApp(undefined, {}, { now: clock.now });
    const acme = await createOrganization(t, 'Acme');
    const token = await invite(t, acme.id, { email: 'late@example.com', role: 'consultant' });
    clock.advance(after);
    expect((await t.call('GET', `/api/invitations/${token}`, undefined, as(''))).status).toBe(
      status === 201 ? 200 : 404,
    );
    expect((await accept(t, token)).status).toBe(status);
    expect(await t.storage.accounts.findByEmail('late@example.com')).toEqual(
      status === 201 ? expect.anything() : undefined,
    );
  });

  // Known bug (reported): both acceptances find the link unused before either marks it used, so a
  // one-time link makes two accounts with one address. Remove `.fails` once acceptance is atomic.
  it('lets only one of two simultaneous acceptances of one link through', async () => {
    t = await startTestApp();
    const acme = await createOrganization(t, 'Acme');
    const token = await invite(t, acme.id, { email: 'exec@example.com', role: 'executive' });
    const replies = await Promise.all([
      accept(t, token),
      accept(t, token, { name: 'Mallory', password: 'another long password' }),
    ]);
    expect(replies.map((r) => r.status).sort()).toEqual([201, 404]);
    expect((await t.storage.accounts.list()).filter((a) => a.email === 'exec@example.com')).toHaveLength(1);
  });

  it('answers a token that was never issued with 404', async () => {
    t = await startTestApp();
    expect((await accept(t, 'never-issued-token')).status).toBe(404);
  });

  it('adds the grant to an existing account only with its password (409 otherwise), keeping its name', async () => {
    t = await startTestApp();
    const acme = await createOrganization(t, 'Acme');
    const globex = await createOrganization(t, 'Globex', ['Support']);
    const member = await inviteAndAccept(t, acme.id, { email: 'pat@example.com', role: 'executive' }, 'Pat');
    const token = await invite(t, globex.id, { email: 'pat@example.com', role: 'consultant' });
    expect((await t.call('GET', `/api/invitations/${token}`, undefined, as(''))).body.hasAccount).toBe(true);

    const wrong = await accept(t, token, { name: 'Someone Else', password: 'not the password at all' });
    expectProblem(wrong, 409);
    expect(wrong.cookie).toBeNull();
    expect((await t.storage.accounts.get(member.accountId))!.grants).toHaveLength(1);

    const right = await accept(t, token, { name: 'Someone Else', password: member.password });
    expect(right.status).toBe(201);
    const account = (await t.storage.accounts.get(member.accountId))!;
    expect(account.name).toBe('Pat');
    expect(account.grants).toEqual([
      { organizationId: acme.id, role: 'executive', departmentIds: [] },
      { organizationId: globex.id, role: 'consultant', departmentIds: [] },
    ]);
    expect((await t.storage.accounts.list()).filter((a) => a.email === 'pat@example.com')).toHaveLength(1);
  });
});

describe('GET /api/organizations/:id/users', () => {
  it('lists the people with a role there, their grants there only, and pending invitations', async () => {
    t = await startTestApp();
    const acme = await createOrganization(t, 'Acme');
    const globex = await createOrganization(t, 'Globex', ['Support']);
    const sales = acme.departments[0]!.id;
    const head = await inviteAndAccept(
      t,
      acme.id,
      { email: 'head@example.com', role: 'department-head', departmentIds: [sales] },
      'Hana Head',
    );
    const extra = await invite(t, globex.id, { email: 'head@example.com', role: 'administrator' });
    expect((await accept(t, extra, { name: 'Hana Head', password: head.password })).status).toBe(201);
    await inviteAndAccept(t, globex.id, { email: 'elsewhere@example.com', role: 'executive' });
    await invite(t, acme.id, { email: 'pending@example.com', role: 'consultant' });

    const reply = await t.call('GET', `/api/organizations/${acme.id}/users`);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      users: [
        {
          accountId: head.accountId,
          name: 'Hana Head',
          email: 'head@example.com',
          grants: [{ organizationId: acme.id, role: 'department-head', departmentIds: [sales] }],
        },
      ],
      pending: [
        {
          id: expect.any(String),
          email: 'pending@example.com',
          grant: { organizationId: acme.id, role: 'consultant', departmentIds: [] },
          createdOn: TODAY,
        },
      ],
    });
  });

  it('no longer lists an invitation as pending once it has expired', async () => {
    const clock = createClock(NOON);
    t = await startTestApp(undefined, {}, { now: clock.now });
    const acme = await createOrganization(t, 'Acme');
    await invite(t, acme.id, { email: 'pending@example.com', role: 'consultant' });
    clock.advance(14 * DAY);
    // Sessions last 12 hours; sign in again at the new time to look.
    const owner = (await signIn(t, OWNER.email, OWNER.password)).cookie!;
    expect(
      (await t.call('GET', `/api/organizations/${acme.id}/users`, undefined, as(owner))).body.pending,
    ).toEqual([]);
  });
});

describe('the audit log', () => {
  it('records who created, invited and accepted what, and when, to the second', async () => {
    t = await startTestApp();
    const ownerId = (await t.call('GET', '/api/session')).body.accountId;
    const acme = await createOrganization(t, 'Acme');
    const admin = await inviteAndAccept(t, acme.id, { email: 'admin@example.com', role: 'administrator' });
    const inviteByAdmin = await t.call(
      'POST',
      invitationsPath(acme.id),
      { email: 'c@example.com', role: 'consultant' },
      as(admin.cookie),
    );
    expect(inviteByAdmin.status).toBe(201);
    await t.call('POST', invitationsPath(acme.id), { email: 'bad', role: 'executive' }, as(admin.cookie));

    const at = `${TODAY}T12:00:00Z`;
    expect(await t.storage.audit.list()).toEqual([
      { at, accountId: ownerId, action: 'account.create-owner', target: ownerId },
      { at, accountId: ownerId, action: 'organization.create', target: acme.id },
      { at, accountId: ownerId, action: 'user.invite:administrator', target: acme.id },
      { at, accountId: admin.accountId, action: 'user.accept:administrator', target: acme.id },
      { at, accountId: admin.accountId, action: 'user.invite:consultant', target: acme.id },
    ]);
  });
});
