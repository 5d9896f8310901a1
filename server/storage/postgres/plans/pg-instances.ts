// Each opened PostgreSQL storage is an instance: a random id registered in `instances` and refreshed every
// few seconds while it runs, deleted at close. Whatever one instance holds on behalf of its process (a mailing
// run it is sending) is read as abandoned once its instance is gone, however many others run meanwhile.
// Times are the database's own (now()), so the instances' clocks need not agree.

import { randomUUID } from 'node:crypto';
import type { PgDatabase } from '../pg-database';

export const HEARTBEAT_MS = 5_000;
/** An instance not seen for this long is gone: six missed heartbeats, a stall no live process reaches. */
export const GONE_AFTER_SECONDS = 30;
/** Rows of instances gone for a day are deleted now and then (a crash leaves its row behind). */
const FORGET_AFTER = '1 day';

/**
 * SQL true when the instance whose id is in `column` is alive. `selfParam` names this instance's id so that an
 * instance never judges itself gone (a stalled heartbeat is no stop).
 */
export function liveInstanceCondition(column: string, selfParam: string): string {
  return `(${column} = ${selfParam} OR EXISTS (SELECT 1 FROM instances WHERE instances.id = ${column} AND instances.seen_at > now() - interval '${GONE_AFTER_SECONDS} seconds'))`;
}

export interface RegisteredInstance {
  id: string;
  close(): Promise<void>;
}

export async function registerInstance(
  db: PgDatabase,
  warn: (message: string) => void = () => undefined,
): Promise<RegisteredInstance> {
  const id = randomUUID();
  const beat = () =>
    db.query(
      `INSERT INTO instances (id, seen_at) VALUES ($1, now()) ON CONFLICT (id) DO UPDATE SET seen_at = now()`,
      [id],
    );
  await beat();
  await db.query(`DELETE FROM instances WHERE seen_at < now() - interval '${FORGET_AFTER}'`);
  let failing = false;
  let beating: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    beating = beat().then(
      () => (failing = false),
      (error: unknown) => {
        // Said once per outage: the heartbeat keeps trying, and the next success ends it.
        if (!failing) warn(`This instance could not tell the database it is alive: ${String(error)}`);
        failing = true;
      },
    );
  }, HEARTBEAT_MS);
  timer.unref();
  return {
    id,
    async close() {
      clearInterval(timer);
      await beating;
      await db.query('DELETE FROM instances WHERE id = $1', [id]);
    },
  };
}
