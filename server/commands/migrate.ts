// `npm run migrate`: applies the PostgreSQL migrations this version has and the database lacks, and says
// which. The server applies them at start too (under the same lock); this is for doing it ahead of a rollout,
// or seeing that nothing is left to do.

import { readConfig } from '../config';
import { MIGRATIONS } from '../storage/postgres/migrations/index';
import { migrate } from '../storage/postgres/migrations';
import { openPgDatabase } from '../storage/postgres/pg-database';

async function main() {
  const { database } = readConfig();
  if (!database) {
    console.error('[groundwork] DATABASE_URL is not set: the embedded storage has no migrations to apply.');
    process.exit(1);
  }
  const db = openPgDatabase(database.url, { schema: database.schema, max: 1 });
  try {
    const applied = await migrate(db);
    const nameOf = new Map(MIGRATIONS.map((m) => [m.version, m.name]));
    if (applied.length === 0) {
      console.log(`[groundwork] schema ${database.schema}: up to date (${MIGRATIONS.length} migrations)`);
    }
    for (const version of applied) {
      console.log(`[groundwork] schema ${database.schema}: applied ${version} ${nameOf.get(version)}`);
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  // The message of a failed migration names it; a connection error's never holds the URL's password.
  console.error(`[groundwork] migration failed: ${(error as Error).message}`);
  process.exit(1);
});
