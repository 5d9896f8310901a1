// Where the PostgreSQL tests find a database: TEST_DATABASE_URL (.ci/run starts a throwaway cluster and sets
// it). Without one, the PostgreSQL suites are skipped with a warning on a developer's machine and fail under
// CI=true, where skipping would pass a run that tested nothing. Also what those suites share: fresh schemas,
// storages on one schema as several server instances, raw clients to read what the database holds, and
// cleanups run after each test.

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach } from 'vitest';
import { openPostgresStorage } from '../../server/storage/postgres/open-postgres-storage';
import type { PgDatabase } from '../../server/storage/postgres/pg-database';
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

/** A PostgreSQL storage with its database at hand, for tests that look under the repositories. */
export type PgStorage = Storage & { database: PgDatabase };

/** Passes a storage's warnings to the test output (the default is to drop them). */
export const logWarning = (message: string) => console.warn(`[postgres test] ${message}`);

/**
 * A list of cleanups run after each test, newest first, and emptied: called at a file's top level it serves
 * every test of the file, inside a describe the tests of that describe.
 */
export function cleanupsAfterEach(): (() => Promise<void>)[] {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).toReversed()) await cleanup();
  });
  return cleanups;
}

/** A connected client of its own on the test database, its search_path `schema` if given; the caller ends it. */
export async function schemaClient(schema: string | null): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: TEST_DATABASE_URL!,
    ...(schema === null ? {} : { options: `-c search_path=${schema}` }),
  });
  await client.connect();
  return client;
}

/** `work` done on a client of its own (see schemaClient), which is ended after whatever `work` does. */
export async function withClient<T>(
  schema: string | null,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = await schemaClient(schema);
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Drops a test schema and everything in it, if it exists. */
export async function dropSchema(schema: string): Promise<void> {
  await withClient(null, (c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
}

/** A fresh, empty schema in the test database: each storage under test gets its own, dropped at cleanup. */
export async function freshSchema(): Promise<{ schema: string; drop: () => Promise<void> }> {
  const schema = `gw_test_${randomBytes(6).toString('hex')}`;
  await withClient(null, (c) => c.query(`CREATE SCHEMA ${schema}`));
  return { schema, drop: () => dropSchema(schema) };
}

export interface StorageOptions {
  /** Connections in each storage's pool; 4 unless given. */
  poolSize?: number;
  /** Where the storages' warnings go; dropped unless given (logWarning shows them). */
  warn?: (message: string) => void;
  /** A list from cleanupsAfterEach: the storages' cleanup is registered there, to run after the test. */
  cleanups?: (() => Promise<void>)[];
}

/** `count` storages as a tuple of that length, so that a test names each without checking it is there. */
type Several<N extends number, T, R extends T[] = []> = R['length'] extends N ? R : Several<N, T, [T, ...R]>;

/** Storages on one fresh schema, as that many server processes would hold them. */
export interface Instances<S extends PgStorage[] = PgStorage[]> {
  schema: string;
  /** The storages opened at the start, in order: the first applied the migrations. */
  storages: S;
  /** Opens one more storage on the schema (another instance, or one restarting); closed at cleanup too. */
  open: () => Promise<PgStorage>;
  /** Closes a storage now, as its process stopping would (closing one twice is harmless). */
  stop: (storage: Storage) => Promise<void>;
  /** Closes every storage opened, then drops the schema. */
  cleanup: () => Promise<void>;
}

/** `count` storages on a fresh schema (see Instances); `cleanup` runs after the test if `cleanups` is given. */
export async function storagesOnOneSchema<N extends number>(
  count: N,
  { poolSize = 4, warn = () => undefined, cleanups }: StorageOptions = {},
): Promise<Instances<Several<N, PgStorage>>> {
  const { schema, drop } = await freshSchema();
  const opened: PgStorage[] = [];
  const open = async () => {
    const storage = await openPostgresStorage({ url: TEST_DATABASE_URL!, schema, poolSize }, warn);
    opened.push(storage);
    return storage;
  };
  try {
    for (let n = 0; n < count; n++) await open();
  } catch (error) {
    for (const storage of opened) await storage.close();
    await drop();
    throw error;
  }
  const cleanup = async () => {
    for (const storage of opened) await storage.close();
    await drop();
  };
  cleanups?.push(cleanup);
  return {
    schema,
    storages: [...opened] as Several<N, PgStorage>,
    open,
    stop: (storage) => storage.close(),
    cleanup,
  };
}

/** A PostgreSQL storage on a fresh schema, with the same reopen and cleanup as the embedded one. */
export async function openPostgresUnderTest(): Promise<{
  storage: PgStorage;
  schema: string;
  reopen: () => Promise<PgStorage>;
  cleanup: () => Promise<void>;
}> {
  const under = await storagesOnOneSchema(1, { warn: logWarning });
  let [storage] = under.storages;
  return {
    get storage() {
      return storage;
    },
    schema: under.schema,
    reopen: async () => {
      await under.stop(storage);
      storage = await under.open();
      return storage;
    },
    cleanup: under.cleanup,
  };
}
