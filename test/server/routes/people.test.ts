import { afterEach, describe, expect, it } from 'vitest';
import {
  accept,
  ANONYMOUS,
  as,
  createOrganization,
  invite,
  inviteAndAccept,
  signIn,
} from '../../fixtures/accounts';
import {
  expectProblem,
  FAST_PASSWORDS,
  OWNER,
  startTestApp,
  TODAY,
  type TestApp,
} from '../../fixtures/test-app';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

const usersOf = (organizationId: string, cookie = t.ownerCookie) =>
  t.call('GET', `/api/organizations/${organizationId}/users`, undefined, as(cookie));
const pendingOf = async (organizationId: string) => (await usersOf(organizationId)).body.pending;
const offer = (token: string) => t.call('GET', `/api/invitations/${token}`, undefined, ANONYMOUS);
const personPath = (organizationId: string, accountId: string) =>
  `/api/organizations/${organizationId}/users/${accountId}`;
const lastAudit = async () => (await t.storage.audit.list()).at(-1);

describe('inviting the same address again', () => {
  it('replaces the earlier invitation for that role: one row, and only the newer link works', async () => {
    t = await startTestApp();
    const acme = await createOrganization(t, 'Acme');
    const first = await invite(t, acme.id, { email: 'pat@example.com', role: 'executive' });
    const second = await invite(t, acme.id, { email: ' PAT@example.com', role: 'executive' });
    expect(await pendingOf(acme.id)).toEqual([
      expect.objectContaining({
        email: 'pat@example.com',
        grant: expect.objectContaining({ role: 'executive' }),
      }),
    ]);
    expect(await t.storage.userInvitations.listByOrganization(acme.id)).toHaveLength(1);
    expect((await offer(first)).status).toBe(404);
    expect((await accept(t, first)).status).toBe(404);
    expect((await accept(t, second)).status).toBe(201);
  });

  it('keeps invitations for other roles, other addresses and other organizations beside it', async () => {
    t = await startTestApp();
    const acme = await createOrganization(t, 'Acme');
    const globex = await createOrganization(t, 'Globex', ['Support']);
    const asExecutive = await invite(t, acme.id, { email: 'pat@example.com', role: 'executive' });
    const asConsultant = await invite(t, acme.id, { email: 'pat@example.com', role: 'consultant' });
    const other = await invite(t, acme.id, { email: 'sam@example.com', role: 'executive' });
    const elsewhere = await invite(t, globex.id, { email: 'pat@example.com', role: 'executive' });
    for (const token of [asExecutive, asConsultant, other, elsewhere])
      expect((await offer(token)).status).toBe(200);
    expect(await pendingOf(acme.id)).toHaveLength(3);
  });

  it('leaves an accepted invitation on record and makes a new one beside it', async () => {
    t = await startTestApp();
    const acme = await createOrganization(t, 'Acme');
    await inviteAndAccept(t, acme.id, { email: 'pat@example.com', role: 'executive' });
    await invite(t, acme.id, { email: 'pat@example.com', role: 'executive' });
    const stored = await t.storage.userInvitations.listByOrganization(acme.id);
    expect(stored.map((i) => i.usedOn)).toEqual([TODAY, null]);
  });
});

describe('DELETE /api/organizations/:id/invitations/:invitationId', () => {
  it('revokes a pending invitation: its link stops working at once, and the revocation is audited', async () => {
    t = await startTestApp();
    const acme = await createOrganization(t, 'Acme');
    const admin = await inviteAndAccept(t, acme.id, { email: 'admin@example.com', role: 'administrator' });
    const token = await invite(t, acme.id, { email: 'pat@example.com', role: 'consultant' });
    const [pending] = await pendingOf(acme.id);
    const reply = await t.call(
      'DELETE',
      `/api/organizations/${acme.id}/invitations/${pending.id}`,
      undefined,
      as(admin.cookie),
    );
    expect(reply.status).toBe(204);
    expect(await pendingOf(acme.id)).toEqual([]);
    expectProblem(await offer(token), 404);
    expect((await accept(t, token)).status).toBe(404);
    expect(await t.storage.accounts.findByEmail('pat@example.com')).toBeUndefined();
    expect(await lastAudit()).toMatchObject({
      accountId: admin.accountId,
      action: 'user.revoke-invitation:consultant',
      target: acme.id,
    });
  });

  it('grants nothing when the invitation is revoked while its acceptance is hashing the password', async () => {
    let release = () => undefined as void;
    let hashing = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const entered = new Promise<void>((resolve) => (hashing = resolve));
    t = await startTestApp(
      undefined,
      {},
      {
        hashPassword: async (password) => {
          if (password === 'held up while hashing') {
            hashing();
            await gate;
          }
          return FAST_PASSWORDS.hashPassword(password);
        },
      },
    );
    const acme = await createOrganization(t, 'Acme');
    const token = await invite(t, acme.id, { email: 'pat@example.com', role: 'administrator' });
    const [pending] = await pendingOf(acme.id);
    const accepting = accept(t, token, { name: 'Pat', password: 'held up while hashing' });
    // The link was found live and the account is being made when the administrator revokes it.
    await entered;
    expect((await t.call('DELETE', `/api/organizations/${acme.id}/invitations/${pending.id}`)).status).toBe(
      204,
    );
    release();
    const accepted = await accepting;
    expectProblem(accepted, 404);
    expect(accepted.cookie).toBeNull();
    expect(await t.storage.accounts.findByEmail('pat@example.com')).toBeUndefined();
  });

  it('answers 404 for an accepted invitation, an unknown id, and one of another organization, changing nothing', async () => {
    t = await startTestApp();
    const acme = await createOrganization(t, 'Acme');
    const globex = await createOrganization(t, 'Globex', ['Support']);
    await inviteAndAccept(t, acme.id, { email: 'pat@example.com', role: 'executive' });
    const [used] = await t.storage.userInvitations.listByOrganization(acme.id);
    const token = await invite(t, globex.id, { email: 'sam@example.com', role: 'executive' });
    const [ofGlobex] = await pendingOf(globex.id);
    for (const [organizationId, id] of [
      [acme.id, used!.id],
      [acme.id, 'no-such-invitation'],
      [acme.id, ofGlobex.id],
    ]) {
      expectProblem(await t.call('DELETE', `/api/organizations/${organizationId}/invitations/${id}`), 404);
    }
    expect((await offer(token)).status).toBe(200);
    expect(await t.storage.userInvitations.listByOrganization(acme.id)).toEqual([used]);
  });
});

describe('DELETE /api/organizations/:id/users/:accountId/roles/:role', () => {
  it('takes the role away at once, from their session and their API tokens, and audits it', async () => {
    t = await startTestApp();
    const acme = await createOrganization(t, 'Acme');
    const consultant = await inviteAndAccept(t, acme.id, { email: 'c@example.com', role: 'consultant' });
    const made = await t.call('POST', '/api/account/tokens', { name: 'Script' }, as(consultant.cookie));
    expect(made.status).toBe(201);
    const byToken = { cookie: '', authorization: `Bearer ${made.body.token}` };
    expect((await t.call('GET', `/api/organizations/${acme.id}`, undefined, byToken)).status).toBe(200);

    const reply = await t.call('DELETE', `${personPath(acme.id, consultant.accountId)}/roles/consultant`);
    expect(reply.status).toBe(204);
    expectProblem(
      await t.call('GET', `/api/organizations/${acme.id}`, undefined, as(consultant.cookie)),
      404,
    );
    expectProblem(await t.call('GET', `/api/organizations/${acme.id}`, undefined, byToken), 404);
    expect((await usersOf(acme.id)).body.users).toEqual([]);
    expect(await lastAudit()).toMatchObject({
      action: 'user.remove-role:consultant',
      target: consultant.accountId,
    });
  });

  it('leaves their other roles, there and elsewhere, as they were', async () => {
    t = await startTestApp();
    const acme = await createOrganization(t, 'Acme');
    const globex = await createOrganization(t, 'Globex', ['Support']);
    const pat = await inviteAndAccept(t, acme.id, { email: 'pat@example.com', role: 'executive' });
    for (const [organizationId, role] of [
      [acme.id, 'consultant'],
      [globex.id, 'executive'],
    ] as const) {
      const token = await invite(t, organizationId, { email: 'pat@example.com', role });
      expect((await accept(t, token, { password: pat.password })).status).toBe(201);
    }
    expect((await t.call('DELETE', `${personPath(acme.id, pat.accountId)}/roles/executive`)).status).toBe(
      204,
    );
    expect((await t.storage.accounts.get(pat.accountId))!.grants).toEqual([
      { organizationId: acme.id, role: 'consultant', departmentIds: [] },
      { organizationId: globex.id, role: 'executive', departmentIds: [] },
    ]);
  });

  it('answers 404 for a role the person does not hold there, and for someone of another organization', async () => {
    t = await startTestApp();
    const acme = await createOrganization(t, 'Acme');
    const globex = await createOrganization(t, 'Globex', ['Support']);
    const pat = await inviteAndAccept(t, acme.id, { email: 'pat@example.com', role: 'executive' });
    const sam = await inviteAndAccept(t, globex.id, { email: 'sam@example.com', role: 'executive' });
    const auditBefore = (await t.storage.audit.list()).length;
    expectProblem(await t.call('DELETE', `${personPath(acme.id, pat.accountId)}/roles/consultant`), 404);
    expectProblem(await t.call('DELETE', `${personPath(acme.id, sam.accountId)}/roles/executive`), 404);
    expectProblem(await t.call('DELETE', `${personPath(acme.id, 'nobody')}/roles/executive`), 404);
    expectProblem(await t.call('DELETE', `${personPath(acme.id, pat.accountId)}/roles/owner`), 422);
    expect((await t.storage.accounts.get(pat.accountId))!.grants).toHaveLength(1);
    expect((await t.storage.accounts.get(sam.accountId))!.grants).toHaveLength(1);
    expect(await t.storage.audit.list()).toHaveLength(auditBefore);
  });

  it('never lets an administrator act on the owner, who keeps every role and session', async () => {
    t = await startTestApp();
    const acme = await createOrganization(t, 'Acme');
    const admin = await inviteAndAccept(t, acme.id, { email: 'admin@example.com', role: 'administrator' });
    // The owner holding a role in the organization as well, which makes them one of its people.
    const token = await invite(t, acme.id, { email: OWNER.email, role: 'executive' });
    expect((await accept(t, token, { password: OWNER.password })).status).toBe(201);
    const ownerId = (await t.call('GET', '/api/session')).body.accountId;
    const removal = await t.call(
      'DELETE',
      `${personPath(acme.id, ownerId)}/roles/executive`,
      undefined,
      as(admin.cookie),
    );
    expectProblem(removal, 403);
    expect(removal.body.code).toBe('people.owner-protected');
    const signOut = await t.call(
      'DELETE',
      `${personPath(acme.id, ownerId)}/sessions`,
      undefined,
      as(admin.cookie),
    );
    expect(signOut.body.code).toBe('people.owner-protected');
    expect((await t.storage.accounts.get(ownerId))!.grants).toHaveLength(1);
    expect((await t.call('GET', '/api/session')).status).toBe(200);
  });

  it('lets an administrator give up their own role, after which the organization is closed to them', async () => {
    t = await startTestApp();
    const acme = await createOrganization(t, 'Acme');
    const admin = await inviteAndAccept(t, acme.id, { email: 'admin@example.com', role: 'administrator' });
    const path = `${personPath(acme.id, admin.accountId)}/roles/administrator`;
    expect((await t.call('DELETE', path, undefined, as(admin.cookie))).status).toBe(204);
    expectProblem(await usersOf(acme.id, admin.cookie), 404);
  });
});

describe('DELETE /api/organizations/:id/users/:accountId/sessions', () => {
  it('signs the person out of every browser, leaving everyone else signed in, and audits it', async () => {
    t = await startTestApp();
    const acme = await createOrganization(t, 'Acme');
    const admin = await inviteAndAccept(t, acme.id, { email: 'admin@example.com', role: 'administrator' });
    const pat = await inviteAndAccept(t, acme.id, { email: 'pat@example.com', role: 'executive' });
    const elsewhere = (await signIn(t, pat.email, pat.password)).cookie!;
    const reply = await t.call(
      'DELETE',
      `${personPath(acme.id, pat.accountId)}/sessions`,
      undefined,
      as(admin.cookie),
    );
    expect(reply.status).toBe(204);
    for (const cookie of [pat.cookie, elsewhere]) {
      expectProblem(await t.call('GET', '/api/organizations', undefined, as(cookie)), 401);
    }
    expect((await t.call('GET', '/api/organizations', undefined, as(admin.cookie))).status).toBe(200);
    expect((await signIn(t, pat.email, pat.password)).status).toBe(200);
    expect(await lastAudit()).toMatchObject({
      accountId: admin.accountId,
      action: 'user.end-sessions',
      target: pat.accountId,
    });
  });

  it('answers 404 for someone with no role in the organization and signs nobody out', async () => {
    t = await startTestApp();
    const acme = await createOrganization(t, 'Acme');
    const globex = await createOrganization(t, 'Globex', ['Support']);
    const sam = await inviteAndAccept(t, globex.id, { email: 'sam@example.com', role: 'executive' });
    expectProblem(await t.call('DELETE', `${personPath(acme.id, sam.accountId)}/sessions`), 404);
    expect((await t.call('GET', '/api/session', undefined, as(sam.cookie))).status).toBe(200);
  });
});

describe('DELETE /api/account/sessions', () => {
  it('signs you out everywhere else and keeps this session', async () => {
    t = await startTestApp();
    const acme = await createOrganization(t, 'Acme');
    const pat = await inviteAndAccept(t, acme.id, { email: 'pat@example.com', role: 'executive' });
    const phone = (await signIn(t, pat.email, pat.password)).cookie!;
    const laptop = (await signIn(t, pat.email, pat.password)).cookie!;
    expect((await t.call('DELETE', '/api/account/sessions', undefined, as(laptop))).status).toBe(204);
    expectProblem(await t.call('GET', '/api/session', undefined, as(pat.cookie)), 401);
    expectProblem(await t.call('GET', '/api/session', undefined, as(phone)), 401);
    expect((await t.call('GET', '/api/session', undefined, as(laptop))).status).toBe(200);
    expect(await lastAudit()).toMatchObject({ action: 'account.end-other-sessions', target: pat.accountId });
  });

  it('refuses an API token, which needs no browser to be signed out', async () => {
    t = await startTestApp();
    const made = await t.call('POST', '/api/account/tokens', { name: 'Script' });
    const reply = await t.call('DELETE', '/api/account/sessions', undefined, {
      cookie: '',
      authorization: `Bearer ${made.body.token}`,
    });
    expectProblem(reply, 403);
    expect(reply.body.code).toBe('api-token.cookie-only');
    expect((await t.call('GET', '/api/session')).status).toBe(200);
  });
});
