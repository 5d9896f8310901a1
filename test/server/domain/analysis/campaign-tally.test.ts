// The figures kept as answers arrive must be the figures a full recomputation gives: generated campaigns on
// both questionnaires, with skipped items, "don't know", uneven units and several group minimums, filed one
// by one into a tally and compared, after every response, with the release rule and group summaries run
// over the whole list so far.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createCampaignTally,
  decodeTallyState,
  encodeTallyState,
  TALLY_FACTORS,
  type AnswerCounts,
  type TalliedFigures,
} from '../../../../server/domain/analysis/campaign-tally';
import { digestComments } from '../../../../server/domain/analysis/comment-digest';
import { namedDepartments, SUCCESS_MEANING_QUESTION } from '../../../../server/domain/analysis/conflict-map';
import { auditGoal } from '../../../../server/domain/analysis/goal-audit';
import { mean, variance } from '../../../../server/domain/statistics/descriptive';
import {
  crossCovariance,
  momentsMean,
  momentsVariance,
  type Moments,
} from '../../../../server/domain/statistics/moments';
import { summarizeGroup, type GroupSummary } from '../../../../server/domain/analysis/group-summary';
import { profileShares } from '../../../../server/domain/analysis/profile-shares';
import { isAnswered, releasePlan, releaseResponses } from '../../../../server/domain/anonymity/release';
import {
  BARRIER_MODEL_V2,
  judgingModel,
  type BarrierModel,
} from '../../../../server/domain/instrument/barrier-model';
import {
  NO_DEPARTMENT,
  parseQuestionnaire,
  type Question,
  type Questionnaire,
} from '../../../../server/domain/instrument/questionnaire';
import type { SurveyResponse } from '../../../../server/domain/instrument/response';
import { scoreResponse } from '../../../../server/domain/instrument/scoring';
import type { Answers } from '../../../../server/domain/instrument/validate-answers';
import { fixtureQuestionnaireJson, likertItem } from '../../../fixtures/questionnaire';

const loaded = new Map<string, Questionnaire>();
/** A shipped questionnaire, parsed once per file (inside the tests, never while the file loads). */
const load = (name: string): Questionnaire => {
  if (!loaded.has(name)) loaded.set(name, parse(name));
  return loaded.get(name)!;
};
const parse = (name: string) =>
  parseQuestionnaire(
    JSON.parse(readFileSync(join(import.meta.dirname, `../../../../questionnaires/${name}.json`), 'utf8')),
  );

/** A stored response as a test names it: its id, unit, answers and (by default one Monday) its day. */
const responseOf = (
  id: string,
  departmentId: string,
  answers: Answers,
  submittedOn = '2026-03-02',
): SurveyResponse => ({ id, campaignId: 'c', departmentId, language: 'en', submittedOn, answers });

/** A tally of questionnaire 2 judged by model 2, with these minimums. */
const tallyOnV2 = (minGroupSize: number, commentMinimum = 5) =>
  createCampaignTally({
    questionnaire: load('readiness-okr-2'),
    model: BARRIER_MODEL_V2,
    minGroupSize,
    commentMinimum,
  });

/** Answers as people give them: most questions answered, some skipped, some "don't know". */
const OBJECTIVES = [
  'Grow repeat orders. KR1: raise the reorder rate from 20% to 35% by 30 June; KR2: cut delivery time to 2 days',
  'Be the best team',
  '本季度把客户投诉率从5%降到2%，6月30日前上线新的质检流程',
  '',
];
const COMMENTS = [
  'Too many meetings',
  'Pay is unfair',
  '  ',
  'pay is unfair',
  'Ämter first',
  'zebra',
  '目标太多',
];

function answersFor(questionnaire: Questionnaire) {
  const entries = questionnaire.questions.flatMap((q) => {
    const rule = q.accepts;
    const given =
      rule.kind === 'choice'
        ? fc.constantFrom(...rule.values)
        : rule.kind === 'departments'
          ? fc.oneof(
              fc.subarray(['sales', 'operations', 'finance'], { minLength: 1 }),
              fc.constant([NO_DEPARTMENT]),
            )
          : rule.kind === 'text' && q.role === 'sample-okr'
            ? fc.constantFrom(...OBJECTIVES)
            : rule.kind === 'text' && q.role === 'comment'
              ? fc.constantFrom(...COMMENTS)
              : null;
    if (given === null) return [];
    // A skip weighs a fifth: enough to leave scales short of their minimum and figures waiting.
    return [
      [q.id, fc.oneof({ arbitrary: given, weight: 4 }, { arbitrary: fc.constant(undefined), weight: 1 })],
    ];
  });
  return fc.record(Object.fromEntries(entries)).map((raw) => {
    const answers: Answers = {};
    for (const [id, value] of Object.entries(raw)) if (value !== undefined) answers[id] = value as never;
    return answers;
  });
}

const campaigns = (questionnaire: Questionnaire) =>
  fc.record({
    minGroupSize: fc.integer({ min: 2, max: 6 }),
    commentMinimum: fc.integer({ min: 2, max: 8 }),
    responses: fc.array(
      fc.record({
        unit: fc.constantFrom('sales', 'operations', 'finance'),
        day: fc.constantFrom('2026-03-02', '2026-03-03', '2026-03-09'),
        // An answer to a demographic question the figures are cut by; left out, or one it does not offer.
        level: fc.constantFrom('staff', 'manager', 'executive', 'astronaut', undefined),
        answers: answersFor(questionnaire),
      }),
      { maxLength: 30 },
    ),
  });

/** Every number of a summary to nine decimals, the precision `stable` promises and far below what is shown. */
const rounded = (summary: GroupSummary) =>
  JSON.parse(JSON.stringify(summary, (_, v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v)));

function recomputed(questionnaire: Questionnaire, stored: SurveyResponse[], minGroupSize: number) {
  const model = judgingModel('2', questionnaire.modelVersion)!;
  const release = releaseResponses(questionnaire, stored, minGroupSize);
  const score = (r: SurveyResponse) => scoreResponse(questionnaire, model, r.answers);
  const units = new Map<string, GroupSummary>();
  for (const unit of new Set(stored.map((r) => r.departmentId))) {
    units.set(
      unit,
      summarizeGroup(model, release.responses.filter((r) => r.departmentId === unit).map(score)),
    );
  }
  return {
    overall: summarizeGroup(model, release.responses.map(score)),
    units,
    profile: profileShares(release.responses),
    heldBack: release.heldBack,
    releasedOn: release.releasedOn,
  };
}

describe.each([
  ['readiness-okr-2', () => load('readiness-okr-2')],
  ['readiness-okr (judged by model 2)', () => load('readiness-okr')],
])('the campaign tally on %s', (_, questionnaireOf) => {
  it('gives after every response exactly the figures of a recomputation over all responses so far', () => {
    const questionnaire = questionnaireOf();
    const model = judgingModel('2', questionnaire.modelVersion)!;
    fc.assert(
      fc.property(campaigns(questionnaire), ({ minGroupSize, commentMinimum, responses }) => {
        const stored: SurveyResponse[] = [];
        const tally = createCampaignTally({
          questionnaire,
          model,
          minGroupSize,
          commentMinimum,
          cuts: [LEVEL_CUT],
        });
        responses.forEach(({ unit, day, level, answers }, i) => {
          const response = responseOf(
            `r${i}`,
            unit,
            level === undefined ? answers : { ...answers, [LEVEL_CUT.question]: level },
            day,
          );
          tally.add(response);
          stored.push(response);
          const kept = tally.figures();
          const full = recomputed(questionnaire, stored, minGroupSize);
          expect(kept.received).toBe(stored.length);
          expect(kept.heldBack).toBe(full.heldBack);
          expect(kept.releasedOn).toBe(full.releasedOn);
          expect(kept.profile).toEqual(full.profile);
          expect(rounded(kept.overall)).toEqual(rounded(full.overall));
          for (const [id, summary] of full.units)
            expect(rounded(kept.units.get(id)!)).toEqual(rounded(summary));
          expect(kept.comments).toEqual(digestComments(questionnaire, stored, commentMinimum));
          expectSameTotals(questionnaire, model, kept, stored, minGroupSize);
          expectSameCuts(questionnaire, model, kept, stored, minGroupSize);
        });
      }),
      { numRuns: 40 },
    );
  });
});

const LEVEL_CUT = { id: 'level', question: 'about.level', values: ['staff', 'manager', 'executive'] };

/** Each answer's class as a reader would sort it by hand: agreeing with the favourable side, or right. */
function classByHand(q: Question, value: unknown): keyof AnswerCounts | null {
  if (value === 'dk') return 'dontKnow';
  if (q.role === 'knowledge')
    return value === undefined ? null : value === q.correctAnswer ? 'favourable' : 'unfavourable';
  if (typeof value !== 'number') return null;
  const keyed = q.reverse ? 6 - value : value;
  return keyed >= 4 ? 'favourable' : keyed === 3 ? 'neutral' : 'unfavourable';
}

function countsByHand(questionnaire: Questionnaire, members: readonly SurveyResponse[]) {
  const scored = questionnaire.questions.filter(
    (q) => q.scale !== null && (q.role === 'likert' || q.role === 'knowledge'),
  );
  // A "don't know" is counted with the answers it came with: one who knew none of a part's answers is in
  // none of its figures (isAnswered), so their "don't know"s would move a count by one person.
  const { slotOf } = releasePlan(questionnaire);
  const answeredSlots = (r: SurveyResponse) =>
    new Set(Object.entries(r.answers).flatMap(([id, v]) => (isAnswered(v) ? [slotOf.get(id)] : [])));
  const slotsOf = new Map(members.map((r) => [r, answeredSlots(r)]));
  return new Map(
    scored.map((q) => {
      const counts: AnswerCounts = { favourable: 0, neutral: 0, unfavourable: 0, dontKnow: 0 };
      for (const r of members) {
        if (!slotsOf.get(r)!.has(slotOf.get(q.id))) continue;
        const c = classByHand(q, r.answers[q.id]);
        if (c) counts[c]++;
      }
      return [q.id, counts];
    }),
  );
}

/** Each level's figures: those of the released responses that gave it, summarised as a unit's are. */
function expectSameCuts(
  questionnaire: Questionnaire,
  model: BarrierModel,
  kept: TalliedFigures,
  stored: SurveyResponse[],
  minGroupSize: number,
) {
  const release = releaseResponses(questionnaire, stored, minGroupSize);
  const levelOf = new Map(stored.map((r) => [r.id, r.answers[LEVEL_CUT.question]]));
  const cells = kept.cuts.get('level')!;
  expect([...cells.keys()]).toEqual(LEVEL_CUT.values);
  for (const value of LEVEL_CUT.values) {
    const members = release.responses.filter((r) => levelOf.get(r.id) === value);
    const cell = cells.get(value)!;
    expect(cell.totals.n).toBe(members.length);
    expect(rounded(cell.summary)).toEqual(
      rounded(
        summarizeGroup(
          model,
          members.map((r) => scoreResponse(questionnaire, model, r.answers)),
        ),
      ),
    );
    expect(new Map(cell.totals.answers)).toEqual(countsByHand(questionnaire, members));
  }
  expect(new Map(kept.answers)).toEqual(countsByHand(questionnaire, release.responses));
}

/** The totals behind the deeper analysis, against the same quantities counted over the released list. */
function expectSameTotals(
  questionnaire: Questionnaire,
  model: BarrierModel,
  kept: TalliedFigures,
  stored: SurveyResponse[],
  minGroupSize: number,
) {
  const release = releaseResponses(questionnaire, stored, minGroupSize);
  const likert = questionnaire.questions.filter((q) => q.role === 'likert' && q.scale !== null);
  const keyed = (q: Question, v: unknown) => (typeof v === 'number' ? (q.reverse ? 6 - v : v) : null);
  const spread = (m: Moments) => [m.n, momentsMean(m, 1), momentsVariance(m, 1)];
  const spreadOf = (xs: number[]) => [xs.length, mean(xs), variance(xs)];
  const close = (a: (number | null)[], b: (number | null)[]) =>
    expect(a.map((x) => (x === null ? null : Math.round(x * 1e9) + 0))).toEqual(
      b.map((x) => (x === null ? null : Math.round(x * 1e9) + 0)),
    );
  for (const [unit, totals] of kept.unitTotals) {
    const members = release.responses.filter((r) => r.departmentId === unit);
    expect(totals.n).toBe(members.length);
    expect(new Map(totals.answers)).toEqual(countsByHand(questionnaire, members));
    for (const q of likert) {
      const values = members.map((r) => keyed(q, r.answers[q.id])).filter((v): v is number => v !== null);
      close(spread(totals.items.get(q.id)!), spreadOf(values));
    }
    const meanings = new Map<string, number>();
    const named = new Map<string, number>();
    for (const r of members) {
      const meaning = r.answers[SUCCESS_MEANING_QUESTION];
      if (typeof meaning === 'string') meanings.set(meaning, (meanings.get(meaning) ?? 0) + 1);
      for (const d of new Set(namedDepartments(r))) named.set(d, (named.get(d) ?? 0) + 1);
    }
    expect(new Map([...totals.meanings].sort())).toEqual(new Map([...meanings].sort()));
    expect(new Map([...totals.named].sort())).toEqual(new Map([...named].sort()));
    for (const dimension of model.dimensions) {
      const own = totals.dimensions.get(dimension.id);
      if (!own) continue;
      const values = members
        .map((r) => scoreResponse(questionnaire, model, r.answers).dimensions[dimension.id])
        .filter((v): v is number => typeof v === 'number');
      close(
        spread(own).map((x, i) =>
          i === 0 || x === null
            ? x
            : i === 1
              ? x / TALLY_FACTORS.dimension
              : x / TALLY_FACTORS.dimension ** 2,
        ),
        spreadOf(values),
      );
    }
  }
  const sample = questionnaire.questions.find((q) => q.role === 'sample-okr');
  const audits = release.responses
    .map((r) => (sample ? r.answers[sample.id] : undefined))
    .filter((v): v is string => typeof v === 'string')
    .map(audited)
    .filter((a) => a !== null);
  expect(kept.goals.audited).toBe(audits.length);
  expect(kept.goals.smart).toBe(audits.filter((a) => a.isSmart).length);
  for (const [scaleId, cross] of kept.reliability) {
    const items = likert.filter((q) => q.scale === scaleId);
    const rows = release.completeCases
      .map((r) => items.map((q) => keyed(q, r.answers[q.id])))
      .filter((row): row is number[] => row.every((v) => v !== null));
    expect(cross.n).toBe(rows.length);
    items.forEach((_, i) =>
      close(
        [crossCovariance(cross, i, 0)],
        [
          rows.length < 2
            ? null
            : covariance(
                rows.map((r) => r[i]!),
                rows.map((r) => r[0]!),
              ),
        ],
      ),
    );
  }
  const outcome = questionnaire.questions.find((q) => q.role === 'outcome');
  for (const [dimension, cross] of kept.drivers) {
    const pairs = release.responses.flatMap((r) => {
      const d = scoreResponse(questionnaire, model, r.answers).dimensions[dimension];
      const o = outcome ? r.answers[outcome.id] : undefined;
      return typeof d === 'number' && typeof o === 'number' ? [[d, o] as const] : [];
    });
    expect(cross.n).toBe(pairs.length);
    close(
      [crossCovariance(cross, 0, 1, [TALLY_FACTORS.dimension, 1])],
      [
        pairs.length < 2
          ? null
          : covariance(
              pairs.map((p) => p[0]),
              pairs.map((p) => p[1]),
            ),
      ],
    );
  }
}

const audits = new Map<string, ReturnType<typeof auditGoal>>();
/** The generated objectives are few: each is audited once. */
const audited = (text: string) => {
  if (!audits.has(text)) audits.set(text, auditGoal(text));
  return audits.get(text)!;
};

const covariance = (xs: number[], ys: number[]) => {
  const mx = mean(xs)!;
  const my = mean(ys)!;
  return xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i]! - my), 0) / (xs.length - 1);
};

describe('the campaign tally', () => {
  it('moves a figure only when a whole batch of the minimum group size is in', () => {
    const questionnaire = load('readiness-okr-2');
    const stored: SurveyResponse[] = [];
    const tally = tallyOnV2(3);
    const everyItemAt = (value: number): Answers =>
      Object.fromEntries(
        questionnaire.questions.filter((q) => q.role === 'likert').map((q) => [q.id, value]),
      );
    const seen: (number | null)[] = [];
    for (const value of [5, 5, 5, 1, 1]) {
      const response = responseOf(`r${stored.length}`, 'sales', everyItemAt(value));
      tally.add(response);
      stored.push(response);
      seen.push(tally.figures().overall.n);
    }
    // Two people wait, then three are in together; the fourth and fifth wait for a sixth.
    expect(seen).toEqual([0, 0, 3, 3, 3]);
    expect(tally.figures().heldBack).toBe(2);
    // Those three answered alike: the scale's figure is their one score.
    const alike = scoreResponse(questionnaire, BARRIER_MODEL_V2, everyItemAt(5)).scales['hygiene.pay']!;
    expect(tally.figures().units.get('sales')!.scales['hygiene.pay']!.estimate.mean).toBeCloseTo(alike, 9);
    expect(tally.figures().units.get('sales')!.scales['hygiene.pay']!.estimate.sd).toBe(0);
  });

  it('holds the answers only of responses still waiting for their batch, however many arrive', () => {
    const questionnaire = load('readiness-okr-2');
    const tally = tallyOnV2(5);
    const answers: Answers = Object.fromEntries(
      questionnaire.questions.filter((q) => q.role === 'likert').map((q, i) => [q.id, (i % 5) + 1]),
    );
    for (let i = 0; i < 2003; i++) {
      tally.add(responseOf(`r${i}`, i % 2 ? 'a' : 'b', answers));
    }
    // 1,002 in unit b and 1,001 in unit a: two and one wait for the next batch of five.
    expect(tally.heldAnswers()).toBe(3);
    expect(tally.figures().overall.n).toBe(2000);
  });

  it('takes up a state it gave as text and goes on exactly as if it had never stopped', () => {
    const questionnaire = load('readiness-okr-2');
    const input = {
      questionnaire,
      model: BARRIER_MODEL_V2,
      minGroupSize: 3,
      commentMinimum: 2,
      cuts: [LEVEL_CUT],
    };
    fc.assert(
      fc.property(campaigns(questionnaire), fc.nat(), ({ responses }, cut) => {
        const stored = responses.map(({ unit, day, level, answers }, i) =>
          responseOf(`r${i}`, unit, { ...answers, ...(level ? { [LEVEL_CUT.question]: level } : {}) }, day),
        );
        const at = stored.length === 0 ? 0 : cut % (stored.length + 1);
        const straight = createCampaignTally(input);
        for (const r of stored) straight.add(r);
        const first = createCampaignTally(input);
        for (const r of stored.slice(0, at)) first.add(r);
        const resumed = createCampaignTally(input, decodeTallyState(encodeTallyState(first.state())));
        for (const r of stored.slice(at)) resumed.add(r);
        expect(resumed.figures()).toEqual(straight.figures());
        expect(resumed.heldAnswers()).toBe(straight.heldAnswers());
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a state made for another minimum group size, questionnaire or set of cuts', () => {
    const questionnaire = load('readiness-okr-2');
    const state = tallyOnV2(3).state();
    expect(() =>
      createCampaignTally(
        { questionnaire, model: BARRIER_MODEL_V2, minGroupSize: 3, commentMinimum: 5, cuts: [LEVEL_CUT] },
        state,
      ),
    ).toThrow(RangeError);
    expect(() =>
      createCampaignTally(
        { questionnaire, model: BARRIER_MODEL_V2, minGroupSize: 4, commentMinimum: 5 },
        state,
      ),
    ).toThrow(RangeError);
    expect(() =>
      createCampaignTally(
        { questionnaire: load('readiness-okr'), model: BARRIER_MODEL_V2, minGroupSize: 3, commentMinimum: 5 },
        state,
      ),
    ).toThrow(RangeError);
  });

  it('shows the first 200 released comments in alphabetical order, as the digest does, however many come', () => {
    const tally = tallyOnV2(5);
    const stored: SurveyResponse[] = [];
    // 263 comments in an order unrelated to the alphabet; the last three wait for their batch.
    for (let i = 0; i < 263; i++) {
      const response = responseOf(`r${i}`, 'sales', { comment: `remark ${(i * 7919) % 263}` });
      tally.add(response);
      stored.push(response);
    }
    const shown = tally.figures().comments;
    expect(shown).toEqual(digestComments(load('readiness-okr-2'), stored, 5));
    expect(shown.comments).toHaveLength(200);
  });

  it('holds back no one who answered nothing, and someone who answered too little of a scale for good', () => {
    const tally = tallyOnV2(2);
    tally.add(responseOf('nothing', 'sales', {}));
    expect(tally.figures().heldBack).toBe(0);
    // One item of a three-item scale: never enough to be scored on it, so that answer never enters a figure.
    tally.add(responseOf('sparse-1', 'sales', { pay_fair: 4 }));
    tally.add(responseOf('sparse-2', 'sales', { pay_fair: 5 }));
    expect(tally.figures().heldBack).toBe(2);
    expect(tally.heldAnswers()).toBe(0);
  });

  it('reports the latest day among the responses in its figures, not among those waiting', () => {
    const tally = tallyOnV2(2);
    const answers: Answers = { pay_fair: 4, pay_market: 4, pay_below_peers: 2 };
    const at = (id: string, day: string) => tally.add(responseOf(id, 'sales', answers, day));
    at('a', '2026-03-09');
    at('b', '2026-03-02');
    at('c', '2026-03-20');
    expect(tally.figures().releasedOn).toBe('2026-03-09');
  });

  it('refuses a questionnaire whose scales it cannot hold exactly', () => {
    const json = fixtureQuestionnaireJson();
    json.pages[0]!.elements.push(
      ...['x1', 'x2', 'x3', 'x4', 'x5', 'x6'].map((name) => likertItem(name, 'hygiene.pay')),
    );
    expect(() =>
      createCampaignTally({
        questionnaire: parseQuestionnaire(json),
        model: BARRIER_MODEL_V2,
        minGroupSize: 5,
        commentMinimum: 5,
      }),
    ).toThrow(/hygiene.pay has more than five items/);
  });

  it('keeps no free text of a waiting response but the comment waiting for its own batch', () => {
    const tally = tallyOnV2(5);
    tally.add(
      responseOf('r1', 'sales', {
        pay_fair: 4,
        pay_market: 4,
        sample_okr: 'Ship the atlas by June',
        comment: 'Quiet please',
      }),
    );
    expect(tally.heldAnswers()).toBe(1);
    const state = tally.state();
    expect(encodeTallyState(state)).not.toContain('atlas');
    expect(state.waiting.map(([, w]) => Object.keys(w.answers).sort())).toEqual([['pay_fair', 'pay_market']]);
    // A comment waits for a batch of the comment minimum; it is kept until then, as the digest will show it.
    expect(state.comments.waiting).toEqual(['Quiet please']);
  });
});
