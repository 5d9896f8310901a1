// The storage used when DATABASE_URL is set: every repository in one PostgreSQL database (one schema of it),
// shared by as many server instances as run against it. Migrations are applied first, under a lock.

import type { Storage } from '../storage';
import { isUpToDate, migrate, migrationState } from './migrations';
import { createPgExclusiveHolds } from './pg-exclusive-holds';
import { createPgLimitCounters } from './pg-limit-counters';
import { openPgDatabase, type PgDatabase } from './pg-database';
import { openPgPlanParts } from './pg-plan-parts';
import { pgRecordParts } from './pg-record-parts';
import { openPgResponseParts } from './pg-response-parts';
import { createPgChatRepository } from './records/pg-chat-repository';

export interface PostgresOptions {
  url: string;
  /** The schema holding this installation's tables; `public` by default. */
  schema?: string;
  /** Connections in this instance's pool. */
  poolSize?: number;
}

export async function openPostgresStorage(
  { url, schema, poolSize }: PostgresOptions,
  warn: (message: string) => void,
): Promise<Storage & { database: PgDatabase }> {
  const db = openPgDatabase(url, { schema, max: poolSize });
  try {
    await migrate(db);
    const records = pgRecordParts(db);
    const plans = await openPgPlanParts(db, warn);
    const responses = await openPgResponseParts(db, warn);
    const holds = createPgExclusiveHolds(db, warn);
    let closing: Promise<void> | undefined;
    return {
      ...records,
      ...plans,
      ...responses,
      chats: createPgChatRepository(db),
      limits: createPgLimitCounters(db, warn),
      holds,
      health: async () => {
        // The reasons name no host, user or error text: the ready check answers anyone who asks.
        let state;
        try {
          state = await withinReadyTime(migrationState(db));
        } catch {
          return { ready: false, reason: 'The database cannot be reached.' };
        }
        return isUpToDate(state)
          ? { ready: true }
          : { ready: false, reason: 'The database lacks migrations this version needs.' };
      },
      database: db,
      // Once, however often asked: a second close waits for the first.
      close: () =>
        (closing ??= (async () => {
          await holds.close();
          await responses.close();
          await plans.close();
          await db.close();
        })()),
    };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

/** A load balancer asks often and waits little: a database that takes longer than this is not ready. */
const READY_WITHIN_MS = 2_000;

function withinReadyTime<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('not ready in time')), READY_WITHIN_MS);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
