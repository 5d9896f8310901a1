// What the servers' PostgreSQL backends were doing during a throughput run: pg_stat_activity sampled every
// 50 ms from a connection of its own, each sample of a backend serving one of the servers (found by its
// client port) put in one class: running a statement (named by its first words), waiting on an advisory
// lock (a department's or a ticket's, advisory-locks.ts), on another lock, on the WAL's flush at commit,
// on other I/O, or idle inside a transaction (the server holding it open between statements). Shares of
// all such samples say where a submission's time in the database goes.

import pg from 'pg';
import { localPorts } from './cpu-time';

const EVERY_MS = 50;

interface ActivityRow {
  client_port: number | null;
  state: string | null;
  wait_event_type: string | null;
  wait_event: string | null;
  query: string;
}

function classOf(row: ActivityRow): string | null {
  if (row.state === 'idle in transaction') return 'idle in transaction';
  if (row.state !== 'active') return null;
  if (row.wait_event_type === 'Lock') {
    return row.wait_event === 'advisory' ? 'advisory lock wait' : `${row.wait_event} lock wait`;
  }
  if (row.wait_event === 'WALSync' || row.wait_event === 'WALWrite' || row.wait_event === 'WALInsert') {
    return 'WAL flush at commit';
  }
  if (row.wait_event_type === 'IO') return `I/O (${row.wait_event})`;
  if (row.wait_event_type === 'LWLock') return `LWLock ${row.wait_event}`;
  // Running (or waiting on the client to read a reply): the statement's first words.
  const words = row.query.replace(/\s+/g, ' ').trim().split(' ').slice(0, 3).join(' ');
  return `running ${words}`;
}

/** Starts sampling; the function returned stops and describes the shares, largest first. */
export async function sampleBackends(url: string, serverPids: number[]): Promise<() => Promise<string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const counts = new Map<string, number>();
  let samples = 0;
  const sampling = { stopped: false };
  const loop = (async () => {
    while (!sampling.stopped) {
      const ports = localPorts(serverPids);
      const { rows } = await client.query<ActivityRow>(
        `SELECT client_port, state, wait_event_type, wait_event, query FROM pg_stat_activity
         WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()`,
      );
      for (const row of rows) {
        if (row.client_port === null || !ports.has(row.client_port)) continue;
        const kind = classOf(row);
        if (kind === null) continue;
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
        samples++;
      }
      await new Promise((resolve) => setTimeout(resolve, EVERY_MS));
    }
  })();
  return async () => {
    sampling.stopped = true;
    await loop.catch(() => undefined);
    await client.end();
    const shares = [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([kind, n]) => `${kind} ${((100 * n) / samples).toFixed(0)}%`);
    return `busy backends sampled ${samples}×: ${shares.join(', ') || 'none'}`;
  };
}
