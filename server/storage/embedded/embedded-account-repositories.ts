// Accounts, sessions and user invitations in the lowdb records file: few, small and mutable.

import type { AccountRepository } from '../account-repository';
import type { SessionRepository } from '../session-repository';
import type { UserInvitationRepository } from '../user-invitation-repository';
import type { RecordsFile } from './records-file';

const copy = <T>(x: T | undefined): T | undefined => (x === undefined ? undefined : structuredClone(x));

export function createEmbeddedAccountRepository(db: RecordsFile): AccountRepository {
  return {
    async create(account) {
      db.data.accounts.push(structuredClone(account));
      await db.write();
    },
    async get(id) {
      return copy(db.data.accounts.find((a) => a.id === id));
    },
    async findByEmail(email) {
      return copy(db.data.accounts.find((a) => a.email === email));
    },
    async list() {
      return structuredClone(db.data.accounts);
    },
    async update(account) {
      const index = db.data.accounts.findIndex((a) => a.id === account.id);
      if (index === -1) throw new Error(`No account ${account.id} to update`);
      db.data.accounts[index] = structuredClone(account);
      await db.write();
    },
  };
}

export function createEmbeddedSessionRepository(db: RecordsFile): SessionRepository {
  return {
    async create(session) {
      db.data.sessions.push({ ...session });
      await db.write();
    },
    async find(tokenHash) {
      return copy(db.data.sessions.find((s) => s.tokenHash === tokenHash));
    },
    async delete(tokenHash) {
      db.data.sessions = db.data.sessions.filter((s) => s.tokenHash !== tokenHash);
      await db.write();
    },
    async deleteForAccount(accountId, except) {
      db.data.sessions = db.data.sessions.filter((s) => s.accountId !== accountId || s.tokenHash === except);
      await db.write();
    },
  };
}

export function createEmbeddedUserInvitationRepository(db: RecordsFile): UserInvitationRepository {
  return {
    async create(invitation) {
      db.data.userInvitations.push(structuredClone(invitation));
      await db.write();
    },
    async findByTokenHash(tokenHash) {
      return copy(db.data.userInvitations.find((i) => i.tokenHash === tokenHash));
    },
    async update(invitation) {
      const index = db.data.userInvitations.findIndex((i) => i.tokenHash === invitation.tokenHash);
      if (index === -1) throw new Error('No such invitation to update');
      db.data.userInvitations[index] = structuredClone(invitation);
      await db.write();
    },
    async listByOrganization(organizationId) {
      return structuredClone(
        db.data.userInvitations.filter((i) => i.grant.organizationId === organizationId),
      );
    },
  };
}
