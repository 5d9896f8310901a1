// What the store holds (every file of the data directory, or every row of the schema) about sessions and invitations: only hashes of their tokens, so a copy of
// the data signs nobody in and accepts no invitation.

import { afterEach, describe, expect, it } from 'vitest';
import { hashToken } from '../../../server/security/passwords';
import { accept, createOrganization, invite, signIn } from '../../fixtures/accounts';
import { OWNER, startTestApp, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

const tokenOf = (cookie: string) => cookie.slice('gw_session='.length);

describe('stored secrets', () => {
  it('stores session and invitation tokens only as their hashes, and no password in clear', async () => {
    t = await startTestApp();
    const organization = await createOrganization(t, 'Acme');
    const pending = await invite(t, organization.id, { email: 'pending@example.com', role: 'executive' });
    const used = await invite(t, organization.id, { email: 'used@example.com', role: 'consultant' });
    const password = 'the invitee password';
    const accepted = await accept(t, used, { name: 'Used', password });
    const login = await signIn(t, OWNER.email, OWNER.password);
    const sessions = [t.ownerCookie, accepted.cookie!, login.cookie!].map(tokenOf);

    const stored = await t.store.dump();
    for (const secret of [...sessions, pending, used, OWNER.password, password]) {
      expect(stored).not.toContain(secret);
    }
    // The hashes are what is kept, so the search above looked in the right place.
    for (const token of [...sessions, pending, used]) expect(stored).toContain(hashToken(token));
  });

  it('keeps no token in clear after a sign-out or a password change either', async () => {
    t = await startTestApp();
    const other = (await signIn(t, OWNER.email, OWNER.password)).cookie!;
    const changed = await t.call('POST', '/api/account/password', {
      currentPassword: OWNER.password,
      newPassword: 'another long password',
    });
    expect(changed.status).toBe(204);
    await t.call('DELETE', '/api/session');
    const stored = await t.store.dump();
    for (const secret of [tokenOf(t.ownerCookie), tokenOf(other), 'another long password']) {
      expect(stored).not.toContain(secret);
    }
    expect(stored).not.toContain(hashToken(tokenOf(other)));
    expect(stored).not.toContain(hashToken(tokenOf(t.ownerCookie)));
  });
});
