// Reading the report before and after one answer (issue 10, finding 3). People answer one at a time
// through their personal links while an executive reads the whole report after every answer: every figure
// (scales, dimensions, item-level reliability, profile shares behind the gates, drivers, goal audit,
// meanings of "better", comments) must stay as it was or move by a whole batch of the minimum, and no
// n·mean difference may give the newcomer's scores.

import { afterEach, describe, expect, it } from 'vitest';
import { importStaff, mailMergeTokens, staffCsv } from '../../fixtures/staff';
import { setUpCampaign, startTestApp, type Setup, type TestApp } from '../../fixtures/test-app';
import {
  answer,
  changedPaths,
  sufficiency,
  withoutParticipation,
  isScoreOf,
  member,
  person,
  readReport,
  singleDifferences,
  subBatchMoves,
  type Answers,
  ON_QUESTIONNAIRE,
} from './disclosure-support';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

const MINIMUM = 5;

/** Sales (12 listed) and Ops (8 listed), with personal links; who answers when, interleaved. */
async function listedCampaign() {
  t = await startTestApp();
  const setup = await setUpCampaign(t, { Sales: 12, Ops: 8 }, ON_QUESTIONNAIRE);
  await importStaff(t, setup.campaign.id, staffCsv({ Sales: 12, Ops: 8 }));
  const links = await mailMergeTokens(t, setup.campaign.id);
  // prettier-ignore
  const order = [
    'sales', 'sales', 'ops', 'sales', 'sales', 'ops', 'sales', 'ops', 'ops', 'sales',
    'ops', 'sales', 'sales', 'ops', 'sales', 'sales', 'ops', 'sales', 'sales',
  ];
  const seen = { sales: 0, ops: 0 };
  const people = order.map((d) => ({
    department: d,
    link: links.get(`${d}${++seen[d as 'sales']}@example.com`)!,
  }));
  return { setup, people };
}

async function readEveryAnswer(
  setup: Setup,
  people: { department: string; link: string }[],
  answersOf: (i: number) => Answers,
  onAnswer: (step: { i: number; answers: Answers; completes: boolean; before: any; after: any }) => void,
) {
  const executive = await member(t, setup, 'executive');
  const count = { sales: 0, ops: 0 };
  let before = await readReport(t, setup, executive.cookie);
  for (const [i, p] of people.entries()) {
    const answers = answersOf(i);
    await answer(t, p.link, answers);
    const completes = ++count[p.department as 'sales'] % MINIMUM === 0;
    const after = await readReport(t, setup, executive.cookie);
    onAnswer({ i, answers, completes, before, after });
    before = after;
  }
}

describe('the report read before and after each answer', () => {
  it('an executive diffing the whole report around each complete answer sees only participation move, and whole batches', async () => {
    const { setup, people } = await listedCampaign();
    const leaks: string[] = [];
    await readEveryAnswer(
      setup,
      people,
      (i) => person(300 + i, i % 3 === 0 ? { comment: `Comment number ${i} about workload` } : {}),
      ({ i, answers, completes, before, after }) => {
        if (!completes) {
          // Nothing of an answer that completes no batch may show anywhere but in participation.
          const moved = sufficiency(before) !== sufficiency(after);
          const changed = changedPaths(
            withoutParticipation(before, moved),
            withoutParticipation(after, moved),
          );
          if (changed.length) leaks.push(`answer ${i} moved ${changed.slice(0, 5).join(', ')}`);
        }
        for (const move of subBatchMoves(before, after, MINIMUM)) leaks.push(`answer ${i}: ${move}`);
        for (const d of singleDifferences(before, after)) {
          if (isScoreOf(answers, d.path, d.value)) leaks.push(`answer ${i}: ${d.path} gives ${d.value}`);
        }
      },
    );
    expect(leaks).toEqual([]);
  });

  it('an executive diffing realistic answers (some "don\'t know") finds no figure moved by fewer than five and no one\'s score', async () => {
    const { setup, people } = await listedCampaign();
    const leaks: string[] = [];
    await readEveryAnswer(
      setup,
      people,
      (i) => person(400 + i, { dontKnowRate: 0.06 }),
      ({ i, answers, before, after }) => {
        for (const move of subBatchMoves(before, after, MINIMUM)) leaks.push(`answer ${i}: ${move}`);
        for (const d of singleDifferences(before, after)) {
          if (isScoreOf(answers, d.path, d.value))
            leaks.push(`answer ${i}: ${d.path} = their score ${d.value}`);
        }
      },
    );
    expect(leaks).toEqual([]);
  });

  it('a comment just written never appears by itself: the list changes only by a whole batch of the comment minimum', async () => {
    const { setup, people } = await listedCampaign();
    const shownAt: number[] = [];
    await readEveryAnswer(
      setup,
      people,
      (i) => person(500 + i, { comment: `Note ${String.fromCharCode(65 + i)}: meetings eat the week` }),
      ({ i, answers, before, after }) => {
        const was: string[] = before.comments.comments ?? [];
        const is: string[] = after.comments.comments ?? [];
        const added = is.filter((c) => !was.includes(c));
        if (added.length > 0) shownAt.push(i);
        expect(added.length === 0 || added.length >= after.comments.minimum).toBe(true);
        // A newcomer's comment is only ever shown among at least the minimum of new ones.
        if (added.includes(answers.comment as string)) expect(added.length).toBeGreaterThanOrEqual(10);
      },
    );
    // 19 comments with a minimum of 10: one batch, released at the tenth.
    expect(shownAt).toEqual([9]);
  });
});
