// Declaring what became of the departments between two waves (PUT /api/campaigns/:id/lineage), and the waves
// reply comparing by it: a merge declared is compared as one group; a bad declaration is refused whole.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { as } from '../../fixtures/accounts';
import { setUpCampaign, startTestApp, type TestApp } from '../../fixtures/test-app';
import { member, person } from '../disclosure/disclosure-support';
import { firstWave, groupOf, nextWave, read, readWaves, reshape, rowsOf } from '../disclosure/wave-support';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

const people = (from: number, count: number) => Array.from({ length: count }, (_, i) => person(from + i));

/** Sales, Ops and Legal in the first wave; Ops and Legal become Back office before the second. */
async function mergedBetweenWaves() {
  const { setup, wave: first } = await firstWave(t, {
    Sales: people(0, 10),
    Ops: people(100, 5),
    Legal: people(200, 5),
  });
  await reshape(t, setup, [{ name: 'Sales', from: 'Sales' }, { name: 'Back office' }]);
  const second = await nextWave(t, setup, { Sales: people(300, 10), 'Back office': people(400, 10) });
  return { setup, first, second };
}

const lineagePath = (id: string) => `/api/campaigns/${id}/lineage`;

describe('PUT /api/campaigns/:id/lineage', () => {
  it('declares a merge, and the waves reply then compares the merged group as one', async () => {
    const { setup, first, second } = await mergedBetweenWaves();
    const [ops, legal, backOffice] = [first.idOf('Ops'), first.idOf('Legal'), second.idOf('Back office')];

    // Undeclared, the departments that went are removed and the new one added: none compared.
    const before = await readWaves(t, second);
    expect(groupOf(before, 'Ops')).toMatchObject({ change: 'removed', compared: false });
    expect(groupOf(before, 'Back office')).toMatchObject({
      change: 'added',
      reason: 'new-id',
      compared: false,
    });
    expect(rowsOf(before, groupOf(before, 'Back office').key)).toEqual([]);

    const lineage = await read(t, lineagePath(second.campaignId));
    expect(lineage).toEqual({
      campaignId: second.campaignId,
      previous: {
        campaignId: first.campaignId,
        name: 'Baseline',
        units: [
          { id: setup.departmentId('Sales'), name: 'Sales' },
          { id: ops, name: 'Ops' },
          { id: legal, name: 'Legal' },
        ],
      },
      units: [
        { id: setup.departmentId('Sales'), name: 'Sales' },
        { id: backOffice, name: 'Back office' },
      ],
      declarations: [],
    });

    const declared = await t.call('PUT', lineagePath(second.campaignId), {
      declarations: [{ earlier: [ops, legal], later: [backOffice] }],
    });
    expect(declared.status, JSON.stringify(declared.body)).toBe(200);
    expect(declared.body.declarations).toEqual([{ earlier: [ops, legal], later: [backOffice] }]);
    expect((await read(t, `/api/campaigns/${second.campaignId}`)).campaign.lineage).toEqual([
      { earlier: [ops, legal], later: [backOffice] },
    ]);
    expect((await t.storage.audit.list()).map((e) => `${e.action} ${e.target}`)).toContain(
      `campaign.lineage ${second.campaignId}`,
    );

    const after = await readWaves(t, second);
    const merged = groupOf(after, 'Back office');
    expect(merged).toMatchObject({
      change: 'merged',
      reason: 'declared-merge',
      earlier: [ops, legal],
      later: [backOffice],
      earlierNames: ['Ops', 'Legal'],
      laterNames: ['Back office'],
      compared: true,
      disclosure: { shown: true, reason: 'shown', earlierCount: 10, laterCount: 10 },
    });
    expect(after.comparison.groups).toHaveLength(2);
    expect(rowsOf(after, merged.key).length).toBeGreaterThan(0);
    expect(after.comparison.refusedDeclarations).toEqual([]);

    // Declaring nothing takes it back.
    expect((await t.call('PUT', lineagePath(second.campaignId), { declarations: [] })).status).toBe(200);
    expect(groupOf(await readWaves(t, second), 'Back office').change).toBe('added');
  });

  it('refuses a bad declaration with 422 naming the field, and changes nothing', async () => {
    const { first, second } = await mergedBetweenWaves();
    const [sales, ops, legal, backOffice] = [
      first.idOf('Sales'),
      first.idOf('Ops'),
      first.idOf('Legal'),
      second.idOf('Back office'),
    ];
    const good = [{ earlier: [ops, legal], later: [backOffice] }];
    expect((await t.call('PUT', lineagePath(second.campaignId), { declarations: good })).status).toBe(200);

    const cases = [
      {
        declarations: [{ earlier: [ops, 'nobody'], later: [backOffice] }],
        field: 'declarations.0.earlier.1',
        code: 'lineage.unit-unknown',
      },
      // A unit of this wave named as one of the wave before.
      {
        declarations: [{ earlier: [backOffice], later: [sales] }],
        field: 'declarations.0.earlier.0',
        code: 'lineage.unit-unknown',
      },
      {
        declarations: [{ earlier: [ops, legal], later: [sales, backOffice] }],
        field: 'declarations.0',
        code: 'lineage.several-into-several',
      },
      {
        declarations: [
          { earlier: [ops], later: [backOffice] },
          { earlier: [legal], later: [backOffice] },
        ],
        field: 'declarations.1.later.0',
        code: 'lineage.overlapping',
      },
      {
        declarations: [{ earlier: [], later: [backOffice] }],
        field: 'declarations.0.earlier',
        code: 'lineage.side-empty',
      },
    ];
    for (const bad of cases) {
      const reply = await t.call('PUT', lineagePath(second.campaignId), { declarations: bad.declarations });
      expect(reply.status, bad.code).toBe(422);
      expect(reply.body.code).toBe('lineage.invalid');
      expect(reply.body.errors).toContainEqual(expect.objectContaining({ field: bad.field, code: bad.code }));
    }
    const malformed = await t.call('PUT', lineagePath(second.campaignId), {
      declarations: [{ earlier: ops }],
    });
    expect(malformed.status).toBe(422);
    expect((await read(t, lineagePath(second.campaignId))).declarations).toEqual(good);
    expect(groupOf(await readWaves(t, second), 'Back office').change).toBe('merged');
  });

  it('refuses a campaign with no wave before it (409), and a reader of reports (403)', async () => {
    const { campaign } = await setUpCampaign(t, { Sales: 10 });
    const lone = await t.call('PUT', lineagePath(campaign.id), { declarations: [] });
    expect(lone.status).toBe(409);
    expect(lone.body.code).toBe('lineage.no-previous-wave');
    expect((await read(t, lineagePath(campaign.id))).previous).toBeNull();

    const { setup, second } = await mergedBetweenWaves();
    const executive = await member(t, setup, 'executive');
    const refused = await t.call(
      'PUT',
      lineagePath(second.campaignId),
      { declarations: [] },
      as(executive.cookie),
    );
    expect(refused.status).toBe(403);
    expect(
      (await t.call('GET', lineagePath(second.campaignId), undefined, as(executive.cookie))).status,
    ).toBe(403);
  });

  it('may be declared on the next wave while it is still a draft, against the wave it was made from', async () => {
    const { setup, wave: first } = await firstWave(t, { Sales: people(0, 10), Ops: people(100, 10) });
    await reshape(t, setup, [
      { name: 'Sales', from: 'Sales' },
      { name: 'Ops North', from: 'Ops' },
      { name: 'Ops South' },
    ]);
    const made = await t.call('POST', `/api/campaigns/${setup.campaign.id}/next-wave`, { name: 'Q2' });
    const draft = made.body.campaign;
    const lineage = await read(t, lineagePath(draft.id));
    expect(lineage.previous.campaignId).toBe(first.campaignId);
    // The renamed department keeps its id; Ops South is new.
    expect(lineage.units.map((u: { name: string }) => u.name)).toEqual(['Sales', 'Ops North', 'Ops South']);
    const south = lineage.units[2].id;
    const split = await t.call('PUT', lineagePath(draft.id), {
      declarations: [{ earlier: [first.idOf('Ops')], later: [first.idOf('Ops'), south] }],
    });
    expect(split.status, JSON.stringify(split.body)).toBe(200);
    expect(split.body.declarations).toEqual([
      { earlier: [first.idOf('Ops')], later: [first.idOf('Ops'), south] },
    ]);

    // Archived, the first wave is no longer one the draft is compared with, here as in the waves reply.
    expect((await t.call('POST', `/api/campaigns/${first.campaignId}/archive`)).status).toBe(200);
    expect((await read(t, lineagePath(draft.id))).previous).toBeNull();
    const refused = await t.call('PUT', lineagePath(draft.id), { declarations: [] });
    expect(refused.status).toBe(409);
  });
});
