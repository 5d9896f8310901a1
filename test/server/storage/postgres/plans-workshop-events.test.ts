// A workshop's news crosses instances through LISTEN/NOTIFY: a change made through one storage reaches a screen
// watching through another on the same schema, once, and news of another schema sharing the database never
// does. A LISTEN connection that drops is reopened and its watchers told what they missed.

import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import type { Workshop } from '../../../../server/domain/workshop/workshop';
import { openPgDatabase, type PgDatabase } from '../../../../server/storage/postgres/pg-database';
import {
  WORKSHOP_CHANNEL,
  openPgWorkshopEvents,
} from '../../../../server/storage/postgres/plans/pg-workshop-events';
import { joinedBy, makeWorkshop } from '../../../fixtures/make-workshop';
import {
  TEST_DATABASE_URL,
  storagesOnOneSchema,
  cleanupsAfterEach,
  withClient,
} from '../../../support/postgres-for-tests';

/** Sends a notification on the workshops' channel from a connection of its own. */
async function notify(payload: object): Promise<void> {
  await withClient(null, (client) =>
    client.query('SELECT pg_notify($1, $2)', [WORKSHOP_CHANNEL, JSON.stringify(payload)]),
  );
}

describe.skipIf(TEST_DATABASE_URL === null)('PostgreSQL workshop news on two instances', () => {
  const cleanups = cleanupsAfterEach();
  // Two storages on one fresh schema, as two server processes would hold them.
  const twoInstances = () => storagesOnOneSchema(2, { cleanups });

  it('tells a watcher on one instance of a change made through the other', async () => {
    const {
      storages: [first, second],
    } = await twoInstances();
    await first.workshops.create(makeWorkshop('w1', 'AAAAAAAA'));
    const heard: number[] = [];
    second.workshopEvents.subscribe('w1', (v) => heard.push(v));
    await first.workshops.change('w1', joinedBy('p1'));
    await vi.waitFor(() => expect(heard).toEqual([2]), { timeout: 10_000 });
    expect((await second.workshops.get('w1'))?.version).toBe(2);
  });

  it('tells a watcher of its own instance’s change once, although the notification comes back to it too', async () => {
    const {
      storages: [first, second],
    } = await twoInstances();
    await first.workshops.create(makeWorkshop('w1', 'AAAAAAAA'));
    const onFirst: number[] = [];
    const onSecond: number[] = [];
    first.workshopEvents.subscribe('w1', (v) => onFirst.push(v));
    second.workshopEvents.subscribe('w1', (v) => onSecond.push(v));
    await first.workshops.change('w1', joinedBy('p1'));
    expect(onFirst).toEqual([2]);
    // Once the second has heard it, the first's own copy has reached the first too: notifications arrive in
    // the order they were committed, and the next one is sent after this.
    await vi.waitFor(() => expect(onSecond).toEqual([2]), { timeout: 10_000 });
    await second.workshops.change('w1', joinedBy('p2'));
    await vi.waitFor(() => expect(onFirst).toEqual([2, 3]), { timeout: 10_000 });
    expect(onSecond).toEqual([2, 3]);
  });

  it('passes over news of another schema sharing the database', async () => {
    const {
      schema,
      storages: [, second],
    } = await twoInstances();
    const heard: number[] = [];
    second.workshopEvents.subscribe('w1', (v) => heard.push(v));
    await notify({ schema: `${schema}_other`, instance: 'elsewhere', workshopId: 'w1', version: 7 });
    await notify({ schema, instance: 'elsewhere', workshopId: 'w1', version: 8 });
    // Sent in this order and delivered in it: once 8 is heard, 7 was passed over.
    await vi.waitFor(() => expect(heard).toEqual([8]), { timeout: 10_000 });
  });

  it('reconnects a LISTEN connection that dropped and tells its watchers the version they may have missed', async () => {
    const {
      schema,
      storages: [first],
    } = await twoInstances();
    await first.workshops.create(makeWorkshop('w1', 'AAAAAAAA'));
    // A third instance whose connections the test can see, to cut its LISTEN connection from the server side.
    const db: PgDatabase = openPgDatabase(TEST_DATABASE_URL!, { schema, max: 2 });
    const connections: pg.Client[] = [];
    const watched: PgDatabase = {
      ...db,
      openClient: async () => {
        const connection = await db.openClient();
        connections.push(connection);
        return connection;
      },
    };
    const warnings: string[] = [];
    const events = await openPgWorkshopEvents(watched, 'third', (m) => warnings.push(m));
    cleanups.push(async () => {
      await events.close();
      await db.close();
    });
    const heard: number[] = [];
    events.subscribe('w1', (v) => heard.push(v));
    // A change no notification tells (written straight into the table), then the connection cut: only the
    // catch-up after reconnecting can tell the watcher of version 2.
    const { rows } = await first.database.query<{ doc: Workshop }>(
      "SELECT doc FROM workshops WHERE id = 'w1'",
    );
    const changed = joinedBy('p1')(rows[0]!.doc);
    await first.database.query("UPDATE workshops SET doc = $1 WHERE id = 'w1'", [JSON.stringify(changed)]);
    const pid = (connections[0] as unknown as { processID: number }).processID;
    await first.database.query('SELECT pg_terminate_backend($1)', [pid]);
    await vi.waitFor(() => expect(heard).toEqual([2]), { timeout: 10_000 });
    expect(connections).toHaveLength(2);
    expect(warnings.some((w) => w.includes('reconnecting'))).toBe(true);
    // And the new connection carries later news.
    await first.workshops.change('w1', joinedBy('p2'));
    await vi.waitFor(() => expect(heard).toContain(3), { timeout: 10_000 });
  });
});
