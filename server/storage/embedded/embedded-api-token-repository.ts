// Personal API tokens in the lowdb records file. Every change goes through RecordsFile.change, applied to
// the tokens as stored at that moment.

import type { ApiTokenRepository } from '../api-token-repository';
import type { RecordsFile } from './records-file';
import { replaceRecord } from './replace-record';

const copy = <T>(x: T | undefined): T | undefined => (x === undefined ? undefined : structuredClone(x));

export function createEmbeddedApiTokenRepository(db: RecordsFile): ApiTokenRepository {
  return {
    add: (accountId, make) =>
      db.change((data) => {
        const token = structuredClone(
          make(structuredClone(data.apiTokens.filter((t) => t.accountId === accountId))),
        );
        if (token.accountId !== accountId) throw new Error('A token is added to its own account only');
        data.apiTokens.push(token);
        return structuredClone(token);
      }),
    async get(id) {
      return copy(db.data.apiTokens.find((t) => t.id === id));
    },
    async findByTokenHash(tokenHash) {
      return copy(db.data.apiTokens.find((t) => t.tokenHash === tokenHash));
    },
    async listByAccount(accountId) {
      return structuredClone(db.data.apiTokens.filter((t) => t.accountId === accountId));
    },
    update: (id, change) =>
      db.change((data) => structuredClone(replaceRecord(data.apiTokens, (t) => t.id === id, change))),
  };
}
