// A backup of the embedded data directory taken while submissions and staff edits run: the copy opens as a
// working data directory, and what it holds is one instant's state (every answered link has its response
// and every response its answered link), with no partial line in any log.

import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inviteStaff } from '../../../../server/domain/campaigns/survey-invitation';
import {
  backUpDataDirectory,
  type BackupCounts,
} from '../../../../server/storage/embedded/backup/online-backup';
import { openEmbeddedStorage } from '../../../../server/storage/embedded/open-embedded-storage';
import { loadOrCreateKeyFile, SECRETS_KEY_FILE } from '../../../../server/security/secrets-key-file';
import { makeOrganization } from '../../../fixtures/make-campaign';
import { makeResponse } from '../../../fixtures/make-response';

let root: string;
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const invite = (emails: string[], prefix: string) => {
  let n = 0;
  return inviteStaff(
    emails.map((email) => ({ email, name: '', departmentId: 'd1', language: 'en' as const })),
    'c-1',
    '2026-03-01',
    () => `${prefix}-${++n}`,
  );
};

/** Every file of a directory, recursively, with its path relative to it. */
async function filesOf(dir: string, under = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(join(dir, under), { withFileTypes: true })) {
    const path = join(under, entry.name);
    if (entry.isDirectory()) found.push(...(await filesOf(dir, path)));
    else found.push(path);
  }
  return found;
}

describe('a backup taken while the server works', () => {
  it('opens as a working data directory holding one instant: links answered and responses agree', async () => {
    root = await mkdtemp(join(tmpdir(), 'groundwork-backup-'));
    const dataDir = join(root, 'data');
    const storage = await openEmbeddedStorage(dataDir, () => undefined);
    const listed = invite(
      Array.from({ length: 260 }, (_, i) => `p${i}@x.org`),
      'inv',
    );
    await storage.surveyInvitations.addMany(listed);

    // Ten submitters answering one after another, so that submissions are starting (a claim written in the
    // marks file, then the response appended) at every moment the backup could look.
    let submitted = 0;
    let fortyStored!: () => void;
    const forty = new Promise<void>((resolve) => (fortyStored = resolve));
    const submitters = Array.from({ length: 10 }, async (_, worker) => {
      const outcomes = [];
      for (let k = worker; k < 200; k += 10) {
        outcomes.push(
          await storage.submissions.submit({
            response: makeResponse({ campaignId: 'c-1', departmentId: 'd1' }),
            invitationId: listed[k]!.id,
            keyHash: null,
          }),
        );
        if (++submitted === 40) fortyStored();
      }
      return outcomes;
    });
    const submissions = Promise.all(submitters).then((all) => all.flat());
    // Staff edits at the same time: people added and removed, links issued, organizations made, audited.
    const edits = (async () => {
      for (let i = 0; i < 40; i++) {
        await storage.surveyInvitations.addMany(invite([`late${i}@x.org`], `late${i}`));
        await storage.surveyInvitations.remove(listed[200 + (i % 60)]!.id);
        await storage.surveyInvitations.issueLinks([{ id: listed[0]!.id, tokenHash: `hash-${i}` }]);
        await storage.organizations.create({ ...makeOrganization({ d1: 10 }), id: `org-${i}` });
        await storage.audit.record({
          at: '2026-03-01T00:00:00Z',
          accountId: null,
          action: 'edit',
          target: `${i}`,
        });
      }
    })();
    // Backups one after another once some answers are in, while the rest and the edits are still arriving.
    const writers = { done: false };
    const backups = (async () => {
      await forty;
      const taken: { dir: string; counts: BackupCounts }[] = [];
      while (!writers.done || taken.length === 0) {
        const dir = join(root, `copy-${taken.length}`);
        taken.push({ dir, counts: await backUpDataDirectory(dataDir, dir) });
      }
      return taken;
    })();
    const outcomes = await submissions;
    await edits;
    writers.done = true;
    const taken = await backups;
    expect(outcomes.every((o) => o === 'stored')).toBe(true);
    await storage.close();

    for (const [n, { dir, counts }] of taken.entries()) {
      // No partial line anywhere: every log in the copy ends with a newline and every line is JSON.
      for (const path of await filesOf(dir)) {
        if (!path.endsWith('.jsonl') && !path.endsWith('.log')) continue;
        const text = await readFile(join(dir, path), 'utf8');
        if (text === '') continue;
        expect(text.endsWith('\n'), path).toBe(true);
        for (const line of text.split('\n').filter(Boolean))
          expect(() => JSON.parse(line), path).not.toThrow();
      }
      expect((await filesOf(dir)).some((p) => p.endsWith('.tmp') || p.endsWith('.partial'))).toBe(false);

      const warnings: string[] = [];
      const copy = await openEmbeddedStorage(dir, (m) => warnings.push(m));
      const responses = await copy.responses.countByCampaign('c-1');
      const people = await copy.surveyInvitations.listByCampaign('c-1');
      const answered = people.filter((p) => p.answered).length;
      expect(responses).toBeGreaterThanOrEqual(40);
      expect(responses).toBeLessThanOrEqual(200);
      expect(answered, `copy ${n}: links answered and responses`).toBe(responses);
      expect(counts.responses).toBe(responses);
      // Nothing torn was cut off on opening the copy.
      expect(warnings.join('\n')).not.toMatch(/torn|cut off|damaged/i);
      // The copy is a working data directory: a link it did not see answered can still be used.
      const unanswered = people.find((p) => !p.answered && !p.id.startsWith('late'))!;
      expect(
        await copy.submissions.submit({
          response: makeResponse({ campaignId: 'c-1', departmentId: 'd1' }),
          invitationId: unanswered.id,
          keyHash: null,
        }),
      ).toBe('stored');
      await copy.close();
    }

    // The original kept every answer acknowledged after the backup.
    const reopened = await openEmbeddedStorage(dataDir, () => undefined);
    expect(await reopened.responses.countByCampaign('c-1')).toBe(200);
    await reopened.close();
  });

  it('copies the secrets key and every other file readable by their owner only', async () => {
    root = await mkdtemp(join(tmpdir(), 'groundwork-backup-'));
    const dataDir = join(root, 'data');
    const storage = await openEmbeddedStorage(dataDir, () => undefined);
    await storage.organizations.create(makeOrganization({ d1: 10 }));
    const key = await loadOrCreateKeyFile(dataDir);
    const copyDir = join(root, 'copy');
    await backUpDataDirectory(dataDir, copyDir);
    await storage.close();
    const files = await filesOf(copyDir);
    expect(files).toContain(SECRETS_KEY_FILE);
    for (const file of files) expect((await stat(join(copyDir, file))).mode & 0o777, file).toBe(0o600);
    expect(await loadOrCreateKeyFile(copyDir)).toEqual(key);
  });

  it('refuses a destination inside the data directory or one that exists', async () => {
    root = await mkdtemp(join(tmpdir(), 'groundwork-backup-'));
    const dataDir = join(root, 'data');
    const storage = await openEmbeddedStorage(dataDir, () => undefined);
    await expect(backUpDataDirectory(dataDir, join(dataDir, 'backup'))).rejects.toThrow(/inside/);
    await expect(backUpDataDirectory(dataDir, root)).rejects.toThrow(/exists already/);
    await storage.close();
    expect((await stat(dataDir)).isDirectory()).toBe(true);
  });
});
