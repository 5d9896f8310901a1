// Blank, "don't know" and partial submissions (issue 10, finding 1): one real answer and four empty ones
// made a "group of five" whose every figure was that one person's. A response must be scoreable on at least
// half of the scales (12 of questionnaire 2's 23); anything less is refused, spends no personal link or code, holds no place
// and counts toward nothing, through every way of answering.

import { afterEach, describe, expect, it } from 'vitest';
import { DONT_KNOW } from '../../../questionnaires/scoring-properties';
import { importStaff, mailMergeTokens, staffCsv } from '../../fixtures/staff';
import { setUpCampaign, startTestApp, type Setup, type TestApp } from '../../fixtures/test-app';
import {
  answer,
  departmentIn,
  dimensions,
  estimateOf,
  itemsOf,
  member,
  person,
  readCampaign,
  readReport,
  submit,
  total,
  trueScores,
  type Answers,
  ON_QUESTIONNAIRE,
} from './disclosure-support';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

const SCALES = dimensions.flatMap((d) => d.scales);

/** Every scored item "don't know", and only `scales` answered (as `base` answers them). */
function onlyScales(base: Answers, scales: readonly string[]): Answers {
  const answers: Answers = { ...base };
  for (const s of SCALES) if (!scales.includes(s)) for (const id of itemsOf(s)) answers[id] = DONT_KNOW;
  return answers;
}

const EMPTY: [string, Answers][] = [
  ['blank', {}],
  ['all "don\'t know"', onlyScales(person(5000), [])],
  ['nine of nineteen scales', onlyScales(person(5001), SCALES.slice(0, 9))],
  ['a comment and profile facts only', { comment: 'Nothing to add', profile_okr_training: 'no' }],
];

async function campaign(people: Record<string, number>): Promise<Setup> {
  t = await startTestApp();
  return setUpCampaign(t, people, ON_QUESTIONNAIRE);
}

describe('submissions that say too little', () => {
  it.each(EMPTY)(
    'an outsider sends a %s submission through every way of answering; each is refused and counts toward nothing',
    async (_, empty) => {
      const setup = await campaign({ Legal: 5, Sales: 5 });
      const code = (
        await t.call('POST', `/api/campaigns/${setup.campaign.id}/access-codes`, {
          departmentId: setup.departmentId('Sales'),
          count: 1,
        })
      ).body.codes[0];
      for (const [token, department] of [
        [setup.tokenOf('Legal'), undefined],
        [setup.wideToken, setup.departmentId('Legal')],
        [code, undefined],
      ]) {
        const reply = await submit(t, token!, empty, department);
        expect(reply.status).toBe(422);
        expect(reply.body.code).toBe('response.not-scoreable');
      }
      const page = await readCampaign(t, setup);
      expect(page.progress.responses).toBe(0);
      expect((await readReport(t, setup)).release.received).toBe(0);
      // No place was taken: Legal still takes five real answers, and the code still answers once.
      for (let n = 0; n < 5; n++) await answer(t, setup.tokenOf('Legal'), person(5100 + n));
      await answer(t, code, person(5200));
    },
  );

  it('a blank submission through a personal link is refused and leaves the person waiting, their link working', async () => {
    const setup = await campaign({ Legal: 5 });
    await importStaff(t, setup.campaign.id, staffCsv({ Legal: 5 }));
    const links = await mailMergeTokens(t, setup.campaign.id);
    for (const [, empty] of EMPTY)
      expect((await submit(t, links.get('legal1@example.com')!, empty)).status).toBe(422);
    const reminders = await mailMergeTokens(t, setup.campaign.id, 'reminder');
    expect(reminders.has('legal1@example.com')).toBe(true);
    expect((await readCampaign(t, setup)).progress.responses).toBe(0);
    await answer(t, links.get('legal1@example.com')!, person(5300));
  });

  it('an administrator sends four answers scoreable on exactly half the scales around one real answer: the other half stays unreleased', async () => {
    const setup = await campaign({ Legal: 5, Sales: 20 });
    const admin = await member(t, setup, 'administrator');
    const half = SCALES.slice(0, Math.ceil(SCALES.length / 2));
    const victim = person(5400);
    await answer(t, setup.tokenOf('Legal'), victim);
    const known = [1, 2, 3, 4].map((n) => onlyScales(person(5400 + n), half));
    for (const k of known) await answer(t, setup.tokenOf('Legal'), k);
    const report = await readReport(t, setup, admin.cookie);
    const legal = departmentIn(report, 'Legal').summary;
    // The scales nobody else answered have one person behind them: no figure, in Legal or overall.
    for (const scale of SCALES.slice(half.length)) {
      expect([scale, estimateOf(legal, scale).n, estimateOf(report.overall, scale).n]).toEqual([scale, 0, 0]);
    }
    // What remains possible (README): on the half of the scales the link's holder answered, four known answers
    // make a group of five whose figures give the one real answer away.
    for (const scale of half) {
      const guess = known.reduce(
        (rest, k) => rest - trueScores(k).scales[scale]!,
        total(estimateOf(legal, scale)),
      );
      expect(Math.abs(guess - trueScores(victim).scales[scale]!)).toBeLessThan(1e-6);
    }
  });
});
