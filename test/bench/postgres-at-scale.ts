// The real server on PostgreSQL with N responses stored in one campaign (postgres-scale-data.ts), on a fresh
// schema dropped afterwards: how long it takes to start and how much memory it holds; the report's first read
// after the start (the tally built by scanning the responses out of PostgreSQL), its repeated read, and its
// first read after new answers were released; durable submissions through a department link with one
// instance, then with two instances on the same schema (the connections split over both, two autocannon runs
// at once, their rates summed). Each throughput run says where the CPU went (cpu-time.ts): on two cores
// shared by PostgreSQL, the server processes and the load generator, that is what limits it, and a second
// instance cannot add cores. Prints as it goes; returns figures for bench-table.ts.

import { rm } from 'node:fs/promises';
import { makeDataDir, signUpOwner, startServer, type ServerProcess } from '../support/server-process';
import { requestsPerSecond, residentMegabytes, type Throughput } from './bench-support';
import { sampleBackends } from './backend-waits';
import { describeCpu, findCluster, startCpuCount, type Cluster, type CpuShares } from './cpu-time';
import { startLatencyProbe, type ProbeFigures } from './latency-probe';
import { postgresScaleData } from './postgres-scale-data';
import { readReport, repeatedReads, settledReport, submitOneByOne } from './server-at-scale';

/** A throughput run, with the CPU each process used meanwhile. */
export interface MeasuredRun extends Throughput {
  cpu: CpuShares;
  /** What the servers' backends were doing (backend-waits.ts), or why it is not known. */
  waits: string;
  /** With two instances, each one's own run. */
  each: Throughput[];
}

export interface PostgresFigures {
  stored: number;
  seedSeconds: { records: number; responses: number; vacuum: number };
  tableMegabytes: number;
  /** Spawn to serving (migrations found applied). */
  startMs: number;
  rssAfterStartMb: number;
  report: {
    firstAfterStartMs: number;
    probe: ProbeFigures;
    repeatedMs: number;
    firstAfterReleaseMs: number;
    repeatedAfterReleaseMs: number;
    receivedBefore: number;
    receivedAfter: number;
  };
  rssAfterReportMb: number;
  /** Durable submissions through one department link by connection count, with one instance and with two. */
  one: Map<number, MeasuredRun>;
  two: Map<number, MeasuredRun>;
  /**
   * At the largest connection count, spread over every department link: a shared-link answer takes its
   * place under its department's lock, so one link's answers are taken one at a time.
   */
  spread: { connections: number; links: number; one: MeasuredRun; two: MeasuredRun };
}

async function timedStart(env: Record<string, string>) {
  const dataDir = await makeDataDir(); // unused by a server on PostgreSQL, but startServer names one
  const started = performance.now();
  // Every benchmark request comes from one address: the submission limit would measure itself.
  const server = await startServer({ dataDir, env: { ...env, SUBMISSIONS_PER_MINUTE: '0' } });
  return { server, ms: performance.now() - started, dataDir };
}

const summed = (runs: Throughput[]): Throughput => ({
  rps: runs.reduce((sum, t) => sum + t.rps, 0),
  p99: Math.max(...runs.map((t) => t.p99)),
  errors: runs.reduce((sum, t) => sum + t.errors, 0),
});

/**
 * autocannon against every server and department link at once (one run each, all started together),
 * `connections` split evenly over them; rates summed, and summed per server into `each`.
 */
async function submissions(
  servers: ServerProcess[],
  tokens: string[],
  body: string,
  connections: number,
  cluster: Cluster | null,
): Promise<MeasuredRun> {
  const sampled = cluster
    ? await sampleBackends(
        cluster.url,
        servers.map((s) => s.child.pid!),
      ).catch((error: Error) => async () => `backends not sampled: ${error.message}`)
    : async () => 'backends not sampled';
  const count = startCpuCount(
    servers.map((s) => s.child.pid!),
    cluster,
  );
  const perServer = await Promise.all(
    servers.map((server) =>
      Promise.all(
        tokens.map((token) =>
          requestsPerSecond({
            url: `${server.url}/api/survey/${token}/responses`,
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
            connections: Math.round(connections / servers.length / tokens.length),
          }),
        ),
      ),
    ),
  );
  const cpu = await count();
  const waits = await sampled();
  const each = perServer.map(summed);
  return { ...summed(each), cpu, waits, each };
}

export async function benchPostgresAtScale(options: {
  url: string;
  stored: number;
  body: string;
  connections: number[];
  hello: { get: Map<number, Throughput>; post: Map<number, Throughput> };
  log: (line: string) => void;
}): Promise<PostgresFigures> {
  const { stored, body, log } = options;
  const data = await postgresScaleData(options.url, stored);
  const seed = data.seconds;
  const tableMegabytes = data.tableBytes / 1e6;
  log(
    `  ${stored.toLocaleString('en')} stored (schema ${data.schema}): records through the storage in ` +
      `${seed.records.toFixed(1)} s, responses inserted in ${seed.responses.toFixed(1)} s ` +
      `(${stored > 0 ? ((stored / seed.responses) | 0).toLocaleString('en') : '–'}/s), VACUUM ANALYZE ` +
      `${seed.vacuum.toFixed(1)} s; responses table ${tableMegabytes.toFixed(0)} MB with indexes and TOAST`,
  );
  const cluster = await findCluster(options.url).catch(() => null);
  const servers: ServerProcess[] = [];
  const dirs: string[] = [];
  const ratios = (rps: number, connections: number) =>
    `${(rps / options.hello.get.get(connections)!.rps).toFixed(3)}× hello GET, ` +
    `${(rps / options.hello.post.get(connections)!.rps).toFixed(2)}× hello POST`;
  try {
    const first = await timedStart(data.env);
    servers.push(first.server);
    dirs.push(first.dataDir);
    const server = first.server;
    const pid = server.child.pid!;
    const rssAfterStartMb = residentMegabytes(pid);
    log(`  one instance started in ${first.ms.toFixed(0)} ms, RSS ${rssAfterStartMb.toFixed(0)} MB`);
    const cookie = await signUpOwner(server);
    const { campaignId } = data;

    const probe = await startLatencyProbe(`${server.url}/api/questionnaires`, { cookie, origin: server.url });
    const firstRead = await readReport(server, cookie, campaignId);
    const buildProbe = await probe.stop();
    const repeatedMs = await repeatedReads(server, cookie, campaignId);
    const rssAfterReportMb = residentMegabytes(pid);
    log(
      `  report: first ${firstRead.ms.toFixed(0)} ms (received ${firstRead.received}; probe max ` +
        `${buildProbe.maxMs.toFixed(0)} ms), again ${repeatedMs.toFixed(1)} ms; RSS ${rssAfterReportMb.toFixed(0)} MB`,
    );

    const token = data.departmentTokens[0]!;
    const one = new Map<number, MeasuredRun>();
    for (const connections of options.connections) {
      const run = await submissions([server], [token], body, connections, cluster);
      one.set(connections, run);
      log(
        `  one instance, ${connections} connections: ${run.rps.toFixed(0)} submissions/s = ` +
          `${ratios(run.rps, connections)}, p99 ${run.p99} ms, ${run.errors} errors; ${describeCpu(run.cpu, run.rps * run.cpu.wallSeconds)}; ${run.waits}`,
      );
    }

    // As in server-at-scale.ts: answers into another department, enough to release a batch whatever the
    // minimum group size; the first read after them is what an executive sees while answers pour in.
    const before = await settledReport(server, cookie, campaignId);
    await submitOneByOne(server, data.departmentTokens[1]!, body, 10);
    const afterRelease = await readReport(server, cookie, campaignId);
    const repeatedAfterReleaseMs = await repeatedReads(server, cookie, campaignId);
    log(
      `  report after 10 new answers (received ${before.received} → ${afterRelease.received}): first ` +
        `${afterRelease.ms.toFixed(1)} ms, again ${repeatedAfterReleaseMs.toFixed(1)} ms`,
    );

    const most = Math.max(...options.connections);
    const links = data.departmentTokens;
    const spreadLog = (run: MeasuredRun, instances: string) =>
      log(
        `  ${instances}, ${most} connections spread over the ${links.length} department links: ` +
          `${run.rps.toFixed(0)} submissions/s${run.each.length > 1 ? ` (${run.each.map((t) => t.rps.toFixed(0)).join(' + ')})` : ''} = ` +
          `${ratios(run.rps, most)} = ${(run.rps / one.get(most)!.rps).toFixed(2)}× one link, p99 ${run.p99} ms, ` +
          `${run.errors} errors; ${describeCpu(run.cpu, run.rps * run.cpu.wallSeconds)}; ${run.waits}`,
      );
    const spreadOne = await submissions([server], links, body, most, cluster);
    spreadLog(spreadOne, 'one instance');

    const second = await timedStart(data.env);
    servers.push(second.server);
    dirs.push(second.dataDir);
    log(`  second instance on the same schema started in ${second.ms.toFixed(0)} ms`);
    const two = new Map<number, MeasuredRun>();
    for (const connections of options.connections) {
      const run = await submissions(servers, [token], body, connections, cluster);
      two.set(connections, run);
      const alone = one.get(connections)!.rps;
      log(
        `  two instances, ${connections} connections (${connections / 2} each): ${run.rps.toFixed(0)} ` +
          `submissions/s (${run.each.map((t) => t.rps.toFixed(0)).join(' + ')}) = ${ratios(run.rps, connections)} ` +
          `= ${(run.rps / alone).toFixed(2)}× one instance, p99 ${run.p99} ms, ${run.errors} errors; ` +
          `${describeCpu(run.cpu, run.rps * run.cpu.wallSeconds)}; ${run.waits}`,
      );
    }
    const spreadTwo = await submissions(servers, links, body, most, cluster);
    spreadLog(spreadTwo, 'two instances');
    return {
      stored,
      seedSeconds: seed,
      tableMegabytes,
      startMs: first.ms,
      rssAfterStartMb,
      report: {
        firstAfterStartMs: firstRead.ms,
        probe: buildProbe,
        repeatedMs,
        firstAfterReleaseMs: afterRelease.ms,
        repeatedAfterReleaseMs,
        receivedBefore: before.received,
        receivedAfter: afterRelease.received,
      },
      rssAfterReportMb,
      one,
      two,
      spread: { connections: most, links: links.length, one: spreadOne, two: spreadTwo },
    };
  } finally {
    for (const server of servers) await server.stop('SIGTERM');
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
    await data.drop();
  }
}
