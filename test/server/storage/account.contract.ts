// The accounts, sessions and role-invitations part of the storage contract: run by runStorageContract for
// every implementation.

import { describe, expect, it } from 'vitest';
import type { Account } from '../../../server/domain/access/account';
import { issueReset } from '../../../server/domain/access/password-reset';
import type { UserInvitation } from '../../../server/storage/user-invitation-repository';
import type { StorageUnderTest } from './repository.contract';

const NOW = Date.parse('2026-03-02T12:00:00Z');
const DAY = 86_400_000;

function account(id: string, overrides: Partial<Account> = {}): Account {
  return {
    id,
    email: `${id}@example.com`,
    name: `Person ${id}`,
    passwordHash: `hash-of-${id}`,
    isOwner: false,
    grants: [],
    createdOn: '2026-03-01',
    ...overrides,
  };
}

function invitation(id: string, overrides: Partial<UserInvitation> = {}): UserInvitation {
  return {
    id,
    tokenHash: `token-hash-${id}`,
    email: 'pat@example.com',
    grant: { organizationId: 'org-1', role: 'executive', departmentIds: [] },
    invitedBy: 'owner',
    createdOn: '2026-03-01',
    expiresAt: NOW + 14 * DAY,
    usedOn: null,
    ...overrides,
  };
}

export function accountContract(open: () => Promise<StorageUnderTest>): void {
  describe('accounts', () => {
    it('finds an account by its password-reset link’s hash, and nobody by another', async () => {
      const { storage, reopen } = await open();
      const reset = issueReset('reset-hash', NOW, 'email');
      await storage.accounts.create(account('a-1'));
      await storage.accounts.create(account('a-2', { passwordReset: reset }));
      expect(await storage.accounts.findByPasswordResetHash('reset-hash')).toEqual(
        account('a-2', { passwordReset: reset }),
      );
      expect(await storage.accounts.findByPasswordResetHash('other-hash')).toBeUndefined();
      const reopened = await reopen();
      expect((await reopened.accounts.findByPasswordResetHash('reset-hash'))?.id).toBe('a-2');
    });
  });

  describe('sessions', () => {
    it('ends every session of an account, or all but one, and no one else’s', async () => {
      const { storage } = await open();
      for (const [tokenHash, accountId] of [
        ['s-1', 'a-1'],
        ['s-2', 'a-1'],
        ['s-3', 'a-1'],
        ['s-4', 'a-2'],
      ]) {
        await storage.sessions.create({ tokenHash: tokenHash!, accountId: accountId!, expiresAt: NOW + DAY });
      }
      await storage.sessions.deleteForAccount('a-1', 's-2');
      expect(await storage.sessions.find('s-1')).toBeUndefined();
      expect(await storage.sessions.find('s-2')).toBeDefined();
      await storage.sessions.deleteForAccount('a-1');
      expect(await storage.sessions.find('s-2')).toBeUndefined();
      expect(await storage.sessions.find('s-4')).toBeDefined();
    });
  });

  describe('role invitations', () => {
    it('replaces unused invitations for the same address and role there, keeping every other', async () => {
      const { storage, reopen } = await open();
      const kept = [
        invitation('used', { usedOn: '2026-03-01' }),
        invitation('other-role', {
          grant: { organizationId: 'org-1', role: 'consultant', departmentIds: [] },
        }),
        invitation('other-address', { email: 'sam@example.com' }),
        invitation('elsewhere', { grant: { organizationId: 'org-2', role: 'executive', departmentIds: [] } }),
      ];
      for (const i of kept) expect(await storage.userInvitations.create(i)).toBe(0);
      expect(await storage.userInvitations.create(invitation('first'))).toBe(0);
      expect(await storage.userInvitations.create(invitation('second'))).toBe(1);
      const ids = async (s = storage) =>
        [
          ...(await s.userInvitations.listByOrganization('org-1')),
          ...(await s.userInvitations.listByOrganization('org-2')),
        ].map((i) => i.id);
      expect((await ids()).sort()).toEqual(['elsewhere', 'other-address', 'other-role', 'second', 'used']);
      expect(await storage.userInvitations.findByTokenHash('token-hash-first')).toBeUndefined();
      expect((await ids(await reopen())).sort()).toEqual([
        'elsewhere',
        'other-address',
        'other-role',
        'second',
        'used',
      ]);
    });

    it('spends a live invitation once, and neither a used nor an expired one', async () => {
      const { storage } = await open();
      await storage.userInvitations.create(invitation('live'));
      await storage.userInvitations.create(invitation('late', { email: 'late@example.com', expiresAt: NOW }));
      const spent = await Promise.all([
        storage.userInvitations.spend('token-hash-live', '2026-03-02', NOW),
        storage.userInvitations.spend('token-hash-live', '2026-03-02', NOW),
      ]);
      expect(spent.filter((s) => s !== undefined)).toEqual([invitation('live', { usedOn: '2026-03-02' })]);
      expect(await storage.userInvitations.spend('token-hash-late', '2026-03-02', NOW)).toBeUndefined();
      expect(await storage.userInvitations.spend('token-hash-none', '2026-03-02', NOW)).toBeUndefined();
      expect((await storage.userInvitations.findByTokenHash('token-hash-late'))?.usedOn).toBeNull();
    });

    it('revokes an unused invitation of its organization only, for good', async () => {
      const { storage, reopen } = await open();
      await storage.userInvitations.create(invitation('pending'));
      await storage.userInvitations.create(
        invitation('used', { email: 'sam@example.com', usedOn: '2026-03-01' }),
      );
      expect(await storage.userInvitations.revoke('org-2', 'pending')).toBeUndefined();
      expect(await storage.userInvitations.revoke('org-1', 'used')).toBeUndefined();
      expect(await storage.userInvitations.revoke('org-1', 'pending')).toEqual(invitation('pending'));
      expect(await storage.userInvitations.revoke('org-1', 'pending')).toBeUndefined();
      const reopened = await reopen();
      expect((await reopened.userInvitations.listByOrganization('org-1')).map((i) => i.id)).toEqual(['used']);
      expect(await reopened.userInvitations.findByTokenHash('token-hash-pending')).toBeUndefined();
    });
  });
}
