import { describe, expect, it } from 'vitest';
import { cutTable } from '../../../../server/domain/analysis/cut-table';
import type { CutGroupShown } from '../../../../server/domain/anonymity/cut-disclosure';
import type { DimensionDefinition } from '../../../../server/domain/instrument/barrier-model';
import { localText } from '../../../../shared/languages';

const DIMENSIONS = [
  {
    id: 'fit',
    title: localText('Fit', '适配'),
    role: 'routing',
    scales: [{ id: 'fit.control', title: localText('Control', '管控') }],
  },
  {
    id: 'hygiene',
    title: localText('Hygiene', '保健因素'),
    role: 'readiness',
    scales: [
      { id: 'hygiene.pay', title: localText('Pay', '薪酬') },
      { id: 'hygiene.security', title: localText('Security', '保障') },
    ],
  },
] as DimensionDefinition[];

const estimate = (n: number, mean: number | null) => ({
  n,
  mean,
  sd: 10,
  low: mean === null ? null : mean - 4.26,
  high: mean === null ? null : mean + 4.24,
});
const favourability = {
  n: 10,
  favourable: { successes: 5, n: 10, p: 0.5, low: 0.2, high: 0.8 },
  neutral: { successes: 3, n: 10, p: 0.3, low: 0.1, high: 0.6 },
  unfavourable: { successes: 2, n: 10, p: 0.2, low: 0.05, high: 0.5 },
};

const GROUPS: CutGroupShown<{ label: ReturnType<typeof localText> }>[] = [
  {
    value: { label: localText('Staff', '普通员工') },
    hidden: false,
    n: 12,
    summary: {
      dimensions: { hygiene: estimate(12, 61.25) },
      scales: {
        'hygiene.pay': { estimate: estimate(12, 55.04), missingRate: 0, favourability },
        'hygiene.security': { estimate: estimate(11, null), missingRate: 0.1, favourability },
      },
    },
    answers: { q1: { favourable: 7, neutral: 3, unfavourable: 1, dontKnow: 1 } },
  },
  {
    value: { label: localText('=Manager', '=管理者') },
    hidden: true,
    n: null,
    summary: null,
    answers: {},
  },
];

describe('cutTable', () => {
  it('writes a row per group with its readiness dimensions, their scales and the items’ counts', () => {
    const { header, rows } = cutTable(GROUPS, DIMENSIONS, ['q1'], 5, 'en');
    expect(header).toEqual([
      'Group',
      'Status',
      'People',
      'Hygiene: score',
      'Hygiene: 95% low',
      'Hygiene: 95% high',
      'Hygiene: n',
      'Hygiene › Pay: score',
      'Hygiene › Pay: 95% low',
      'Hygiene › Pay: 95% high',
      'Hygiene › Pay: n',
      'Hygiene › Security: score',
      'Hygiene › Security: 95% low',
      'Hygiene › Security: 95% high',
      'Hygiene › Security: n',
      'q1: favourable',
      'q1: neutral',
      'q1: unfavourable',
      "q1: don't know",
    ]);
    expect(rows[0]).toEqual([
      'Staff',
      'shown',
      '12',
      '61.3',
      '57.0',
      '65.5',
      '12',
      '55.0',
      '50.8',
      '59.3',
      '12',
      '',
      '',
      '',
      '',
      '7',
      '3',
      '1',
      '1',
    ]);
  });

  it('writes a hidden group with its label and status and no figure', () => {
    const { rows } = cutTable(GROUPS, DIMENSIONS, ['q1'], 5, 'en');
    expect(rows[1]).toEqual([
      '=Manager',
      'hidden: fewer than 5 people, or to protect a smaller group',
      '',
      ...Array.from({ length: 16 }, () => ''),
    ]);
  });

  it('writes its headings and statuses in Chinese', () => {
    const { header, rows } = cutTable(GROUPS, DIMENSIONS, ['q1'], 7, 'zh-cn');
    expect(header.slice(0, 7)).toEqual([
      '分组',
      '状态',
      '人数',
      '保健因素：得分',
      '保健因素：95% 下限',
      '保健因素：95% 上限',
      '保健因素：人数',
    ]);
    expect(header[7]).toBe('保健因素 › 薪酬：得分');
    expect(header.slice(-4)).toEqual(['q1: 赞同', 'q1: 中立', 'q1: 不赞同', 'q1: 不知道']);
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['普通员工', '显示'],
      ['=管理者', '隐藏：少于 7 人，或为保护更小的分组'],
    ]);
  });

  it('writes a score without an interval, and nothing for a scale the group has no figure on', () => {
    const group = {
      ...GROUPS[0]!,
      summary: {
        dimensions: { hygiene: { n: 12, mean: 40, sd: null, low: null, high: null } },
        scales: { 'hygiene.pay': { estimate: estimate(12, 50), missingRate: 0, favourability } },
      },
    };
    const { rows } = cutTable([group], DIMENSIONS, [], 5, 'en');
    expect(rows[0]).toEqual([
      'Staff',
      'shown',
      '12',
      '40.0',
      '',
      '',
      '12',
      '50.0',
      '45.7',
      '54.2',
      '12',
      '',
      '',
      '',
      '',
    ]);
  });

  it('leaves an item’s cells empty where the group’s counts were held back', () => {
    const { rows } = cutTable([{ ...GROUPS[0]!, answers: {} }], DIMENSIONS, ['q1'], 5, 'en');
    expect(rows[0]!.slice(-4)).toEqual(['', '', '', '']);
  });
});
