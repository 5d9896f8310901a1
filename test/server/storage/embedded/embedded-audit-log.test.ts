import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openEmbeddedAuditLog } from '../../../../server/storage/embedded/embedded-audit-log';

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the embedded audit log', () => {
  it('names a broken line as an audit entry, with its file and line', async () => {
    dir = await mkdtemp(join(tmpdir(), 'groundwork-audit-'));
    const path = join(dir, 'audit.jsonl');
    await writeFile(path, '{"at":"2026-03-01T09:00:00Z","action":"campaign.open"}\n{"oops":1}\n');
    await expect(openEmbeddedAuditLog(path, () => undefined)).rejects.toThrow(
      `${path}, line 2: not a valid audit entry`,
    );
  });
});
