// POST /api/backups: the owner copies the embedded data directory into BACKUP_DIR while the server runs;
// the copy opens as a data directory; nobody else may, and without BACKUP_DIR or with PostgreSQL it says why.

import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupTarget } from '../../../server/routes/backups';
import { openEmbeddedStorage } from '../../../server/storage/embedded/open-embedded-storage';
import { as, createOrganization, inviteAndAccept } from '../../fixtures/accounts';
import { startTestApp, type TestApp } from '../../fixtures/test-app';
import { ON_POSTGRES } from '../../fixtures/test-storage';

let t: TestApp;
let backupDir: string;
afterEach(async () => {
  await t.close();
  await rm(backupDir, { recursive: true, force: true });
});

/** An app whose backups go to a fresh BACKUP_DIR (or nowhere, with `backupDir: null`). */
async function startWithBackups(configured = true) {
  backupDir = await mkdtemp(join(tmpdir(), 'groundwork-backups-'));
  const target: BackupTarget = { dataDir: '', backupDir: configured ? backupDir : null };
  t = await startTestApp(undefined, { backups: target });
  target.dataDir = t.dataDir;
}

describe('POST /api/backups', () => {
  // A copy of the embedded data directory; on PostgreSQL the route answers 409 (the last test here).
  it.skipIf(ON_POSTGRES)(
    'lets the owner copy the data directory into BACKUP_DIR, audited, and the copy opens',
    async () => {
      await startWithBackups();
      const organization = await createOrganization(t, 'Acme');
      const reply = await t.call('POST', '/api/backups');
      expect(reply.status).toBe(201);
      expect(reply.body).toMatchObject({
        directory: expect.stringMatching(/^groundwork-2026-/),
        responses: 0,
      });
      expect(reply.body.files).toBeGreaterThan(0);
      expect(await readdir(backupDir)).toEqual([reply.body.directory]);
      const copy = await openEmbeddedStorage(join(backupDir, reply.body.directory), () => undefined);
      expect((await copy.organizations.list()).map((o) => o.name)).toEqual([organization.name]);
      await copy.close();
      expect((await t.storage.audit.list()).at(-1)).toMatchObject({
        action: 'installation.backup',
        target: reply.body.directory,
      });
      // A second backup in the same second gets a directory of its own.
      const again = await t.call('POST', '/api/backups');
      expect(again.status).toBe(201);
      expect(again.body.directory).not.toBe(reply.body.directory);
    },
  );

  it('refuses an administrator, who is not the installation owner', async () => {
    await startWithBackups();
    const organization = await createOrganization(t, 'Acme');
    const admin = await inviteAndAccept(t, organization.id, { email: 'a@acme.test', role: 'administrator' });
    const reply = await t.call('POST', '/api/backups', undefined, as(admin.cookie));
    expect(reply.status).toBe(403);
    expect(await readdir(backupDir)).toEqual([]);
  });

  it('answers 409 naming BACKUP_DIR when it is unset', async () => {
    await startWithBackups(false);
    const reply = await t.call('POST', '/api/backups');
    expect(reply.status).toBe(409);
    expect(reply.body).toMatchObject({ code: 'backup.not-configured' });
  });

  it('answers 409 pointing to pg_dump when the storage is PostgreSQL', async () => {
    backupDir = await mkdtemp(join(tmpdir(), 'groundwork-backups-'));
    t = await startTestApp(undefined, { backups: null });
    const reply = await t.call('POST', '/api/backups');
    expect(reply.status).toBe(409);
    expect(reply.body).toMatchObject({ code: 'backup.embedded-only' });
  });
});
