import { describe, expect, it } from 'vitest';
import { cutQuestionTable } from '../../../../server/domain/analysis/cut-table';
import type { CutGroupShown } from '../../../../server/domain/anonymity/cut-disclosure';
import { BARRIER_MODEL_V1 } from '../../../../server/domain/instrument/barrier-model';
import { localText, type LocalText } from '../../../../shared/languages';
import { fixtureQuestionnaire } from '../../../fixtures/questionnaire';

const counts = (favourable: number, neutral: number, unfavourable: number, dontKnow: number) => ({
  favourable,
  neutral,
  unfavourable,
  dontKnow,
});

type Group = CutGroupShown<{ value: string; label: LocalText }>;
const group = (value: string, en: string, zh: string, hidden: boolean, answers: Group['answers']): Group => ({
  value: { value, label: localText(en, zh) },
  hidden,
  n: hidden ? null : 10,
  summary: null,
  answers,
});

// Staff answered pay_fair and pay_market; pay_market was held back in Managers; Executives are hidden.
const GROUPS: Group[] = [
  group('staff', 'Staff', '普通员工', false, {
    pay_fair: counts(6, 2, 1, 1),
    pay_market: counts(1, 1, 2, 0),
  }),
  group('manager', 'Manager', '管理者', false, { pay_fair: counts(4, 4, 0, 0) }),
  group('executive', 'Executive', '高层管理者', true, {}),
];

const ORGANIZATION = new Map([
  ['pay_fair', counts(12, 6, 1, 1)],
  ['pay_market', counts(3, 3, 3, 1)],
]);

function table(
  language: 'en' | 'zh-cn',
  organization: ReadonlyMap<string, ReturnType<typeof counts>> | null,
) {
  return cutQuestionTable({
    questionnaire: fixtureQuestionnaire(),
    model: BARRIER_MODEL_V1,
    groups: GROUPS,
    organization,
    minGroupSize: 5,
    language,
  });
}

const HIDDEN = 'hidden: fewer than 5 people, or to protect a smaller group';

const rowOf = (rows: string[][], item: string, group: string) =>
  rows.find((r) => r[2] === item && r[5] === group);

// Each test builds its table itself: one built while the tests are collected would not see a mutant.
describe('cutQuestionTable', () => {
  it('keeps the per-question layout', () => {
    const { header, rows } = table('en', ORGANIZATION);
    expect(header).toEqual([
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
    // Per item: the organization, then the cut's groups in their order.
    expect(rows.filter((r) => r[2] === 'pay_fair').map((r) => r[5])).toEqual([
      'Whole organization',
      'Staff',
      'Manager',
      'Executive',
    ]);
  });

  it.each([
    ['pay_fair', 'Whole organization', ['shown', '60.0', '30.0', '5.0', '5.0', '20']],
    ['pay_fair', 'Staff', ['shown', '60.0', '20.0', '10.0', '10.0', '10']],
    ['pay_market', 'Staff', ['shown', '25.0', '25.0', '50.0', '0.0', '4']],
    ['pay_fair', 'Manager', ['shown', '50.0', '50.0', '0.0', '0.0', '8']],
    [
      'pay_market',
      'Manager',
      ['held back: fewer than 5 answers, or to protect a smaller group', '', '', '', '', ''],
    ],
    ['pay_fair', 'Executive', [HIDDEN, '', '', '', '', '']],
    ['pay_market', 'Executive', [HIDDEN, '', '', '', '', '']],
  ])('%s for %s', (item, group, figures) => {
    expect(rowOf(table('en', ORGANIZATION).rows, item, group)!.slice(6)).toEqual(figures);
  });

  it('names the item as the page does', () => {
    const { rows } = table('en', ORGANIZATION);
    expect(rowOf(rows, 'pay_less_than_peers', 'Staff')!.slice(2, 5)).toEqual([
      'pay_less_than_peers',
      expect.any(String),
      'yes',
    ]);
    expect(rowOf(rows, 'pay_fair', 'Staff')![4]).toBe('no');
  });

  it('leaves the organization out where it is not given', () => {
    expect(table('en', null).rows.some((r) => r[5] === 'Whole organization')).toBe(false);
  });

  it('speaks Chinese throughout, the figures unchanged', () => {
    const { rows } = table('en', ORGANIZATION);
    const zh = table('zh-cn', ORGANIZATION);
    expect(zh.header[0]).toBe('维度');
    expect(zh.rows.map((r) => r.slice(7))).toEqual(rows.map((r) => r.slice(7)));
    expect(rowOf(zh.rows, 'pay_market', '管理者')![6]).toBe('不予显示：回答少于 5 人，或为保护更小的分组');
    expect(rowOf(zh.rows, 'pay_fair', '高层管理者')![6]).toBe('隐藏：少于 5 人，或为保护更小的分组');
  });
});
