// The storage used when DATABASE_URL is set: every repository in one PostgreSQL database (one schema of it),
// shared by as many server instances as run against it. Migrations are applied first, under a lock.

import type { Storage } from '../storage';
import { migrate } from './migrations';
import { openPgDatabase, type PgDatabase } from './pg-database';
import { openPgPlanParts } from './pg-plan-parts';
import { pgRecordParts } from './pg-record-parts';
import { openPgResponseParts } from './pg-response-parts';

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
    return {
      ...records,
      ...plans,
      ...responses,
      database: db,
      close: async () => {
        await responses.close();
        await plans.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}
