// Several instances started at once on a schema that does not exist yet (SCHEMA names a new one): each
// creates it if missing, and PostgreSQL lets two such creations race into a unique violation, which failed
// the start of every instance but one. All of them start, and the migrations are applied once.

import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../server/storage/postgres/migrations';
import { MIGRATIONS } from '../../../../server/storage/postgres/migrations/index';
import { openPgDatabase } from '../../../../server/storage/postgres/pg-database';
import { dropSchema, TEST_DATABASE_URL, cleanupsAfterEach } from '../../../support/postgres-for-tests';

const cleanups = cleanupsAfterEach();

describe.skipIf(TEST_DATABASE_URL === null)('PostgreSQL: instances starting at once on a new schema', () => {
  it('all start, and each migration is applied once', async () => {
    for (let round = 0; round < 3; round++) {
      const schema = `gw_test_new_${randomBytes(6).toString('hex')}`;
      const dbs = Array.from({ length: 4 }, () => openPgDatabase(TEST_DATABASE_URL!, { schema, max: 1 }));
      cleanups.push(async () => {
        for (const db of dbs) await db.close();
        await dropSchema(schema);
      });
      const applied = await Promise.all(dbs.map((db) => migrate(db)));
      expect(applied.flat().toSorted((a, b) => a - b)).toEqual(MIGRATIONS.map((m) => m.version));
    }
  });
});
