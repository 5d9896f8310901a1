import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppendOnlyFile } from '../../../../server/storage/embedded/append-only-file';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'groundwork-append-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const record = (i: number) => JSON.stringify({ id: i, comment: `response ${i} `.repeat(i % 7) });

describe('openAppendOnlyFile', () => {
  it('lands 200 concurrent appends as 200 complete lines in one file, resolving every promise', async () => {
    const path = join(dir, 'campaign.jsonl');
    const file = openAppendOnlyFile(path, 0);
    const settled = await Promise.allSettled(Array.from({ length: 200 }, (_, i) => file.append(record(i))));
    await file.close();
    expect(settled.every((s) => s.status === 'fulfilled')).toBe(true);
    expect(await readdir(dir)).toEqual(['campaign.jsonl']);
    const content = await readFile(path, 'utf8');
    expect(content.endsWith('\n')).toBe(true);
    const lines = content.split('\n').slice(0, -1);
    expect(lines).toHaveLength(200);
    expect(new Set(lines)).toEqual(new Set(Array.from({ length: 200 }, (_, i) => record(i))));
  });

  it('has written a line by the time its promise resolves', async () => {
    const path = join(dir, 'campaign.jsonl');
    const file = openAppendOnlyFile(path, 0);
    await file.append('{"id":1}');
    expect(await readFile(path, 'utf8')).toBe('{"id":1}\n');
    await file.append('{"id":2}');
    expect(await readFile(path, 'utf8')).toBe('{"id":1}\n{"id":2}\n');
    await file.close();
  });

  it('keeps appends in order when each waits for the one before', async () => {
    const path = join(dir, 'campaign.jsonl');
    const file = openAppendOnlyFile(path, 0);
    for (let i = 0; i < 20; i++) await file.append(record(i));
    await file.close();
    expect((await readFile(path, 'utf8')).split('\n').slice(0, -1)).toEqual(
      Array.from({ length: 20 }, (_, i) => record(i)),
    );
  });

  it('continues after the existing content of a file it is reopened on', async () => {
    const path = join(dir, 'campaign.jsonl');
    const existing = '{"id":1}\n{"id":2}\n';
    await writeFile(path, existing);
    const file = openAppendOnlyFile(path, Buffer.byteLength(existing));
    await Promise.all([file.append('{"id":3}'), file.append('{"id":4}')]);
    await file.close();
    const lines = (await readFile(path, 'utf8')).split('\n').slice(0, -1);
    expect(lines.slice(0, 2)).toEqual(['{"id":1}', '{"id":2}']);
    expect(lines.slice(2).sort()).toEqual(['{"id":3}', '{"id":4}']);
  });

  it('writes multi-byte text whole', async () => {
    const path = join(dir, 'campaign.jsonl');
    const file = openAppendOnlyFile(path, 0);
    await Promise.all(['目标', 'café', '✓'].map((c) => file.append(JSON.stringify({ c }))));
    await file.close();
    const lines = (await readFile(path, 'utf8')).split('\n').slice(0, -1);
    expect(lines.map((l) => (JSON.parse(l) as { c: string }).c).sort()).toEqual(['café', '目标', '✓'].sort());
  });

  it('finishes appends already in flight before closing', async () => {
    const path = join(dir, 'campaign.jsonl');
    const file = openAppendOnlyFile(path, 0);
    const pending = Array.from({ length: 30 }, (_, i) => file.append(record(i)));
    await file.close();
    await Promise.all(pending);
    expect((await readFile(path, 'utf8')).split('\n').slice(0, -1)).toHaveLength(30);
  });

  it('rejects an append it cannot make durable', async () => {
    const file = openAppendOnlyFile(join(dir, 'missing-folder', 'campaign.jsonl'), 0);
    await expect(file.append('{"id":1}')).rejects.toThrow(/ENOENT/);
    await file.close();
  });
});
