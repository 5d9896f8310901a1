// What those running a campaign watch while it is open: reminder mail-merge files, which name who has not
// answered (so two of them, around one answer, name who just did), and the tracking counts on the campaign
// page. Combined with the report, neither may give the person's answers, nor a count of a group below the
// minimum.

import { afterEach, describe, expect, it } from 'vitest';
import { hiddenGroups } from '../../../server/domain/anonymity/disclosure';
import { importStaff, mailMergeTokens, staffCsv } from '../../fixtures/staff';
import { setUpCampaign, startTestApp, type Setup, type TestApp } from '../../fixtures/test-app';
import {
  answer,
  isScoreOf,
  member,
  person,
  readCampaign,
  readReport,
  singleDifferences,
  subBatchMoves,
  ON_QUESTIONNAIRE,
} from './disclosure-support';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

async function listed(people: Record<string, number>): Promise<{ setup: Setup; links: Map<string, string> }> {
  t = await startTestApp();
  const setup = await setUpCampaign(t, people, ON_QUESTIONNAIRE);
  await importStaff(t, setup.campaign.id, staffCsv(people));
  return { setup, links: await mailMergeTokens(t, setup.campaign.id) };
}

/** Who a reminder file still names: those who have not answered. */
const stillWaiting = async (setup: Setup) =>
  new Set((await mailMergeTokens(t, setup.campaign.id, 'reminder')).keys());

describe('reminder files around one answer', () => {
  it('an administrator learns from two reminder files who just answered, and from the report nothing of their answers', async () => {
    const { setup, links } = await listed({ Sales: 12, Ops: 6 });
    const admin = await member(t, setup, 'administrator');
    let waiting = await stillWaiting(setup);
    let report = await readReport(t, setup, admin.cookie);
    const recovered: string[] = [];
    for (let n = 1; n <= 11; n++) {
      const answers = person(600 + n);
      await answer(t, links.get(`sales${n}@example.com`)!, answers);
      const now = await stillWaiting(setup);
      const answered = [...waiting].filter((email) => !now.has(email));
      // What the README says the files do: the difference is exactly the person who answered.
      expect(answered).toEqual([`sales${n}@example.com`]);
      const next = await readReport(t, setup, admin.cookie);
      for (const move of subBatchMoves(report, next, 5)) recovered.push(`${answered[0]}: ${move}`);
      for (const d of singleDifferences(report, next)) {
        if (isScoreOf(answers, d.path, d.value)) recovered.push(`${answered[0]}: ${d.path} = ${d.value}`);
      }
      // Between batches the figures do not move at all; at a batch, by five people named in the files.
      if (n % 5 !== 0) expect(next.departments, `after ${answered[0]}`).toEqual(report.departments);
      waiting = now;
      report = next;
    }
    expect(recovered).toEqual([]);
  });

  it('an administrator with two reminder files reads from the comments waiting whether the person who just answered wrote one', async () => {
    const { setup, links } = await listed({ Sales: 12 });
    const admin = await member(t, setup, 'administrator');
    const wrote = [false, true, false, false, true, true, false];
    const learned: string[] = [];
    let waiting = await stillWaiting(setup);
    let held = (await readReport(t, setup, admin.cookie)).comments.heldBack;
    for (const [i, comments] of wrote.entries()) {
      await answer(
        t,
        links.get(`sales${i + 1}@example.com`)!,
        person(700 + i, comments ? { comment: 'Too many meetings.' } : {}),
      );
      const now = await stillWaiting(setup);
      const [who] = [...waiting].filter((email) => !now.has(email));
      const count = (await readReport(t, setup, admin.cookie)).comments.heldBack;
      // The count of comments waiting moves by one exactly when the person named by the files wrote one.
      if (count - held === 1) learned.push(`${who} wrote a comment`);
      waiting = now;
      held = count;
    }
    expect(learned, 'facts about single people read off the report').toEqual([]);
  });
});

describe('tracking on the campaign page', () => {
  it('readers of the campaign page see counts, never who answered, and no way to find out', async () => {
    const { setup, links } = await listed({ Sales: 8, Ops: 6 });
    for (let n = 1; n <= 6; n++) await answer(t, links.get(`sales${n}@example.com`)!, person(800 + n));
    for (const role of ['executive', 'consultant'] as const) {
      const reader = await member(t, setup, role);
      const page = JSON.stringify(await readCampaign(t, setup, reader.cookie));
      expect(page).not.toMatch(/sales\d@example\.com|Sales Person \d/);
      const files = await t.call(
        'POST',
        `/api/campaigns/${setup.campaign.id}/mail-merge`,
        { kind: 'reminder' },
        { cookie: reader.cookie },
      );
      expect(files.status).toBe(403);
    }
  });

  it('an executive reading tracking before and after one answer cannot work out the count of a group below the minimum', async () => {
    const { setup, links } = await listed({ Legal: 4, Sales: 20 });
    const executive = await member(t, setup, 'executive');
    for (let n = 1; n <= 6; n++) await answer(t, links.get(`sales${n}@example.com`)!, person(900 + n));
    const before = (await readCampaign(t, setup, executive.cookie)).progress;
    await answer(t, links.get('legal1@example.com')!, person(950));
    const after = (await readCampaign(t, setup, executive.cookie)).progress;

    // The attacker knows the documented rule (MODEL.md §5) and that counts only grow; which counts of the
    // hidden Legal agree with both pages?
    const shown = (p: any, name: string) => p.departments.find((d: any) => d.name === name).responses;
    const [legal, sales] = [setup.departmentId('Legal'), setup.departmentId('Sales')];
    const consistent: number[] = [];
    // Before Legal's first answer, Sales is hidden already (protecting Legal's nothing), so all the
    // attacker knows of it is that counts only grow.
    const salesBefore = shown(before, 'Sales') ?? 0;
    for (let l = 0; l <= after.responses; l++) {
      const s = after.responses - l;
      if (s < salesBefore) continue;
      const hidden = hiddenGroups(
        [
          { id: legal, n: l },
          { id: sales, n: s },
        ],
        5,
      );
      const looksTheSame = (id: string, name: string, n: number) =>
        hidden.has(id) ? shown(after, name) === null : shown(after, name) === n;
      if (looksTheSame(legal, 'Legal', l) && looksTheSame(sales, 'Sales', s)) consistent.push(l);
    }
    const belowMinimum = consistent.filter((l) => l > 0 && l < 5);
    expect(
      belowMinimum.length === 1 && consistent.length === 1,
      `Legal's count pinned down to ${consistent.join(' or ')}`,
    ).toBe(false);
  });
});
