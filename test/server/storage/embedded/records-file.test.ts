import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeRecords } from '../../../../server/storage/embedded/durable-json-file';
import { emptyRecords } from '../../../../server/storage/embedded/records';
import { openRecordsFile } from '../../../../server/storage/embedded/records-file';
import { openEmbeddedStorage } from '../../../../server/storage/embedded/open-embedded-storage';

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function freshDir() {
  dir = await mkdtemp(join(tmpdir(), 'groundwork-records-'));
  return join(dir, 'records.json');
}

const session = (tokenHash: string) => ({ tokenHash, accountId: 'a', expiresAt: 0 });
const onDisk = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

describe('RecordsFile.change', () => {
  it('has every change on disk when its promise settles, sharing writes among simultaneous changes', async () => {
    const path = await freshDir();
    const db = await openRecordsFile(path, true);
    const changes = Array.from({ length: 100 }, (_, i) =>
      db
        .change((data) => {
          data.sessions.push(session(`h${i}`));
        })
        .then(async () =>
          (await onDisk(path)).sessions.some((s: { tokenHash: string }) => s.tokenHash === `h${i}`),
        ),
    );
    expect((await Promise.all(changes)).every(Boolean)).toBe(true);
  });

  it('resolves with what the change returned', async () => {
    const db = await openRecordsFile(await freshDir(), true);
    expect(await db.change((data) => data.sessions.push(session('x')))).toBe(1);
  });

  it('changes nothing, in memory or on disk, when the change throws', async () => {
    const path = await freshDir();
    const db = await openRecordsFile(path, true);
    await expect(
      db.change(() => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(db.data).toEqual(emptyRecords());
    expect(await onDisk(path)).toEqual(emptyRecords());
  });

  it('undoes and refuses every change not yet durable when a write fails, and works again afterwards', async () => {
    const path = await freshDir();
    const db = await openRecordsFile(path, true);
    await db.change((data) => void data.sessions.push(session('kept')));
    let resets = 0;
    db.onReset(() => resets++);
    // A directory where the temporary file must go makes the next write fail, as a full disk would.
    await mkdir(`${path}.tmp`);
    const lost = [
      db.change((data) => void data.sessions.push(session('lost-1'))),
      db.change((data) => void data.sessions.push(session('lost-2'))),
    ];
    // The write's own failure: the temporary file's path is a directory.
    for (const change of lost) await expect(change).rejects.toThrow(/EISDIR|EEXIST|ENOTEMPTY|directory/i);
    expect(db.data.sessions.map((s) => s.tokenHash)).toEqual(['kept']);
    expect(resets).toBe(1);
    await rm(`${path}.tmp`, { recursive: true });
    await db.change((data) => void data.sessions.push(session('later')));
    expect((await onDisk(path)).sessions.map((s: { tokenHash: string }) => s.tokenHash)).toEqual([
      'kept',
      'later',
    ]);
  });

  it('writes one record a line, in a file that reads back as the same records', async () => {
    const path = await freshDir();
    const db = await openRecordsFile(path, true);
    await db.change((data) => void data.sessions.push(session('a'), session('b')));
    const text = await readFile(path, 'utf8');
    expect(text.split('\n').filter((l) => l.startsWith('{"tokenHash"'))).toHaveLength(2);
    expect((await openRecordsFile(path, false)).data).toEqual(db.data);
  });
});

describe('opening a records file', () => {
  it.each([
    { contents: 'null', problem: 'it holds null' },
    { contents: '{}', problem: 'no "organizations" list' },
    { contents: '[]', problem: 'it holds a list' },
    { contents: '0', problem: 'it holds number' },
    { contents: '"text"', problem: 'it holds string' },
    { contents: '{"organizations":[],"campaigns":[],"extra":1}', problem: 'a field "extra"' },
    { contents: '{"organizations":{},"campaigns":[]}', problem: '"organizations" is not a list' },
  ])('refuses a file holding $contents, naming the file and what is wrong', async ({ contents, problem }) => {
    const path = await freshDir();
    await writeFile(path, contents);
    await expect(openRecordsFile(path, false)).rejects.toThrow(path);
    await expect(openRecordsFile(path, false)).rejects.toThrow(problem);
    expect(await readFile(path, 'utf8')).toBe(contents);
  });

  it('names the line of a record that is not one the server wrote', async () => {
    const path = await freshDir();
    const records = { ...emptyRecords(), sessions: [session('a'), session('b')] };
    await writeFile(path, serializeRecords(records).replace('{"tokenHash":"b"', '{"tokenHasj":"b"'));
    await expect(openRecordsFile(path, false)).rejects.toThrow(
      /line 7: record 2 of "sessions" has no tokenHash/,
    );
  });

  it('names the line of broken JSON rather than a byte position', async () => {
    const path = await freshDir();
    const text = serializeRecords({ ...emptyRecords(), sessions: [session('a'), session('b')] });
    await writeFile(path, text.replace('{"tokenHash":"b"', '{"tokenHash":"b",,'));
    await expect(openRecordsFile(path, false)).rejects.toThrow(/line 7: it is not valid JSON/);
  });

  it('reads a file written by an earlier version, pretty-printed and without the later lists', async () => {
    const path = await freshDir();
    await writeFile(path, JSON.stringify({ organizations: [], campaigns: [] }, null, 2));
    expect((await openRecordsFile(path, false)).data).toEqual(emptyRecords());
  });
});

describe('a data directory without its records file', () => {
  it('refuses to start as a new installation when responses are there', async () => {
    await freshDir();
    await mkdir(join(dir, 'responses'));
    await writeFile(join(dir, 'responses', 'c1.jsonl'), '');
    await expect(openEmbeddedStorage(dir, () => undefined)).rejects.toThrow(/records\.json is missing/);
  });

  it('refuses to start as a new installation when an audit log is there', async () => {
    await freshDir();
    await writeFile(join(dir, 'audit.jsonl'), '{"at":"x","action":"y"}\n');
    await expect(openEmbeddedStorage(dir, () => undefined)).rejects.toThrow(/holds an audit log/);
  });

  it('starts an empty installation in a directory that never held one', async () => {
    const path = await freshDir();
    const storage = await openEmbeddedStorage(dir, () => undefined);
    expect(await storage.accounts.list()).toEqual([]);
    expect(await onDisk(path)).toEqual(emptyRecords());
    await storage.close();
  });
});
