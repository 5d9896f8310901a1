// Accounts in PostgreSQL: the account as its document, beside the columns it is found by (email, the hash
// of its password-reset link) and the organizations it holds roles in (so deleting one finds its grants).

import type { Account } from '../../../domain/access/account';
import type { AccountRepository } from '../../account-repository';
import type { PgDatabase } from '../pg-database';
import {
  changeDocument,
  insertDocument,
  readDocument,
  readDocuments,
  type DocumentTable,
} from './document-rows';

export const ACCOUNTS: DocumentTable<Account> = {
  name: 'accounts',
  key: 'id',
  columns: (a) => ({
    id: a.id,
    email: a.email,
    password_reset_hash: a.passwordReset?.tokenHash ?? null,
    grant_organization_ids: [...new Set(a.grants.map((g) => g.organizationId))],
  }),
};

export function createPgAccountRepository(db: PgDatabase): AccountRepository {
  // The first stored wins where two match, as in the embedded store's list.
  const first = (where: string, value: string) =>
    readDocument<Account>(db, `SELECT doc FROM accounts WHERE ${where} = $1 ORDER BY seq LIMIT 1`, [value]);
  return {
    async create(account) {
      await insertDocument(db, ACCOUNTS, account);
    },
    get: (id) => first('id', id),
    // Exactly as written, as the embedded store compares: the routes normalise an address before asking.
    findByEmail: (email) => first('email', email),
    findByPasswordResetHash: (tokenHash) => first('password_reset_hash', tokenHash),
    list: () => readDocuments(db, 'SELECT doc FROM accounts ORDER BY seq'),
    update: (id, change) => db.transaction((tx) => changeDocument(tx, ACCOUNTS, id, change)),
  };
}
