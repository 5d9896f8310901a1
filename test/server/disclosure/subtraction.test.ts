// Subtraction: the organization's figures minus those of the departments shown leave the departments
// hidden. The release rule makes the organization exactly the union of its shown units' released answers,
// so the difference must hold nobody, at one moment and between two; the tracking page must not give a
// hidden group's count away by subtraction either.

import { afterEach, describe, expect, it } from 'vitest';
import { importStaff, mailMergeTokens, staffCsv } from '../../fixtures/staff';
import { setUpCampaign, startTestApp, type Setup, type TestApp } from '../../fixtures/test-app';
import {
  answer,
  departmentIn,
  dimensions,
  estimateOf,
  member,
  person,
  readCampaign,
  readReport,
  same,
  total,
  ON_QUESTIONNAIRE,
} from './disclosure-support';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

const PEOPLE = { Legal: 4, Sales: 12, Ops: 9 };
// Scale figures add up across departments; a dimension figure is the mean of its scale figures
// (group-summary.ts), so it is checked as that: it holds nothing its scales do not.
const FIGURES = dimensions.flatMap((d) => d.scales);

async function listed(): Promise<{ setup: Setup; link: (email: string) => string }> {
  t = await startTestApp();
  const setup = await setUpCampaign(t, PEOPLE, ON_QUESTIONNAIRE);
  await importStaff(t, setup.campaign.id, staffCsv(PEOPLE));
  const links = await mailMergeTokens(t, setup.campaign.id);
  return { setup, link: (email) => links.get(`${email}@example.com`)! };
}

/** What the organization holds beyond its shown departments, figure by figure: people and n·mean. */
function remainder(report: any): { figure: string; n: number; sum: number }[] {
  const shown = report.departments.filter((d: any) => !d.hidden);
  return FIGURES.map((figure) => {
    const org = estimateOf(report.overall, figure);
    const parts = shown.map((d: any) => estimateOf(d.summary, figure));
    return {
      figure,
      n: org.n - parts.reduce((s: number, e: any) => s + e.n, 0),
      sum: total(org) - parts.reduce((s: number, e: any) => s + total(e), 0),
    };
  }).filter((r) => r.n !== 0 || !same(r.sum, 0));
}

/** Realistic answers, "don't know" now and then, so that figures have different people behind them. */
const realistic = (seed: number) => person(seed, { dontKnowRate: 0.05, comment: `Comment ${seed}` });

describe('the organization minus the departments shown', () => {
  it('an executive subtracting every shown department from the organization at one moment finds nobody left', async () => {
    const { setup, link } = await listed();
    const executive = await member(t, setup, 'executive');
    for (let n = 1; n <= 3; n++) await answer(t, link(`legal${n}`), realistic(1000 + n));
    for (let n = 1; n <= 11; n++) await answer(t, link(`sales${n}`), realistic(1100 + n));
    for (let n = 1; n <= 7; n++) await answer(t, link(`ops${n}`), realistic(1200 + n));
    const report = await readReport(t, setup, executive.cookie);
    expect(departmentIn(report, 'Legal')).toMatchObject({ hidden: true, responses: null, summary: null });
    expect(departmentIn(report, 'Sales').hidden).toBe(false);
    expect(remainder(report)).toEqual([]);
    const shown = report.departments.filter((d: any) => !d.hidden);
    expect(report.responses).toBe(shown.reduce((s: number, d: any) => s + d.responses, 0));
    // The objectives audited for the organization are exactly those of the departments shown.
    const audits = report.analysis.goalAudit;
    expect(audits.overall.audited).toBe(
      shown.reduce((s: number, d: any) => s + audits.departments[d.departmentId].audited, 0),
    );
    expect(audits.overall.smart.successes).toBe(
      shown.reduce((s: number, d: any) => s + audits.departments[d.departmentId].smart.successes, 0),
    );
  });

  it('an executive subtracting across two moments, while the hidden department gains an answer, finds nobody left', async () => {
    const { setup, link } = await listed();
    const executive = await member(t, setup, 'executive');
    for (let n = 1; n <= 3; n++) await answer(t, link(`legal${n}`), realistic(1300 + n));
    for (let n = 1; n <= 6; n++) await answer(t, link(`sales${n}`), realistic(1400 + n));
    for (let n = 1; n <= 5; n++) await answer(t, link(`ops${n}`), realistic(1500 + n));
    const first = await readReport(t, setup, executive.cookie);
    // Between the two reads: one more in hidden Legal, four more in Sales (a whole batch with the sixth).
    await answer(t, link('legal4'), realistic(1304));
    for (let n = 7; n <= 10; n++) await answer(t, link(`sales${n}`), realistic(1400 + n));
    const second = await readReport(t, setup, executive.cookie);
    expect(remainder(first)).toEqual([]);
    expect(remainder(second)).toEqual([]);
    // The organization moved exactly as Sales did, figure by figure; Ops and Legal not at all.
    for (const figure of FIGURES) {
      const org = total(estimateOf(second.overall, figure)) - total(estimateOf(first.overall, figure));
      const sales =
        total(estimateOf(departmentIn(second, 'Sales').summary, figure)) -
        total(estimateOf(departmentIn(first, 'Sales').summary, figure));
      expect(same(org, sales), figure).toBe(true);
    }
    for (const report of [first, second]) {
      for (const d of dimensions) {
        // A dimension's figure is built from its deciding scales (scales only reported stay out).
        const scaleMeans = d.deciding
          .map((id) => report.overall.scales[id]?.estimate?.mean ?? null)
          .filter((m: number | null) => m !== null);
        const mean = scaleMeans.reduce((a: number, b: number) => a + b, 0) / scaleMeans.length;
        expect(same(report.overall.dimensions[d.id].mean, mean), d.id).toBe(true);
      }
    }
    expect(departmentIn(second, 'Ops')).toEqual(departmentIn(first, 'Ops'));
    expect(departmentIn(second, 'Legal')).toMatchObject({ hidden: true, responses: null });
  });

  it('an executive subtracting shown departments from the tracking totals cannot count a hidden group', async () => {
    const { setup, link } = await listed();
    const executive = await member(t, setup, 'executive');
    for (let n = 1; n <= 6; n++) await answer(t, link(`sales${n}`), realistic(1600 + n));
    for (let n = 1; n <= 5; n++) await answer(t, link(`ops${n}`), realistic(1700 + n));
    // Two people in Legal open their personal links and leave without answering.
    for (const n of [1, 2])
      expect((await t.call('GET', `/api/survey/${link(`legal${n}`)}`)).status).toBe(200);
    const progress = (await readCampaign(t, setup, executive.cookie)).progress;
    const legal = progress.departments.find((d: any) => d.name === 'Legal');
    expect(legal).toMatchObject({ withheld: 'too-few', responses: null, started: null });
    const shown = progress.departments.filter((d: any) => d.withheld === null);
    const left = (key: 'responses' | 'started') =>
      progress[key] - shown.reduce((s: number, d: any) => s + d[key], 0);
    // Answers left over are none here (which the rule allows), or at least the minimum.
    expect(left('responses') === 0 || left('responses') >= 5).toBe(true);
    // The page withholds how many in Legal opened the survey; subtraction must not give it back.
    expect(left('started'), 'people in Legal who opened the survey, by subtraction').not.toBe(2);
  });
});
