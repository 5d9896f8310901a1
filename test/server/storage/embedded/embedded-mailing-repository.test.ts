import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openEmbeddedMailingRepository } from '../../../../server/storage/embedded/embedded-mailing-repository';

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the mailings file', () => {
  it.each([
    ['not JSON', '{"runs": [', /not valid JSON/],
    ['JSON of another shape', '{"organizations": []}', /no "runs" and "plans" lists/],
    ['null', 'null', /no "runs" and "plans" lists/],
  ])('refuses to start on a file that is %s, naming it and changing nothing', async (_, text, message) => {
    dir = await mkdtemp(join(tmpdir(), 'groundwork-mailings-'));
    const path = join(dir, 'mailings.json');
    await writeFile(path, text);
    await expect(openEmbeddedMailingRepository(path)).rejects.toThrow(message);
    await expect(openEmbeddedMailingRepository(path)).rejects.toThrow(path);
  });

  it('refuses changes once closed, so a mailing still going out writes nothing more', async () => {
    dir = await mkdtemp(join(tmpdir(), 'groundwork-mailings-'));
    const repository = await openEmbeddedMailingRepository(join(dir, 'mailings.json'));
    await repository.close();
    await expect(repository.changePlan('c-1', (reminders) => reminders)).rejects.toThrow(/closed/);
  });
});
