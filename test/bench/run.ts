// `npm run bench`: the figures issue 13's targets are stated in, each beside Hono's hello-world measured in
// the same run, then a table of every figure against its target (the README keeps the latest).
//
//   npm run bench                      every part
//   npm run bench -- scale             one part (several may be named): hello (the baselines, run first
//                                      for every part but crash), scale, personal-links, page, crash,
//                                      workshop, postgres
//
// scale (server-at-scale.ts), at each of BENCH_SIZES (default 0,100000,1000000) stored responses: start
//   time and memory, the report's first read after the start, its repeated read and its first read after a
//   release, durable submissions at 50 and 200 connections, the CSV export at the largest size through its
//   HTTP route, and a trivial request's latency while the tally is built and while the export runs.
// personal-links (personal-links.ts): 50 and 50,000 listed against a shared link on the same server.
// page (survey-page.ts): the survey page's bytes on the wire and its first question in headless Chromium.
// crash (crash-at-scale.ts): kill -9 rounds with 100k stored under 200 submitters, about 15 s a round;
//   BENCH_CRASH_ROUNDS (default 20), BENCH_CRASH_STORED (default 100000).
// workshop (workshop-typing.ts): 20 participants sending drafts every 300 ms for BENCH_WORKSHOP_SECONDS
//   (default 60) while the facilitator holds the event stream: each draft's delay to the screen.
// postgres (postgres-at-scale.ts), with BENCH_DATABASE_URL or TEST_DATABASE_URL set (skipped with a note
//   otherwise), at each of BENCH_SIZES on a fresh schema dropped afterwards: seeding time, start, the
//   report's first read (the tally built from PostgreSQL), repeated and after a release, durable
//   submissions through one department link with one instance and with two on the same schema, and spread
//   over every link; each run with the CPU of each process and what the servers' backends were doing
//   (cpu-time.ts, backend-waits.ts); then the personal-links flow on PostgreSQL (50,000 listed) beside a
//   shared link on the same server.
// BENCH_SECONDS sets each throughput run's length (default 10). Prints figures; asserts nothing.

import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { seededRandom, synthesizeAnswers } from '../../server/demo/synthesize-responses';
import { loadQuestionnaires } from '../../server/load-questionnaires';
import { PROJECT_ROOT } from '../support/server-process';
import { DURATION_S, requestsPerSecond, residentMegabytes, type Throughput } from './bench-support';
import { printTable, type BenchResults } from './bench-table';
import { benchCrashAtScale } from './crash-at-scale';
import { postgresLinkStore } from './link-stores';
import { benchPersonalLinks, helloRoundTripMs } from './personal-links';
import { benchPostgresAtScale } from './postgres-at-scale';
import { BENCH_DATABASE_URL } from './postgres-scale-data';
import { SCALE_QUESTIONNAIRE } from './scale-data-dir';
import { benchServerAtScale } from './server-at-scale';
import { benchSurveyPage } from './survey-page';
import { benchWorkshopTyping } from './workshop-typing';

const CONNECTION_COUNTS = [50, 200];
const PARTS = ['hello', 'scale', 'personal-links', 'page', 'crash', 'workshop', 'postgres'] as const;

interface Hello {
  url: string;
  startMs: number;
  rssMb: number;
  stop: () => void;
}

function startHello(script: string): Promise<Hello> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', `test/bench/${script}`], { cwd: PROJECT_ROOT });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited (${code})`)));
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /serving (\S+)/.exec(chunk.toString());
      if (match) {
        resolve({
          url: match[1]!,
          startMs: performance.now() - started,
          rssMb: residentMegabytes(child.pid!),
          stop: () => child.kill('SIGTERM'),
        });
      }
    });
  });
}

const log = (line: string) => console.log(line);

/** Hono's hello-world GET and the bare durable POST, at each connection count, into `results.hello`. */
async function baselines(results: BenchResults, body: string): Promise<void> {
  log(
    'Baselines: Hono hello-world GET, and a POST doing only what every durable POST must (hello-post-server.ts)',
  );
  const hello = await startHello('hello-server.ts');
  Object.assign(results.hello, { startMs: hello.startMs, rssMb: hello.rssMb });
  for (const connections of CONNECTION_COUNTS) {
    results.hello.get.set(connections, await requestsPerSecond({ url: hello.url, connections }));
  }
  results.hello.roundTripMs = await helloRoundTripMs(hello.url);
  hello.stop();
  const post = await startHello('hello-post-server.ts');
  for (const connections of CONNECTION_COUNTS) {
    results.hello.post.set(
      connections,
      await requestsPerSecond({
        url: post.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        connections,
      }),
    );
  }
  post.stop();
  const rate = (t: Throughput) => `${t.rps.toFixed(0)}/s (p99 ${t.p99} ms, ${t.errors} errors)`;
  for (const connections of CONNECTION_COUNTS) {
    log(
      `  ${connections} connections: GET ${rate(results.hello.get.get(connections)!)}; ` +
        `POST with fdatasync ${rate(results.hello.post.get(connections)!)}`,
    );
  }
  log(
    `  one GET at a time: ${results.hello.roundTripMs.toFixed(2)} ms; hello-world start ` +
      `${results.hello.startMs.toFixed(0)} ms, RSS ${results.hello.rssMb.toFixed(0)} MB`,
  );
}

async function main() {
  const named = PARTS.filter((p) => process.argv.slice(2).includes(p));
  const parts = new Set(named.length > 0 ? named : PARTS);
  const sizes = (process.env.BENCH_SIZES ?? '0,100000,1000000').split(',').map(Number);
  const runStarted = performance.now();
  const questionnaire = (await loadQuestionnaires()).get(SCALE_QUESTIONNAIRE)!;
  const body = JSON.stringify({
    answers: synthesizeAnswers(questionnaire, { defaultLevel: 60, levels: {} }, seededRandom(1)),
  });
  log(
    `npm run bench${named.length ? ` -- ${named.join(' ')}` : ''}: ${new Date().toISOString().slice(0, 16)}Z, ` +
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}; throughput runs of ${DURATION_S} s; ` +
      `submission body ${body.length} bytes (questionnaire ${SCALE_QUESTIONNAIRE}).\n`,
  );
  const results: BenchResults = {
    sizes,
    hello: { get: new Map(), post: new Map(), roundTripMs: 0, startMs: 0, rssMb: 0 },
    scale: [],
    personalLinks: null,
    page: null,
    crash: null,
    workshop: null,
    postgres: null,
  };

  // The crash rounds are set against no baseline: alone, they run without one.
  if ([...parts].some((p) => p !== 'crash')) await baselines(results, body);

  if (parts.has('scale')) {
    log(`\nThe server with responses stored (sizes ${sizes.join(', ')}):`);
    const largest = Math.max(...sizes);
    for (const stored of sizes) {
      results.scale.push(
        await benchServerAtScale({
          stored,
          body,
          connections: CONNECTION_COUNTS,
          exportAtLeast: Math.max(1, largest),
          log,
        }),
      );
    }
  }
  // Its campaigns are on questionnaire 1 (bench-support.ts's seeded directory, and the shared-link one it
  // makes beside it), so its answers are too.
  const linksBody = async () => {
    const first = (await loadQuestionnaires()).get('readiness-okr')!;
    return JSON.stringify({
      answers: synthesizeAnswers(first, { defaultLevel: 60, levels: {} }, seededRandom(1)),
    });
  };
  if (parts.has('personal-links')) {
    results.personalLinks = await benchPersonalLinks({
      listSizes: [50, 50_000],
      body: await linksBody(),
      baseline: results.hello.get.get(50)!,
      helloRoundTrip: results.hello.roundTripMs,
    });
  }
  if (parts.has('page')) {
    log('\nThe survey page, first visit in headless Chromium:');
    results.page = await benchSurveyPage(log);
  }
  if (parts.has('crash')) {
    const rounds = Number(process.env.BENCH_CRASH_ROUNDS ?? 20);
    log(`\nCrash rounds at scale (${rounds}):`);
    results.crash = await benchCrashAtScale(
      {
        rounds,
        seed: 20,
        stored: Number(process.env.BENCH_CRASH_STORED ?? 100_000),
        submitters: 200,
        staffPerDepartment: 250,
        shared: 2_000,
      },
      log,
    );
  }
  if (parts.has('workshop')) {
    log('\nA workshop room typing:');
    results.workshop = await benchWorkshopTyping(results.hello.roundTripMs, log);
  }
  if (parts.has('postgres') && BENCH_DATABASE_URL === null) {
    log('\nPostgreSQL: skipped, neither BENCH_DATABASE_URL nor TEST_DATABASE_URL is set.');
  } else if (parts.has('postgres')) {
    const url = BENCH_DATABASE_URL!;
    log(
      `\nThe server on PostgreSQL (${new URL(url).host || 'local socket'}), responses stored (sizes ${sizes.join(', ')}), one ` +
        `instance and then two on the same schema. On ${cpus().length} cores shared by PostgreSQL, the ` +
        `server processes and the load generator (autocannon, in this process), each run says where the CPU ` +
        `went:`,
    );
    const atScale = [];
    for (const stored of sizes) {
      atScale.push(
        await benchPostgresAtScale({
          url,
          stored,
          body,
          connections: CONNECTION_COUNTS,
          hello: results.hello,
          log,
        }),
      );
    }
    log('\nPersonal links on PostgreSQL:');
    const links = await benchPersonalLinks({
      listSizes: [50_000],
      body: await linksBody(),
      baseline: results.hello.get.get(50)!,
      helloRoundTrip: results.hello.roundTripMs,
      store: postgresLinkStore(url),
    });
    results.postgres = { atScale, personalLinks: links };
  }
  const minutes = (performance.now() - runStarted) / 60_000;
  log(
    `\nLoad average at the end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; the run took ${minutes.toFixed(1)} min.\n`,
  );
  printTable(results, log);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
