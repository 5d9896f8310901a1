import type { ApiToken } from '../domain/access/api-token';

/** Personal API tokens, kept as hashes; revoked ones stay, so a later use of one is recognised. */
export interface ApiTokenRepository {
  /**
   * Stores the token `make` answers from the account's tokens as stored at that moment, so two tokens made
   * at once are both counted against the account's limit and names. `make` throws to refuse, storing nothing.
   */
  add(accountId: string, make: (current: ApiToken[]) => ApiToken): Promise<ApiToken>;
  get(id: string): Promise<ApiToken | undefined>;
  findByTokenHash(tokenHash: string): Promise<ApiToken | undefined>;
  /** Every token of the account, revoked ones included. */
  listByAccount(accountId: string): Promise<ApiToken[]>;
  /** Replaces the token by `change(current)`, applied to it as stored at that moment. */
  update(id: string, change: (current: ApiToken) => ApiToken): Promise<ApiToken>;
}
