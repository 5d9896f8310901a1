import { describe, expect, it } from 'vitest';
import { heatmapTable } from '../../../../server/domain/analysis/heatmap-table';
import type { CampaignReport } from '../../../../server/domain/analysis/campaign-report';
import type { MeanEstimate } from '../../../../server/domain/statistics/intervals';

const est = (n: number, mean: number | null, low: number | null, high: number | null): MeanEstimate => ({
  n,
  mean,
  sd: mean === null ? null : 10,
  low,
  high,
});
const fav = { successes: 0, n: 0, p: null, low: null, high: null };
const scale = (e: MeanEstimate) => ({
  estimate: e,
  missingRate: 0,
  favourability: { n: 0, favourable: fav, neutral: fav, unfavourable: fav },
});
const unit = (
  departmentId: string,
  summary: CampaignReport['departments'][number]['summary'],
  responses: number | null,
) => ({
  departmentId,
  name: departmentId.toUpperCase(),
  headcount: 10,
  responses,
  responseRate: null,
  hidden: summary === null,
  summary,
});
const REPORT: Pick<CampaignReport, 'departments' | 'dimensions' | 'minGroupSize'> = {
  minGroupSize: 5,
  dimensions: [
    {
      id: 'culture',
      role: 'readiness',
      title: { en: 'Culture', 'zh-cn': '文化' },
      scales: [
        { id: 'culture.trust', title: { en: 'Trust', 'zh-cn': '信任' } },
        { id: 'culture.voice', title: { en: 'Voice', 'zh-cn': '发声' } },
      ],
    },
    {
      id: 'fit',
      role: 'routing',
      title: { en: 'Fit', 'zh-cn': '适配' },
      scales: [{ id: 'fit.pace', title: { en: 'Pace', 'zh-cn': '节奏' } }],
    },
  ],
  departments: [
    unit(
      'sales',
      {
        n: 7,
        dimensions: { culture: est(7, 61.25, 52.04, 70.46) },
        scales: {
          'culture.trust': scale(est(7, 60, 50, 70)),
          'culture.voice': scale(est(6, null, null, null)),
        },
      },
      7,
    ),
    unit('legal', null, null),
  ],
};

describe('heatmapTable', () => {
  it('heads the columns with the readiness dimensions, then their scales, four columns each', () => {
    expect(heatmapTable(REPORT, 'en').header).toEqual([
      'Unit',
      'Status',
      'Responses',
      'Culture: score',
      'Culture: 95% low',
      'Culture: 95% high',
      'Culture: n',
      'Culture › Trust: score',
      'Culture › Trust: 95% low',
      'Culture › Trust: 95% high',
      'Culture › Trust: n',
      'Culture › Voice: score',
      'Culture › Voice: 95% low',
      'Culture › Voice: 95% high',
      'Culture › Voice: n',
    ]);
  });

  it('writes a shown unit’s figures to one decimal, and nothing where it has no figure', () => {
    expect(heatmapTable(REPORT, 'en').rows[0]).toEqual([
      'SALES',
      'shown',
      '7',
      '61.3',
      '52.0',
      '70.5',
      '7',
      '60.0',
      '50.0',
      '70.0',
      '7',
      '',
      '',
      '',
      '',
    ]);
  });

  it('writes a hidden unit with its name, why it is hidden, and no figure at all', () => {
    const [, legal] = heatmapTable(REPORT, 'en').rows;
    expect(legal).toEqual(['LEGAL', 'hidden: fewer than 5 answers', ...new Array(13).fill('')]);
  });

  it('leaves out a unit’s figures when the report marks it hidden, whatever its summary holds', () => {
    const leaky = { ...REPORT, departments: [{ ...REPORT.departments[0]!, hidden: true }] };
    expect(
      heatmapTable(leaky, 'en')
        .rows[0]!.slice(2)
        .every((c) => c === ''),
    ).toBe(true);
  });

  it('leaves an interval empty where the report gives none, and a scale the summary lacks empty too', () => {
    const thin = {
      ...REPORT,
      departments: [
        unit(
          'ops',
          { n: 1, dimensions: { culture: est(1, 40, null, null) }, scales: {} },
          // Shown, with its count withheld: the cell stays empty rather than saying "null".
          null,
        ),
      ],
    };
    expect(heatmapTable(thin, 'en').rows[0]).toEqual([
      'OPS',
      'shown',
      '',
      '40.0',
      '',
      '',
      '1',
      ...new Array(8).fill(''),
    ]);
  });

  it('writes headings and statuses in Chinese', () => {
    const table = heatmapTable(REPORT, 'zh-cn');
    expect(table.header.slice(0, 8)).toEqual([
      '单位',
      '状态',
      '回答人数',
      '文化：得分',
      '文化：95% 下限',
      '文化：95% 上限',
      '文化：人数',
      '文化 › 信任：得分',
    ]);
    expect(table.rows.map((r) => r[1])).toEqual(['显示', '隐藏：回答少于 5 人']);
  });
});
