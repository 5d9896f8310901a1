import type { Account } from '../domain/access/account';

/** Accounts of people who sign in. */
export interface AccountRepository {
  create(account: Account): Promise<void>;
  get(id: string): Promise<Account | undefined>;
  findByEmail(email: string): Promise<Account | undefined>;
  /** The account whose live or expired password-reset link has this token hash. */
  findByPasswordResetHash(tokenHash: string): Promise<Account | undefined>;
  list(): Promise<Account[]>;
  /**
   * Replaces the account by `change(current)`, applied to the account as stored at that moment, so a grant
   * or password saved meanwhile is never undone. Resolves with the stored result once it is durable.
   */
  update(id: string, change: (current: Account) => Account): Promise<Account>;
}
