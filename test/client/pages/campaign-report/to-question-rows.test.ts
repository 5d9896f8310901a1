import { describe, expect, it } from 'vitest';
import type { CampaignQuestions } from '../../../../server/http/api-types';
import {
  defaultView,
  EVERY_GROUP_VIEW,
  groupView,
  ORGANIZATION_VIEW,
  toQuestionRows,
  viewOptions,
} from '../../../../client/pages/campaign-report/to-question-rows';
import type { AnswerCounts } from '../../../../server/domain/analysis/campaign-tally';
import { questionResults } from '../../../../server/domain/analysis/question-results';
import { BARRIER_MODEL_V2, type BarrierModel } from '../../../../server/domain/instrument/barrier-model';
import type { Question, Questionnaire } from '../../../../server/domain/instrument/questionnaire';

const t = (en: string, zh: string) => ({ en, 'zh-cn': zh });
const MODEL: BarrierModel = {
  ...BARRIER_MODEL_V2,
  dimensions: [
    {
      id: 'hygiene',
      title: t('Hygiene', '保健'),
      role: 'readiness',
      scales: [{ id: 'hygiene.pay', title: t('Pay', '薪酬') }],
    },
    {
      id: 'fit',
      title: t('Fit', '适配'),
      role: 'routing',
      scales: [{ id: 'fit.dynamism', title: t('Pace', '节奏') }],
    },
  ],
};
const question = (id: string, scale: string, extra: Partial<Question> = {}): Question => ({
  id,
  title: t(`${id} in English`, `${id}（中文）`),
  role: 'likert',
  scale,
  reverse: false,
  correctAnswer: null,
  accepts: { kind: 'choice', values: [1, 2, 3, 4, 5, 'dk'] },
  referent: null,
  ...extra,
});
const QUESTIONNAIRE: Questionnaire = {
  id: 'q',
  modelVersion: '2',
  title: t('Survey', '问卷'),
  json: {},
  questions: [
    question('pay_fair', 'hygiene.pay'),
    question('pay_less', 'hygiene.pay', { reverse: true }),
    question('quiz', 'hygiene.pay', { role: 'knowledge', correctAnswer: 'kpi' }),
    question('pace', 'fit.dynamism'),
  ],
};
const counts = (
  favourable: number,
  neutral: number,
  unfavourable: number,
  dontKnow: number,
): AnswerCounts => ({
  favourable,
  neutral,
  unfavourable,
  dontKnow,
});
const GROUPS = [
  { id: 'sales', name: 'Sales', hidden: false },
  { id: 'legal', name: 'Legal', hidden: true },
];

function reply(organizationShown = true): CampaignQuestions {
  const results = questionResults({
    questionnaire: QUESTIONNAIRE,
    model: MODEL,
    groups: [
      {
        id: 'sales',
        answers: new Map([
          ['pay_fair', counts(3, 1, 0, 1)],
          ['pay_less', counts(1, 0, 4, 0)],
        ]),
      },
      { id: 'legal', answers: null },
    ],
    organization: organizationShown
      ? new Map([
          ['pay_fair', counts(6, 2, 1, 1)],
          ['pay_less', counts(2, 0, 8, 0)],
          ['quiz', counts(9, 0, 1, 0)],
        ])
      : null,
  });
  return { campaignId: 'c', minGroupSize: 5, groups: GROUPS, results };
}

describe('viewOptions and defaultView', () => {
  it('offers the organization first, each unit (a hidden one not to be picked) and every unit at once', () => {
    expect(viewOptions(reply(), 'en')).toEqual([
      { value: ORGANIZATION_VIEW, label: 'Whole organization', disabled: false },
      { value: groupView('sales'), label: 'Sales', disabled: false },
      { value: groupView('legal'), label: 'Legal (hidden)', disabled: true },
      { value: EVERY_GROUP_VIEW, label: 'Every unit, one bar each', disabled: false },
    ]);
    expect(defaultView(reply())).toBe(ORGANIZATION_VIEW);
  });

  it('leaves the organization out for a reader who may not see it, and opens on their first shown unit', () => {
    expect(viewOptions(reply(false), 'zh-cn').map((o) => o.label)).toEqual([
      'Sales',
      'Legal（已隐藏）',
      '所有单位，每个单位一条',
    ]);
    expect(defaultView(reply(false))).toBe(groupView('sales'));
    const onlyHidden = { ...reply(false), groups: [GROUPS[1]!] };
    expect(defaultView(onlyHidden)).toBe(EVERY_GROUP_VIEW);
  });
});

describe('toQuestionRows', () => {
  it('words each dimension, its pulling items with their share of views, and each item in the language asked', () => {
    const [hygiene, fit] = toQuestionRows(reply(), ORGANIZATION_VIEW, 'en');
    expect(hygiene!.title).toBe('Hygiene');
    expect(hygiene!.pullsDown).toEqual([
      {
        questionId: 'pay_less',
        wording: 'pay_less in English',
        figure: '(20% favourable, of 10 who gave a view)',
      },
      {
        questionId: 'pay_fair',
        wording: 'pay_fair in English',
        figure: '(67% favourable, of 9 who gave a view)',
      },
      { questionId: 'quiz', wording: 'quiz in English', figure: '(90% favourable, of 10 who gave a view)' },
    ]);
    expect(fit!.pullsDown).toBeNull();
    expect(hygiene!.questions.map((q) => [q.wording, q.scale])).toEqual([
      ['pay_fair in English', 'Pay'],
      ['pay_less in English', 'Pay'],
      ['quiz in English', 'Pay'],
    ]);
    const zh = toQuestionRows(reply(), ORGANIZATION_VIEW, 'zh-cn')[0]!;
    expect(zh.questions[0]!.wording).toBe('pay_fair（中文）');
    expect(zh.pullsDown![0]!.figure).toBe('（有利 20%，共 10 人表达了看法）');
  });

  it('notes a reverse-worded item and a knowledge item, and nothing on a plain one', () => {
    const notes = toQuestionRows(reply(), ORGANIZATION_VIEW, 'en')[0]!.questions.map((q) => q.note);
    expect(notes[0]).toBeNull();
    expect(notes[1]).toMatch(/disagreeing with it is favourable/);
    expect(notes[2]).toMatch(/right answer counts as favourable/);
  });

  it("draws the organization's bar with every share in words too", () => {
    const bars = toQuestionRows(reply(), ORGANIZATION_VIEW, 'en')[0]!.questions[0]!.bars;
    expect(bars).toEqual([
      {
        key: ORGANIZATION_VIEW,
        label: 'Whole organization',
        segments: [
          { answerClass: 'favourable', share: 0.6 },
          { answerClass: 'neutral', share: 0.2 },
          { answerClass: 'unfavourable', share: 0.1 },
          { answerClass: 'dontKnow', share: 0.1 },
        ],
        note: 'Favourable 60% · Neutral 20% · Unfavourable 10% · Don’t know 10% (10 answered)',
      },
    ]);
  });

  it('draws one unit alone when it is chosen, and every unit (the hidden one without a figure) for all', () => {
    const one = toQuestionRows(reply(), groupView('sales'), 'en')[0]!.questions[0]!.bars;
    expect(one.map((b) => b.label)).toEqual(['Sales']);
    expect(one[0]!.note).toBe('Favourable 60% · Neutral 20% · Unfavourable 0% · Don’t know 20% (5 answered)');
    const all = toQuestionRows(reply(), EVERY_GROUP_VIEW, 'zh-cn')[0]!.questions[0]!.bars;
    expect(all.map((b) => [b.label, b.segments === null, b.note])).toEqual([
      ['组织整体', false, '有利：60%；中立：20%；不利：10%；不知道：10%（10 人作答）'],
      ['Sales', false, '有利：60%；中立：20%；不利：0%；不知道：20%（5 人作答）'],
      ['Legal', true, '已隐藏：回答少于 5 人。'],
    ]);
  });

  it('says so where nobody in a shown unit answered, and shows no organization to a reader without it', () => {
    const quiz = toQuestionRows(reply(false), EVERY_GROUP_VIEW, 'en')[0]!.questions[2]!;
    expect(quiz.bars.map((b) => [b.label, b.segments, b.note])).toEqual([
      ['Sales', null, 'No answers in the figures yet.'],
      ['Legal', null, 'Hidden: fewer than 5 answers.'],
    ]);
    expect(toQuestionRows(reply(false), ORGANIZATION_VIEW, 'en')[0]!.questions[0]!.bars).toEqual([]);
  });
});
