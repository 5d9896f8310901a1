// What the benchmark can give away about one organization: a small one never enters the pool, nine are no
// benchmark at all, the file holds distributions only, and one organization opting in or out between two
// reads never lets a reader work out its scores (MODEL.md, "Benchmark").

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { as, inviteAndAccept } from '../../fixtures/accounts';
import { seedPool, seedPooledOrganization } from '../../fixtures/benchmark-pool';
import { startTestApp, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

const exportFile = () => t.call('GET', '/api/benchmarks/export');
const optIn = (organizationId: string, benchmarkOptIn: boolean) =>
  t.call('PUT', `/api/organizations/${organizationId}/benchmark-opt-in`, { benchmarkOptIn });

/** Every number in a JSON value, wherever it sits. */
const numbersIn = (value: unknown): number[] =>
  typeof value === 'number'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(numbersIn)
      : typeof value === 'object' && value !== null
        ? Object.values(value).flatMap(numbersIn)
        : [];

describe('the benchmark pool', () => {
  it('never takes in an organization below the minimum group size', async () => {
    await seedPool(t, 10);
    const without = (await exportFile()).body;
    // Four people answered: its report shows no organization figures, so it brings nothing to the pool.
    await seedPooledOrganization(t, 10, { respondents: 4, levels: [5] });
    const withSmall = (await exportFile()).body;
    expect(withSmall).toEqual(without);
    expect(withSmall.organizations).toBe(10);
  });

  it('shows nothing with exactly nine eligible organizations, whatever else opted in or answered', async () => {
    const [reader] = await seedPool(t, 9);
    await seedPooledOrganization(t, 9, { respondents: 4 }); // too small
    await seedPooledOrganization(t, 10, { optIn: false }); // did not opt in
    await seedPooledOrganization(t, 11, { close: false }); // its campaign is still open
    const placed = (await t.call('GET', `/api/campaigns/${reader!.campaignId}/benchmark`)).body;
    expect(placed.benchmarks).toEqual([
      expect.objectContaining({
        available: false,
        reason: 'too-few-organizations',
        needed: 10,
        organizations: null,
      }),
    ]);
    // The count present is never said: a reader could follow single organizations opting in and out.
    expect(numbersIn(placed)).toEqual([10]);
    const refused = await exportFile();
    expect(refused.status).toBe(409);
    expect(refused.body.params).toEqual({ min: 10 });
  });

  it('exports a file with no row per organization and no name or id of any', async () => {
    const pooled = await seedPool(t, 10);
    const file = (await exportFile()).body;
    expect(Object.keys(file).sort()).toEqual([
      'createdOn',
      'dimensions',
      'format',
      'formatVersion',
      'modelVersion',
      'organizations',
      'questionnaireId',
      'respondents',
      'scales',
    ]);
    for (const figure of [...Object.values(file.dimensions), ...Object.values(file.scales)]) {
      expect(Object.keys(figure as object).sort()).toEqual(['organizations', 'quantiles', 'respondents']);
      expect(Object.keys((figure as { quantiles: object }).quantiles)).toEqual([
        'p10',
        'p25',
        'p50',
        'p75',
        'p90',
      ]);
    }
    const text = JSON.stringify(file);
    expect(text).not.toMatch(/Client|Acme|Team/);
    for (const { organizationId, campaignId } of pooled) {
      expect(text).not.toContain(organizationId);
      expect(text).not.toContain(campaignId);
    }
  });
});

describe('one organization opting in or out between two reads', () => {
  it('tells a reader of another organization its bands and the count only, never a score of the pool', async () => {
    const pool = await seedPool(t, 10);
    const reader = pool[0]!;
    const consultant = await inviteAndAccept(t, reader.organizationId, {
      email: 'c@example.com',
      role: 'consultant',
    });
    const read = async () =>
      (await t.call('GET', `/api/campaigns/${reader.campaignId}/benchmark`, undefined, as(consultant.cookie)))
        .body;
    const own = (await t.call('GET', `/api/campaigns/${reader.campaignId}/report`)).body.overall;
    const ownScores = new Set<number>([
      ...Object.values(own.dimensions as Record<string, { mean: number }>).map((d) => d.mean),
      ...Object.values(own.scales as Record<string, { estimate: { mean: number } }>).map(
        (s) => s.estimate.mean,
      ),
    ]);

    const before = await read();
    const joining = await seedPooledOrganization(t, 10, { levels: [5, 5, 5, 5, 4] });
    const after = await read();
    expect(before.benchmarks[0].organizations).toBe(10);
    expect(after.benchmarks[0].organizations).toBe(11);
    // Every number either reply holds is the reader's own score or the number of organizations: nothing
    // from which the joining organization's score could be subtracted out.
    for (const reply of [before, after]) {
      for (const n of numbersIn(reply)) expect(ownScores.has(n) || n === 10 || n === 11).toBe(true);
    }

    // Opting out again takes the pool back to ten, still shown, the bands exactly those read before.
    await optIn(joining.organizationId, false);
    expect(await read()).toEqual(before);
  });

  it('gives the owner’s file whole-point percentiles only, so the difference of two files is no exact score', async () => {
    await seedPool(t, 10);
    const before = (await exportFile()).body;
    // A score between whole points: 11 of its 12 people at level 4, one at level 3.
    const joining = await seedPooledOrganization(t, 10, {
      respondents: 12,
      levels: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3],
    });
    const after = (await exportFile()).body;
    const theirs = (await t.call('GET', `/api/campaigns/${joining.campaignId}/report`)).body.overall;
    const scores = [
      ...Object.values(theirs.dimensions as Record<string, { mean: number }>).map((d) => d.mean),
      ...Object.values(theirs.scales as Record<string, { estimate: { mean: number } }>).map(
        (s) => s.estimate.mean,
      ),
    ].filter((s) => !Number.isInteger(Math.round(s * 10) / 10));
    expect(scores.length).toBeGreaterThan(0);
    for (const file of [before, after]) {
      for (const figure of [...Object.values(file.dimensions), ...Object.values(file.scales)]) {
        for (const q of Object.values((figure as { quantiles: Record<string, number> }).quantiles)) {
          expect(Number.isInteger(q)).toBe(true);
        }
      }
    }
    // Whatever a difference of whole points gives, it is a whole point: never a score shown to a decimal.
    const differences = Object.keys(after.dimensions).flatMap((id) =>
      Object.keys(after.dimensions[id].quantiles).map(
        (p) => after.dimensions[id].quantiles[p] - (before.dimensions[id]?.quantiles[p] ?? 0),
      ),
    );
    for (const score of scores) {
      expect(differences).not.toContain(Math.round(score * 10) / 10);
      expect(numbersIn(after)).not.toContain(Math.round(score * 10) / 10);
    }
  });

  it('shows nothing once an opt-out leaves nine: ten are needed before and after any change', async () => {
    const pool = await seedPool(t, 10);
    const read = async () => (await t.call('GET', `/api/campaigns/${pool[0]!.campaignId}/benchmark`)).body;
    expect((await read()).benchmarks[0].available).toBe(true);
    await optIn(pool[9]!.organizationId, false);
    expect((await read()).benchmarks[0]).toMatchObject({
      available: false,
      needed: 10,
      organizations: null,
      dimensions: [],
    });
    expect((await exportFile()).status).toBe(409);
  });
});
