import { describe, expect, it } from 'vitest';
import type { AnswerCounts } from '../../../../server/domain/analysis/campaign-tally';
import {
  answerShares,
  PULLING_ITEMS,
  questionResults,
  type QuestionGroup,
  type QuestionResultsInput,
} from '../../../../server/domain/analysis/question-results';
import { BARRIER_MODEL_V2, type BarrierModel } from '../../../../server/domain/instrument/barrier-model';
import type { Question, Questionnaire } from '../../../../server/domain/instrument/questionnaire';
import { wilsonInterval } from '../../../../server/domain/statistics/intervals';

const t = (en: string) => ({ en, 'zh-cn': `${en}（中）` });

/** Two readiness dimensions (one with a scale only reported), and a routing one. */
const MODEL: BarrierModel = {
  ...BARRIER_MODEL_V2,
  dimensions: [
    {
      id: 'hygiene',
      title: t('Hygiene'),
      role: 'readiness',
      scales: [
        { id: 'hygiene.pay', title: t('Pay') },
        { id: 'hygiene.security', title: t('Security') },
        { id: 'hygiene.extra', title: t('Extra'), reportedOnly: true },
      ],
    },
    { id: 'fit', title: t('Fit'), role: 'routing', scales: [{ id: 'fit.dynamism', title: t('Dynamism') }] },
    {
      id: 'culture',
      title: t('Culture'),
      role: 'readiness',
      scales: [{ id: 'culture.safety', title: t('Safety') }],
    },
  ],
};

const question = (id: string, scale: string | null, extra: Partial<Question> = {}): Question => ({
  id,
  title: t(`Wording of ${id}`),
  role: 'likert',
  scale,
  reverse: false,
  correctAnswer: null,
  accepts: { kind: 'choice', values: [1, 2, 3, 4, 5, 'dk'] },
  referent: null,
  ...extra,
});

// Questionnaire order differs from the model's scale order on purpose: security's item comes first.
const QUESTIONNAIRE: Questionnaire = {
  id: 'q',
  modelVersion: '2',
  title: t('Survey'),
  json: {},
  questions: [
    question('sec1', 'hygiene.security'),
    question('pay1', 'hygiene.pay'),
    question('pay2', 'hygiene.pay', { reverse: true }),
    question('pay3', 'hygiene.pay'),
    question('extra1', 'hygiene.extra'),
    question('dyn1', 'fit.dynamism'),
    question('quiz', 'hygiene.pay', { role: 'knowledge', correctAnswer: 'kpi' }),
    question('comment', null, { role: 'comment' }),
    question('profile', null, { role: 'profile' }),
    question('outcome-on-scale', 'hygiene.pay', { role: 'profile' }),
    question('unknown-scale', 'nowhere.scale'),
    question('safe1', 'culture.safety'),
  ],
};

const counts = (favourable: number, neutral: number, unfavourable: number, dontKnow = 0): AnswerCounts => ({
  favourable,
  neutral,
  unfavourable,
  dontKnow,
});
const answers = (entries: Record<string, AnswerCounts>) => new Map(Object.entries(entries));
const run = (overrides: Partial<QuestionResultsInput>) =>
  questionResults({
    questionnaire: QUESTIONNAIRE,
    model: MODEL,
    groups: [],
    organization: null,
    ...overrides,
  });
const dimension = (results: ReturnType<typeof run>, id: string) =>
  results.dimensions.find((d) => d.dimension === id)!;
const item = (results: ReturnType<typeof run>, id: string) =>
  results.dimensions.flatMap((d) => d.questions).find((q) => q.questionId === id)!;
const pulled = (results: ReturnType<typeof run>, id: string) =>
  dimension(results, id).pullsDown?.map((p) => p.questionId) ?? null;

describe('answerShares', () => {
  it.each([
    ['no counts at all', undefined],
    ['counts of nobody', counts(0, 0, 0, 0)],
  ])('shows nothing for %s, never a share of 0%%', (_, given) => {
    expect(answerShares(given)).toBeNull();
  });

  it.each([
    { given: counts(3, 1, 1), n: 5, shares: [0.6, 0.2, 0.2, 0] },
    { given: counts(1, 0, 0, 3), n: 4, shares: [0.25, 0, 0, 0.75] },
    { given: counts(0, 0, 0, 2), n: 2, shares: [0, 0, 0, 1] },
    { given: counts(0, 2, 6, 0), n: 8, shares: [0, 0.25, 0.75, 0] },
  ])('counts "don\'t know" among the $n who answered', ({ given, n, shares }) => {
    const result = answerShares(given)!;
    expect(result.n).toBe(n);
    expect(result.counts).toEqual(given);
    expect([
      result.shares.favourable,
      result.shares.neutral,
      result.shares.unfavourable,
      result.shares.dontKnow,
    ]).toEqual(shares);
    expect(result.favourable).toEqual(wilsonInterval(given.favourable, n));
  });

  it('copies the counts, so a later change to the tally does not reach a reply', () => {
    const given = counts(1, 1, 1);
    const result = answerShares(given)!;
    given.favourable = 9;
    expect(result.counts.favourable).toBe(1);
  });
});

describe('questionResults: the items', () => {
  // Built in each test, never while the tests are collected: a mutation run switches code on per test.
  const results = () => run({});

  it('lists the dimensions in the model order, each with its scored items scale by scale', () => {
    expect(results().dimensions.map((d) => [d.dimension, d.role, d.title.en])).toEqual([
      ['hygiene', 'readiness', 'Hygiene'],
      ['fit', 'routing', 'Fit'],
      ['culture', 'readiness', 'Culture'],
    ]);
    expect(dimension(results(), 'hygiene').questions.map((q) => q.questionId)).toEqual([
      'pay1',
      'pay2',
      'pay3',
      'quiz',
      'sec1',
      'extra1',
    ]);
    expect(dimension(results(), 'fit').questions.map((q) => q.questionId)).toEqual(['dyn1']);
  });

  it('leaves out comments, profile questions and items on a scale the model does not know', () => {
    const ids = results().dimensions.flatMap((d) => d.questions.map((q) => q.questionId));
    expect(ids).not.toContain('comment');
    expect(ids).not.toContain('profile');
    expect(ids).not.toContain('unknown-scale');
    expect(ids).not.toContain('outcome-on-scale');
    expect(ids).toHaveLength(8);
  });

  it.each([
    {
      id: 'pay1',
      kind: 'likert',
      reverse: false,
      scale: 'hygiene.pay',
      scaleTitle: 'Pay',
      dimension: 'hygiene',
    },
    {
      id: 'pay2',
      kind: 'likert',
      reverse: true,
      scale: 'hygiene.pay',
      scaleTitle: 'Pay',
      dimension: 'hygiene',
    },
    {
      id: 'quiz',
      kind: 'knowledge',
      reverse: false,
      scale: 'hygiene.pay',
      scaleTitle: 'Pay',
      dimension: 'hygiene',
    },
    {
      id: 'sec1',
      kind: 'likert',
      reverse: false,
      scale: 'hygiene.security',
      scaleTitle: 'Security',
      dimension: 'hygiene',
    },
    {
      id: 'dyn1',
      kind: 'likert',
      reverse: false,
      scale: 'fit.dynamism',
      scaleTitle: 'Dynamism',
      dimension: 'fit',
    },
  ])('describes $id: its wording, kind, scale and whether it is reverse-worded', (row) => {
    const q = item(results(), row.id);
    expect(q.title).toEqual(t(`Wording of ${row.id}`));
    expect(q.kind).toBe(row.kind);
    expect(q.reverse).toBe(row.reverse);
    expect(q.scale).toBe(row.scale);
    expect(q.scaleTitle).toEqual(t(row.scaleTitle));
    expect(q.dimension).toBe(row.dimension);
  });
});

describe('questionResults: groups and the organization', () => {
  const groups: QuestionGroup[] = [
    { id: 'sales', answers: answers({ pay1: counts(4, 1, 0, 1), sec1: counts(0, 0, 5) }) },
    { id: 'ops', answers: null },
    { id: 'hr', answers: answers({ pay1: counts(0, 0, 0, 0) }) },
  ];
  const organization = answers({ pay1: counts(10, 2, 3, 1) });

  it('gives each group its shares, in the order the groups came, and none for a group not shown', () => {
    const pay1 = item(run({ groups, organization }), 'pay1');
    expect(pay1.groups.map((g) => g.groupId)).toEqual(['sales', 'ops', 'hr']);
    expect(pay1.groups[0]!.shares).toEqual(answerShares(counts(4, 1, 0, 1)));
    expect(pay1.groups[1]!.shares).toBeNull();
    expect(pay1.groups[2]!.shares).toBeNull();
    expect(pay1.organization).toEqual(answerShares(counts(10, 2, 3, 1)));
  });

  it('gives no shares where a shown group or the organization has no answer to the item', () => {
    const pay3 = item(run({ groups, organization }), 'pay3');
    expect(pay3.groups.map((g) => g.shares)).toEqual([null, null, null]);
    expect(pay3.organization).toBeNull();
  });

  it('gives no organization figure to a reader who may not see it, whatever the groups hold', () => {
    const results = run({ groups, organization: null });
    expect(results.dimensions.flatMap((d) => d.questions).every((q) => q.organization === null)).toBe(true);
    expect(item(results, 'sec1').groups[0]!.shares).toEqual(answerShares(counts(0, 0, 5)));
  });
});

describe('questionResults: what pulls a dimension down', () => {
  it.each<{ name: string; org: Record<string, AnswerCounts>; expected: string[] }>([
    {
      name: 'lowest favourable share first, and at most three',
      org: {
        pay1: counts(5, 0, 5),
        pay2: counts(1, 0, 9),
        pay3: counts(9, 1, 0),
        quiz: counts(3, 0, 7),
        sec1: counts(8, 0, 2),
      },
      expected: ['pay2', 'quiz', 'pay1'],
    },
    {
      name: '"don\'t know" left out of the share: many who do not know do not pull an item down',
      org: { pay1: counts(2, 0, 0, 20), pay2: counts(2, 0, 2, 0), sec1: counts(3, 0, 1, 0) },
      expected: ['pay2', 'sec1', 'pay1'],
    },
    {
      name: 'an item answered only "don\'t know" is not ranked at all',
      org: { pay1: counts(0, 0, 0, 6), pay2: counts(3, 3, 0) },
      expected: ['pay2'],
    },
    {
      name: 'ties keep the order the dimension lists them in',
      org: { sec1: counts(1, 1, 0), pay3: counts(2, 0, 2), pay1: counts(1, 0, 1) },
      expected: ['pay1', 'pay3', 'sec1'],
    },
    {
      name: 'an item of a scale that is only reported never pulls the dimension down',
      org: { extra1: counts(0, 0, 9), pay1: counts(4, 0, 1) },
      expected: ['pay1'],
    },
    {
      name: 'neutral answers count as views without being favourable',
      org: { pay1: counts(1, 3, 0), pay2: counts(1, 0, 1) },
      expected: ['pay1', 'pay2'],
    },
    { name: 'nothing when nothing was answered', org: {}, expected: [] },
  ])('$name', ({ org, expected }) => {
    expect(pulled(run({ organization: answers(org) }), 'hygiene')).toEqual(expected);
  });

  it('gives each pulling item its favourable share of the views and how many gave one', () => {
    const results = run({ organization: answers({ pay1: counts(1, 2, 1, 4), sec1: counts(3, 0, 0) }) });
    expect(dimension(results, 'hygiene').pullsDown).toEqual([
      { questionId: 'pay1', favourableShare: 0.25, views: 4 },
      { questionId: 'sec1', favourableShare: 1, views: 3 },
    ]);
    expect(PULLING_ITEMS).toBe(3);
  });

  it('ranks no items for a routing dimension, and an empty list for a readiness one without answers', () => {
    const results = run({ organization: answers({ dyn1: counts(0, 0, 4) }) });
    expect(dimension(results, 'fit').pullsDown).toBeNull();
    expect(dimension(results, 'culture').pullsDown).toEqual([]);
  });

  it("reads the organization's counts, not the groups', where the reader sees the organization", () => {
    const results = run({
      groups: [{ id: 'a', answers: answers({ pay1: counts(0, 0, 5), pay2: counts(5, 0, 0) }) }],
      organization: answers({ pay1: counts(9, 0, 1), pay2: counts(1, 0, 9) }),
    });
    expect(results.pullsDownFrom).toBe('organization');
    expect(results.organizationShown).toBe(true);
    expect(pulled(results, 'hygiene')).toEqual(['pay2', 'pay1']);
  });

  it('pools the groups shown where the reader may not see the organization, leaving the hidden out', () => {
    const results = run({
      groups: [
        { id: 'a', answers: answers({ pay1: counts(0, 0, 2), pay2: counts(3, 0, 0) }) },
        { id: 'hidden', answers: null },
        {
          id: 'b',
          answers: answers({ pay1: counts(4, 0, 0), pay2: counts(0, 0, 2), sec1: counts(1, 0, 0) }),
        },
      ],
      organization: null,
    });
    expect(results.pullsDownFrom).toBe('shown-groups');
    expect(results.organizationShown).toBe(false);
    expect(dimension(results, 'hygiene').pullsDown).toEqual([
      { questionId: 'pay2', favourableShare: 0.6, views: 5 },
      { questionId: 'pay1', favourableShare: 4 / 6, views: 6 },
      { questionId: 'sec1', favourableShare: 1, views: 1 },
    ]);
  });

  it('pools nothing when no group is shown and the organization is not either', () => {
    const results = run({ groups: [{ id: 'hidden', answers: null }], organization: null });
    expect(results.pullsDownFrom).toBe('none');
    expect(results.organizationShown).toBe(false);
    expect(pulled(results, 'hygiene')).toEqual([]);
  });
});
