// npm run copy-data as an operator runs it: it prints what it copied and that the reports are equal, exits
// 0, and refuses (exit 1) a target that is not empty and a source a running server has open.

import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { copyData } from './copy-support';
import { makeInstallation } from './installation-fixture';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

it('copies a stopped installation into a new directory, prints the table and the verdict, and refuses to copy over it', async () => {
  const { t } = await makeInstallation();
  await t.storage.close();
  const parent = await mkdtemp(join(tmpdir(), 'groundwork-copy-command-'));
  cleanups.push(() => rm(t.dataDir, { recursive: true, force: true }));
  cleanups.push(() => rm(parent, { recursive: true, force: true }));
  const target = join(parent, 'copy');

  const copied = await copyData('--from', t.dataDir, '--to', target);
  expect(copied.stderr).toBe('');
  expect(copied.code).toBe(0);
  expect(copied.stdout).toContain('The server using the source data directory must be stopped');
  expect(copied.stdout).toMatch(/^responses\s+17$/m);
  expect(copied.stdout).toMatch(/^people taken off after answering\s+1$/m);
  expect(copied.stdout).toContain('Not copied: sessions (everyone signs in again)');
  expect(copied.stdout.trim().split('\n').at(-1)).toBe('verified: reports equal for 3 campaigns');

  const files = await readdir(target);
  const again = await copyData('--from', t.dataDir, '--to', target);
  expect(again.code).toBe(1);
  expect(again.stderr).toContain(`${target} is not empty: a copy goes into a new data directory`);
  expect(await readdir(target)).toEqual(files);

  // A server with the source open (its start writes server.pid): refused, nothing made.
  await writeFile(join(t.dataDir, 'server.pid'), `${process.pid}\n`);
  const running = await copyData('--from', t.dataDir, '--to', join(parent, 'second'));
  expect(running.code).toBe(1);
  expect(running.stderr).toContain(`is in use by a running server (process ${process.pid}): stop it first`);
  expect(await readdir(parent)).toEqual(['copy']);

  const usage = await copyData('--from', t.dataDir);
  expect(usage.code).toBe(2);
  expect(usage.stdout).toContain('--to <data dir | postgres URL>');
});
