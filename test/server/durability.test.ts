// The crash test: a response acknowledged with 201 survives kill -9 of the real server, and a record torn
// by the crash is cut off at the next start instead of stopping it.

import { appendFile, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  callApi,
  makeDataDir,
  signUpOwner,
  startServer as startServerProcess,
  type ServerProcess,
} from '../support/server-process';
import { scoreable } from '../fixtures/answers';

const SUBMISSIONS = 50;
/** Kill once this many have been acknowledged: early enough that others are still in flight. */
const KILL_AFTER = 10;

const servers: ServerProcess[] = [];
const dataDirs: string[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop('SIGKILL')));
  await Promise.all(dataDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function startServer(dataDir: string): Promise<ServerProcess & { base: string }> {
  const server = await startServerProcess({ dataDir });
  servers.push(server);
  return { ...server, base: server.url };
}

async function newDataDir(): Promise<string> {
  const dir = await makeDataDir();
  dataDirs.push(dir);
  return dir;
}

/** The owner's session; sessions live in the data directory, so it still works after a restart. */
let ownerCookie = '';
const send = (base: string, method: string, path: string, body?: unknown) =>
  callApi({ url: base }, ownerCookie, method, path, body);

/** An organization with one department and an open campaign; returns the campaign id and its department link. */
async function openCampaign(base: string): Promise<{ campaignId: string; token: string }> {
  ownerCookie = await signUpOwner({ url: base });
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

const answers = (i: number) =>
  scoreable({
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
    const dataDir = await newDataDir();
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
    await first.stop('SIGKILL');
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
    const dataDir = await newDataDir();
    const first = await startServer(dataDir);
    const { campaignId, token } = await openCampaign(first.base);
    for (let i = 0; i < 3; i++) {
      expect(
        (await send(first.base, 'POST', `/api/survey/${token}/responses`, { answers: answers(i) })).status,
      ).toBe(201);
    }
    await first.stop('SIGKILL');

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
