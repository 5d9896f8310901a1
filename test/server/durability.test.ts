// The crash test: a response acknowledged with 201 survives kill -9 of the real server, and a record torn
// by the crash is cut off at the next start instead of stopping it.

import { spawn, type ChildProcess } from 'node:child_process';
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SUBMISSIONS = 50;
/** Kill once this many have been acknowledged: early enough that others are still in flight. */
const KILL_AFTER = 10;

interface RunningServer {
  child: ChildProcess;
  base: string;
  output: () => string;
}

const children: ChildProcess[] = [];
const dataDirs: string[] = [];

afterEach(async () => {
  await Promise.all(children.splice(0).map(killHard));
  await Promise.all(dataDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGKILL');
  await exited;
}

async function startServer(dataDir: string): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      GROUNDWORK_SKIP_CLIENT_BUILD: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${output}`);
    const ready = await fetch(`${base}/api/questionnaires`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { child, base, output: () => output };
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`The server did not start within 60 s:\n${output}`);
}

async function send(base: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // Typed loosely: each test reads only the fields it asserts.
  return { status: res.status, body: (await res.json()) as any };
}

/** An organization with one department and an open campaign; returns the campaign id and its department link. */
async function openCampaign(base: string): Promise<{ campaignId: string; token: string }> {
  const org = await send(base, 'POST', '/api/organizations', {
    name: 'Acme',
    departments: [{ name: 'Sales', headcount: 100 }],
  });
  const created = await send(base, 'POST', `/api/organizations/${org.body.id}/campaigns`, {
    name: 'Crash',
    questionnaireId: 'readiness-okr',
  });
  expect((await send(base, 'POST', `/api/campaigns/${created.body.id}/open`)).status).toBe(200);
  const link = (created.body.links as { token: string; departmentId: string | null }[]).find(
    (l) => l.departmentId !== null,
  )!;
  return { campaignId: created.body.id, token: link.token };
}

const answers = (i: number) => ({
  pay_fair: (i % 5) + 1,
  security_next_year: 'dk',
  comment: `response number ${i}`,
});

async function responsesCounted(base: string, campaignId: string): Promise<number> {
  const reply = await send(base, 'GET', `/api/campaigns/${campaignId}`);
  expect(reply.status).toBe(200);
  return reply.body.progress.responses as number;
}

describe('durability of acknowledged responses', () => {
  it('keeps every response acknowledged with 201 when the server is killed with SIGKILL mid-burst', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'groundwork-crash-'));
    dataDirs.push(dataDir);
    const first = await startServer(dataDir);
    const { campaignId, token } = await openCampaign(first.base);

    let acknowledged = 0;
    let ackedAtKill = -1;
    const submissions = Array.from({ length: SUBMISSIONS }, (_, i) =>
      fetch(`${first.base}/api/survey/${token}/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers: answers(i) }),
      }).then((res) => {
        if (res.status === 201) acknowledged += 1;
        if (acknowledged >= KILL_AFTER && ackedAtKill < 0) {
          ackedAtKill = acknowledged;
          first.child.kill('SIGKILL');
        }
        return res.status;
      }),
    );
    const outcomes = await Promise.allSettled(submissions);
    await killHard(first.child);
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(outcomes.every((o) => o.status === 'rejected' || o.value === 201)).toBe(true);
    expect(acknowledged).toBeGreaterThanOrEqual(KILL_AFTER);

    const second = await startServer(dataDir);
    const counted = await responsesCounted(second.base, campaignId);
    expect(counted).toBeGreaterThanOrEqual(acknowledged);
    expect(counted).toBeLessThanOrEqual(SUBMISSIONS);
    // After the restart the log is whole again: it takes new responses and every line is a complete record.
    expect(
      (await send(second.base, 'POST', `/api/survey/${token}/responses`, { answers: answers(99) })).status,
    ).toBe(201);
    const lines = (await readFile(join(dataDir, 'responses', `${campaignId}.jsonl`), 'utf8')).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(counted + 1);
    for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
  }, 180_000);

  it('starts after a crash left half a record at the end of a log, counting the complete ones', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'groundwork-torn-'));
    dataDirs.push(dataDir);
    const first = await startServer(dataDir);
    const { campaignId, token } = await openCampaign(first.base);
    for (let i = 0; i < 3; i++) {
      expect(
        (await send(first.base, 'POST', `/api/survey/${token}/responses`, { answers: answers(i) })).status,
      ).toBe(201);
    }
    await killHard(first.child);

    const log = join(dataDir, 'responses', `${campaignId}.jsonl`);
    await appendFile(log, `{"id":"torn","campaignId":"${campaignId}","departmentId":"x","answers":{"pay_f`);

    const second = await startServer(dataDir);
    expect(await responsesCounted(second.base, campaignId)).toBe(3);
    expect(second.output()).toMatch(/warning: .*cut off mid-write/);
    expect(
      (await send(second.base, 'POST', `/api/survey/${token}/responses`, { answers: answers(3) })).status,
    ).toBe(201);
    expect(await responsesCounted(second.base, campaignId)).toBe(4);
    const lines = (await readFile(log, 'utf8')).split('\n').slice(0, -1);
    expect(lines.map((l) => (JSON.parse(l) as { answers: { comment: string } }).answers.comment)).toEqual(
      [0, 1, 2, 3].map((i) => `response number ${i}`),
    );
  }, 180_000);
});
