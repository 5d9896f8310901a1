import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readLog } from '../../../../server/storage/embedded/read-log';

interface Row {
  id: number;
}
const isRow = (v: unknown): v is Row =>
  typeof v === 'object' && v !== null && typeof (v as Row).id === 'number';
const lines = (...rows: string[]) => rows.map((r) => `${r}\n`).join('');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'groundwork-read-log-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function logWith(content: string): Promise<string> {
  const path = join(dir, 'campaign.jsonl');
  await writeFile(path, content);
  return path;
}

describe('readLog', () => {
  it('reads every complete line and reports the file length as where to append next', async () => {
    const content = lines('{"id":1}', '{"id":2}', '{"id":3}');
    const warnings: string[] = [];
    const log = await readLog(await logWith(content), isRow, 'row', (m) => warnings.push(m));
    expect(log).toEqual({ records: [{ id: 1 }, { id: 2 }, { id: 3 }], size: Buffer.byteLength(content) });
    expect(warnings).toEqual([]);
  });

  it('reads an empty log as no records', async () => {
    expect(await readLog(await logWith(''), isRow, 'row', () => undefined)).toEqual({ records: [], size: 0 });
  });

  it('counts bytes, not characters, in multi-byte text', async () => {
    const content = lines('{"id":1,"comment":"目标清晰"}');
    expect((await readLog(await logWith(content), isRow, 'row', () => undefined)).size).toBe(
      Buffer.byteLength(content),
    );
  });

  it.each([
    { what: 'half a record', torn: '{"id":4,"answ' },
    { what: 'a whole record missing only its newline', torn: '{"id":4}' },
  ])('cuts off a torn last line ($what) with a warning and keeps the earlier records', async ({ torn }) => {
    const complete = lines('{"id":1}', '{"id":2}');
    const path = await logWith(complete + torn);
    const warnings: string[] = [];
    const log = await readLog(path, isRow, 'row', (m) => warnings.push(m));
    expect(log).toEqual({ records: [{ id: 1 }, { id: 2 }], size: Buffer.byteLength(complete) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(path);
    expect(warnings[0]).toContain(`removed ${torn.length} bytes`);
    expect(await readFile(path, 'utf8')).toBe(complete);
  });

  it('empties a log whose only line is torn', async () => {
    const path = await logWith('{"id":1');
    expect(await readLog(path, isRow, 'row', () => undefined)).toEqual({ records: [], size: 0 });
    expect(await readFile(path, 'utf8')).toBe('');
  });

  it.each([
    { what: 'is not JSON', bad: '{"id":2,,}' },
    { what: 'is JSON but not a record', bad: '{"name":"x"}' },
    { what: 'is empty', bad: '' },
  ])(
    'stops on a line in the middle that $what, naming file and line, and leaves the file byte-identical',
    async ({ bad }) => {
      const content = lines('{"id":1}', bad, '{"id":3}');
      const path = await logWith(content);
      const before = await readFile(path);
      await expect(readLog(path, isRow, 'row', () => undefined)).rejects.toThrow(`${path}, line 2:`);
      expect((await readFile(path)).equals(before)).toBe(true);
    },
  );

  it('leaves the file byte-identical when a corrupt line is followed by a torn last line', async () => {
    const content = lines('{"id":1}', 'garbage', '{"id":3}') + '{"id":4';
    const path = await logWith(content);
    await expect(readLog(path, isRow, 'row', () => undefined)).rejects.toThrow(`${path}, line 2:`);
    expect(await readFile(path, 'utf8')).toBe(content);
  });
});
