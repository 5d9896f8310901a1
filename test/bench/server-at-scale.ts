// The real server with N responses stored in one campaign on questionnaire 2 (scale-data-dir.ts): how long
// it takes to start and how much memory it holds; the report's first read after the start (which builds
// the campaign's tally by one scan), its repeated read, and its first read after new answers were released;
// durable submissions through a department link at two connection counts; the CSV export through its HTTP
// route (time, and the server's peak memory above what it held before); and, while the tally is built and
// while the export runs, how long a trivial request waits (latency-probe.ts). Prints nothing; returns
// figures for run.ts to print and set against the targets.

import { rm } from 'node:fs/promises';
import { signUpOwner, startServer, TEST_OWNER, type ServerProcess } from '../support/server-process';
import { requestsPerSecond, residentMegabytes, type Throughput } from './bench-support';
import { startLatencyProbe, type ProbeFigures } from './latency-probe';
import { scaleDataDir } from './scale-data-dir';

export interface ScaleFigures {
  stored: number;
  logMegabytes: number;
  seedSeconds: number;
  /** Spawn to serving, no checkpoint yet (every line parsed); null with nothing stored. */
  firstStartMs: number | null;
  /** Spawn to serving from the checkpoint the first start's close wrote. */
  startMs: number;
  rssAfterStartMb: number;
  report: {
    firstAfterStartMs: number;
    /** A trivial request sampled every 10 ms while that first read built the tally. */
    probe: ProbeFigures;
    repeatedMs: number;
    firstAfterReleaseMs: number;
    repeatedAfterReleaseMs: number;
    /** Responses the report counted as received before and after the answers sent for the release. */
    receivedBefore: number;
    receivedAfter: number;
    /** The first read after a restart that found the tally's checkpoint, and the probe meanwhile. */
    firstAfterRestartMs: number;
    restartProbe: ProbeFigures;
  };
  /**
   * The views read from the same tally, each the mean of five reads once the report is warm: label, mean
   * time and the status answered (a view that answers no figure, such as cuts a campaign did not choose,
   * still goes through its checks).
   */
  views: { label: string; ms: number; status: number }[];
  /** Spawn to serving, restarted after the tally was built. */
  restartMs: number;
  rssAfterReportMb: number;
  submissions: Map<number, Throughput>;
  export: null | {
    /** Why the download did not finish, with the end of what the server printed; null when it did. */
    failure: string | null;
    seconds: number;
    megabytes: number;
    rows: number;
    idleMb: number;
    peakAboveIdleMb: number;
    probe: ProbeFigures;
  };
  rssAtEndMb: number;
}

async function timedStart(dataDir: string): Promise<{ server: ServerProcess; ms: number }> {
  const started = performance.now();
  // Every benchmark request comes from one address: the submission limit would measure itself.
  const server = await startServer({ dataDir, env: { SUBMISSIONS_PER_MINUTE: '0' } });
  return { server, ms: performance.now() - started };
}

export interface ReportRead {
  ms: number;
  received: number;
}

export async function readReport(
  server: ServerProcess,
  cookie: string,
  campaignId: string,
): Promise<ReportRead> {
  const started = performance.now();
  const reply = await fetch(`${server.url}/api/campaigns/${campaignId}/report`, {
    headers: { cookie, origin: server.url },
  });
  const text = await reply.text();
  const ms = performance.now() - started;
  if (reply.status !== 200) throw new Error(`Report answered ${reply.status}: ${text.slice(0, 300)}`);
  const report = JSON.parse(text) as { release: { received: number } | null };
  return { ms, received: report.release?.received ?? -1 };
}

/** Five reads of one view after a first one, their mean time, and the status it answered. */
async function timedView(server: ServerProcess, cookie: string, path: string) {
  const read = async () => {
    const started = performance.now();
    const reply = await fetch(`${server.url}${path}`, { headers: { cookie, origin: server.url } });
    await reply.arrayBuffer();
    return { ms: performance.now() - started, status: reply.status };
  };
  const first = await read();
  let total = 0;
  for (let i = 0; i < 5; i++) total += (await read()).ms;
  return { ms: total / 5, status: first.status };
}

/** The report's other views: each reads the campaign's tally, so each should cost what the report does. */
async function readViews(
  server: ServerProcess,
  cookie: string,
  data: { campaignId: string; departmentIds: string[] },
) {
  const id = data.campaignId;
  const [a, b] = data.departmentIds;
  const views: [string, string][] = [
    ['across waves', `/api/campaigns/${id}/waves`],
    ['organization list with portfolio cards', '/api/organizations'],
    ['heatmap CSV', `/api/campaigns/${id}/heatmap.csv`],
    ['two units compared', `/api/campaigns/${id}/compare?a=${a}&b=${b}`],
    ['question by question', `/api/campaigns/${id}/questions`],
    ['question by question, CSV', `/api/campaigns/${id}/questions?format=csv`],
    ['cut by level', `/api/campaigns/${id}/cuts/level`],
    ['among other organizations', `/api/campaigns/${id}/benchmark`],
  ];
  const figures: ScaleFigures['views'] = [];
  for (const [label, path] of views) figures.push({ label, ...(await timedView(server, cookie, path)) });
  return figures;
}

export async function repeatedReads(
  server: ServerProcess,
  cookie: string,
  campaignId: string,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) times.push((await readReport(server, cookie, campaignId)).ms);
  return times.reduce((a, b) => a + b, 0) / times.length;
}

/**
 * The report once the answers of the last run are all in it: requests autocannon left in flight are still
 * stored after it stops, so the report is read until two reads half a second apart count the same.
 */
export async function settledReport(
  server: ServerProcess,
  cookie: string,
  campaignId: string,
): Promise<ReportRead> {
  let last = await readReport(server, cookie, campaignId);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const read = await readReport(server, cookie, campaignId);
    if (read.received === last.received) return read;
    last = read;
  }
}

/** One answer at a time through a department link, each acknowledged before the next is sent. */
export async function submitOneByOne(
  server: ServerProcess,
  token: string,
  body: string,
  n: number,
): Promise<void> {
  for (let i = 0; i < n; i++) {
    const reply = await fetch(`${server.url}/api/survey/${token}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body,
    });
    const text = await reply.text();
    if (reply.status !== 201) throw new Error(`A submission answered ${reply.status}: ${text.slice(0, 300)}`);
  }
}

/** Signs the owner in on a restarted server, which keeps the sessions of the one before. */
async function signIn(server: ServerProcess): Promise<string> {
  const reply = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ email: TEST_OWNER.email, password: TEST_OWNER.password }),
  });
  const cookie = /gw_session=[^;]+/.exec(reply.headers.get('set-cookie') ?? '')?.[0];
  if (reply.status !== 200 || !cookie)
    throw new Error(`Sign-in answered ${reply.status}: ${await reply.text()}`);
  return cookie;
}

/** Downloads the export, sampling the server's resident memory every 10 ms. */
async function timedExport(server: ServerProcess, cookie: string, campaignId: string) {
  const pid = server.child.pid!;
  const idleMb = residentMegabytes(pid);
  let peakMb = idleMb;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, residentMegabytes(pid))), 10);
  const probe = await startLatencyProbe(`${server.url}/api/questionnaires`, { cookie, origin: server.url });
  const started = performance.now();
  let bytes = 0;
  let rows = -1; // the header
  let failure: string | null = null;
  try {
    const reply = await fetch(`${server.url}/api/campaigns/${campaignId}/export/responses`, {
      headers: { cookie, origin: server.url },
    });
    if (reply.status !== 200) throw new Error(`the export answered ${reply.status}: ${await reply.text()}`);
    for await (const chunk of reply.body! as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength;
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) rows++;
    }
  } catch (error) {
    const exit = server.child.exitCode ?? server.child.signalCode;
    failure =
      `${(error as Error).message} (${(error as Error & { cause?: Error }).cause?.message ?? ''}) after ` +
      `${rows} rows; server ${exit === null ? 'still running' : `exited (${exit})`}; it printed: ` +
      server.output().slice(-1500);
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (failure === null) peakMb = Math.max(peakMb, residentMegabytes(pid));
  return {
    failure,
    seconds,
    megabytes: bytes / 1e6,
    rows,
    idleMb,
    peakAboveIdleMb: peakMb - idleMb,
    probe: await probe.stop(),
  };
}

export async function benchServerAtScale(options: {
  stored: number;
  body: string;
  connections: number[];
  exportAtLeast: number;
  log: (line: string) => void;
}): Promise<ScaleFigures> {
  const { stored, body, log } = options;
  const seeding = performance.now();
  const data = await scaleDataDir(stored);
  const seedSeconds = (performance.now() - seeding) / 1000;
  log(
    `  ${stored.toLocaleString('en')} stored: log written (${(data.logBytes / 1e6).toFixed(0)} MB) in ${seedSeconds.toFixed(0)} s`,
  );
  let server: ServerProcess | null = null;
  try {
    let firstStartMs: number | null = null;
    if (stored > 0) {
      const first = await timedStart(data.dataDir);
      firstStartMs = first.ms;
      // Its close writes the checkpoint the next start reads.
      await first.server.stop('SIGTERM');
    }
    const started = await timedStart(data.dataDir);
    server = started.server;
    const pid = server.child.pid!;
    const rssAfterStartMb = residentMegabytes(pid);
    log(
      `  started in ${started.ms.toFixed(0)} ms (first start ${firstStartMs?.toFixed(0) ?? '–'} ms), RSS ${rssAfterStartMb.toFixed(0)} MB`,
    );
    const cookie = await signUpOwner(server);
    const { campaignId } = data;

    const probe = await startLatencyProbe(`${server.url}/api/questionnaires`, { cookie, origin: server.url });
    const firstRead = await readReport(server, cookie, campaignId);
    const buildProbe = await probe.stop();
    const repeatedMs = await repeatedReads(server, cookie, campaignId);
    const rssAfterReportMb = residentMegabytes(pid);
    log(
      `  report: first ${firstRead.ms.toFixed(0)} ms (probe max ${buildProbe.maxMs.toFixed(0)} ms), again ${repeatedMs.toFixed(1)} ms`,
    );
    const views = await readViews(server, cookie, data);
    log(`  views: ${views.map((v) => `${v.label} ${v.ms.toFixed(1)} ms (${v.status})`).join('; ')}`);

    const submissions = new Map<number, Throughput>();
    for (const connections of options.connections) {
      const result = await requestsPerSecond({
        url: `${server.url}/api/survey/${data.departmentTokens[0]}/responses`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        connections,
      });
      submissions.set(connections, result);
      log(
        `  submissions, ${connections} connections: ${result.rps.toFixed(0)}/s, p99 ${result.p99} ms, ${result.errors} errors`,
      );
    }

    // New answers into one department, enough that its held-back ones are released as a batch whatever
    // the minimum group size: the first read after them is what an executive sees while answers pour in.
    const before = await settledReport(server, cookie, campaignId);
    await submitOneByOne(server, data.departmentTokens[1]!, body, 10);
    const afterRelease = await readReport(server, cookie, campaignId);
    const repeatedAfterReleaseMs = await repeatedReads(server, cookie, campaignId);
    log(
      `  report after 10 new answers (received ${before.received} → ${afterRelease.received}): first ` +
        `${afterRelease.ms.toFixed(1)} ms, again ${repeatedAfterReleaseMs.toFixed(1)} ms`,
    );

    const exported = stored >= options.exportAtLeast ? await timedExport(server, cookie, campaignId) : null;
    if (exported?.failure) log(`  export FAILED: ${exported.failure}`);
    else if (exported) {
      log(
        `  export: ${exported.rows} rows in ${exported.seconds.toFixed(1)} s, peak ${exported.peakAboveIdleMb.toFixed(0)} MB above idle`,
      );
    }
    const alive = server.child.exitCode === null && server.child.signalCode === null;
    const rssAtEndMb = alive ? residentMegabytes(pid) : 0;

    // A restart once the tally has been built: the first read now takes up the tally's checkpoint and
    // reads only the responses stored after it.
    await server.stop('SIGTERM');
    const restarted = await timedStart(data.dataDir);
    server = restarted.server;
    const restartCookie = await signIn(server);
    const restartProbe = await startLatencyProbe(`${server.url}/api/questionnaires`, {
      cookie: restartCookie,
      origin: server.url,
    });
    const afterRestart = await readReport(server, restartCookie, campaignId);
    const afterRestartProbe = await restartProbe.stop();
    log(
      `  restarted in ${restarted.ms.toFixed(0)} ms; report: first ${afterRestart.ms.toFixed(0)} ms ` +
        `(probe max ${afterRestartProbe.maxMs.toFixed(0)} ms)`,
    );
    return {
      stored,
      logMegabytes: data.logBytes / 1e6,
      seedSeconds,
      firstStartMs,
      startMs: started.ms,
      rssAfterStartMb,
      report: {
        firstAfterStartMs: firstRead.ms,
        probe: buildProbe,
        repeatedMs,
        firstAfterReleaseMs: afterRelease.ms,
        repeatedAfterReleaseMs,
        receivedBefore: before.received,
        receivedAfter: afterRelease.received,
        firstAfterRestartMs: afterRestart.ms,
        restartProbe: afterRestartProbe,
      },
      views,
      restartMs: restarted.ms,
      rssAfterReportMb,
      submissions,
      export: exported,
      rssAtEndMb,
    };
  } finally {
    await server?.stop('SIGTERM');
    await rm(data.dataDir, { recursive: true, force: true });
  }
}
