// Excluding suspect submissions (bursts and near-copies through a shared link) deletes them for good.
// Deleting answers that were already in a released batch would shift the batches that follow, and whoever
// knew the deleted answers could read the newly released ones off the difference; so an exclusion must
// leave every figure as it was, and only readers who distribute the survey may ask for one.

import { afterEach, describe, expect, it } from 'vitest';
import { as, createClock, type Member } from '../../fixtures/accounts';
import { setUpCampaign, startTestApp, type Setup, type TestApp } from '../../fixtures/test-app';
import {
  answer,
  departmentIn,
  estimateOf,
  member,
  person,
  readCampaign,
  readReport,
  same,
  submit,
  sufficiency,
  withoutParticipation,
  total,
  trueScores,
  type Answers,
  ON_QUESTIONNAIRE,
} from './disclosure-support';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

const MINUTE = 60_000;

async function campaign(people: Record<string, number>) {
  const clock = createClock();
  t = await startTestApp(undefined, {}, { now: clock.now });
  return { setup: await setUpCampaign(t, people, ON_QUESTIONNAIRE), clock };
}

/** Asks to exclude every alert's suspects; answers each reply's status and problem code. */
async function excludeAll(
  setup: Setup,
  admin: Member,
): Promise<{ status: number; code?: string; excluded?: number }[]> {
  const { alerts } = (
    await t.call('GET', `/api/campaigns/${setup.campaign.id}/suspects`, undefined, as(admin.cookie))
  ).body;
  const replies = [];
  for (const alert of alerts) {
    const reply = await t.call(
      'POST',
      `/api/campaigns/${setup.campaign.id}/suspects/${alert.id}/exclusion`,
      undefined,
      as(admin.cookie),
    );
    replies.push({ status: reply.status, code: reply.body.code, excluded: reply.body.excluded });
  }
  return replies;
}

/** The victim's scale scores read as Δ(n·mean) + known, on every scale that moved; those equal to the truth. */
function recoveredFrom(victim: Answers, known: Answers, before: unknown, after: unknown): string[] {
  const truth = trueScores(victim).scales;
  return Object.keys(truth).filter((scale) => {
    const guess =
      total(estimateOf(after, scale)) - total(estimateOf(before, scale)) + trueScores(known).scales[scale]!;
    const moved = !same(total(estimateOf(after, scale)), total(estimateOf(before, scale)));
    return moved && same(guess, truth[scale]!);
  });
}

describe('excluding suspect submissions', () => {
  it('an administrator tries to exclude two near-copies of their own, one before and one after a code respondent, to read that person off the shifted batch', async () => {
    const { setup, clock } = await campaign({ Legal: 8, Sales: 20 });
    const admin = await member(t, setup, 'administrator');
    const codes = (
      await t.call(
        'POST',
        `/api/campaigns/${setup.campaign.id}/access-codes`,
        { departmentId: setup.departmentId('Legal'), count: 5 },
        as(admin.cookie),
      )
    ).body.codes as string[];
    // One known answer through the department link first; a day's real answers with access codes, the
    // victim fifth; then a near-copy of the known answer. What stops it: a department given codes takes no
    // answer through a shared link, so neither known answer gets in and there is nothing to exclude.
    const known = person(4000);
    const first = await submit(t, setup.tokenOf('Legal'), known);
    for (const [i, code] of codes.slice(0, 4).entries()) {
      clock.advance(40 * MINUTE);
      await answer(t, code, person(4001 + i));
    }
    clock.advance(40 * MINUTE);
    const victim = person(4100);
    await answer(t, codes[4]!, victim);
    clock.advance(40 * MINUTE);
    const copy = await submit(t, setup.tokenOf('Legal'), {
      ...known,
      pay_fair: known.pay_fair === 1 ? 2 : 1,
    });
    for (const refused of [first, copy]) {
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('survey.shared-link-closed');
    }
    const before = departmentIn(await readReport(t, setup, admin.cookie), 'Legal').summary;
    expect(await excludeAll(setup, admin)).toEqual([]);
    const after = departmentIn(await readReport(t, setup, admin.cookie), 'Legal').summary;
    expect(after).toEqual(before);
    // The five released answers are the colleagues' and the victim's, none of them known to the reader.
    expect(recoveredFrom(victim, known, before, after)).toEqual([]);
  });

  it('an administrator tries to exclude two near-copies of their own, one before and one after colleagues who answered through the same link, to read the last of them off the shifted batch', async () => {
    const { setup, clock } = await campaign({ Legal: 8, Sales: 20 });
    const admin = await member(t, setup, 'administrator');
    // One known answer through the department link first; a day's real answers through the same link, the
    // victim fifth; then a near-copy of the known answer, so that the link flags both as suspect.
    const known = person(4000);
    await answer(t, setup.tokenOf('Legal'), known);
    for (let i = 0; i < 4; i++) {
      clock.advance(40 * MINUTE);
      await answer(t, setup.tokenOf('Legal'), person(4001 + i));
    }
    clock.advance(40 * MINUTE);
    const victim = person(4100);
    await answer(t, setup.tokenOf('Legal'), victim);
    clock.advance(40 * MINUTE);
    await answer(t, setup.tokenOf('Legal'), { ...known, pay_fair: known.pay_fair === 1 ? 2 : 1 });
    const before = departmentIn(await readReport(t, setup, admin.cookie), 'Legal').summary;
    const replies = await excludeAll(setup, admin);
    const after = departmentIn(await readReport(t, setup, admin.cookie), 'Legal').summary;

    // Let through, the exclusion would turn the batch [known, four colleagues] into [four colleagues,
    // victim]: victim = Δ(n·mean) + known, on every scale that moved.
    expect(recoveredFrom(victim, known, before, after), 'scales of the last colleague').toEqual([]);
    // What stops it: the known answer is in a released batch, so the exclusion is refused (README: "once
    // released they stay"), and the report stays exactly as it was.
    expect(replies).toEqual([{ status: 409, code: 'suspects.released' }]);
    expect(after).toEqual(before);
  });

  it('an administrator excluding near-copies the report still holds back finds every figure as it was', async () => {
    const { setup, clock } = await campaign({ Sales: 30, Ops: 12 });
    const admin = await member(t, setup, 'administrator');
    for (let n = 0; n < 6; n++) {
      await answer(
        t,
        setup.tokenOf('Sales'),
        // Complete answers: with a "don't know" among them, a copy could complete a batch of reliability's
        // complete cases, and then it is released and can no longer be excluded (safe-exclusion.ts).
        person(4200 + n, { dontKnowRate: 0, comment: `Remark ${n}` }),
      );
      clock.advance(15 * MINUTE);
    }
    // Two copies of one answer (someone sending theirs twice, or padding): the sixth and seventh, held back.
    const copy = person(4299, { comment: 'Same again' });
    for (const _ of [1, 2]) {
      await answer(t, setup.tokenOf('Sales'), copy);
      clock.advance(15 * MINUTE);
    }
    const before = await readReport(t, setup, admin.cookie);
    const alerts = (
      await t.call('GET', `/api/campaigns/${setup.campaign.id}/suspects`, undefined, as(admin.cookie))
    ).body;
    expect(alerts.alerts).toHaveLength(1);
    expect(JSON.stringify(alerts)).not.toMatch(/pay_fair|answers|Same again/);
    expect(await excludeAll(setup, admin)).toEqual([{ status: 200, excluded: 2 }]);
    const after = await readReport(t, setup, admin.cookie);
    // Only how many were received and wait changes; every figure, comment and verdict stays.
    const moved = sufficiency(before) !== sufficiency(after);
    expect(withoutParticipation(after, moved)).toEqual(withoutParticipation(before, moved));
    expect(before.release.received - after.release.received).toBe(2);
    // Only the count is kept: the campaign says two were excluded, and nothing says which.
    expect((await readCampaign(t, setup, admin.cookie)).campaign.excludedResponses).toBe(2);
  });

  it('readers can neither see suspects nor exclude them', async () => {
    const { setup } = await campaign({ Sales: 30 });
    for (let n = 0; n < 7; n++) await answer(t, setup.tokenOf('Sales'), person(4300 + n));
    const alerts = (await t.call('GET', `/api/campaigns/${setup.campaign.id}/suspects`)).body.alerts;
    expect(alerts).toHaveLength(1);
    for (const reader of [
      await member(t, setup, 'executive'),
      await member(t, setup, 'consultant'),
      await member(t, setup, 'department-head', ['Sales']),
    ]) {
      expect(
        (await t.call('GET', `/api/campaigns/${setup.campaign.id}/suspects`, undefined, as(reader.cookie)))
          .status,
      ).toBe(403);
      const reply = await t.call(
        'POST',
        `/api/campaigns/${setup.campaign.id}/suspects/${alerts[0].id}/exclusion`,
        undefined,
        as(reader.cookie),
      );
      expect(reply.status).toBe(403);
    }
    expect(departmentIn(await readReport(t, setup), 'Sales').responses).toBe(5);
  });
});
