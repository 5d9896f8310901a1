// Two units compared, and the heatmap as CSV: both answer from the report the reader is given, so a unit
// that report hides, or leaves out of a department head's view, is refused or has no figure. The CSV is read
// back with csv-parse, a parser other than the one that wrote it.

import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { as, inviteAndAccept } from '../../fixtures/accounts';
import { answersAt } from '../../fixtures/answers';
import { expectProblem, setUpCampaign, startTestApp, submit, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

const FORMULA = '=SUM(A1)';

/**
 * Sales answers low, the unit named like a formula answers high (both with some spread), Legal has three
 * answers only and is hidden.
 */
async function answered() {
  const setup = await setUpCampaign(t, { Sales: 10, [FORMULA]: 10, Legal: 10 });
  for (const level of [2, 2, 1, 2, 3, 2]) await submit(t, setup.tokenOf('Sales'), 1, answersAt(level));
  for (const level of [4, 5, 4, 4, 5, 4]) await submit(t, setup.tokenOf(FORMULA), 1, answersAt(level));
  await submit(t, setup.tokenOf('Legal'), 3, answersAt(3));
  const ids = {
    sales: setup.departmentId('Sales'),
    formula: setup.departmentId(FORMULA),
    legal: setup.departmentId('Legal'),
  };
  const compare = (a: string | null, b: string | null, cookie = t.ownerCookie) => {
    const query = [a === null ? '' : `a=${a}`, b === null ? '' : `b=${b}`].filter(Boolean).join('&');
    return t.call('GET', `/api/campaigns/${setup.campaign.id}/compare?${query}`, undefined, as(cookie));
  };
  const csv = (lang = 'en', cookie = t.ownerCookie) =>
    t.call('GET', `/api/campaigns/${setup.campaign.id}/heatmap.csv?lang=${lang}`, undefined, as(cookie));
  return { setup, ids, compare, csv };
}

const headOf = (organizationId: string, departmentIds: string[], email = 'head@example.com') =>
  inviteAndAccept(t, organizationId, { email, role: 'department-head', departmentIds });

describe('GET /api/campaigns/{id}/compare', () => {
  it('compares two shown units on every readiness dimension and scale, a minus b', async () => {
    const { ids, compare } = await answered();
    const reply = await compare(ids.sales, ids.formula);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body.a).toEqual({ departmentId: ids.sales, name: 'Sales', responses: 5 });
    expect(reply.body.b).toMatchObject({ departmentId: ids.formula, name: FORMULA });
    const { comparison } = reply.body;
    expect(comparison).toMatchObject({ test: 'welch-t-two-sided-unpaired', correction: 'holm', alpha: 0.05 });
    const dimensionRows = comparison.rows.filter((r: any) => r.measure === 'dimension');
    expect(dimensionRows.map((r: any) => r.id)).toEqual([
      'hygiene',
      'participation',
      'culture',
      'okr-kpi',
      'breakdown',
    ]);
    expect(comparison.rows.some((r: any) => r.measure === 'scale')).toBe(true);
    // Sales answered at 1–3, the other at 4–5: its hygiene is credibly lower, and the interval says by how much.
    const hygiene = dimensionRows[0];
    expect(hygiene.a.mean).toBeLessThan(hygiene.b.mean);
    expect(hygiene.result).toMatchObject({ compared: true, verdict: 'b-higher' });
    expect(hygiene.result.high).toBeLessThan(0);
    expect(hygiene.result.diff).toBeCloseTo(hygiene.a.mean - hygiene.b.mean, 6);
  });

  it('reads nothing into a stored record and records nothing', async () => {
    const { ids, compare } = await answered();
    const before = (await t.storage.audit.list()).length;
    expect((await compare(ids.sales, ids.formula)).status).toBe(200);
    expect(await t.storage.audit.list()).toHaveLength(before);
  });

  it.each([
    { name: 'no units named', a: null, b: null, status: 400, code: 'compare.unit-missing' },
    { name: 'only the first named', a: 'sales', b: null, status: 400, code: 'compare.unit-missing' },
    { name: 'only the second named', a: null, b: 'sales', status: 400, code: 'compare.unit-missing' },
    { name: 'a unit compared with itself', a: 'sales', b: 'sales', status: 400, code: 'compare.same-unit' },
    {
      name: 'a unit not in the campaign',
      a: 'sales',
      b: 'nowhere',
      status: 404,
      code: 'compare.unit-unknown',
    },
    {
      name: 'the first unit not in the campaign',
      a: 'nowhere',
      b: 'sales',
      status: 404,
      code: 'compare.unit-unknown',
    },
    { name: 'a hidden unit', a: 'sales', b: 'legal', status: 409, code: 'compare.unit-hidden' },
    { name: 'a hidden first unit', a: 'legal', b: 'formula', status: 409, code: 'compare.unit-hidden' },
  ] as const)('refuses $name with $status', async ({ a, b, status, code }) => {
    const { ids, compare } = await answered();
    const id = (name: string | null) => (name === null ? null : (ids[name as keyof typeof ids] ?? name));
    const reply = await compare(id(a), id(b));
    expectProblem(reply, status);
    expect(reply.body.code).toBe(code);
    if (code === 'compare.unit-hidden') expect(reply.body.params).toEqual({ min: 5 });
    // A refusal carries no figure of either unit.
    expect(JSON.stringify(reply.body)).not.toMatch(/"mean"/);
  });

  it('answers 404 for a campaign that does not exist', async () => {
    await answered();
    expectProblem(await t.call('GET', '/api/campaigns/nope/compare?a=x&b=y'), 404);
  });

  it('refuses a department head a unit outside their report, as if it did not exist', async () => {
    const { setup, ids, compare } = await answered();
    const head = await headOf(setup.organization.id, [ids.sales]);
    const reply = await compare(ids.sales, ids.formula, head.cookie);
    expectProblem(reply, 404);
    expect(reply.body.code).toBe('compare.unit-unknown');
    expect(JSON.stringify(reply.body)).not.toContain(FORMULA);
  });

  it('lets a head of two departments compare them', async () => {
    const { setup, ids, compare } = await answered();
    const head = await headOf(setup.organization.id, [ids.sales, ids.formula]);
    const own = await compare(ids.formula, ids.sales, head.cookie);
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    // Swapped, the same gap with the sign turned round.
    const full = await compare(ids.sales, ids.formula);
    expect(own.body.comparison.rows[0].result.diff).toBeCloseTo(-full.body.comparison.rows[0].result.diff, 9);
    expect(own.body.comparison.rows[0].result.verdict).toBe('a-higher');
  });

  it('answers 401 without a session', async () => {
    const { ids, compare } = await answered();
    expectProblem(await compare(ids.sales, ids.formula, ''), 401);
  });
});

describe('GET /api/campaigns/{id}/heatmap.csv', () => {
  const read = (text: string): string[][] => parse(text, { bom: true });

  it('writes a row per unit, the hidden one named with no figure, each figure with its interval and n', async () => {
    const { csv } = await answered();
    const reply = await csv();
    expect(reply.status).toBe(200);
    expect(reply.contentType).toMatch(/^text\/csv/);
    const [header, ...rows] = read(reply.body);
    expect(header!.slice(0, 7)).toEqual([
      'Unit',
      'Status',
      'Responses',
      'Hygiene factors: score',
      'Hygiene factors: 95% low',
      'Hygiene factors: 95% high',
      'Hygiene factors: n',
    ]);
    expect(header!.some((h) => h.includes('›'))).toBe(true);
    expect(rows.map((r) => r[0])).toEqual(['Sales', `'${FORMULA}`, 'Legal']);
    const legal = rows[2]!;
    expect(legal[1]).toBe('hidden: fewer than 5 answers');
    expect(legal.slice(2).every((cell) => cell === '')).toBe(true);
    const sales = rows[0]!;
    expect(sales[1]).toBe('shown');
    expect(sales[2]).toBe('5');
    const [score, low, high, n] = sales.slice(3, 7).map(Number);
    expect(low).toBeLessThan(score!);
    expect(high).toBeGreaterThan(score!);
    expect(n).toBe(5);
    // No cell of the file would run as a formula in a spreadsheet.
    for (const row of [header!, ...rows]) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('writes its headings in Chinese when asked, and records the download', async () => {
    const { setup, csv } = await answered();
    const reply = await csv('zh-cn');
    expect(reply.status).toBe(200);
    const [header, ...rows] = read(reply.body);
    expect(header!.slice(0, 3)).toEqual(['单位', '状态', '回答人数']);
    expect(rows[2]![1]).toBe('隐藏：回答少于 5 人');
    expect((await csv('zh')).status).toBe(200);
    const audit = await t.storage.audit.list();
    expect(audit.filter((e) => e.action === 'campaign.export.heatmap')).toHaveLength(2);
    expect(audit.at(-1)!.target).toBe(setup.campaign.id);
  });

  it('refuses a language it does not write, with 400', async () => {
    const { csv } = await answered();
    const reply = await csv('fr');
    expectProblem(reply, 400);
    expect(reply.body.code).toBe('request.malformed');
  });

  it("gives a department head their own units' rows only", async () => {
    const { setup, ids, csv } = await answered();
    const head = await headOf(setup.organization.id, [ids.sales]);
    const reply = await csv('en', head.cookie);
    expect(reply.status).toBe(200);
    const [, ...rows] = read(reply.body);
    expect(rows.map((r) => r[0])).toEqual(['Sales']);
  });

  it('answers 409 while nothing can be shown', async () => {
    const setup = await setUpCampaign(t);
    await submit(t, setup.tokenOf('Sales'), 2);
    const reply = await t.call('GET', `/api/campaigns/${setup.campaign.id}/heatmap.csv`);
    expectProblem(reply, 409);
    expect(reply.body.code).toBe('export.nothing-released');
    expect(await t.storage.audit.list()).not.toContainEqual(
      expect.objectContaining({ action: 'campaign.export.heatmap' }),
    );
  });
});
