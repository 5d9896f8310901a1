// Versioned schema changes, applied in order at start under a lock so that several instances starting at
// once apply each exactly once. Applying is idempotent: a version recorded as applied is never run again.

import type { PgDatabase } from './pg-database';
import { lockKeySql } from './pg-database';
import { MIGRATIONS, type Migration } from './migrations/index';

export interface MigrationState {
  /** The versions this build knows, in order. */
  known: number[];
  /** The versions the database holds. */
  applied: number[];
}

const CREATE_LEDGER = `CREATE TABLE IF NOT EXISTS groundwork_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

/** Checks the list itself: versions strictly increasing from 1, with no gap, so that order is never in doubt. */
export function checkMigrationList(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
}

/** Applies every migration not applied yet, each in its own transaction, holding the migration lock throughout. */
export async function migrate(db: PgDatabase, list: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  checkMigrationList(list);
  const client = await db.connect();
  const newlyApplied: number[] = [];
  try {
    // Instances starting at once on a new schema race here (IF NOT EXISTS is checked, then the catalog row
    // inserted): the loser's unique violation means the schema exists now, which is all this asks.
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${db.schema}`).catch((error: { code?: string }) => {
      if (error.code !== '23505') throw error;
    });
    await client.query(`SELECT pg_advisory_lock(${lockKeySql(`'migrations'`)})`);
    try {
      await client.query(CREATE_LEDGER);
      const { rows } = await client.query<{ version: number }>('SELECT version FROM groundwork_migrations');
      const done = new Set(rows.map((r) => r.version));
      for (const migration of list) {
        if (done.has(migration.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query('INSERT INTO groundwork_migrations (version, name) VALUES ($1, $2)', [
            migration.version,
            migration.name,
          ]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw new Error(
            `Migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`,
            { cause: error },
          );
        }
        newlyApplied.push(migration.version);
      }
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${lockKeySql(`'migrations'`)})`);
    }
  } finally {
    client.release();
  }
  return newlyApplied;
}

/** What the database holds against what this build knows: the ready check compares the two. */
export async function migrationState(
  db: PgDatabase,
  list: readonly Migration[] = MIGRATIONS,
): Promise<MigrationState> {
  const { rows } = await db.query<{ exists: boolean }>(
    "SELECT to_regclass(current_schema() || '.groundwork_migrations') IS NOT NULL AS exists",
  );
  const applied = rows[0]?.exists
    ? (
        await db.query<{ version: number }>('SELECT version FROM groundwork_migrations ORDER BY version')
      ).rows.map((r) => r.version)
    : [];
  return { known: list.map((m) => m.version), applied };
}

export function isUpToDate(state: MigrationState): boolean {
  const applied = new Set(state.applied);
  return state.known.every((v) => applied.has(v));
}
