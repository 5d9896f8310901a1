// Restricted views: a department head's report, built by one rule (restrict-report.ts), combined with the
// executive's full view or with another head's, and a head of one of two departments, whose "rest of the
// organization" is a single department they may not see.

import { afterEach, describe, expect, it } from 'vitest';
import { importStaff, mailMergeTokens, staffCsv } from '../../fixtures/staff';
import { setUpCampaign, startTestApp, type Setup, type TestApp } from '../../fixtures/test-app';
import {
  answer,
  departmentIn,
  dimensions,
  estimateOf,
  member,
  numbers,
  person,
  readReport,
  same,
  total,
  ON_QUESTIONNAIRE,
} from './disclosure-support';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

const FIGURES = dimensions.flatMap((d) => [d.id, ...d.scales]);

/** Everyone listed answers (all but Legal's last), each department around its own level. */
async function answered(people: Record<string, number>, levels: Record<string, number> = {}): Promise<Setup> {
  t = await startTestApp();
  const setup = await setUpCampaign(t, people, ON_QUESTIONNAIRE);
  await importStaff(t, setup.campaign.id, staffCsv(people));
  const links = await mailMergeTokens(t, setup.campaign.id);
  let seed = 2000;
  for (const [department, count] of Object.entries(people)) {
    const answering = department === 'Legal' ? count - 1 : count;
    for (let n = 1; n <= answering; n++) {
      const level = (levels[department] ?? 55) + ((seed % 7) - 3) * 2;
      await answer(t, links.get(`${department.toLowerCase()}${n}@example.com`)!, person(++seed, { level }));
    }
  }
  return setup;
}

describe('restricted views', () => {
  it("a department head's view, laid over the executive's, adds no number the executive does not see", async () => {
    const setup = await answered({ Legal: 4, Sales: 10, Ops: 10, HR: 5 });
    const head = await member(t, setup, 'department-head', ['Sales']);
    const restricted = await readReport(t, setup, head.cookie);
    const full = numbers(await readReport(t, setup));
    expect(restricted.view.organizationShown).toBe(true);
    const extra = [...numbers(restricted)].filter(
      ([path, value]) => !path.startsWith('.view') && full.get(path) !== value,
    );
    expect(extra).toEqual([]);
    expect(departmentIn(restricted, 'Legal')).toBeUndefined();
  });

  it('two department heads pooling their views learn nothing of the hidden department', async () => {
    const setup = await answered({ Legal: 4, Sales: 10, Ops: 10, HR: 5 });
    const [sales, ops] = [
      await readReport(t, setup, (await member(t, setup, 'department-head', ['Sales'])).cookie),
      await readReport(t, setup, (await member(t, setup, 'department-head', ['Ops'])).cookie),
    ];
    const full = await readReport(t, setup);
    expect(departmentIn(full, 'Legal')).toMatchObject({ hidden: true, responses: null });
    for (const figure of FIGURES) {
      // Organization minus both heads' departments: what is left is HR and hidden Legal together.
      const org = estimateOf(sales.overall, figure);
      const s = estimateOf(departmentIn(sales, 'Sales').summary, figure);
      const o = estimateOf(departmentIn(ops, 'Ops').summary, figure);
      const hr = estimateOf(departmentIn(full, 'HR').summary, figure);
      const legal = { n: org.n - s.n - o.n - hr.n, sum: total(org) - total(s) - total(o) - total(hr) };
      expect({ figure, ...legal, sum: same(legal.sum, 0) ? 0 : legal.sum }).toEqual({ figure, n: 0, sum: 0 });
      // What remains possible, and what the README does not say: two heads together compute HR, a
      // department of at least the minimum that neither may see (each alone sees HR and Ops merged).
      expect(same(total(org) - total(s) - total(o), total(hr)), figure).toBe(true);
    }
  });

  it('a head of one of two departments finds no organization figure to subtract their own from', async () => {
    const setup = await answered({ Sales: 10, Ops: 10 }, { Sales: 80, Ops: 25 });
    const head = await member(t, setup, 'department-head', ['Sales']);
    const restricted = await readReport(t, setup, head.cookie);
    const full = await readReport(t, setup);
    expect(restricted.view).toMatchObject({ organizationShown: false, acrossDepartmentsShown: false });
    expect(restricted.overall).toBeNull();
    expect(restricted.analysis.reliability).toEqual([]);
    expect(restricted.analysis.drivers).toEqual([]);
    // No figure of Ops appears anywhere in the head's view, nor the organization's from which it follows.
    const theirs = new Set(FIGURES.map((f) => estimateOf(departmentIn(full, 'Ops').summary, f).mean));
    const orgs = new Set(FIGURES.map((f) => estimateOf(full.overall, f).mean));
    const seen = [...numbers(restricted)].filter(
      ([, v]) => !Number.isInteger(v) && (theirs.has(v) || orgs.has(v)),
    );
    expect(seen).toEqual([]);
  });

  it("a head of one of two departments works out the other department's response count as the organization's minus their own", async () => {
    const setup = await answered({ Sales: 10, Ops: 7 });
    const head = await member(t, setup, 'department-head', ['Sales']);
    const restricted = await readReport(t, setup, head.cookie);
    const ops = departmentIn(await readReport(t, setup), 'Ops').responses;
    expect(restricted.view.organizationShown).toBe(false);
    const derived = restricted.responses - departmentIn(restricted, 'Sales').responses;
    expect(derived, "Ops' count, which only the organization's figures would give").not.toBe(ops);
  });

  it('a head of one of two departments reads which side of each threshold the other department lies on from the withheld checks', async () => {
    const setup = await answered({ Sales: 10, Ops: 10 }, { Sales: 85, Ops: 20 });
    const head = await member(t, setup, 'department-head', ['Sales']);
    const restricted = await readReport(t, setup, head.cookie);
    const own = departmentIn(restricted, 'Sales').summary;
    const ops = departmentIn(await readReport(t, setup), 'Ops').summary;
    const inferred: string[] = [];
    for (const gate of restricted.decision.gates) {
      for (const check of gate.checks) {
        if (!check.withheld || check.status === 'not-assessed' || !FIGURES.includes(check.subject)) continue;
        // A status says on which side of the threshold the organization's figure lies: its whole interval
        // ('pass', 'fail') or its point estimate ('leans-pass', 'leans-fail').
        const barrierBelow = check.barrierWhen !== 'at-or-above';
        const orgBelow = barrierBelow === check.status.endsWith('fail');
        const mine = estimateOf(own, check.subject).mean;
        // If the head's own department is on the other side, the other department must be on this one.
        if (orgBelow !== mine < check.threshold) {
          const truth = estimateOf(ops, check.subject).mean;
          inferred.push(
            `Ops ${check.subject} ${orgBelow ? '<' : '≥'} ${check.threshold} (it is ${truth.toFixed(1)})`,
          );
        }
      }
    }
    // MODEL.md §5.4 keeps withheld checks' results on purpose (the verdict is the organization's); the
    // README's role table promises a department head "never another department's" figures.
    expect(inferred, 'facts about a department the head may not see').toEqual([]);
  });
});
