// Holds kept for as long as a mailing runs, one per campaign: the scheduler starts the reminders of every
// campaign due at one look, each holding its campaign. Held on connections of the instance's pool, as many
// mailings as the pool has connections left none for the mailings' own work (issuing links, recording
// deliveries) nor for any request: the instance hung for good. Holds keep connections of their own.

import { describe, expect, it } from 'vitest';
import {
  storagesOnOneSchema,
  TEST_DATABASE_URL,
  cleanupsAfterEach,
} from '../../../support/postgres-for-tests';
import { within } from '../../../support/within';

const cleanups = cleanupsAfterEach();

describe.skipIf(TEST_DATABASE_URL === null)('PostgreSQL holds and the pool', () => {
  it('serves queries while more holds are taken than the pool has connections', async () => {
    const {
      storages: [storage],
    } = await storagesOnOneSchema(1, { poolSize: 2, cleanups });
    const holds: Awaited<ReturnType<typeof storage.holds.tryHold>>[] = [];
    cleanups.push(async () => {
      for (const h of holds) await h?.release();
    });
    for (const c of ['c1', 'c2', 'c3'])
      holds.push(await within(5_000, storage.holds.tryHold(`mailing:${c}`)));
    expect(holds.every((h) => h !== null)).toBe(true);
    expect(await within(5_000, storage.responses.countByCampaign('c1'))).toBe(0);
    // Released, each is free to take again, and nothing is left held.
    for (const h of holds) await h!.release();
    const again = await storage.holds.tryHold('mailing:c1');
    expect(again).not.toBeNull();
    await again!.release();
  });
});
