// Where the CPU went during a throughput run, from /proc: each server process, the PostgreSQL cluster (its
// postmaster and every process it forked: the backends serving the servers' pools, the WAL writer, the
// checkpointer; on a shared cluster, other clients' backends, found by their client port, count as
// others), this process (autocannon runs inside it: the load generator), and the rest of the machine
// (other people's work). On two cores shared by all of them, these say what limits a run. Linux only.

import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { cpus } from 'node:os';
import pg from 'pg';

/** Linux's USER_HZ, the unit of /proc's CPU times: 100 on every mainstream architecture. */
const TICKS_PER_SECOND = 100;

/** utime + stime of a process in seconds, its parent's pid, or null once it has gone. */
function processTimes(pid: number): { seconds: number; ppid: number } | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name is in parentheses and may hold spaces: fields are counted after its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { seconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND, ppid: Number(fields[1]) };
}

/** Busy and total CPU seconds of the whole machine, over every core. */
function machineSeconds(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line.split(/\s+/).slice(1).map(Number);
  const busy = user! + nice! + system! + irq! + softirq! + steal!;
  return { busy: busy / TICKS_PER_SECOND, total: (busy + idle! + iowait!) / TICKS_PER_SECOND };
}

/** The cluster `url` reaches. */
export interface Cluster {
  url: string;
  postmaster: number;
}

/** The cluster at `url`, its postmaster found as the parent of the backend that answers. */
export async function findCluster(url: string): Promise<Cluster | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const postmaster = processTimes(rows[0]!.pid)?.ppid;
    return postmaster ? { url, postmaster } : null;
  } finally {
    await client.end();
  }
}

/** The local TCP ports of the sockets the processes `pids` hold open. */
export function localPorts(pids: number[]): Set<number> {
  const inodes = new Set<string>();
  for (const pid of pids) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (match) inodes.add(match[1]!);
      } catch {
        // closed meanwhile
      }
    }
  }
  const ports = new Set<number>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length > 9 && inodes.has(fields[9]!)) ports.add(parseInt(fields[1]!.split(':')[1]!, 16));
    }
  }
  return ports;
}

/** Client backends of the cluster serving anyone but `pids` (this query's own connection included). */
async function othersBackends(cluster: Cluster, pids: number[]): Promise<Set<number>> {
  const ours = localPorts(pids);
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number; client_port: number | null }>(
      `SELECT pid, client_port FROM pg_stat_activity WHERE backend_type = 'client backend'`,
    );
    return new Set(rows.filter((r) => r.client_port === null || !ours.has(r.client_port)).map((r) => r.pid));
  } finally {
    await client.end();
  }
}

/** The postmaster and its children, with their CPU seconds so far. */
function clusterTimes(postmaster: number): Map<number, number> {
  const times = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    const t = processTimes(pid);
    if (t && (pid === postmaster || t.ppid === postmaster)) times.set(pid, t.seconds);
  }
  return times;
}

export interface CpuShares {
  wallSeconds: number;
  /** Core-seconds the machine had (cores × wall) and used. */
  available: number;
  used: number;
  servers: number[];
  postgres: number | null;
  /** This process: the load generator. */
  loadGenerator: number;
  /** Everything else busy on the machine meanwhile. */
  others: number;
}

/** Starts counting; the function returned gives each one's CPU seconds since. */
export function startCpuCount(serverPids: number[], cluster: Cluster | null): () => Promise<CpuShares> {
  const started = performance.now();
  const machine = machineSeconds();
  const servers = serverPids.map((pid) => processTimes(pid)?.seconds ?? 0);
  const before = cluster === null ? null : clusterTimes(cluster.postmaster);
  const self = process.cpuUsage();
  return async () => {
    const wallSeconds = (performance.now() - started) / 1000;
    const now = machineSeconds();
    const own = process.cpuUsage(self);
    const serverShares = serverPids.map(
      (pid, i) => (processTimes(pid)?.seconds ?? servers[i]!) - servers[i]!,
    );
    const after = cluster === null ? null : clusterTimes(cluster.postmaster);
    let postgres: number | null = null;
    if (cluster !== null && before !== null && after !== null) {
      const others = await othersBackends(cluster, serverPids);
      postgres = 0;
      // A backend that started meanwhile counts from zero; one that ended is lost (the pools keep theirs).
      for (const [pid, seconds] of after) if (!others.has(pid)) postgres += seconds - (before.get(pid) ?? 0);
    }
    const loadGenerator = (own.user + own.system) / 1e6;
    const used = now.busy - machine.busy;
    const counted = serverShares.reduce((a, b) => a + b, 0) + (postgres ?? 0) + loadGenerator;
    return {
      wallSeconds,
      available: now.total - machine.total || cpus().length * wallSeconds,
      used,
      servers: serverShares,
      postgres,
      loadGenerator,
      others: Math.max(0, used - counted),
    };
  };
}

/**
 * "CPU: servers 6.1 + 5.8 s, PostgreSQL 7.0 s, load generator 3.9 s, others 0.4 s: 23.2 of 24.0 core-s busy",
 * and with `answers` (how many the run took) the servers' and PostgreSQL's CPU per answer.
 */
export function describeCpu(c: CpuShares, answers?: number): string {
  const s = (v: number) => `${v.toFixed(1)} s`;
  const serversTotal = c.servers.reduce((a, b) => a + b, 0);
  const each =
    answers && answers > 0
      ? ` (per answer: server${c.servers.length > 1 ? 's' : ''} ${((1000 * serversTotal) / answers).toFixed(1)} ms, ` +
        `PostgreSQL ${c.postgres === null ? '?' : `${((1000 * c.postgres) / answers).toFixed(1)} ms`})`
      : '';
  return (
    `CPU: server${c.servers.length > 1 ? 's' : ''} ${c.servers.map(s).join(' + ')}, ` +
    `PostgreSQL ${c.postgres === null ? '?' : s(c.postgres)}, load generator ${s(c.loadGenerator)}, ` +
    `others ${s(c.others)}: ${c.used.toFixed(1)} of ${c.available.toFixed(1)} core-s busy${each}`
  );
}
