import type { Account } from '../domain/account';

/** Accounts of people who sign in. */
export interface AccountRepository {
  create(account: Account): Promise<void>;
  get(id: string): Promise<Account | undefined>;
  findByEmail(email: string): Promise<Account | undefined>;
  list(): Promise<Account[]>;
  update(account: Account): Promise<void>;
}
