// What the copy tests share: empty directories, storages opened and closed after each test, the
// installation made and stopped, the owner's view of a campaign through the app, answering a link, and
// the copy-data command run as its own process.

import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createApp } from '../../../../server/app';
import { openEmbeddedStorage } from '../../../../server/storage/embedded/open-embedded-storage';
import type { Storage } from '../../../../server/storage/storage';
import { signIn } from '../../../fixtures/accounts';
import { respondentAnswers } from '../../../fixtures/answers';
import { OWNER, type TestApp } from '../../../fixtures/test-app';
import { makeInstallation, type Installation } from './installation-fixture';

/** The helpers, each registering its cleanup in `cleanups` (run by the test file after each test). */
export function copySupport(cleanups: (() => Promise<void>)[]) {
  async function emptyDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'groundwork-copy-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    return dir;
  }

  async function opened(dir: string): Promise<Storage> {
    const storage = await openEmbeddedStorage(dir, () => undefined);
    cleanups.push(() => storage.close());
    return storage;
  }

  /** What the owner reads of the campaign through the app over `storage`, signing in afresh. */
  async function ownerView(t: TestApp, storage: Storage, campaignId: string) {
    const app = createApp({ ...t.deps, storage }, { loginLimit: null, signInDelay: null });
    const session = await signIn({ ...t, app }, OWNER.email, OWNER.password);
    expect(session.status).toBe(200);
    const get = async (path: string) => {
      const res = await app.request(path, { headers: { cookie: session.cookie! } });
      expect(res.status, path).toBe(200);
      return res.json();
    };
    return {
      app,
      report: await get(`/api/campaigns/${campaignId}/report`),
      staff: await get(`/api/campaigns/${campaignId}/staff`),
      plan: await get(
        `/api/organizations/${(await storage.campaigns.get(campaignId))!.organizationId}/action-plan`,
      ),
    };
  }

  /** The installation made, its server stopped: the source of a copy. */
  async function stoppedInstallation(): Promise<Installation> {
    const made = await makeInstallation();
    await made.t.storage.close();
    cleanups.push(() => rm(made.t.dataDir, { recursive: true, force: true }));
    return made;
  }

  const answerThrough = (app: ReturnType<typeof createApp>, token: string) =>
    app.request(`/api/survey/${encodeURIComponent(token)}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body: JSON.stringify({ answers: respondentAnswers(99) }),
    });

  return { emptyDir, opened, ownerView, stoppedInstallation, answerThrough };
}

const ROOT = new URL('../../../../', import.meta.url).pathname;

/** Runs `npm run copy-data -- <args>` as its own process: its exit code and what it printed. */
export function copyData(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'server/commands/copy-data.ts', ...args],
      { cwd: ROOT },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
