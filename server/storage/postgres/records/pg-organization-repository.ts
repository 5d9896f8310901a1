// Organizations in PostgreSQL: one row each, the organization as its document.

import type { Organization } from '../../../domain/campaigns/organization';
import type { Account } from '../../../domain/access/account';
import type { OrganizationRepository } from '../../organization-repository';
import type { PgDatabase } from '../pg-database';
import { ACCOUNTS } from './pg-account-repository';
import {
  changeDocument,
  insertDocument,
  readDocument,
  readDocuments,
  type DocumentTable,
} from './document-rows';

export const ORGANIZATIONS: DocumentTable<Organization> = {
  name: 'organizations',
  key: 'id',
  columns: (o) => ({ id: o.id }),
};

export function createPgOrganizationRepository(db: PgDatabase): OrganizationRepository {
  return {
    async create(organization) {
      await insertDocument(db, ORGANIZATIONS, organization);
    },
    get: (id) => readDocument(db, 'SELECT doc FROM organizations WHERE id = $1', [id]),
    list: () => readDocuments(db, 'SELECT doc FROM organizations ORDER BY seq'),
    update: (id, change) => db.transaction((tx) => changeDocument(tx, ORGANIZATIONS, id, change)),
    remove: (id) =>
      db.transaction(async (tx) => {
        const { rowCount } = await tx.query('DELETE FROM organizations WHERE id = $1', [id]);
        if (rowCount === 0) return false;
        // A role in an organization that is gone, or an invitation to one, would name nothing.
        await tx.query('DELETE FROM user_invitations WHERE organization_id = $1', [id]);
        const { rows } = await tx.query<{ id: string }>(
          'SELECT id FROM accounts WHERE grant_organization_ids @> ARRAY[$1::text] ORDER BY id FOR UPDATE',
          [id],
        );
        for (const { id: accountId } of rows) {
          await changeDocument(tx, ACCOUNTS, accountId, (a: Account) => ({
            ...a,
            grants: a.grants.filter((g) => g.organizationId !== id),
          }));
        }
        return true;
      }),
  };
}
