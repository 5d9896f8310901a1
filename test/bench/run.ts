// `npm run bench`: throughput of survey submissions (each acknowledged only after fdatasync) and the cost
// of a report, as ratios to Hono's hello-world measured in the same run; then submissions through personal
// links and the staff-list import and mail-merge export behind them (personal-links.ts); then crash rounds
// (crash.ts; BENCH_CRASH_ROUNDS, default 20, 0 skips them; `npm run bench -- crash` runs only them;
// `npm run bench -- personal-links` only the hello-world baseline and the personal links). Prints figures;
// asserts nothing.

import { spawn } from 'node:child_process';
import { seededRandom, synthesizeAnswers } from '../../server/demo/synthesize-responses';
import { loadQuestionnaires } from '../../server/load-questionnaires';
import {
  callApi,
  PROJECT_ROOT,
  signUpOwner,
  startServer,
  type ServerProcess,
} from '../support/server-process';
import {
  CONNECTIONS,
  DURATION_S,
  requestsPerSecond,
  residentMegabytes,
  seededDataDir,
} from './bench-support';
import { BENCH_SIZE } from '../server/crash/crash-round';
import { benchCrash } from './crash';
import { benchPersonalLinks, helloRoundTripMs } from './personal-links';

function startHello(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/bench/hello-server.ts'], {
    cwd: PROJECT_ROOT,
  });
  return new Promise((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /serving (\S+)/.exec(chunk.toString());
      if (match) resolve({ url: match[1]!, stop: () => child.kill() });
    });
  });
}

/** Reads a report as the signed-in owner; fails loudly rather than timing an error page. */
async function readReport(server: ServerProcess, cookie: string, campaignId: string): Promise<void> {
  const reply = await callApi(server, cookie, 'GET', `/api/campaigns/${campaignId}/report`);
  if (reply.status !== 200) throw new Error(`Report answered ${reply.status}`);
}

async function crashRounds(): Promise<void> {
  const rounds = Number(process.env.BENCH_CRASH_ROUNDS ?? 20);
  if (rounds > 0) await benchCrash({ rounds, seed: 20, size: BENCH_SIZE });
}

async function main() {
  if (process.argv.includes('crash')) return crashRounds();
  const onlyPersonalLinks = process.argv.includes('personal-links');
  const questionnaire = (await loadQuestionnaires()).get('readiness-okr')!;
  const body = JSON.stringify({
    answers: synthesizeAnswers(questionnaire, { defaultLevel: 60, levels: {} }, seededRandom(1)),
  });
  console.log(
    `Each run: ${CONNECTIONS} connections for ${DURATION_S} s. Submission body: ${body.length} bytes.\n`,
  );

  const hello = await startHello();
  const baseline = await requestsPerSecond({ url: hello.url });
  const helloRoundTrip = await helloRoundTripMs(hello.url);
  hello.stop();
  console.log(
    `Hono hello-world GET:                 ${baseline.rps.toFixed(0)} req/s (p99 ${baseline.p99} ms)`,
  );

  for (const stored of onlyPersonalLinks ? [] : [0, 10_000, 100_000]) {
    const seeded = await seededDataDir(stored);
    const started = Date.now();
    // Every benchmark request comes from one address: the submission limit would measure itself.
    const server = await startServer({ dataDir: seeded.dataDir, env: { SUBMISSIONS_PER_MINUTE: '0' } });
    const startMs = Date.now() - started;
    const cookie = await signUpOwner(server);
    const submit = await requestsPerSecond({
      url: `${server.url}/api/survey/${seeded.token}/responses`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const firstStart = performance.now();
    await readReport(server, cookie, seeded.campaignId);
    const firstMs = performance.now() - firstStart;
    const repeatStart = performance.now();
    const repeats = 5;
    for (let i = 0; i < repeats; i += 1) await readReport(server, cookie, seeded.campaignId);
    const repeatMs = (performance.now() - repeatStart) / repeats;
    const rss = residentMegabytes(server.child.pid!);
    await server.stop();
    console.log(
      `${String(stored).padStart(6)} stored: submit ${submit.rps.toFixed(0)} req/s = ${(submit.rps / baseline.rps).toFixed(3)}× hello ` +
        `(p99 ${submit.p99} ms, ${submit.errors} errors); report ${firstMs.toFixed(0)} ms first, ${repeatMs.toFixed(0)} ms again; ` +
        `start ${startMs} ms; server RSS ${rss.toFixed(0)} MB`,
    );
  }

  await benchPersonalLinks({ listSizes: [50, 50_000], body, baseline, helloRoundTrip });
  if (!onlyPersonalLinks) await crashRounds();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
