// The counts behind the request limits and sign-in waits, in memory and in PostgreSQL; and, in PostgreSQL,
// one budget for two storages on one schema, as two server instances would have.

import { describe, expect, it } from 'vitest';
import { createSignInThrottle } from '../../../server/http/sign-in-throttle';
import { createInMemoryLimitCounters } from '../../../server/storage/embedded/in-memory-limit-counters';
import type { LimitCounters } from '../../../server/storage/limit-counters';
import type { PgDatabase } from '../../../server/storage/postgres/pg-database';
import { createPgLimitCounters } from '../../../server/storage/postgres/pg-limit-counters';
import type { Storage } from '../../../server/storage/storage';
import {
  TEST_DATABASE_URL,
  logWarning,
  storagesOnOneSchema,
  cleanupsAfterEach,
} from '../../support/postgres-for-tests';

const POLICY = { freeAttempts: 3, firstDelayMs: 1000, maxDelayMs: 8000, forgetAfterMs: 60_000 };
const ADDRESS = '192.0.2.1';

function limitCountersContract(name: string, open: () => Promise<LimitCounters>) {
  describe(`limit counters (${name})`, () => {
    it('counts hits in a window, each scope and key apart, and starts afresh once the window is over', async () => {
      const counters = await open();
      const counts = [];
      for (const t of [0, 10, 999]) counts.push((await counters.hit('s', 'k', 1000, t)).count);
      expect(counts).toEqual([1, 2, 3]);
      expect(await counters.hit('other', 'k', 1000, 500)).toEqual({ count: 1, windowStart: 500 });
      expect(await counters.hit('s', 'k2', 1000, 500)).toEqual({ count: 1, windowStart: 500 });
      expect(await counters.hit('s', 'k', 1000, 1000)).toEqual({ count: 1, windowStart: 1000 });
    });

    it('reads a window without counting, and an ended one as empty', async () => {
      const counters = await open();
      await counters.hit('s', 'k', 1000, 100);
      expect(await counters.peek('s', 'k', 1000, 200)).toEqual({ count: 1, windowStart: 100 });
      expect(await counters.peek('s', 'k', 1000, 200)).toEqual({ count: 1, windowStart: 100 });
      expect((await counters.peek('s', 'k', 1000, 1100)).count).toBe(0);
      expect((await counters.peek('s', 'nobody', 1000, 200)).count).toBe(0);
    });

    it('counts every one of many hits at once', async () => {
      const counters = await open();
      const counts = await Promise.all(
        Array.from({ length: 20 }, () => counters.hit('s', 'k', 60_000, 0).then((w) => w.count)),
      );
      expect(counts.toSorted((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    });

    it('lets only the free sign-in attempts through when many start at once, and forgets them after a success', async () => {
      const throttle = createSignInThrottle(POLICY, await open());
      const waits = await Promise.all(
        Array.from({ length: 8 }, () => throttle.admit('a@example.com', ADDRESS, 0)),
      );
      expect(waits.filter((w) => w === 0)).toHaveLength(POLICY.freeAttempts);
      await throttle.succeeded('a@example.com', ADDRESS, 0);
      expect(await throttle.admit('a@example.com', ADDRESS, 0)).toBe(0);
    });

    it('forgets attempts once they are old enough', async () => {
      const throttle = createSignInThrottle(POLICY, await open());
      for (let i = 0; i < 4; i += 1) await throttle.admit('a@example.com', ADDRESS, 0);
      expect(await throttle.admit('a@example.com', ADDRESS, 500)).toBeGreaterThan(0);
      expect(await throttle.admit('a@example.com', ADDRESS, 60_000)).toBe(0);
    });
  });
}

limitCountersContract('in memory', async () => createInMemoryLimitCounters());

describe('limit counters in memory', () => {
  it('keeps at most its cap of windows per scope: while full, the oldest live one starts afresh', async () => {
    const counters = createInMemoryLimitCounters({ maxTracked: 2 });
    for (const key of ['a', 'b']) {
      await counters.hit('s', key, 60_000, 0);
      await counters.hit('s', key, 60_000, 0);
    }
    await counters.hit('other', 'x', 60_000, 0);
    await counters.hit('s', 'c', 60_000, 1);
    // a's window made room for c's; b's is still held, and the other scope's was never in the way.
    expect((await counters.peek('s', 'b', 60_000, 2)).count).toBe(2);
    expect((await counters.peek('s', 'a', 60_000, 2)).count).toBe(0);
    expect((await counters.peek('other', 'x', 60_000, 2)).count).toBe(1);
  });
});

describe.skipIf(TEST_DATABASE_URL === null)('PostgreSQL', () => {
  const cleanups = cleanupsAfterEach();
  /** Two storages on one fresh schema: what two server instances against one database hold. */
  const twoStorages = async () => (await storagesOnOneSchema(2, { warn: logWarning, cleanups })).storages;

  limitCountersContract('postgres', async () => (await twoStorages())[0].limits);

  it('gives two instances on one schema one budget of hits, however they are spread', async () => {
    const [one, two] = await twoStorages();
    const counts = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 === 0 ? one : two).limits
          .hit('request.too-many-sign-ins', ADDRESS, 60_000, 0)
          .then((w) => w.count),
      ),
    );
    expect(counts.toSorted((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await one.limits.peek('request.too-many-sign-ins', ADDRESS, 60_000, 1)).count).toBe(20);
  });

  it('lets only the free sign-in attempts through over two instances, and a success on one clears both', async () => {
    const [one, two] = await twoStorages();
    const throttles = [one, two].map((s) => createSignInThrottle(POLICY, s.limits));
    const waits = await Promise.all(
      Array.from({ length: 8 }, (_, i) => throttles[i % 2]!.admit('a@example.com', ADDRESS, 0)),
    );
    expect(waits.filter((w) => w === 0)).toHaveLength(POLICY.freeAttempts);
    await throttles[0]!.succeeded('a@example.com', ADDRESS, 0);
    expect(await throttles[1]!.admit('a@example.com', ADDRESS, 0)).toBe(0);
  });

  it('deletes finished windows and forgotten attempts when it sweeps, keeping the running ones', async () => {
    const [one] = await twoStorages();
    const { database } = one as Storage & { database: PgDatabase };
    const counters = createPgLimitCounters(database, () => undefined);
    await counters.hit('s', 'old', 1000, 0);
    await counters.hit('s', 'running', 10_000, 0);
    await createSignInThrottle(POLICY, counters).admit('a@example.com', ADDRESS, 0);
    await counters.sweep(5000);
    const left = await database.query<{ key: string }>('SELECT key FROM limit_windows');
    expect(left.rows.map((r) => r.key)).toEqual(['running']);
    expect((await database.query('SELECT 1 FROM sign_in_attempts')).rowCount).toBe(1);
    await counters.sweep(POLICY.forgetAfterMs);
    expect((await database.query('SELECT 1 FROM sign_in_attempts')).rowCount).toBe(0);
  });

  it('is ready once every migration is applied, and not when the database lacks one', async () => {
    const [one] = await twoStorages();
    expect(await one.health()).toEqual({ ready: true });
    await (one as Storage & { database: PgDatabase }).database.query(
      'DELETE FROM groundwork_migrations WHERE version = 4',
    );
    expect(await one.health()).toEqual({
      ready: false,
      reason: 'The database lacks migrations this version needs.',
    });
  });
});
