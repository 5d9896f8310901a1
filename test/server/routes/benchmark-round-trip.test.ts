// A benchmark file carried from one installation to another: exported from the first, with eleven
// organizations that opted in, loaded into a second with a data directory of its own, and the same
// campaign figures placed in the same bands against it as against the first installation's own pool.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { levelsOf, seedPool, seedPooledOrganization } from '../../fixtures/benchmark-pool';
import { startTestApp, type TestApp } from '../../fixtures/test-app';

let first: TestApp;
let second: TestApp;
beforeEach(async () => {
  first = await startTestApp();
  second = await startTestApp();
});
afterEach(async () => {
  await first.close();
  await second.close();
});

type Figure = { id: string; score: number | null; band: string | null };
const bandsOf = (placed: { dimensions: Figure[]; scales: Figure[] }) =>
  [...placed.dimensions, ...placed.scales].map((f) => [f.id, f.score, f.band]);

describe('a benchmark file, exported and loaded elsewhere', () => {
  it('places the same figures in the same bands as the pool it came from', async () => {
    expect(first.dataDir).not.toBe(second.dataDir);
    const pooled = await seedPool(first, 11);
    const exported = await first.call('GET', '/api/benchmarks/export');
    expect(exported.status).toBe(200);
    expect(exported.body.organizations).toBe(11);

    const loaded = await second.call('POST', '/api/benchmarks', exported.body);
    expect(loaded.status).toBe(201);
    expect((await second.call('GET', '/api/benchmarks')).body.map((b: { file: unknown }) => b.file)).toEqual([
      exported.body,
    ]);

    // Every organization of the first installation, answered alike in the second (which pools nobody):
    // each gets the bands there against the file that it gets here against the pool.
    for (const [i, organization] of pooled.entries()) {
      const here = (await first.call('GET', `/api/campaigns/${organization.campaignId}/benchmark`)).body;
      const twin = await seedPooledOrganization(second, 100 + i, { levels: levelsOf(i), optIn: false });
      const there = (await second.call('GET', `/api/campaigns/${twin.campaignId}/benchmark`)).body;
      expect(here.benchmarks).toHaveLength(1);
      expect(there.benchmarks.map((b: { source: string }) => b.source)).toEqual(['local', 'file']);
      expect(there.benchmarks[0]).toMatchObject({ available: false, needed: 10 });
      const [local] = here.benchmarks;
      const file = there.benchmarks[1];
      expect(file).toMatchObject({ available: true, organizations: 11, createdOn: '2026-03-02' });
      expect(bandsOf(file)).toEqual(bandsOf(local));
      expect(bandsOf(local).every(([, , band]) => band !== null)).toBe(true);
    }

    // And the file exported again from the second installation's loaded copy is the same distributions.
    const kept = (await second.call('GET', '/api/benchmarks')).body[0].file;
    expect(kept.dimensions).toEqual(exported.body.dimensions);
    expect(kept.scales).toEqual(exported.body.scales);
  });

  it('places nothing against a file on another model version', async () => {
    await seedPool(first, 10);
    const exported = (await first.call('GET', '/api/benchmarks/export')).body;
    // The same questionnaire read by model 1 is another instrument: no band from a model-2 file.
    const other = await second.call('POST', '/api/benchmarks', {
      ...exported,
      modelVersion: '1',
      dimensions: {},
      scales: {},
    });
    expect(other.status).toBe(201);
    const twin = await seedPooledOrganization(second, 0, { optIn: false });
    const there = (await second.call('GET', `/api/campaigns/${twin.campaignId}/benchmark`)).body;
    expect(there.benchmarks.map((b: { source: string }) => b.source)).toEqual(['local']);
  });
});
