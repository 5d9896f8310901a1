// Per-question results against the report (issue 17, "heatmap vs per-question"): a unit the report hides is
// hidden in the questions reply and its CSV; the organization's answer counts are exactly the sum of the
// units shown, class by class, so subtracting the shown units from it leaves nobody; and reading after each
// single answer shows no change until a whole batch of at least the minimum is let in.

import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { as } from '../../fixtures/accounts';
import { setUpCampaign, startTestApp, type Setup, type TestApp } from '../../fixtures/test-app';
import { answer, member, person, readReport, ON_QUESTIONNAIRE } from './disclosure-support';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

const MINIMUM = 5;
const CLASSES = ['favourable', 'neutral', 'unfavourable', 'dontKnow'] as const;

const readQuestions = async (setup: Setup, cookie = t.ownerCookie, query = '') => {
  const reply = await t.call(
    'GET',
    `/api/campaigns/${setup.campaign.id}/questions${query}`,
    undefined,
    as(cookie),
  );
  return reply;
};
const items = (body: any): any[] => body.results.dimensions.flatMap((d: any) => d.questions);
const NOBODY = { favourable: 0, neutral: 0, unfavourable: 0, dontKnow: 0 };
/** A group's counts; a shown group whose scale took in no batch yet has none, as if nobody answered. */
const countsOf = (shares: any) => shares?.counts ?? NOBODY;

/** Sales 8 answers (5 let in), Ops 6 (5 let in), Legal 4 (hidden); realistic people who now and then do not know. */
async function answered() {
  t = await startTestApp();
  const setup = await setUpCampaign(t, { Sales: 12, Ops: 9, Legal: 6 }, ON_QUESTIONNAIRE);
  let seed = 100;
  const plan = { Sales: 8, Ops: 6, Legal: 4 };
  for (const [name, count] of Object.entries(plan))
    for (let i = 0; i < count; i++)
      await answer(t, setup.tokenOf(name), person(++seed, { dontKnowRate: 0.15 }));
  return setup;
}

describe('per-question results against the report', () => {
  it('hides in the questions reply and its file exactly the units the report hides', async () => {
    const setup = await answered();
    const executive = await member(t, setup, 'executive');
    const report = await readReport(t, setup, executive.cookie);
    const reply = await readQuestions(setup, executive.cookie);
    expect(reply.status).toBe(200);
    const hiddenInReport = report.departments.filter((d: any) => d.hidden).map((d: any) => d.departmentId);
    expect(hiddenInReport).toEqual([setup.departmentId('Legal')]);
    expect(reply.body.groups.map((g: any) => [g.id, g.name, g.hidden])).toEqual(
      report.departments.map((d: any) => [d.departmentId, d.name, d.hidden]),
    );
    for (const item of items(reply.body)) {
      for (const group of item.groups)
        if (hiddenInReport.includes(group.groupId)) expect(group.shares).toBeNull();
    }
    // The shown units do have figures: most items' scales took in a batch in each.
    for (const unit of ['Sales', 'Ops']) {
      const withShares = items(reply.body).filter(
        (q) => q.groups.find((g: any) => g.groupId === setup.departmentId(unit)).shares !== null,
      );
      expect(withShares.length).toBeGreaterThan(items(reply.body).length / 2);
    }
    const file = await readQuestions(setup, executive.cookie, '?format=csv');
    const [, ...rows] = parse(file.body, { bom: true }) as string[][];
    const legal = rows.filter((r) => r[5] === 'Legal');
    expect(legal).toHaveLength(items(reply.body).length);
    for (const row of legal) expect(row.slice(7)).toEqual(['', '', '', '', '']);
  });

  it('makes the organization exactly the sum of the shown units, so subtracting them leaves nobody', async () => {
    const setup = await answered();
    const report = await readReport(t, setup);
    const { body } = await readQuestions(setup);
    const shown = report.departments.filter((d: any) => !d.hidden);
    // The report's own property, which the questions must share: its people are its shown units' people.
    expect(report.responses).toBe(shown.reduce((s: number, d: any) => s + d.responses, 0));
    for (const item of items(body)) {
      const parts = item.groups.map((g: any) => countsOf(g.shares));
      for (const c of CLASSES) {
        const rest = countsOf(item.organization)[c] - parts.reduce((s: number, p: any) => s + p[c], 0);
        expect(rest, `${item.questionId} ${c}`).toBe(0);
      }
    }
  });

  it("gives a head whose report withholds the organization nothing the executive's reading subtracts into a hidden unit", async () => {
    const setup = await answered();
    const head = await member(t, setup, 'department-head', ['Sales']);
    const executive = await member(t, setup, 'executive');
    const asHead = (await readQuestions(setup, head.cookie)).body;
    const asExecutive = (await readQuestions(setup, executive.cookie)).body;
    // Sales' head: the rest of the organization shown is Ops alone, so the organization is withheld.
    expect(asHead.results.organizationShown).toBe(false);
    expect(asHead.groups.map((g: any) => g.name)).toEqual(['Sales']);
    // Whatever both read together: the executive's organization minus Sales is Ops, a unit shown to the
    // executive in full; Legal, hidden, is in neither reading.
    const legal = setup.departmentId('Legal');
    for (const item of items(asExecutive)) {
      const sales = item.groups.find((g: any) => g.groupId === setup.departmentId('Sales')).shares;
      const ops = item.groups.find((g: any) => g.groupId === setup.departmentId('Ops')).shares;
      const headSales = items(asHead).find((q: any) => q.questionId === item.questionId).groups[0].shares;
      expect(headSales).toEqual(sales);
      for (const c of CLASSES)
        expect(countsOf(item.organization)[c] - countsOf(sales)[c]).toBe(countsOf(ops)[c]);
      expect(item.groups.find((g: any) => g.groupId === legal).shares).toBeNull();
    }
  });

  it('shows no change after one more answer unless a whole batch of the minimum was let in', async () => {
    t = await startTestApp();
    const setup = await setUpCampaign(t, { Sales: 14, Ops: 9 }, ON_QUESTIONNAIRE);
    // prettier-ignore
    const order = ['Sales', 'Ops', 'Sales', 'Sales', 'Ops', 'Sales', 'Ops', 'Sales', 'Ops', 'Ops',
      'Sales', 'Sales', 'Ops', 'Sales', 'Sales', 'Sales', 'Ops'];
    const read = async () => {
      const reply = await readQuestions(setup);
      return reply.status === 409 ? null : reply.body;
    };
    /** Per unit, the people behind each scale's figure, as the report gives them. */
    const scalePeople = async () => {
      const report = await readReport(t, setup);
      return new Map<string, number>(
        report.departments.flatMap((d: any) =>
          Object.entries(d.summary?.scales ?? {}).map(([s, v]: [string, any]) => [
            `${d.departmentId} ${s}`,
            v.estimate.n,
          ]),
        ),
      );
    };
    let before = await read();
    let peopleBefore = await scalePeople();
    let seed = 500;
    let batches = 0;
    for (const unit of order) {
      await answer(t, setup.tokenOf(unit), person(++seed, { dontKnowRate: 0.1 }));
      const after = await read();
      const peopleAfter = await scalePeople();
      const grown = [...peopleAfter].filter(([key, n]) => n !== (peopleBefore.get(key) ?? 0));
      // Every scale figure that moved took in at least a whole batch.
      for (const [key, n] of grown)
        expect(n - (peopleBefore.get(key) ?? 0), key).toBeGreaterThanOrEqual(MINIMUM);
      if (grown.length === 0) expect(after).toEqual(before);
      else {
        batches++;
        // Only the items of scales that took in a batch moved, in the unit that took it in.
        for (const item of after ? items(after) : []) {
          const old = before ? items(before).find((q: any) => q.questionId === item.questionId) : null;
          item.groups.forEach((g: any, i: number) => {
            const moved = JSON.stringify(g.shares) !== JSON.stringify(old?.groups[i]?.shares ?? null);
            if (moved) expect(grown.map(([k]) => k)).toContain(`${g.groupId} ${item.scale}`);
          });
        }
      }
      before = after;
      peopleBefore = peopleAfter;
    }
    // Sales' units and Ops' each let batches in along the way (a scale's batch may wait for a "don't know").
    expect(batches).toBeGreaterThanOrEqual(3);
  });
});
