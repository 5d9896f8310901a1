/** A signed-in session. Only the hash of its token is stored, so a copy of the data signs nobody in. */
export interface Session {
  tokenHash: string;
  accountId: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

export interface SessionRepository {
  create(session: Session): Promise<void>;
  find(tokenHash: string): Promise<Session | undefined>;
  delete(tokenHash: string): Promise<void>;
  /** Signs an account out everywhere, as after a password change. */
  deleteForAccount(accountId: string, except?: string): Promise<void>;
}
