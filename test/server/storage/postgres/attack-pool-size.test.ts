// DATABASE_POOL_SIZE may be as small as 1. The LISTEN connection for workshop news was taken from the pool and
// kept: with one connection, opening the storage then waited for ever on its next query. It keeps a
// connection of its own, and the pool's serve the repositories.

import { describe, expect, it } from 'vitest';
import { openPostgresStorage } from '../../../../server/storage/postgres/open-postgres-storage';
import { freshSchema, TEST_DATABASE_URL, cleanupsAfterEach } from '../../../support/postgres-for-tests';
import { within } from '../../../support/within';

const cleanups = cleanupsAfterEach();

describe.skipIf(TEST_DATABASE_URL === null)('PostgreSQL with a pool of one connection', () => {
  it('opens, serves and closes', async () => {
    const { schema, drop } = await freshSchema();
    cleanups.push(drop);
    const opening = openPostgresStorage({ url: TEST_DATABASE_URL!, schema, poolSize: 1 }, () => undefined);
    // Closed whenever it opens, so that a hang here leaves nothing running.
    cleanups.push(async () => {
      await (await opening).close();
    });
    const storage = await within(10_000, opening);
    expect(await within(5_000, storage.responses.countByCampaign('c-1'))).toBe(0);
  });
});
