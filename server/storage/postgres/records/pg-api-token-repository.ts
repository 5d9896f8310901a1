// Personal API tokens in PostgreSQL: the token as its document beside its account and hash. Adding one
// holds a lock on its account for the transaction, so two made at once on two instances see each other.

import type { ApiToken } from '../../../domain/access/api-token';
import type { ApiTokenRepository } from '../../api-token-repository';
import { lockKeySql, type PgDatabase } from '../pg-database';
import {
  changeDocument,
  insertDocument,
  readDocument,
  readDocuments,
  type DocumentTable,
} from './document-rows';

export const API_TOKENS: DocumentTable<ApiToken> = {
  name: 'api_tokens',
  key: 'id',
  columns: (t) => ({ id: t.id, account_id: t.accountId, token_hash: t.tokenHash }),
};

const BY_ACCOUNT = 'SELECT doc FROM api_tokens WHERE account_id = $1 ORDER BY seq';

export function createPgApiTokenRepository(db: PgDatabase): ApiTokenRepository {
  return {
    add: (accountId, make) =>
      db.transaction(async (tx) => {
        // Row locks cannot cover a token not stored yet; an advisory lock on the account covers them all.
        await tx.query(`SELECT pg_advisory_xact_lock(${lockKeySql('$1')})`, [`api-tokens:${accountId}`]);
        const token = make(await readDocuments<ApiToken>(tx, BY_ACCOUNT, [accountId]));
        if (token.accountId !== accountId) throw new Error('A token is added to its own account only');
        return insertDocument(tx, API_TOKENS, token);
      }),
    get: (id) => readDocument(db, 'SELECT doc FROM api_tokens WHERE id = $1', [id]),
    findByTokenHash: (tokenHash) =>
      readDocument(db, 'SELECT doc FROM api_tokens WHERE token_hash = $1', [tokenHash]),
    listByAccount: (accountId) => readDocuments(db, BY_ACCOUNT, [accountId]),
    update: (id, change) => db.transaction((tx) => changeDocument(tx, API_TOKENS, id, change)),
  };
}
