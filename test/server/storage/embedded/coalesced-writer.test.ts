import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { coalescedWriter, openRecordsFile } from '../../../../server/storage/embedded/records-file';

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function openCounted() {
  dir = await mkdtemp(join(tmpdir(), 'groundwork-coalesce-'));
  const path = join(dir, 'records.json');
  const db = await openRecordsFile(path);
  let writes = 0;
  const write = db.write.bind(db);
  db.write = () => {
    writes += 1;
    return write();
  };
  return { db, path, writes: () => writes };
}

describe('coalescedWriter', () => {
  it('shares writes among simultaneous changes, and every change is on disk when its promise settles', async () => {
    const { db, path, writes } = await openCounted();
    const save = coalescedWriter(db);
    const changes = Array.from({ length: 100 }, (_, i) => {
      db.data.sessions.push({
        tokenHash: `h${i}`,
        accountId: 'a',
        expiresAt: 0,
        createdOn: '2026-01-01',
      } as never);
      return save().then(async () => {
        const onDisk = JSON.parse(await readFile(path, 'utf8'));
        return onDisk.sessions.some((s: { tokenHash: string }) => s.tokenHash === `h${i}`);
      });
    });
    expect((await Promise.all(changes)).every(Boolean)).toBe(true);
    expect(writes()).toBeLessThanOrEqual(2);
  });

  it('writes again for a change made while a write is in flight', async () => {
    const { db, path, writes } = await openCounted();
    const save = coalescedWriter(db);
    db.data.sessions.push({ tokenHash: 'first' } as never);
    const first = save();
    db.data.sessions.push({ tokenHash: 'second' } as never);
    await Promise.all([first, save()]);
    expect(writes()).toBe(2);
    const onDisk = JSON.parse(await readFile(path, 'utf8'));
    expect(onDisk.sessions.map((s: { tokenHash: string }) => s.tokenHash)).toEqual(['first', 'second']);
  });
});
