// Accounts, sessions and user invitations in the lowdb records file: few, small and mutable. Every change
// goes through RecordsFile.change, applied to the stored record as it is at that moment.

import type { AccountRepository } from '../account-repository';
import type { SessionRepository } from '../session-repository';
import type { UserInvitationRepository } from '../user-invitation-repository';
import type { RecordsFile } from './records-file';
import { replaceRecord } from './replace-record';

const copy = <T>(x: T | undefined): T | undefined => (x === undefined ? undefined : structuredClone(x));

export function createEmbeddedAccountRepository(db: RecordsFile): AccountRepository {
  return {
    create: (account) =>
      db.change((data) => {
        data.accounts.push(structuredClone(account));
      }),
    async get(id) {
      return copy(db.data.accounts.find((a) => a.id === id));
    },
    async findByEmail(email) {
      return copy(db.data.accounts.find((a) => a.email === email));
    },
    async list() {
      return structuredClone(db.data.accounts);
    },
    update: (id, change) =>
      db.change((data) => structuredClone(replaceRecord(data.accounts, (a) => a.id === id, change))),
  };
}

export function createEmbeddedSessionRepository(db: RecordsFile): SessionRepository {
  return {
    create: (session) =>
      db.change((data) => {
        data.sessions.push({ ...session });
      }),
    async find(tokenHash) {
      return copy(db.data.sessions.find((s) => s.tokenHash === tokenHash));
    },
    delete: (tokenHash) =>
      db.change((data) => {
        data.sessions = data.sessions.filter((s) => s.tokenHash !== tokenHash);
      }),
    deleteForAccount: (accountId, except) =>
      db.change((data) => {
        data.sessions = data.sessions.filter((s) => s.accountId !== accountId || s.tokenHash === except);
      }),
  };
}

export function createEmbeddedUserInvitationRepository(db: RecordsFile): UserInvitationRepository {
  return {
    create: (invitation) =>
      db.change((data) => {
        data.userInvitations.push(structuredClone(invitation));
      }),
    async findByTokenHash(tokenHash) {
      return copy(db.data.userInvitations.find((i) => i.tokenHash === tokenHash));
    },
    update: (tokenHash, change) =>
      db.change((data) =>
        structuredClone(replaceRecord(data.userInvitations, (i) => i.tokenHash === tokenHash, change)),
      ),
    async listByOrganization(organizationId) {
      return structuredClone(
        db.data.userInvitations.filter((i) => i.grant.organizationId === organizationId),
      );
    },
  };
}
