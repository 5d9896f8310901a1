// Holds across instances as PostgreSQL session-level advisory locks, each on a connection of its own kept
// for as long as the hold: if the instance dies, its connections close and the database ends the hold, so
// a crash never leaves a campaign's mailing held for ever.

import type { ExclusiveHolds } from '../exclusive-holds';
import { lockKeySql, type PgDatabase } from './pg-database';

export function createPgExclusiveHolds(db: PgDatabase, warn: (message: string) => void): ExclusiveHolds {
  return {
    async tryHold(name) {
      const client = await db.connect();
      let got = false;
      try {
        const { rows } = await client.query<{ got: boolean }>(
          `SELECT pg_try_advisory_lock(${lockKeySql('$1')}) AS got`,
          [`hold:${name}`],
        );
        got = rows[0]?.got === true;
      } finally {
        if (!got) client.release();
      }
      if (!got) return null;
      // A connection lost while held has lost the hold with it: say so, and never give it back to the pool.
      let lost = false;
      const onError = (error: Error) => {
        lost = true;
        warn(`The connection holding "${name}" failed; the hold ended with it: ${error.message}`);
      };
      client.on('error', onError);
      let released = false;
      return {
        lost: () => lost && !released,
        release: async () => {
          if (released) return;
          released = true;
          try {
            if (!lost) await client.query(`SELECT pg_advisory_unlock(${lockKeySql('$1')})`, [`hold:${name}`]);
          } catch {
            // Not unlocked: the connection is closed below, which ends the hold all the same.
            lost = true;
          } finally {
            client.off('error', onError);
            client.release(lost ? true : undefined);
          }
        },
      };
    },
  };
}
