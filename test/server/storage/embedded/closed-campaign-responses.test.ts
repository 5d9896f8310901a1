// Closed campaigns' responses leave memory: not loaded at start, loaded again when something reads them
// (once, however many ask at the same time), put away again after being left alone, and what the store must
// answer without them (counts, claims pending at start) still right. Each test writes a data directory as
// the survey would, restarts the store on it as a start does, and watches what is in memory and what is
// read from disk.

import { appendFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeCampaign, createCampaign, openCampaign } from '../../../../server/domain/campaigns/campaign';
import type { SurveyResponse } from '../../../../server/domain/instrument/response';
import {
  openEmbeddedResponseRepository,
  type EmbeddedResponseRepository,
} from '../../../../server/storage/embedded/embedded-response-repository';
import { openEmbeddedStorage } from '../../../../server/storage/embedded/open-embedded-storage';
import { makeResponse } from '../../../fixtures/make-response';

const MINUTE = 60_000;

let dir: string;
let open: EmbeddedResponseRepository | null = null;
let warnings: string[] = [];
let clock = 0;
const closed = new Set<string>(['closed-1']);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'groundwork-closed-'));
  warnings = [];
  clock = Date.parse('2027-01-04T09:00:00Z');
});
afterEach(async () => {
  await open?.close();
  open = null;
  await rm(dir, { recursive: true, force: true });
});

const logPath = (campaignId: string) => join(dir, `${campaignId}.jsonl`);
const checkpointPath = (campaignId: string) => join(dir, `${campaignId}.checkpoint`);

async function start(pendingClaims?: ReadonlySet<string>): Promise<EmbeddedResponseRepository> {
  await open?.close();
  open = await openEmbeddedResponseRepository(dir, (m) => warnings.push(m), {
    pendingClaims,
    isClosed: (id) => closed.has(id),
    now: () => clock,
  });
  return open;
}

function surveyResponse(n: number, campaignId: string): SurveyResponse {
  return makeResponse({
    campaignId,
    departmentId: `d${n % 3}`,
    language: n % 2 ? 'zh-cn' : 'en',
    answers: {
      pay_fair: 1 + (n % 5),
      depends_on: n % 4 ? ['d1', 'd2'] : [],
      sample_okr: `O: Grow the business in region ${n}. KR1: 40 "new" customers \\ 目标 ${n}.`,
    },
  });
}

/** Stores `count` responses in each campaign, one after another, then stops (writing checkpoints). */
async function storedThenStopped<K extends string>(
  counts: Record<K, number>,
): Promise<Record<K, SurveyResponse[]>> {
  const repository = await start();
  const stored = {} as Record<K, SurveyResponse[]>;
  for (const campaignId of Object.keys(counts) as K[]) {
    const list = Array.from({ length: counts[campaignId] }, (_, n) => surveyResponse(n, campaignId));
    stored[campaignId] = list;
    for (const r of list) await repository.append(r);
  }
  await repository.close();
  open = null;
  return stored;
}

/** Overwrites bytes in the middle of a checkpoint's columns: its checksum then fails. */
async function damageColumns(path: string): Promise<void> {
  const content = await readFile(path);
  content.fill('#', content.length - 40, content.length - 32);
  await writeFile(path, content);
}

/** Rewrites a checkpoint as one written before headers held counts per department, checksum and all. */
async function withoutDepartmentCounts(path: string): Promise<void> {
  const content = await readFile(path);
  const headerLength = content.readUInt32LE(8);
  const header = JSON.parse(content.toString('utf8', 12, 12 + headerLength)) as Record<string, unknown>;
  delete header.departmentCounts;
  const headerBytes = Buffer.from(JSON.stringify(header));
  const start = Buffer.alloc(12);
  content.copy(start, 0, 0, 8);
  start.writeUInt32LE(headerBytes.length, 8);
  const body = Buffer.concat([start, headerBytes, content.subarray(12 + headerLength, content.length - 4)]);
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32LE(crc32(body) >>> 0);
  await writeFile(path, Buffer.concat([body, trailer]));
}

describe('a closed campaign at start', () => {
  it('is not loaded, yet its counts are known', async () => {
    await storedThenStopped({ 'open-1': 4, 'closed-1': 9 });
    const repository = await start();
    expect(repository.loadedCampaigns()).toEqual(['open-1']);
    expect(await repository.countByCampaign('closed-1')).toBe(9);
    expect(await repository.countByDepartment('closed-1')).toEqual({ d0: 3, d1: 3, d2: 3 });
    expect(repository.countIn('closed-1', 'd1')).toBe(3);
    expect(repository.countIn('closed-1', 'd7')).toBe(0);
    expect(repository.loadedCampaigns()).toEqual(['open-1']);
    expect(warnings).toEqual([]);
  });

  it('has nothing of it read until it is asked for: damage to its checkpoint shows only then', async () => {
    const { 'closed-1': responses } = await storedThenStopped({ 'closed-1': 12 });
    const repository = await start();
    await damageColumns(checkpointPath('closed-1'));
    expect(await repository.countByCampaign('closed-1')).toBe(12);
    expect(warnings).toEqual([]);
    expect(await repository.listByCampaign('closed-1')).toEqual(responses);
    expect(warnings.join('\n')).toMatch(/closed-1\.checkpoint: not used, since it is damaged/);
  });

  it('comes back with exactly its responses and free texts on a scan', async () => {
    const { 'closed-1': responses } = await storedThenStopped({ 'open-1': 2, 'closed-1': 30 });
    const repository = await start();
    const seen: SurveyResponse[] = [];
    expect(await repository.scan('closed-1', (r) => seen.push(r))).toBe(30);
    expect(seen).toEqual(responses);
    expect(repository.loadedCampaigns().sort()).toEqual(['closed-1', 'open-1']);
    const withoutTexts: SurveyResponse[] = [];
    await repository.scan('closed-1', (r) => withoutTexts.push(r), { texts: false });
    expect(withoutTexts.map((r) => r.answers.sample_okr)).toEqual(responses.map(() => undefined));
  });

  it('stays on disk when a scan asks for nothing past its last response', async () => {
    await storedThenStopped({ 'closed-1': 5 });
    const repository = await start();
    expect(await repository.scan('closed-1', () => undefined, { from: 5 })).toBe(0);
    expect(repository.loadedCampaigns()).toEqual([]);
  });

  it('is loaded when lines follow its checkpoint, and put away once its checkpoint covers them', async () => {
    const { 'closed-1': responses } = await storedThenStopped({ 'closed-1': 3 });
    const late = surveyResponse(3, 'closed-1');
    await appendFile(logPath('closed-1'), `${JSON.stringify(late)}\n`);
    let repository = await start();
    expect(repository.loadedCampaigns()).toEqual(['closed-1']);
    await repository.putAwayClosed(0);
    expect(repository.loadedCampaigns()).toEqual([]);
    const { size } = await stat(logPath('closed-1'));
    repository = await start();
    expect(repository.loadedCampaigns()).toEqual([]);
    expect(await repository.listByCampaign('closed-1')).toEqual([...responses, late]);
    expect((await stat(logPath('closed-1'))).size).toBe(size);
  });

  it('is loaded when its checkpoint predates counts per department, and left on disk once it is rewritten', async () => {
    const { 'closed-1': responses } = await storedThenStopped({ 'closed-1': 7 });
    await withoutDepartmentCounts(checkpointPath('closed-1'));
    let repository = await start();
    expect(repository.loadedCampaigns()).toEqual(['closed-1']);
    await repository.putAwayClosed(0);
    repository = await start();
    expect(repository.loadedCampaigns()).toEqual([]);
    expect(await repository.countByDepartment('closed-1')).toEqual({ d0: 3, d1: 2, d2: 2 });
    expect(await repository.listByCampaign('closed-1')).toEqual(responses);
    expect(warnings).toEqual([]);
  });
});

describe('claims pending at start', () => {
  async function storedWithClaims(): Promise<void> {
    const repository = await start();
    await repository.appendStored(surveyResponse(1, 'closed-1'), {
      key: 'key-1',
      claim: 'claim-in-checkpoint',
    });
    await repository.appendStored(surveyResponse(2, 'open-1'), { key: null, claim: 'claim-in-open' });
    await repository.close();
    open = null;
  }

  it('are found in the lines after a closed campaign checkpoint', async () => {
    await storedWithClaims();
    const tail = { ...surveyResponse(5, 'closed-1'), claim: 'claim-in-tail' };
    await appendFile(logPath('closed-1'), `${JSON.stringify(tail)}\n`);
    const repository = await start(new Set(['claim-in-tail', 'claim-in-open', 'claim-nowhere']));
    expect([...repository.claimsFound()].sort()).toEqual(['claim-in-open', 'claim-in-tail']);
  });

  it('are found in the checkpoint of a closed campaign left on disk, without loading it', async () => {
    await storedWithClaims();
    const repository = await start(new Set(['claim-in-checkpoint', 'claim-nowhere']));
    expect([...repository.claimsFound()]).toEqual(['claim-in-checkpoint']);
    expect(repository.loadedCampaigns()).toEqual(['open-1']);
  });

  it('are found in the log when the closed campaign checkpoint turns out damaged', async () => {
    await storedWithClaims();
    await damageColumns(checkpointPath('closed-1'));
    const repository = await start(new Set(['claim-in-checkpoint']));
    expect([...repository.claimsFound()]).toEqual(['claim-in-checkpoint']);
    expect(repository.loadedCampaigns().sort()).toEqual(['closed-1', 'open-1']);
    expect(warnings.join('\n')).toMatch(/closed-1\.checkpoint: not used, since it is damaged/);
  });
});

describe('a closed campaign brought back', () => {
  it('goes away again once left alone for the idle time, and not before', async () => {
    const { 'closed-1': responses } = await storedThenStopped({ 'closed-1': 6 });
    const repository = await start();
    await repository.listByCampaign('closed-1');
    clock += 9 * MINUTE;
    await repository.putAwayClosed(10 * MINUTE);
    expect(repository.loadedCampaigns()).toEqual(['closed-1']);
    await repository.scan('closed-1', () => undefined, { texts: false }); // used again: the wait restarts
    clock += 9 * MINUTE;
    await repository.putAwayClosed(10 * MINUTE);
    expect(repository.loadedCampaigns()).toEqual(['closed-1']);
    clock += 2 * MINUTE;
    await repository.putAwayClosed(10 * MINUTE);
    expect(repository.loadedCampaigns()).toEqual([]);
    expect(await repository.countByDepartment('closed-1')).toEqual({ d0: 2, d1: 2, d2: 2 });
    expect(await repository.listByCampaign('closed-1')).toEqual(responses);
  });

  it('is loaded once however many ask at the same time', async () => {
    const { 'closed-1': responses } = await storedThenStopped({ 'closed-1': 20 });
    const repository = await start();
    // A damaged checkpoint is reported each time it is read: one report means one load.
    await damageColumns(checkpointPath('closed-1'));
    const lists = await Promise.all([
      repository.listByCampaign('closed-1'),
      repository.listByCampaign('closed-1'),
      repository.scan('closed-1', () => undefined),
      repository.remove('closed-1', ['not-stored']),
    ]);
    expect(lists[0]).toEqual(responses);
    expect(lists[1]).toEqual(responses);
    expect(lists.slice(2)).toEqual([20, 0]);
    expect(warnings.filter((w) => w.includes('not used'))).toHaveLength(1);
  });

  it('takes an answer that should never come while it loads, after what it held, without losing either', async () => {
    const { 'closed-1': responses } = await storedThenStopped({ 'closed-1': 8 });
    let repository = await start();
    const late = surveyResponse(8, 'closed-1');
    const [listed] = await Promise.all([
      repository.listByCampaign('closed-1'),
      repository.appendStored(late, { key: 'late-key', claim: null }),
    ]);
    expect(listed.slice(0, 8)).toEqual(responses);
    expect(await repository.countByCampaign('closed-1')).toBe(9);
    expect(repository.hasKey('closed-1', 'late-key')).toBe(true);
    await repository.putAwayClosed(0);
    // The same answer sent again to the campaign put away: its key is found once it is loaded.
    expect(repository.hasKey('closed-1', 'late-key')).toBe(false);
    await repository.appendStored(late, { key: 'late-key', claim: null });
    expect(await repository.countByCampaign('closed-1')).toBe(9);
    repository = await start();
    expect(await repository.listByCampaign('closed-1')).toEqual([...responses, late]);
    expect(warnings).toEqual([]);
  });

  it('is not put away while a scan reads it', async () => {
    await storedThenStopped({ 'closed-1': 4 });
    const repository = await start();
    const puttingAway: Promise<void>[] = [];
    await repository.scan('closed-1', () => {
      puttingAway.push(repository.putAwayClosed(0));
    });
    await Promise.all(puttingAway);
    expect(repository.loadedCampaigns()).toEqual(['closed-1']);
    await repository.putAwayClosed(0);
    expect(repository.loadedCampaigns()).toEqual([]);
  });

  it('has responses removed from it, durably, and the counts follow', async () => {
    const { 'closed-1': responses } = await storedThenStopped({ 'closed-1': 6 });
    let repository = await start();
    expect(await repository.remove('closed-1', [responses[0]!.id, responses[3]!.id])).toBe(2);
    await repository.putAwayClosed(0);
    expect(await repository.countByDepartment('closed-1')).toEqual({ d1: 2, d2: 2 });
    repository = await start();
    expect(repository.loadedCampaigns()).toEqual([]);
    expect(await repository.listByCampaign('closed-1')).toEqual([1, 2, 4, 5].map((i) => responses[i]));
  });
});

describe('the embedded storage', () => {
  it('puts away a closed campaign responses at start, as it does its people', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'groundwork-closed-storage-'));
    try {
      let storage = await openEmbeddedStorage(dataDir, (m) => warnings.push(m));
      await storage.organizations.create({
        id: 'org-1',
        name: 'Org',
        createdOn: '2027-01-01',
        departments: [{ id: 'd1', name: 'D1', headcount: 40 }],
      });
      for (const id of ['c-open', 'c-closed']) {
        const draft = createCampaign({
          id,
          organizationId: 'org-1',
          name: id,
          questionnaireId: 'fixture',
          modelVersion: '1',
          departmentIds: ['d1'],
          today: '2027-01-01',
          newToken: () => `${id}-token`,
        });
        await storage.campaigns.create(openCampaign(draft, '2027-01-01', Date.parse('2027-01-01')));
      }
      const responses = Array.from({ length: 5 }, () =>
        makeResponse({ campaignId: 'c-closed', departmentId: 'd1' }),
      );
      for (const r of responses) await storage.responses.append(r);
      await storage.responses.append(makeResponse({ campaignId: 'c-open', departmentId: 'd1' }));
      await storage.campaigns.update('c-closed', (c) => closeCampaign(c, '2027-01-02'));
      await storage.close();
      storage = await openEmbeddedStorage(dataDir, (m) => warnings.push(m));
      const store = storage.responses as EmbeddedResponseRepository;
      expect(store.loadedCampaigns()).toEqual(['c-open']);
      expect(await storage.responses.countByDepartment('c-closed')).toEqual({ d1: 5 });
      expect(await storage.responses.listByCampaign('c-closed')).toEqual(responses);
      await storage.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
