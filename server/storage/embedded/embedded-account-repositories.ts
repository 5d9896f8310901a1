// Accounts, sessions and user invitations in the lowdb records file: few, small and mutable. Every change
// goes through RecordsFile.change, applied to the stored record as it is at that moment.

import type { AccountRepository } from '../account-repository';
import type { SessionRepository } from '../session-repository';
import type { UserInvitation, UserInvitationRepository } from '../user-invitation-repository';
import { isInvitationLive, sameSlot } from '../../domain/access/user-invitation';
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
    async findByPasswordResetHash(tokenHash) {
      return copy(db.data.accounts.find((a) => a.passwordReset?.tokenHash === tokenHash));
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

/**
 * Invitations stored before they had ids are named by the start of their token's hash: stable, and no
 * help to anyone holding it, since the hash of a 256-bit token gives the token away no more than in part.
 */
const withId = (i: UserInvitation): UserInvitation =>
  (i.id as string | undefined) ? i : { ...i, id: `legacy-${i.tokenHash.slice(0, 16)}` };

export function createEmbeddedUserInvitationRepository(db: RecordsFile): UserInvitationRepository {
  return {
    create: (invitation) =>
      db.change((data) => {
        const before = data.userInvitations.length;
        data.userInvitations = data.userInvitations.filter(
          (i) => i.usedOn !== null || !sameSlot(i, invitation),
        );
        const replaced = before - data.userInvitations.length;
        data.userInvitations.push(structuredClone(invitation));
        return replaced;
      }),
    async findByTokenHash(tokenHash) {
      const found = db.data.userInvitations.find((i) => i.tokenHash === tokenHash);
      return found && structuredClone(withId(found));
    },
    update: (tokenHash, change) =>
      db.change((data) =>
        withId(
          structuredClone(replaceRecord(data.userInvitations, (i) => i.tokenHash === tokenHash, change)),
        ),
      ),
    spend: (tokenHash, usedOn, now) =>
      db.change((data) => {
        const index = data.userInvitations.findIndex((i) => i.tokenHash === tokenHash);
        const current = data.userInvitations[index];
        if (!current || !isInvitationLive(current, now)) return undefined;
        const spent = { ...structuredClone(current), usedOn };
        data.userInvitations[index] = spent;
        return structuredClone(withId(spent));
      }),
    revoke: (organizationId, id) =>
      db.change((data) => {
        const index = data.userInvitations.findIndex(
          (i) => i.grant.organizationId === organizationId && i.usedOn === null && withId(i).id === id,
        );
        if (index === -1) return undefined;
        const [removed] = data.userInvitations.splice(index, 1);
        return structuredClone(withId(removed!));
      }),
    async listByOrganization(organizationId) {
      return structuredClone(
        db.data.userInvitations.filter((i) => i.grant.organizationId === organizationId).map(withId),
      );
    },
  };
}
