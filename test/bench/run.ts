// `npm run bench`: throughput of survey submissions (each acknowledged only after fdatasync) and the cost
// of a report, as ratios to Hono's hello-world measured in the same run. Prints figures; asserts nothing.

import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDemoData } from '../../server/demo/demo-organization';
import { seededRandom, synthesizeAnswers } from '../../server/demo/synthesize-responses';
import { loadQuestionnaires } from '../../server/load-questionnaires';
import {
  callApi,
  makeDataDir,
  PROJECT_ROOT,
  signUpOwner,
  startServer,
  type ServerProcess,
} from '../support/server-process';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

async function requestsPerSecond(
  options: autocannon.Options,
): Promise<{ rps: number; p99: number; errors: number }> {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...options });
  const non2xx = result.non2xx + result.errors + result.timeouts;
  return { rps: result.requests.average, p99: result.latency.p99, errors: non2xx };
}

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

function residentMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** Reads a report as the signed-in owner; fails loudly rather than timing an error page. */
async function readReport(server: ServerProcess, cookie: string, campaignId: string): Promise<void> {
  const reply = await callApi(server, cookie, 'GET', `/api/campaigns/${campaignId}/report`);
  if (reply.status !== 200) throw new Error(`Report answered ${reply.status}`);
}

/** A data directory holding the demo organization with `count` synthetic responses in its log. */
async function seededDataDir(count: number): Promise<{ dataDir: string; campaignId: string; token: string }> {
  const questionnaire = (await loadQuestionnaires()).get('readiness-okr')!;
  let n = 0;
  const ids = { newId: () => `bench-${n++}`, newToken: () => `benchtoken${n++}abcdefghijkl` };
  const demo = buildDemoData(questionnaire, ids, '2026-11-26');
  const dataDir = await makeDataDir();
  await writeFile(
    join(dataDir, 'records.json'),
    JSON.stringify({ organizations: [demo.organization], campaigns: [demo.campaign] }),
  );
  await mkdir(join(dataDir, 'responses'));
  const random = seededRandom(7);
  const profile = { defaultLevel: 60, levels: {} };
  const departments = demo.organization.departments;
  const lines: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const departmentId = departments[i % departments.length]!.id;
    const answers = synthesizeAnswers(questionnaire, profile, random);
    lines.push(
      JSON.stringify({
        id: `r${i}`,
        campaignId: demo.campaign.id,
        departmentId,
        language: 'en',
        submittedOn: '2026-11-26',
        answers,
      }),
    );
  }
  await writeFile(
    join(dataDir, 'responses', `${demo.campaign.id}.jsonl`),
    lines.length ? `${lines.join('\n')}\n` : '',
  );
  return { dataDir, campaignId: demo.campaign.id, token: demo.campaign.links[1]!.token };
}

async function main() {
  const questionnaire = (await loadQuestionnaires()).get('readiness-okr')!;
  const body = JSON.stringify({
    answers: synthesizeAnswers(questionnaire, { defaultLevel: 60, levels: {} }, seededRandom(1)),
  });
  console.log(
    `Each run: ${CONNECTIONS} connections for ${DURATION_S} s. Submission body: ${body.length} bytes.\n`,
  );

  const hello = await startHello();
  const baseline = await requestsPerSecond({ url: hello.url });
  hello.stop();
  console.log(
    `Hono hello-world GET:                 ${baseline.rps.toFixed(0)} req/s (p99 ${baseline.p99} ms)`,
  );

  for (const stored of [0, 10_000, 100_000]) {
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
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
