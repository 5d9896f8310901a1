// What a restart finds when a campaign's checkpoint is right, stale, damaged or from elsewhere, and how the
// compact store hands back what was stored: set up by writing and damaging the files as a crash, a restored
// backup or a bad disk would leave them, then opening the store as a start does.

import { appendFile, copyFile, mkdtemp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SurveyResponse } from '../../../../server/domain/instrument/response';
import {
  openEmbeddedResponseRepository,
  type EmbeddedResponseRepository,
} from '../../../../server/storage/embedded/embedded-response-repository';
import { makeResponse } from '../../../fixtures/make-response';

let dir: string;
let open: EmbeddedResponseRepository | null = null;
let warnings: string[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'groundwork-checkpoint-'));
  warnings = [];
});
afterEach(async () => {
  await open?.close();
  open = null;
  await rm(dir, { recursive: true, force: true });
});

const logPath = (campaignId = 'c-1') => join(dir, `${campaignId}.jsonl`);
const checkpointPath = (campaignId = 'c-1') => join(dir, `${campaignId}.checkpoint`);

async function start(pendingClaims?: ReadonlySet<string>): Promise<EmbeddedResponseRepository> {
  await open?.close();
  open = await openEmbeddedResponseRepository(dir, (m) => warnings.push(m), { pendingClaims });
  return open;
}

async function stop(): Promise<void> {
  await open?.close();
  open = null;
}

/** A response as the survey stores it: likert answers, a choice, a list of departments and free text. */
function surveyResponse(n: number, campaignId = 'c-1'): SurveyResponse {
  return makeResponse({
    campaignId,
    departmentId: `d${n % 3}`,
    language: n % 2 ? 'zh-cn' : 'en',
    submittedOn: `2026-03-${String(1 + (n % 9)).padStart(2, '0')}`,
    answers: {
      pay_fair: 1 + (n % 5),
      pay_market: n % 7 === 0 ? 'dk' : 3,
      profile_okr_training: n % 2 ? 'yes' : 'no',
      depends_on: n % 4 ? ['d1', 'd2'] : [],
      sample_okr: `O: Grow the business in region ${n}. KR1: 40 "new" customers \\ 目标 ${n}.`,
    },
  });
}

async function stored(count: number, campaignId = 'c-1'): Promise<SurveyResponse[]> {
  const repository = await start();
  const responses = Array.from({ length: count }, (_, n) => surveyResponse(n, campaignId));
  await Promise.all(responses.map((r) => repository.append(r)));
  return repository.listByCampaign(campaignId);
}

/** Overwrites `bytes` bytes of a file at `at` with "#", keeping its length. */
async function damage(path: string, at: number, bytes = 8): Promise<void> {
  const content = await readFile(path);
  content.fill('#', at, at + bytes);
  await writeFile(path, content);
}

/** Where line `n` (from 1) of a log starts. */
async function lineStart(path: string, n: number): Promise<number> {
  const content = await readFile(path);
  let at = 0;
  for (let i = 1; i < n; i++) at = content.indexOf(0x0a, at) + 1;
  return at;
}

describe('a start with a checkpoint', () => {
  it('reads only the lines after it: a line before it damaged since goes unnoticed', async () => {
    const responses = await stored(120);
    await stop(); // writes the checkpoint
    // Damaged in the middle of the log, away from the bytes the checkpoint compares at either end.
    await damage(logPath(), (await lineStart(logPath(), 60)) + 2);
    const repository = await start();
    expect(await repository.countByCampaign('c-1')).toBe(120);
    const seen: SurveyResponse[] = [];
    await repository.scan('c-1', (r) => seen.push(r), { texts: false });
    expect(seen.map((r) => r.id)).toEqual(responses.map((r) => r.id));
    expect(warnings).toEqual([]);
  });

  it('falls back to the whole log when the checkpoint is damaged, and so finds the damaged line', async () => {
    await stored(120);
    await stop();
    await damage(logPath(), (await lineStart(logPath(), 60)) + 2);
    const size = (await stat(checkpointPath())).size;
    await damage(checkpointPath(), Math.floor(size / 2), 1);
    await expect(start()).rejects.toThrow(`${logPath()}, line 60: not a valid response record`);
    expect(warnings.join('\n')).toMatch(/c-1\.checkpoint: not used, since it is damaged/);
  });

  it('hands back every response as it was stored, free texts included, after a restart from it', async () => {
    const responses = await stored(30);
    await stop();
    const repository = await start();
    expect(await repository.listByCampaign('c-1')).toEqual(responses);
    expect(await repository.countByDepartment('c-1')).toEqual({ d0: 10, d1: 10, d2: 10 });
    expect(repository.countIn('c-1', 'd1')).toBe(10);
    expect(warnings).toEqual([]);
  });

  it('reads lines appended after it, and ignores one repeating a response it already holds', async () => {
    const responses = await stored(10);
    await stop();
    const later = surveyResponse(99);
    await appendFile(logPath(), `${JSON.stringify(later)}\n${JSON.stringify(responses[3])}\n`);
    const repository = await start();
    expect((await repository.listByCampaign('c-1')).map((r) => r.id)).toEqual([
      ...responses.map((r) => r.id),
      later.id,
    ]);
    expect(warnings.join('\n')).toMatch(/1 line repeated an earlier response and was ignored/);
  });

  it('knows the idempotency keys and the pending claims of the responses it holds', async () => {
    let repository = await start();
    await repository.appendStored(surveyResponse(1), { key: 'key-1', claim: 'claim-of-a' });
    await repository.appendStored(surveyResponse(2), { key: 'key-2', claim: null });
    await stop();
    repository = await start(new Set(['claim-of-a', 'claim-of-b']));
    expect(repository.hasKey('c-1', 'key-1')).toBe(true);
    expect(repository.hasKey('c-1', 'key-2')).toBe(true);
    expect(repository.hasKey('c-1', 'key-3')).toBe(false);
    expect(repository.hasKey('c-2', 'key-1')).toBe(false);
    expect([...repository.claimsFound()]).toEqual(['claim-of-a']);
  });

  it('cuts off a line torn after it, keeps the rest, and goes on appending', async () => {
    const responses = await stored(5);
    await stop();
    await appendFile(logPath(), JSON.stringify(surveyResponse(7)).slice(0, 40));
    let repository = await start();
    expect(warnings.join('\n')).toMatch(/the last line was cut off mid-write/);
    expect(await repository.countByCampaign('c-1')).toBe(5);
    const next = surveyResponse(8);
    await repository.append(next);
    repository = await start();
    expect((await repository.listByCampaign('c-1')).map((r) => r.id)).toEqual([
      ...responses.map((r) => r.id),
      next.id,
    ]);
  });

  it('ignores a checkpoint left half-written by a crash, keeping the one before', async () => {
    await stored(5);
    await stop();
    await writeFile(`${checkpointPath()}.tmp`, 'GWRCP001 half');
    const repository = await start();
    expect(await repository.countByCampaign('c-1')).toBe(5);
    expect(warnings).toEqual([]);
    await expect(stat(`${checkpointPath()}.tmp`)).rejects.toThrow('ENOENT');
  });
});

describe('a checkpoint that cannot be used', () => {
  it('is stale after an exclusion rewrote the log: the excluded response does not come back', async () => {
    const [a, b, c] = await stored(3);
    await stop();
    await copyFile(checkpointPath(), join(dir, 'old-checkpoint'));
    let repository = await start();
    expect(await repository.remove('c-1', [b!.id])).toBe(1);
    await stop();
    await copyFile(join(dir, 'old-checkpoint'), checkpointPath());
    repository = await start();
    expect((await repository.listByCampaign('c-1')).map((r) => r.id)).toEqual([a!.id, c!.id]);
    expect(warnings.join('\n')).toMatch(/not used, since the log is shorter than it was/);
  });

  it('is stale when the log was replaced by another of at least its length', async () => {
    await stored(3);
    await stop();
    const other = Array.from({ length: 6 }, (_, n) => surveyResponse(n + 10));
    await writeFile(logPath(), other.map((r) => `${JSON.stringify(r)}\n`).join(''));
    const repository = await start();
    expect((await repository.listByCampaign('c-1')).map((r) => r.id)).toEqual(other.map((r) => r.id));
    expect(warnings.join('\n')).toMatch(/not used, since the log no longer holds what it was taken from/);
  });

  it('is ignored when cut short, and the log read whole', async () => {
    const responses = await stored(20);
    await stop();
    await truncate(checkpointPath(), Math.floor((await stat(checkpointPath())).size / 2));
    const repository = await start();
    expect(await repository.listByCampaign('c-1')).toEqual(responses);
    expect(warnings.join('\n')).toMatch(/not used, since it is damaged/);
  });

  it('is ignored when it is garbage', async () => {
    const responses = await stored(4);
    await stop();
    await writeFile(checkpointPath(), 'not a checkpoint at all');
    const repository = await start();
    expect(await repository.listByCampaign('c-1')).toEqual(responses);
    expect(warnings.join('\n')).toMatch(/not used, since it is damaged: it does not start as one/);
  });

  it("is ignored when it is another campaign's", async () => {
    await stored(4, 'c-2');
    const responses = (await stored(2, 'c-1')).map((r) => r.id);
    await stop();
    await copyFile(checkpointPath('c-2'), checkpointPath('c-1'));
    const repository = await start();
    expect((await repository.listByCampaign('c-1')).map((r) => r.id)).toEqual(responses);
    expect(await repository.countByCampaign('c-2')).toBe(4);
    expect(warnings.join('\n')).toMatch(
      /c-1\.checkpoint: not used, since it is damaged: it belongs to another/,
    );
  });
});

describe('responses held compactly', () => {
  it('leaves free texts out of a scan that asks for none, and gives them back exactly otherwise', async () => {
    const responses = await stored(3);
    const repository = open!;
    const without: SurveyResponse[] = [];
    await repository.scan('c-1', (r) => without.push(r), { texts: false });
    const withoutTexts = (r: SurveyResponse) => {
      const { sample_okr, ...rest } = r.answers;
      expect(sample_okr).toBeTypeOf('string');
      return { ...r, answers: rest };
    };
    expect(without).toEqual(responses.map(withoutTexts));
    const withTexts: SurveyResponse[] = [];
    await repository.scan('c-1', (r) => withTexts.push(r));
    expect(withTexts[2]!.answers.sample_okr).toBe(
      'O: Grow the business in region 2. KR1: 40 "new" customers \\ 目标 2.',
    );
  });

  it('reads the right texts after an exclusion moved the lines, and after a restart', async () => {
    const responses = await stored(6);
    let repository = open!;
    await repository.remove('c-1', [responses[1]!.id, responses[4]!.id]);
    const kept = [0, 2, 3, 5].map((i) => responses[i]!);
    expect(await repository.listByCampaign('c-1')).toEqual(kept);
    const after = surveyResponse(50);
    await repository.append(after);
    repository = await start();
    expect(await repository.listByCampaign('c-1')).toEqual([...kept, after]);
    expect(await repository.countByDepartment('c-1')).toEqual({ d0: 2, d2: 3 });
  });

  it('keeps questions with many distinct values and short free texts, across a restart', async () => {
    let repository = await start();
    const responses = Array.from({ length: 400 }, (_, n) =>
      makeResponse({
        campaignId: 'c-1',
        answers: { depends_on: [`d${n}`, `d${n + 1}`], comment: `ok ${n}`, number: n, flag: n % 2 === 0 },
      }),
    );
    for (const r of responses) await repository.append(r);
    expect(await repository.listByCampaign('c-1')).toEqual(responses);
    const without: SurveyResponse[] = [];
    await repository.scan('c-1', (r) => without.push(r), { texts: false });
    expect(without.every((r) => r.answers.comment === undefined)).toBe(true);
    repository = await start();
    expect(await repository.listByCampaign('c-1')).toEqual(responses);
    expect(warnings).toEqual([]);
  });

  it('hands out copies: changing a visited response changes nothing stored', async () => {
    await stored(1);
    const [first] = await open!.listByCampaign('c-1');
    (first!.answers.depends_on as string[]).push('d9');
    first!.answers.pay_fair = 0;
    const [again] = await open!.listByCampaign('c-1');
    expect(again!.answers.depends_on).toEqual([]);
    expect(again!.answers.pay_fair).toBe(1);
  });
});
