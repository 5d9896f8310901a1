import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openEmbeddedResponseRepository } from '../../../../server/storage/embedded/embedded-response-repository';
import { makeResponse } from '../../../fixtures/make-response';

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('removing responses from a log', () => {
  it('asks whether it may only once every answer in flight has landed, and removes nothing when refused', async () => {
    dir = await mkdtemp(join(tmpdir(), 'groundwork-removal-'));
    const responses = await openEmbeddedResponseRepository(dir, () => undefined);
    const [a, b] = [makeResponse({ campaignId: 'c-1' }), makeResponse({ campaignId: 'c-1' })];
    await responses.append(a);
    // Sent before the removal and still being written when it starts.
    const inFlight = responses.append(b);
    let seen: string[] = [];
    const refused = await responses.remove('c-1', [a.id], (stored) => {
      seen = stored.map((r) => r.id);
      return false;
    });
    await inFlight;
    expect(refused).toBe('refused');
    expect(seen).toEqual([a.id, b.id]);
    expect(await responses.countByCampaign('c-1')).toBe(2);
    expect(await responses.remove('c-1', [a.id], () => true)).toBe(1);
    expect((await responses.listByCampaign('c-1')).map((r) => r.id)).toEqual([b.id]);
    await responses.close();
  });
});
