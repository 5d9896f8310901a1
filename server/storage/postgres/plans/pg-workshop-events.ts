// A workshop's news carried between instances by LISTEN/NOTIFY. publish() tells this instance's listeners at
// once (a change's own screen hears it as soon as the change resolves, as with the embedded store) and sends a
// notification naming the schema, the workshop, the version and this instance; one connection per instance
// LISTENs and tells its listeners the news of other instances of the same schema (its own notifications, and
// other installations' sharing the database, are passed over, so no listener hears one publish twice).
// A dropped LISTEN connection is reopened after a short delay, and every watched workshop's current version is
// then told, since notifications sent while it was away are lost.

import type pg from 'pg';
import { createInProcessWorkshopEvents, type WorkshopEvents } from '../../workshop-events';
import type { PgDatabase } from '../pg-database';

export const WORKSHOP_CHANNEL = 'groundwork_workshops';
const RECONNECT_MS = 1_000;

interface News {
  schema: string;
  instance: string;
  workshopId: string;
  version: number;
}

const isNews = (value: unknown): value is News =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as News).schema === 'string' &&
  typeof (value as News).instance === 'string' &&
  typeof (value as News).workshopId === 'string' &&
  typeof (value as News).version === 'number';

export async function openPgWorkshopEvents(
  db: PgDatabase,
  instanceId: string,
  warn: (message: string) => void,
): Promise<WorkshopEvents & { close(): Promise<void> }> {
  // This instance's listeners; news reaches them from its own publish() and from the other instances.
  const local = createInProcessWorkshopEvents((error) =>
    warn(`A screen watching a workshop failed: ${String(error)}`),
  );
  /** The LISTEN connection while it holds, with the way to let it go. */
  let current: { connection: pg.Client; detach: () => void } | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;

  const tell = local.publish;

  const onNotification = (message: pg.Notification) => {
    if (message.channel !== WORKSHOP_CHANNEL || message.payload === undefined) return;
    let news: unknown;
    try {
      news = JSON.parse(message.payload);
    } catch {
      return;
    }
    if (!isNews(news) || news.schema !== db.schema || news.instance === instanceId) return;
    tell(news.workshopId, news.version);
  };

  /** Opens the LISTEN connection; on a drop, tries again after a delay until it holds or the storage closes. */
  async function listen(): Promise<void> {
    // Outside the pool: kept for as long as the storage is open, it would leave a pool of one connection none.
    const connection = await db.openClient();
    let dropped = false;
    const onEnd = () => drop();
    const detach = () => {
      dropped = true;
      connection.off('notification', onNotification);
      connection.off('error', drop);
      connection.off('end', onEnd);
    };
    const drop = (error?: unknown) => {
      if (dropped) return;
      detach();
      if (current?.connection === connection) current = null;
      connection.end().catch(() => undefined);
      if (closed) return;
      warn(`Workshop news from other instances paused, reconnecting: ${String(error ?? 'connection ended')}`);
      scheduleReconnect();
    };
    connection.on('notification', onNotification);
    connection.on('error', drop);
    connection.on('end', onEnd);
    try {
      await connection.query(`LISTEN ${WORKSHOP_CHANNEL}`);
    } catch (error) {
      drop(error);
      throw error;
    }
    if (closed) {
      // The storage closed while this connection was being opened.
      detach();
      await connection.end().catch(() => undefined);
      return;
    }
    current = { connection, detach };
  }

  function scheduleReconnect() {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = null;
      void (async () => {
        try {
          await listen();
        } catch {
          // A drop once connected has scheduled the next try; a connection refused outright (the database
          // still restarting) has not, and without one the news from other instances would stop for good.
          if (!current && !retry) scheduleReconnect();
          return;
        }
        await catchUp().catch((error: unknown) =>
          warn(`Could not read the watched workshops after reconnecting: ${String(error)}`),
        );
      })();
    }, RECONNECT_MS);
    retry.unref();
  }

  /** Tells each watched workshop's listeners its version now: whatever was missed while disconnected. */
  async function catchUp() {
    const ids = local.watched();
    if (ids.length === 0) return;
    const { rows } = await db.query<{ id: string; version: number }>(
      `SELECT id, (doc->>'version')::int AS version FROM workshops WHERE id = ANY($1)`,
      [ids],
    );
    for (const row of rows) tell(row.id, row.version);
  }

  await listen();

  return {
    publish(workshopId, version) {
      tell(workshopId, version);
      const news: News = { schema: db.schema, instance: instanceId, workshopId, version };
      db.query('SELECT pg_notify($1, $2)', [WORKSHOP_CHANNEL, JSON.stringify(news)]).catch((error: unknown) =>
        warn(`Could not tell other instances of workshop ${workshopId}'s change: ${String(error)}`),
      );
    },
    subscribe: local.subscribe,
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const held = current;
      current = null;
      if (held) {
        held.detach();
        await held.connection.end().catch(() => undefined);
      }
    },
  };
}
