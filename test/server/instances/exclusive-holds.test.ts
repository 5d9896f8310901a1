// Holds across instances (a campaign's mailing): one instance at a time, given back on release, and ended
// with the holder's connection, which the holder then learns so that it stops what the hold guarded.

import { describe, expect, it } from 'vitest';
import { createInProcessHolds } from '../../../server/storage/exclusive-holds';
import {
  TEST_DATABASE_URL,
  storagesOnOneSchema,
  cleanupsAfterEach,
  withClient,
} from '../../support/postgres-for-tests';

describe('holds in one process', () => {
  it('holds a name once until released', async () => {
    const holds = createInProcessHolds();
    const held = await holds.tryHold('mailing:c1');
    expect(await holds.tryHold('mailing:c1')).toBeNull();
    expect(await holds.tryHold('mailing:c2')).not.toBeNull();
    await held!.release();
    expect(await holds.tryHold('mailing:c1')).not.toBeNull();
  });
});

describe.skipIf(TEST_DATABASE_URL === null)('holds in PostgreSQL', () => {
  const cleanups = cleanupsAfterEach();
  const twoStorages = () => storagesOnOneSchema(2, { cleanups });

  it('ends an instance’s holds when its storage closes, as a stop would: the holder learns it, another takes them', async () => {
    const {
      storages: [one, two],
    } = await twoStorages();
    const held = await one.holds.tryHold('mailing:c1');
    expect(held!.lost()).toBe(false);
    await one.close();
    expect(held!.lost()).toBe(true);
    expect(await two.holds.tryHold('mailing:c1')).not.toBeNull();
  });

  it('holds a name for one instance at a time until released', async () => {
    const {
      storages: [one, two],
    } = await twoStorages();
    const held = await one.holds.tryHold('mailing:c1');
    expect(held).not.toBeNull();
    expect(await two.holds.tryHold('mailing:c1')).toBeNull();
    expect(await one.holds.tryHold('mailing:c1')).toBeNull();
    const other = await two.holds.tryHold('mailing:c2');
    expect(other).not.toBeNull();
    await held!.release();
    await held!.release();
    const again = await two.holds.tryHold('mailing:c1');
    expect(again).not.toBeNull();
    await again!.release();
    await other!.release();
  });

  it('ends with the holder’s connection, which the holder learns, and another instance may take it', async () => {
    const {
      schema,
      storages: [one, two],
    } = await twoStorages();
    const held = await one.holds.tryHold('mailing:c1');
    expect(held!.lost()).toBe(false);
    // What a failover or a DBA's pg_terminate_backend does to the holding connection.
    const { rowCount } = await withClient(null, (admin) =>
      admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_locks
         WHERE locktype = 'advisory' AND objsubid = 1 AND granted
           AND ((classid::bigint << 32) | objid::bigint) = hashtextextended($1, 0)`,
        [`${schema}:hold:mailing:c1`],
      ),
    );
    expect(rowCount).toBe(1);
    await expect.poll(() => held!.lost()).toBe(true);
    const taken = await two.holds.tryHold('mailing:c1');
    expect(taken).not.toBeNull();
    await held!.release();
    await taken!.release();
  });
});
