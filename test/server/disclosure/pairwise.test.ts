// The pairwise comparison and the heatmap CSV against the disclosure rules: an attacker compares every pair
// of shown units, in both orders, and downloads the CSV, as each role may. Two campaigns that differ only in
// what the hidden department answered must give every one of those answers byte for byte alike, so nothing
// in them carries any trace of the hidden department's figures; and the hidden unit itself is never
// compared. Every attack acts only through the HTTP API.

import { afterEach, describe, expect, it } from 'vitest';
import { setUpCampaign, startTestApp, type Setup, type TestApp } from '../../fixtures/test-app';
import { answer, departmentIn, member, person, readReport, ON_QUESTIONNAIRE } from './disclosure-support';
import { as } from '../../fixtures/accounts';

const apps: TestApp[] = [];
afterEach(async () => {
  while (apps.length) await apps.pop()!.close();
});

const PEOPLE = { Sales: 10, Ops: 10, HR: 7, Legal: 4 };

/** A campaign where Legal (4 people, below the minimum of 5) answers around `legalLevel`, the rest alike. */
async function world(legalLevel: number) {
  const t = await startTestApp();
  apps.push(t);
  const setup = await setUpCampaign(t, PEOPLE, ON_QUESTIONNAIRE);
  let seed = 7000;
  const levels: Record<string, number> = { Sales: 70, Ops: 40, HR: 55, Legal: legalLevel };
  for (const [department, count] of Object.entries(PEOPLE)) {
    for (let i = 0; i < count; i++) {
      // Legal's people differ between worlds; everyone else is the very same person in both.
      const own = department === 'Legal' ? seed + legalLevel * 100 : seed;
      seed++;
      await answer(t, setup.tokenOf(department), person(own, { level: levels[department]! }));
    }
  }
  return { t, setup };
}

/** What a reader holding `cookie` gets from every compare of shown units (both orders) and the CSV. */
async function everything(t: TestApp, setup: Setup, cookie: string) {
  const report = await readReport(t, setup, cookie);
  const shown: { departmentId: string; name: string }[] = report.departments.filter(
    (d: { hidden: boolean }) => !d.hidden,
  );
  const replies: string[] = [];
  for (const a of shown) {
    for (const b of shown) {
      if (a === b) continue;
      const reply = await t.call(
        'GET',
        `/api/campaigns/${setup.campaign.id}/compare?a=${a.departmentId}&b=${b.departmentId}`,
        undefined,
        as(cookie),
      );
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      replies.push(JSON.stringify(reply.body));
    }
  }
  for (const lang of ['en', 'zh-cn']) {
    const csv = await t.call(
      'GET',
      `/api/campaigns/${setup.campaign.id}/heatmap.csv?lang=${lang}`,
      undefined,
      as(cookie),
    );
    expect(csv.status).toBe(200);
    replies.push(csv.body as string);
  }
  // Ids are drawn afresh in each world: name every unit and the campaign by what a reader sees instead.
  const named = replies.map((text) =>
    setup.organization.departments.reduce(
      (out, d) => out.replaceAll(d.id, `<${d.name}>`),
      text.replaceAll(setup.campaign.id, '<campaign>'),
    ),
  );
  return { shown: shown.map((d) => d.name), named };
}

describe('pairwise comparison and heatmap CSV', () => {
  it('give no trace of a hidden department: two campaigns differing only in its answers read alike', async () => {
    const low = await world(15);
    const high = await world(90);
    // The reports do differ in what they hold back, so there is something an attacker would want.
    expect(departmentIn(await readReport(low.t, low.setup), 'Legal')).toMatchObject({ hidden: true });
    for (const reader of ['owner', 'consultant', 'executive'] as const) {
      const cookieIn = async (w: { t: TestApp; setup: Setup }) =>
        reader === 'owner' ? w.t.ownerCookie : (await member(w.t, w.setup, reader)).cookie;
      const a = await everything(low.t, low.setup, await cookieIn(low));
      const b = await everything(high.t, high.setup, await cookieIn(high));
      expect(a.shown).toEqual(['Sales', 'Ops', 'HR']);
      expect(a.named).toHaveLength(3 * 2 + 2);
      expect(a.named, reader).toEqual(b.named);
    }
  });

  it('a department head of the hidden department and another compares neither with the hidden one', async () => {
    const { t, setup } = await world(15);
    const head = await member(t, setup, 'department-head', ['Sales', 'Legal']);
    const legal = setup.departmentId('Legal');
    const sales = setup.departmentId('Sales');
    const ops = setup.departmentId('Ops');
    const compare = (a: string, b: string, cookie: string) =>
      t.call('GET', `/api/campaigns/${setup.campaign.id}/compare?a=${a}&b=${b}`, undefined, as(cookie));
    for (const cookie of [head.cookie, t.ownerCookie]) {
      for (const [a, b] of [
        [sales, legal],
        [legal, sales],
        [legal, ops],
      ] as const) {
        const reply = await compare(a, b, cookie);
        expect([404, 409]).toContain(reply.status);
        // A refusal carries no figure at all.
        expect(JSON.stringify(reply.body)).not.toMatch(/"(mean|diff|low|high|n)"/);
      }
    }
    // The head's own report shows Sales only as a unit with figures: no pair to compare, and Ops is not theirs.
    expect((await compare(sales, ops, head.cookie)).status).toBe(404);
    const csv = await t.call(
      'GET',
      `/api/campaigns/${setup.campaign.id}/heatmap.csv`,
      undefined,
      as(head.cookie),
    );
    const lines = (csv.body as string).trim().split(/\r?\n/);
    expect(lines.map((l) => l.split(',')[0])).toEqual(['Unit', 'Sales', 'Legal']);
    // Legal's row: its name and status, then nothing but empty cells.
    expect(lines[2]).toMatch(/^Legal,hidden: fewer than 5 answers,(,)+$/);
  });
});
