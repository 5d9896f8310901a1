// The people store's own files: removing a campaign's people for good (a campaign deleted), and erasing a
// closed campaign's staff list while keeping what its counts need.

import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeCampaign, createCampaign, openCampaign } from '../../../../server/domain/campaigns/campaign';
import { inviteStaff } from '../../../../server/domain/campaigns/survey-invitation';
import { openEmbeddedStorage } from '../../../../server/storage/embedded/open-embedded-storage';
import type { Storage } from '../../../../server/storage/storage';

const dirs: string[] = [];
const opened: Storage[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close().catch(() => undefined)));
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function freshStorage(): Promise<{ dir: string; storage: Storage; reopen: () => Promise<Storage> }> {
  const dir = await mkdtemp(join(tmpdir(), 'groundwork-people-'));
  dirs.push(dir);
  const open = async () => {
    const storage = await openEmbeddedStorage(dir, () => undefined);
    opened.push(storage);
    return storage;
  };
  const storage = await open();
  return {
    dir,
    storage,
    reopen: async () => {
      await storage.close();
      return open();
    },
  };
}

function people(campaignId: string, count: number) {
  let n = 0;
  return inviteStaff(
    Array.from({ length: count }, (_, i) => ({
      email: `${campaignId}-p${i}@x.org`,
      name: `Person ${campaignId} ${i}`,
      departmentId: `d${i % 2}`,
      language: 'en' as const,
    })),
    campaignId,
    '2026-03-01',
    () => `${campaignId}-inv-${++n}`,
  );
}

/** Every byte of every file under the people directory, as text. */
async function peopleText(dir: string): Promise<string> {
  const names = await readdir(join(dir, 'people'));
  const texts = await Promise.all(names.map((n) => readFile(join(dir, 'people', n), 'latin1')));
  return names.join('\n') + texts.join('\n');
}

describe('removing a campaign from the people store', () => {
  it("removes the campaign's list, links and files, and leaves other campaigns' lists alone", async () => {
    const { dir, storage, reopen } = await freshStorage();
    const gone = people('c-gone', 4);
    const kept = people('c-kept', 3);
    await storage.surveyInvitations.addMany([...gone, ...kept]);
    await storage.surveyInvitations.issueLinks([
      { id: gone[0]!.id, tokenHash: 'hash-gone' },
      { id: kept[0]!.id, tokenHash: 'hash-kept' },
    ]);
    await storage.surveyInvitations.markStarted(gone[1]!.id);

    await storage.surveyInvitations.removeCampaign('c-gone');

    expect(await storage.surveyInvitations.listByCampaign('c-gone')).toEqual([]);
    expect(await storage.surveyInvitations.countByDepartment('c-gone')).toEqual({});
    expect(await storage.surveyInvitations.findByTokenHash('hash-gone')).toBeUndefined();
    expect((await storage.surveyInvitations.findByTokenHash('hash-kept'))?.email).toBe('c-kept-p0@x.org');
    expect((await readdir(join(dir, 'people'))).filter((n) => n.startsWith('c-gone'))).toEqual([]);
    expect(await peopleText(dir)).not.toContain('c-gone');

    const again = await reopen();
    expect(await again.surveyInvitations.listByCampaign('c-gone')).toEqual([]);
    expect(await again.surveyInvitations.listByCampaign('c-kept')).toHaveLength(3);
  });

  it('does nothing for a campaign that never had a list, and a removed campaign may get a new one', async () => {
    const { storage } = await freshStorage();
    await storage.surveyInvitations.removeCampaign('c-none');
    await storage.surveyInvitations.addMany(people('c-1', 2));
    await storage.surveyInvitations.removeCampaign('c-1');
    await storage.surveyInvitations.addMany(people('c-1', 3));
    expect(await storage.surveyInvitations.countByDepartment('c-1')).toEqual({ d0: 2, d1: 1 });
  });
});

/** A closed campaign in the records, so the people store may put its list away. */
async function closedCampaign(storage: Storage, id: string) {
  const draft = createCampaign({
    id,
    organizationId: 'org-1',
    name: `Campaign ${id}`,
    questionnaireId: 'fixture',
    departmentIds: ['d0', 'd1'],
    today: '2026-03-01',
    newToken: () => `${id}-token`,
  });
  await storage.campaigns.create(closeCampaign(openCampaign(draft, '2026-03-01', 0), '2026-04-01'));
}

describe('erasing a staff list', () => {
  it('leaves no name, address or link in any file, however the list was kept', async () => {
    const { dir, storage, reopen } = await freshStorage();
    await closedCampaign(storage, 'c-1');
    const listed = people('c-1', 40);
    await storage.surveyInvitations.addMany(listed);
    await storage.surveyInvitations.issueLinks(listed.map((p, i) => ({ id: p.id, tokenHash: `hash-${i}` })));
    await storage.surveyInvitations.recordDeliveries([
      {
        id: listed[0]!.id,
        kind: 'invitation',
        on: '2026-03-02',
        outcome: { ok: false, error: 'mailbox c-1-p0@x.org full' },
      },
    ]);
    await storage.surveyInvitations.markStarted(listed[3]!.id);
    // A restart puts the closed campaign's list away, with the fingerprints of its links beside it.
    const again = await reopen();
    expect((await readdir(join(dir, 'people'))).some((n) => n.endsWith('.links'))).toBe(true);

    await again.surveyInvitations.erase('c-1', '2026-07-01');

    const text = await peopleText(dir);
    for (const [i, p] of listed.entries()) {
      expect(text).not.toContain(p.email);
      expect(text).not.toContain(`hash-${i}"`);
    }
    expect(text).not.toContain('Person c-1');
    expect(
      (await readdir(join(dir, 'people'))).filter((n) => n.endsWith('.log') || n.endsWith('.links')),
    ).toEqual([]);
    const afterwards = await again.surveyInvitations.listByCampaign('c-1');
    expect(afterwards).toHaveLength(40);
    expect(afterwards.filter((i) => i.started)).toHaveLength(1);
    expect(await again.surveyInvitations.countByDepartment('c-1')).toEqual({ d0: 20, d1: 20 });
  });
});
