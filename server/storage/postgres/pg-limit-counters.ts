// The limit counts in PostgreSQL, so that every instance spends from one budget. A hit is one upsert that
// either counts in the running window or starts a new one, answered by RETURNING: concurrent hits from any
// instance are serialised by the row, never lost. Finished windows and forgotten attempts are deleted now and
// then by whichever instance happens to look, in the background.

import type { SignInAttempts } from '../../domain/access/sign-in-delay';
import type { LimitCounters } from '../limit-counters';
import { lockKeySql, type PgDatabase } from './pg-database';

/** How often one instance sweeps out what has run out. */
const SWEEP_EVERY_MS = 60_000;

const HIT = `
INSERT INTO limit_windows AS w (scope, key, window_start, window_ms, count) VALUES ($1, $2, $3, $4, 1)
ON CONFLICT (scope, key) DO UPDATE SET
  window_start = CASE WHEN $3 - w.window_start >= w.window_ms THEN $3 ELSE w.window_start END,
  count = CASE WHEN $3 - w.window_start >= w.window_ms THEN 1 ELSE w.count + 1 END,
  window_ms = CASE WHEN $3 - w.window_start >= w.window_ms THEN $4 ELSE w.window_ms END
RETURNING count, window_start`;

const PEEK = `
SELECT count, window_start FROM limit_windows
WHERE scope = $1 AND key = $2 AND $3 - window_start < window_ms`;

export function createPgLimitCounters(
  db: PgDatabase,
  warn: (message: string) => void,
): LimitCounters & { sweep(now: number): Promise<void> } {
  let lastSweep = 0;
  async function sweep(now: number) {
    await db.query('DELETE FROM limit_windows WHERE window_start + window_ms <= $1', [now]);
    await db.query('DELETE FROM sign_in_attempts WHERE forget_at <= $1', [now]);
  }
  const sweepNowAndThen = (now: number) => {
    if (now - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = now;
    sweep(now).catch((error: unknown) => warn(`Could not sweep the limit counts: ${String(error)}`));
  };
  return {
    sweep,
    async hit(scope, key, windowMs, now) {
      sweepNowAndThen(now);
      const { rows } = await db.query<{ count: number; window_start: string }>(HIT, [
        scope,
        key,
        now,
        windowMs,
      ]);
      return { count: rows[0]!.count, windowStart: Number(rows[0]!.window_start) };
    },
    async peek(scope, key, _windowMs, now) {
      const { rows } = await db.query<{ count: number; window_start: string }>(PEEK, [scope, key, now]);
      const row = rows[0];
      return row
        ? { count: row.count, windowStart: Number(row.window_start) }
        : { count: 0, windowStart: now };
    },
    async changeAttempts(key, forgetAfterMs, now, change) {
      sweepNowAndThen(now);
      return db.transaction(async (tx) => {
        // A lock on the key rather than on its row: the row may not exist yet, and two first attempts at
        // once must still be counted one after the other.
        await tx.query(`SELECT pg_advisory_xact_lock(${lockKeySql('$1')})`, [`sign-in:${key}`]);
        const { rows } = await tx.query<{ count: number; last_at: string }>(
          'SELECT count, last_at FROM sign_in_attempts WHERE key = $1 AND forget_at > $2',
          [key, now],
        );
        const current: SignInAttempts | undefined = rows[0]
          ? { count: rows[0].count, lastAt: Number(rows[0].last_at) }
          : undefined;
        const { next, result } = change(current);
        if (next === null) await tx.query('DELETE FROM sign_in_attempts WHERE key = $1', [key]);
        else if (next !== undefined) {
          await tx.query(
            `INSERT INTO sign_in_attempts (key, count, last_at, forget_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (key) DO UPDATE SET count = $2, last_at = $3, forget_at = $4`,
            [key, next.count, next.lastAt, next.lastAt + forgetAfterMs],
          );
        }
        return result;
      });
    },
  };
}
