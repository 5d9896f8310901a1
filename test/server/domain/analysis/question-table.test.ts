import { describe, expect, it } from 'vitest';
import type { AnswerCounts } from '../../../../server/domain/analysis/campaign-tally';
import { questionResults } from '../../../../server/domain/analysis/question-results';
import { questionTable, type QuestionTableGroup } from '../../../../server/domain/analysis/question-table';
import { BARRIER_MODEL_V2, type BarrierModel } from '../../../../server/domain/instrument/barrier-model';
import type { Question, Questionnaire } from '../../../../server/domain/instrument/questionnaire';

const MODEL: BarrierModel = {
  ...BARRIER_MODEL_V2,
  dimensions: [
    {
      id: 'hygiene',
      title: { en: 'Hygiene', 'zh-cn': '保健' },
      role: 'readiness',
      scales: [{ id: 'hygiene.pay', title: { en: 'Pay', 'zh-cn': '薪酬' } }],
    },
  ],
};
const question = (id: string, reverse: boolean, en: string, zh: string): Question => ({
  id,
  title: { en, 'zh-cn': zh },
  role: 'likert',
  scale: 'hygiene.pay',
  reverse,
  correctAnswer: null,
  accepts: { kind: 'choice', values: [1, 2, 3, 4, 5, 'dk'] },
  referent: null,
});
const QUESTIONNAIRE: Questionnaire = {
  id: 'q',
  modelVersion: '2',
  title: { en: 'Survey', 'zh-cn': '问卷' },
  json: {},
  questions: [
    question('pay_fair', false, 'My pay is fair.', '我的薪酬是公平的。'),
    question('pay_less', true, '=I earn less than peers', '我挣得比同行少。'),
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
const GROUPS: QuestionTableGroup[] = [
  { id: 'sales', name: 'Sales', hidden: false },
  { id: 'ops', name: 'Operations', hidden: true },
];
const results = (organizationShown: boolean) =>
  questionResults({
    questionnaire: QUESTIONNAIRE,
    model: MODEL,
    groups: [
      { id: 'sales', answers: new Map([['pay_fair', counts(3, 1, 0, 1)]]) },
      { id: 'ops', answers: null },
    ],
    organization: organizationShown ? new Map([['pay_fair', counts(6, 1, 2, 1)]]) : null,
  });

describe('questionTable', () => {
  it('writes a row per item and group, the organization first, with percentages and n', () => {
    const table = questionTable({ results: results(true), groups: GROUPS, minGroupSize: 5, language: 'en' });
    expect(table.header).toEqual([
      'Dimension',
      'Scale',
      'Question id',
      'Question',
      'Reverse-worded',
      'Group',
      'Status',
      'Favourable %',
      'Neutral %',
      'Unfavourable %',
      "Don't know %",
      'Answered (n)',
    ]);
    const about = ['Hygiene', 'Pay', 'pay_fair', 'My pay is fair.', 'no'];
    const reverse = ['Hygiene', 'Pay', 'pay_less', '=I earn less than peers', 'yes'];
    expect(table.rows).toEqual([
      [...about, 'Whole organization', 'shown', '60.0', '10.0', '20.0', '10.0', '10'],
      [...about, 'Sales', 'shown', '60.0', '20.0', '0.0', '20.0', '5'],
      [...about, 'Operations', 'hidden: fewer than 5 answers', '', '', '', '', ''],
      [...reverse, 'Whole organization', 'shown', '', '', '', '', '0'],
      [...reverse, 'Sales', 'shown', '', '', '', '', '0'],
      [...reverse, 'Operations', 'hidden: fewer than 5 answers', '', '', '', '', ''],
    ]);
  });

  it('leaves the organization out where the reader may not see it', () => {
    const table = questionTable({ results: results(false), groups: GROUPS, minGroupSize: 4, language: 'en' });
    expect(table.rows.map((r) => r[5])).toEqual(['Sales', 'Operations', 'Sales', 'Operations']);
    expect(table.rows[1]![6]).toBe('hidden: fewer than 4 answers');
  });

  it('writes the wording and every header in Chinese when asked', () => {
    const table = questionTable({
      results: results(true),
      groups: GROUPS,
      minGroupSize: 5,
      language: 'zh-cn',
    });
    expect(table.header).toEqual([
      '维度',
      '量表',
      '题目编号',
      '题目',
      '反向表述',
      '群体',
      '状态',
      '有利 %',
      '中立 %',
      '不利 %',
      '不知道 %',
      '作答人数',
    ]);
    expect(table.rows[0]!.slice(0, 7)).toEqual([
      '保健',
      '薪酬',
      'pay_fair',
      '我的薪酬是公平的。',
      '否',
      '整个组织',
      '显示',
    ]);
    expect(table.rows[2]!.slice(4, 7)).toEqual(['否', 'Operations', '隐藏：回答少于 5 人']);
    expect(table.rows[3]![4]).toBe('是');
    expect(table.rows.every((r) => r.length === table.header.length)).toBe(true);
  });

  it('treats a group it has no name for as hidden, never showing figures under a bare id', () => {
    const table = questionTable({ results: results(false), groups: [], minGroupSize: 5, language: 'en' });
    expect(table.rows[0]!.slice(5)).toEqual(['sales', 'hidden: fewer than 5 answers', '', '', '', '', '']);
  });
});
