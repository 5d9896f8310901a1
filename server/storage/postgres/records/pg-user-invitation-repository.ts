// Role invitations in PostgreSQL: the invitation as its document, keyed by its token's hash, beside the
// columns its slot (organization, address, role) and its use are found by.

import { isInvitationLive } from '../../../domain/access/user-invitation';
import type { UserInvitation, UserInvitationRepository } from '../../user-invitation-repository';
import { lockKeySql, type PgDatabase } from '../pg-database';
import {
  changeDocument,
  insertDocument,
  lockDocument,
  readDocument,
  readDocuments,
  writeDocument,
  type DocumentTable,
} from './document-rows';

/**
 * Invitations stored before they had ids are named by the start of their token's hash, as in the embedded
 * store (a copy of its data may hold some): stable, and no help to anyone holding it.
 */
const withId = (i: UserInvitation): UserInvitation =>
  (i.id as string | undefined) ? i : { ...i, id: `legacy-${i.tokenHash.slice(0, 16)}` };

export const USER_INVITATIONS: DocumentTable<UserInvitation> = {
  name: 'user_invitations',
  key: 'token_hash',
  columns: (i) => ({
    token_hash: i.tokenHash,
    id: withId(i).id,
    organization_id: i.grant.organizationId,
    email: i.email,
    role: i.grant.role,
    used_on: i.usedOn,
  }),
};

export function createPgUserInvitationRepository(db: PgDatabase): UserInvitationRepository {
  return {
    create: (invitation) =>
      db.transaction(async (tx) => {
        // Two invitations for one slot made at once on two instances: the second waits here, then replaces
        // the first, so one link at most stays live per slot.
        const slot = JSON.stringify([
          invitation.grant.organizationId,
          invitation.email,
          invitation.grant.role,
        ]);
        await tx.query(`SELECT pg_advisory_xact_lock(${lockKeySql('$1')})`, [`user-invitation-slot:${slot}`]);
        const { rowCount } = await tx.query(
          `DELETE FROM user_invitations
           WHERE organization_id = $1 AND email = $2 AND role = $3 AND used_on IS NULL`,
          [invitation.grant.organizationId, invitation.email, invitation.grant.role],
        );
        await insertDocument(tx, USER_INVITATIONS, invitation);
        return rowCount ?? 0;
      }),
    async findByTokenHash(tokenHash) {
      const found = await readDocument<UserInvitation>(
        db,
        'SELECT doc FROM user_invitations WHERE token_hash = $1',
        [tokenHash],
      );
      return found && withId(found);
    },
    update: (tokenHash, change) =>
      db.transaction(async (tx) => withId(await changeDocument(tx, USER_INVITATIONS, tokenHash, change))),
    spend: (tokenHash, usedOn, now) =>
      db.transaction(async (tx) => {
        // The row lock makes a second spend wait, then read the first one's usedOn: one of them wins.
        const current = await lockDocument(tx, USER_INVITATIONS, tokenHash);
        if (current === undefined || !isInvitationLive(current, now)) return undefined;
        return withId(await writeDocument(tx, USER_INVITATIONS, tokenHash, { ...current, usedOn }));
      }),
    async revoke(organizationId, id) {
      const found = await readDocument<UserInvitation>(
        db,
        `DELETE FROM user_invitations
         WHERE organization_id = $1 AND id = $2 AND used_on IS NULL RETURNING doc`,
        [organizationId, id],
      );
      return found && withId(found);
    },
    async listByOrganization(organizationId) {
      const found = await readDocuments<UserInvitation>(
        db,
        'SELECT doc FROM user_invitations WHERE organization_id = $1 ORDER BY seq',
        [organizationId],
      );
      return found.map(withId);
    },
  };
}
