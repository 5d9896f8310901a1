// Where the PostgreSQL tests find a database: TEST_DATABASE_URL (.ci/run starts a throwaway cluster and sets
// it). Without one, the PostgreSQL suites are skipped with a warning on a developer's machine and fail under
// CI=true, where skipping would pass a run that tested nothing.

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgresStorage } from '../../server/storage/postgres/open-postgres-storage';
import type { Storage } from '../../server/storage/storage';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || null;

if (TEST_DATABASE_URL === null) {
  if (process.env.CI === 'true') {
    throw new Error(
      'TEST_DATABASE_URL is not set: under CI=true the PostgreSQL suites must run (.ci/run starts a cluster).',
    );
  }
  console.warn('[groundwork tests] TEST_DATABASE_URL is not set: the PostgreSQL suites are skipped.');
}

/** A fresh, empty schema in the test database: each storage under test gets its own, dropped at cleanup. */
export async function freshSchema(): Promise<{ schema: string; drop: () => Promise<void> }> {
  const schema = `gw_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL! });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await client.end();
  }
  return {
    schema,
    drop: async () => {
      const c = new pg.Client({ connectionString: TEST_DATABASE_URL! });
      await c.connect();
      try {
        await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await c.end();
      }
    },
  };
}

/** A PostgreSQL storage on a fresh schema, with the same reopen and cleanup as the embedded one. */
export async function openPostgresUnderTest(): Promise<{
  storage: Storage;
  schema: string;
  reopen: () => Promise<Storage>;
  cleanup: () => Promise<void>;
}> {
  const { schema, drop } = await freshSchema();
  const warn = (m: string) => console.warn(`[postgres test] ${m}`);
  let storage: Storage = await openPostgresStorage({ url: TEST_DATABASE_URL!, schema, poolSize: 4 }, warn);
  return {
    get storage() {
      return storage;
    },
    schema,
    reopen: async () => {
      await storage.close();
      storage = await openPostgresStorage({ url: TEST_DATABASE_URL!, schema, poolSize: 4 }, warn);
      return storage;
    },
    cleanup: async () => {
      await storage.close();
      await drop();
    },
  };
}
