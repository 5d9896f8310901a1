// Attacks on figures built from other figures: a dimension's score is, per person, the mean of the scales
// they have a score on, and the release rule releases each scale in its own batches. When a colleague has
// no score on one scale of a dimension, the scale's batches and the dimension's people drift apart, and
// reading a department before and after one answer through personal links gives a combination of fewer
// than the minimum of people: two, or one when the reader is that colleague. (MODEL.md §5.2 says equations
// over overlapping figures keep at least m unknowns at a time.)

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
  readReport,
  same,
  total,
  trueScores,
  ON_QUESTIONNAIRE,
} from './disclosure-support';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

/** Sales and Ops on a staff list, everyone with a personal link from the invitation mail-merge file. */
async function listedCampaign(): Promise<{ setup: Setup; links: Map<string, string> }> {
  t = await startTestApp();
  const setup = await setUpCampaign(t, { Sales: 8, Ops: 6 }, ON_QUESTIONNAIRE);
  await importStaff(t, setup.campaign.id, staffCsv({ Sales: 8, Ops: 6 }));
  return { setup, links: await mailMergeTokens(t, setup.campaign.id) };
}

const salesLink = (links: Map<string, string>, n: number) => links.get(`sales${n}@example.com`)!;

/** The scale each multi-scale dimension's attacker leaves unanswered: its last one. */
const SKIPPED = dimensions
  .filter((d) => d.scales.length >= 2)
  .map((d) => ({ ...d, skipped: d.scales.at(-1)! }));

describe('dimension figures, read before and after one answer', () => {
  it('a department head who answered "don\'t know" on one scale per dimension reads a colleague\'s scores off their own department', async () => {
    const { setup, links } = await listedCampaign();
    const head = await member(t, setup, 'department-head', ['Sales']);
    // The head is on the staff list too (sales1) and answers through their own personal link, knowing their
    // answers, with "don't know" throughout one scale of each dimension (13 of 19 scales scored: accepted).
    const own = person(101, { skipScales: SKIPPED.map((d) => d.skipped) });
    await answer(t, salesLink(links, 1), own);
    for (const n of [2, 3, 4, 5]) await answer(t, salesLink(links, n), person(100 + n));
    const before = departmentIn(await readReport(t, setup, head.cookie), 'Sales').summary;
    // The next to answer, through their personal link, is the victim (whom the head may see doing so).
    const victim = person(106);
    await answer(t, salesLink(links, 6), victim);
    const after = departmentIn(await readReport(t, setup, head.cookie), 'Sales').summary;

    const mine = trueScores(own).scales;
    const recovered: string[] = [];
    for (const { id, scales, skipped } of SKIPPED) {
      const k = scales.length;
      const others = scales.filter((s) => s !== skipped);
      // Before: everyone's dimension is the mean of the scales other than `skipped`. After: the four
      // colleagues' take in `skipped` too, and the victim enters with `skipped` alone. Solve for it.
      const grew = total(estimateOf(after, id)) - total(estimateOf(before, id));
      const theirOthers = others.reduce((sum, s) => sum + total(estimateOf(after, s)) - mine[s]!, 0);
      const guess =
        ((grew - total(estimateOf(after, skipped)) / k + theirOthers / (k * (k - 1))) * k) / (k - 1);
      if (same(guess, trueScores(victim).scales[skipped]!)) recovered.push(`${skipped} = ${guess}`);
    }
    // Nothing about one person may be worked out from the report.
    expect(recovered, 'the victim’s scale scores, recovered from the dimension figures').toEqual([]);
  });

  it("an executive watching one department across one answer works out the sum of two people's scores", async () => {
    const { setup, links } = await listedCampaign();
    const executive = await member(t, setup, 'executive');
    // No insider answers here: one colleague simply said "don't know" to both questions on taking part
    // across departments (participation.breadth), as real people do; everyone else answered everything.
    const colleague = person(201, { skipScales: ['participation.breadth'] });
    await answer(t, salesLink(links, 1), colleague);
    for (const n of [2, 3, 4, 5]) await answer(t, salesLink(links, n), person(200 + n));
    const before = departmentIn(await readReport(t, setup, executive.cookie), 'Sales').summary;
    const victim = person(206);
    await answer(t, salesLink(links, 6), victim);
    const after = departmentIn(await readReport(t, setup, executive.cookie), 'Sales').summary;

    // The report says the dimension gained one person while breadth released a batch of five: four of them
    // were already in the dimension through silos, so 2·Δ(n·mean) − Σbreadth + Σsilos is the newcomer's
    // breadth plus the silos score of the one person without breadth.
    const dimension = 'participation';
    const grew = total(estimateOf(after, dimension)) - total(estimateOf(before, dimension));
    const pair =
      2 * grew -
      total(estimateOf(after, 'participation.breadth')) +
      total(estimateOf(after, 'participation.silos'));
    const truth =
      trueScores(victim).scales['participation.breadth']! +
      trueScores(colleague).scales['participation.silos']!;
    expect
      .soft(estimateOf(after, dimension).n - estimateOf(before, dimension).n, 'people the figure moved by')
      .not.toBe(1);
    expect.soft(same(pair, truth), `a figure about two people: ${pair}`).toBe(false);
  });
});
