// The per-question CSV of a report grouped by a cut (GET /campaigns/{id}/cuts/{cut}?format=csv&table=questions):
// a row per item and group in the per-question layout, each figure the one the cut's JSON holds, a hidden
// group named with no figure, formula-safe, recorded in the audit log, refused while nothing is shown.

import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { createClock } from '../../fixtures/accounts';
import { setUpCampaign, startTestApp, type Setup, type TestApp } from '../../fixtures/test-app';
import { answer, person, ON_QUESTIONNAIRE } from '../disclosure/disclosure-support';

let t: TestApp;
afterEach(async () => {
  await t?.close();
});

async function levelCampaign(): Promise<Setup> {
  t = await startTestApp(undefined, {}, { now: createClock().now });
  const setup = await setUpCampaign(t, { Sales: 30, Ops: 30 }, { ...ON_QUESTIONNAIRE, open: false });
  expect(
    (await t.call('PATCH', `/api/campaigns/${setup.campaign.id}`, { cuts: [{ id: 'level' }] })).status,
  ).toBe(200);
  expect((await t.call('POST', `/api/campaigns/${setup.campaign.id}/open`)).status).toBe(200);
  return setup;
}

let seed = 9100;
async function respond(setup: Setup, department: string, level: string) {
  await answer(t, setup.tokenOf(department), {
    ...person(++seed, { dontKnowRate: 0.05 }),
    'about.level': level,
  });
}

const parse = (body: unknown) =>
  Papa.parse<string[]>(
    String(body)
      .replace(/^\uFEFF/, '')
      .trim(),
  ).data;

const percent = (count: number, n: number) => ((count / n) * 100).toFixed(1);

describe('the per-question CSV of a cut', () => {
  it('holds the cut JSON’s per-item figures, a hidden group with none, in either language, audited', async () => {
    const setup = await levelCampaign();
    for (let i = 0; i < 6; i++) await respond(setup, 'Sales', 'staff');
    for (let i = 0; i < 6; i++) await respond(setup, 'Ops', 'manager');
    // Two executives: below the minimum, hidden.
    for (let i = 0; i < 2; i++) await respond(setup, 'Ops', 'executive');
    expect((await t.call('POST', `/api/campaigns/${setup.campaign.id}/close`)).status).toBe(200);
    const base = `/api/campaigns/${setup.campaign.id}/cuts/level`;
    const json = (await t.call('GET', base)).body;
    expect(json.shown).toBe(true);
    const before = (await t.storage.audit.list()).length;

    const csv = await t.call('GET', `${base}?format=csv&table=questions&lang=en`);
    expect(csv.status).toBe(200);
    const [header, ...rows] = parse(csv.body);
    expect(header).toEqual([
      'Dimension',
      'Scale',
      'Question id',
      'Question',
      'Reverse-worded',
      'Group',
      'Status',
      'Favourable %',
      'Neutral %',
      'Unfavourable %',
      "Don't know %",
      'Answered (n)',
    ]);
    // The organization first per item, then each group of the cut in its order.
    expect([...new Set(rows.map((r) => r[5]))]).toEqual([
      'Whole organization',
      'Staff',
      'Manager',
      'Executive',
    ]);
    const items = [...new Set(rows.map((r) => r[2]!))];
    expect(items.length).toBeGreaterThan(10);
    let compared = 0;
    for (const row of rows) {
      const group = json.groups.find((g: any) => g.label.en === row[5]);
      if (!group) continue;
      if (group.hidden) {
        expect(row[6]).toBe('hidden: fewer than 5 people, or to protect a smaller group');
        expect(row.slice(7)).toEqual(['', '', '', '', '']);
        continue;
      }
      const counts = group.answers[row[2]!];
      if (!counts) {
        expect(row[6]).toMatch(/^held back/);
        expect(row.slice(7)).toEqual(['', '', '', '', '']);
        continue;
      }
      const n = counts.favourable + counts.neutral + counts.unfavourable + counts.dontKnow;
      expect(row.slice(6)).toEqual([
        'shown',
        percent(counts.favourable, n),
        percent(counts.neutral, n),
        percent(counts.unfavourable, n),
        percent(counts.dontKnow, n),
        String(n),
      ]);
      compared++;
    }
    expect(compared).toBeGreaterThan(items.length);
    expect(json.groups.find((g: any) => g.value === 'executive').hidden).toBe(true);
    expect(rows.filter((r) => r[5] === 'Executive')).toHaveLength(items.length);

    const chinese = await t.call('GET', `${base}?format=csv&table=questions&lang=zh`);
    expect(chinese.status).toBe(200);
    const [zhHeader, ...zhRows] = parse(chinese.body);
    expect(zhHeader![0]).toBe('维度');
    expect(zhRows.map((r) => r.slice(7))).toEqual(rows.map((r) => r.slice(7)));

    const audit = await t.storage.audit.list();
    expect(audit.slice(before).map((e) => [e.action, e.target])).toEqual([
      ['campaign.export.cut-questions', setup.campaign.id],
      ['campaign.export.cut-questions', setup.campaign.id],
    ]);
  });

  it('starts no cell a spreadsheet would run as a formula', async () => {
    const setup = await levelCampaign();
    for (let i = 0; i < 6; i++) await respond(setup, 'Sales', 'staff');
    expect((await t.call('POST', `/api/campaigns/${setup.campaign.id}/close`)).status).toBe(200);
    const csv = await t.call(
      'GET',
      `/api/campaigns/${setup.campaign.id}/cuts/level?format=csv&table=questions`,
    );
    expect(csv.status).toBe(200);
    for (const row of parse(csv.body)) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]/);
  });

  it('is refused while the campaign is open, and a table without a file is a bad request', async () => {
    const setup = await levelCampaign();
    for (let i = 0; i < 6; i++) await respond(setup, 'Sales', 'staff');
    const base = `/api/campaigns/${setup.campaign.id}/cuts/level`;
    const before = (await t.storage.audit.list()).length;
    const open = await t.call('GET', `${base}?format=csv&table=questions`);
    expect(open.status).toBe(409);
    expect(open.body.code).toBe('cut.not-shown');
    const json = await t.call('GET', `${base}?table=questions`);
    expect(json.status).toBe(400);
    expect(json.body.code).toBe('request.malformed');
    // A table the route does not know is refused by the query's schema.
    const unknown = await t.call('GET', `${base}?format=csv&table=people`);
    expect(unknown.status).toBe(422);
    expect(await t.storage.audit.list()).toHaveLength(before);
  });
});
