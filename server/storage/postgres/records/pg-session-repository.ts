// Sessions in PostgreSQL: three columns, the token's hash the key. Every instance reads the same rows, so
// signing out on one ends the session on all of them.

import type { Session, SessionRepository } from '../../session-repository';
import type { PgDatabase } from '../pg-database';

interface SessionRow {
  token_hash: string;
  account_id: string;
  /** bigint, which pg hands out as a string so as to lose no digit; milliseconds fit a double. */
  expires_at: string;
}

const toSession = (r: SessionRow): Session => ({
  tokenHash: r.token_hash,
  accountId: r.account_id,
  expiresAt: Number(r.expires_at),
});

export function createPgSessionRepository(db: PgDatabase): SessionRepository {
  return {
    async create(session) {
      await db.query('INSERT INTO sessions (token_hash, account_id, expires_at) VALUES ($1, $2, $3)', [
        session.tokenHash,
        session.accountId,
        session.expiresAt,
      ]);
    },
    async find(tokenHash) {
      const { rows } = await db.query<SessionRow>(
        'SELECT token_hash, account_id, expires_at FROM sessions WHERE token_hash = $1',
        [tokenHash],
      );
      return rows[0] && toSession(rows[0]);
    },
    async delete(tokenHash) {
      await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
    },
    async deleteForAccount(accountId, except) {
      await db.query('DELETE FROM sessions WHERE account_id = $1 AND token_hash IS DISTINCT FROM $2', [
        accountId,
        except ?? null,
      ]);
    },
  };
}
