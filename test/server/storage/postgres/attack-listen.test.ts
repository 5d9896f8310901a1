// Workshop news across instances when the database refuses connections for a while (a restart, a failover):
// the LISTEN connection is cut, and the first attempts to open a new one fail. It must keep trying, so that
// once the database takes connections again news from other instances flows again.

import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { openPgDatabase } from '../../../../server/storage/postgres/pg-database';
import { openPgWorkshopEvents } from '../../../../server/storage/postgres/plans/pg-workshop-events';
import { joinedBy, makeWorkshop } from '../../../fixtures/make-workshop';
import {
  storagesOnOneSchema,
  TEST_DATABASE_URL,
  cleanupsAfterEach,
} from '../../../support/postgres-for-tests';

const cleanups = cleanupsAfterEach();

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(TEST_DATABASE_URL === null)(
  'PostgreSQL workshop news after the database refused connections',
  () => {
    it('keeps trying to LISTEN again until the database lets it, and then hears news', async () => {
      const {
        schema,
        storages: [first],
      } = await storagesOnOneSchema(1, { poolSize: 2, cleanups });
      await first.workshops.create(makeWorkshop('w1', 'AAAAAAAA'));
      // The second instance logs in as a role of its own, which the test can refuse logins to.
      const role = `gw_listen_${randomBytes(4).toString('hex')}`;
      await first.database.query(`CREATE ROLE ${role} SUPERUSER LOGIN`);
      cleanups.push(async () => {
        await first.database.query(`DROP ROLE IF EXISTS ${role}`);
      });
      const url = new URL(TEST_DATABASE_URL!);
      url.username = role;
      const db = openPgDatabase(url.toString(), { schema, max: 2 });
      const warnings: string[] = [];
      const events = await openPgWorkshopEvents(db, 'second', (m) => warnings.push(m));
      cleanups.push(async () => {
        await events.close();
        await db.close();
      });
      const heard: number[] = [];
      events.subscribe('w1', (v) => heard.push(v));

      await first.database.query(`ALTER ROLE ${role} NOLOGIN`);
      await first.database.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1`,
        [role],
      );
      await vi.waitFor(() => expect(warnings.some((w) => w.includes('reconnecting'))).toBe(true));
      // Long enough for a try or two to be refused (it tries a second after the drop).
      await pause(2_500);
      await first.database.query(`ALTER ROLE ${role} LOGIN`);

      let version = 1;
      await vi.waitFor(
        async () => {
          const changed = await first.workshops.change('w1', joinedBy(`p${version}`));
          version = changed!.version;
          expect(heard).toContain(version - 1);
        },
        { timeout: 15_000, interval: 500 },
      );
    }, 30_000);
  },
);
