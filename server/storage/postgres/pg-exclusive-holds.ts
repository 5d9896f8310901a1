// Holds across instances as PostgreSQL session-level advisory locks, each on a connection of its own kept
// for as long as the hold: if the instance dies, its connections close and the database ends the hold, so
// a crash never leaves a campaign's mailing held for ever. The connection is outside the pool: the scheduler
// starts every due campaign's mailing at once, and holds taking the pool's connections left none for the
// mailings' own work (nor any request), which then waited for ever.

import type { ExclusiveHolds } from '../exclusive-holds';
import { lockKeySql, type PgDatabase } from './pg-database';

export function createPgExclusiveHolds(
  db: PgDatabase,
  warn: (message: string) => void,
): ExclusiveHolds & { close(): Promise<void> } {
  /** The holds taken and not yet given back, each able to end itself: what closing the storage ends. */
  const open = new Set<() => Promise<void>>();
  return {
    // Closing the storage is this instance stopping: its holds end as a crash would end them, and whatever
    // they guard (a mailing) learns it lost them, so another instance, or this one restarted, may take them.
    async close() {
      await Promise.all([...open].map((end) => end()));
    },
    async tryHold(name) {
      // A look through the pool first, so that waiting for a hold (tried every few milliseconds) opens no
      // connection while another holds it: the try on the connection of its own below is what counts.
      const { rows: free } = await db.query<{ free: boolean }>(
        `SELECT NOT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 1 AND granted
           AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
           AND ((classid::bigint << 32) | objid::bigint) = ${lockKeySql('$1')}) AS free`,
        [`hold:${name}`],
      );
      if (free[0]?.free !== true) return null;
      const client = await db.openClient();
      let got = false;
      try {
        const { rows } = await client.query<{ got: boolean }>(
          `SELECT pg_try_advisory_lock(${lockKeySql('$1')}) AS got`,
          [`hold:${name}`],
        );
        got = rows[0]?.got === true;
      } finally {
        if (!got) await client.end().catch(() => undefined);
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
      const end = async () => {
        lost = true;
        open.delete(end);
        client.off('error', onError);
        await client.end().catch(() => undefined);
      };
      open.add(end);
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
            open.delete(end);
            client.off('error', onError);
            // Ending the connection ends the hold too, should the unlock have failed.
            await client.end().catch(() => undefined);
          }
        },
      };
    },
  };
}
