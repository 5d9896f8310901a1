// Personal-link status kept beside the staff list rather than in the records file: what the files hold after
// people open and answer (nothing whose order could be lined up with the response log), a list folded into
// a new snapshot, and closed campaigns' people leaving memory while their links still work.

import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Campaign } from '../../../../server/domain/campaigns/campaign';
import { inviteStaff } from '../../../../server/domain/campaigns/survey-invitation';
import { openCampaignPeople } from '../../../../server/storage/embedded/campaign-people';
import { openEmbeddedStorage } from '../../../../server/storage/embedded/open-embedded-storage';
import { openRecordsFile } from '../../../../server/storage/embedded/records-file';
import type { Storage } from '../../../../server/storage/storage';
import { makeResponse } from '../../../fixtures/make-response';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'groundwork-status-'));
  dirs.push(dir);
  return dir;
}

function people(campaignId: string, count: number) {
  let n = 0;
  return inviteStaff(
    Array.from({ length: count }, (_, i) => ({
      email: `p${i}@x.org`,
      name: `Person ${i}`,
      departmentId: `d${i % 3}`,
      language: 'en' as const,
    })),
    campaignId,
    '2026-03-01',
    () => `${campaignId}-inv-${++n}`,
  );
}

/** Every file of the people directory, by name, as bytes. */
async function peopleFiles(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(join(dir, 'people'))).sort();
  return new Map(
    await Promise.all(names.map(async (n) => [n, await readFile(join(dir, 'people', n))] as const)),
  );
}

/** Lists 12 people with a link each, then has them open their link and answer in `order`. */
async function answerInOrder(order: number[]): Promise<{ dir: string; claims: string[] }> {
  const dir = await freshDir();
  const storage = await openEmbeddedStorage(dir, () => undefined);
  const listed = people('c-1', 12);
  await storage.surveyInvitations.addMany(listed);
  await storage.surveyInvitations.issueLinks(listed.map((p, i) => ({ id: p.id, tokenHash: `hash-${i}` })));
  const logBefore = (await stat(join(dir, 'people', 'c-1.0.log'))).size;
  for (const n of order) {
    await storage.surveyInvitations.markStarted(listed[n]!.id);
    const outcome = await storage.submissions.submit({
      response: makeResponse({ campaignId: 'c-1', departmentId: listed[n]!.departmentId }),
      invitationId: listed[n]!.id,
      keyHash: null,
    });
    expect(outcome).toBe('stored');
  }
  // Opening and answering append nothing to the list's log: it holds only what administrators did.
  expect((await stat(join(dir, 'people', 'c-1.0.log'))).size).toBe(logBefore);
  await storage.close();
  const log = await readFile(join(dir, 'responses', 'c-1.jsonl'), 'utf8');
  const claims = log
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { claim: string }).claim);
  return { dir, claims };
}

describe('what the people files hold once people have answered', () => {
  it('reads the same byte for byte whatever order people opened and answered in', async () => {
    const forward = await answerInOrder([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const shuffled = await answerInOrder([7, 2, 11, 0, 5, 9, 1, 10, 3, 8, 6, 4]);
    // The response logs differ in order, so a status file that did too could be lined up with them.
    const a = await peopleFiles(forward.dir);
    const b = await peopleFiles(shuffled.dir);
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [name, bytes] of a) expect(bytes.equals(b.get(name)!), name).toBe(true);
  });

  it('keeps no claim of any response once answers are settled', async () => {
    const { dir, claims } = await answerInOrder([3, 1, 4, 0, 5, 9, 2, 6, 8, 7, 11, 10]);
    expect(claims).toHaveLength(12);
    const text = [...(await peopleFiles(dir)).values()].map((b) => b.toString('latin1')).join('\n');
    for (const claim of claims) expect(text).not.toContain(claim);
    expect(await readFile(join(dir, 'records.json'), 'utf8')).not.toMatch(/claim/);
  });

  it('marks everyone who answered, and nobody else, across a restart', async () => {
    const { dir } = await answerInOrder([5, 0, 9]);
    const storage = await openEmbeddedStorage(dir, () => undefined);
    const listed = await storage.surveyInvitations.listByCampaign('c-1');
    expect(listed.filter((i) => i.answered).map((i) => i.email)).toEqual([
      'p0@x.org',
      'p5@x.org',
      'p9@x.org',
    ]);
    expect(listed.filter((i) => i.started)).toHaveLength(3);
    await storage.close();
  });
});

describe('a staff list folded into a new snapshot', () => {
  it('keeps every person, link and delivery across the snapshot and a restart', async () => {
    const dir = await freshDir();
    let storage: Storage = await openEmbeddedStorage(dir, () => undefined);
    // Large enough that the log outgrows the smallest snapshot worth writing.
    const listed = people('c-1', 2500);
    await storage.surveyInvitations.addMany(listed);
    await storage.surveyInvitations.issueLinks(listed.map((p, i) => ({ id: p.id, tokenHash: `hash-${i}` })));
    await storage.surveyInvitations.recordDeliveries(
      listed
        .slice(0, 10)
        .map((p) => ({ id: p.id, kind: 'invitation', on: '2026-03-02', outcome: { ok: true } })),
    );
    const names = await readdir(join(dir, 'people'));
    expect(names).toContain('c-1.people');
    expect(names).not.toContain('c-1.0.log');
    const before = await storage.surveyInvitations.listByCampaign('c-1');
    await storage.close();
    storage = await openEmbeddedStorage(dir, () => undefined);
    expect(await storage.surveyInvitations.listByCampaign('c-1')).toEqual(before);
    expect((await storage.surveyInvitations.findByTokenHash('hash-2499'))?.email).toBe('p2499@x.org');
    expect(before[0]).toMatchObject({ sentOn: '2026-03-02', tokenHashes: ['hash-0'] });
    await storage.close();
  });
});

describe('closed campaigns', () => {
  async function withClosedCampaign() {
    const dir = await freshDir();
    const db = await openRecordsFile(join(dir, 'records.json'), true);
    await db.change((data) => {
      data.campaigns.push(
        { id: 'c-open', status: 'open' } as Campaign,
        { id: 'c-closed', status: 'closed' } as Campaign,
      );
    });
    const warn = () => undefined;
    const store = await openCampaignPeople(join(dir, 'people'), db, warn);
    for (const id of ['c-open', 'c-closed']) {
      const listed = people(id, 5);
      await store.add(id, listed, () => undefined);
      await store.issueLinks(listed.map((p, i) => ({ id: p.id, tokenHash: `${id}-hash-${i}` })));
      await store.markStarted(listed[0]!.id);
    }
    return { dir, db, store, reopen: () => openCampaignPeople(join(dir, 'people'), db, warn) };
  }

  it('leave memory once put away, and come back when asked for', async () => {
    const { store } = await withClosedCampaign();
    await store.putAwayClosed(0);
    expect(store.loadedCampaigns()).toEqual(['c-open']);
    expect(store.counts('c-closed', 'd0')).toMatchObject({ listed: 0 });
    const listed = await store.list('c-closed');
    expect(listed).toHaveLength(5);
    expect(listed[0]).toMatchObject({ started: true, answered: false });
    expect(store.loadedCampaigns().sort()).toEqual(['c-closed', 'c-open']);
    await store.close();
  });

  it('are not read at start, yet a late respondent’s link is still recognised', async () => {
    const { store, reopen } = await withClosedCampaign();
    await store.putAwayClosed(0);
    await store.close();
    const restarted = await reopen();
    expect(restarted.loadedCampaigns()).toEqual(['c-open']);
    expect((await restarted.findByTokenHash('c-closed-hash-3'))?.email).toBe('p3@x.org');
    expect(await restarted.findByTokenHash('c-closed-hash-unknown')).toBeUndefined();
    await restarted.close();
  });

  it('stay in memory while a claim on one of their links is pending', async () => {
    const { store } = await withClosedCampaign();
    const [first] = await store.list('c-closed');
    expect(await store.claim(first!.id, 'a-claim', () => false)).toBe(true);
    await store.putAwayClosed(0);
    expect(store.loadedCampaigns()).toContain('c-closed');
    expect(await store.settle(first!.id, 'a-claim')).toBe(true);
    await store.putAwayClosed(0);
    expect(store.loadedCampaigns()).toEqual(['c-open']);
    expect((await store.list('c-closed'))[0]).toMatchObject({ answered: true });
    await store.close();
  });
});
