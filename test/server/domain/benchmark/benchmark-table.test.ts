import { describe, expect, it } from 'vitest';
import { benchmarkTable, type PlacedBenchmark } from '../../../../server/domain/benchmark/benchmark-table';

const TITLES = new Map([
  ['hygiene', { en: 'Hygiene factors', 'zh-cn': '保健因素' }],
  ['hygiene.pay', { en: 'Hygiene factors › Pay', 'zh-cn': '保健因素 › 薪酬' }],
]);

const local: PlacedBenchmark = {
  source: 'local',
  createdOn: null,
  available: true,
  needed: null,
  organizations: 12,
  dimensions: [
    { id: 'hygiene', score: 61.25, band: '50-75' },
    { id: 'culture', score: 40, band: null },
  ],
  scales: [{ id: 'hygiene.pay', score: null, band: null }],
};
const file: PlacedBenchmark = {
  ...local,
  source: 'file',
  createdOn: '2026-05-01',
  organizations: 30,
  dimensions: [{ id: 'hygiene', score: 61.25, band: 'bottom-10' }],
  scales: [],
};
const tooFew: PlacedBenchmark = {
  ...local,
  available: false,
  needed: 10,
  organizations: null,
  dimensions: [],
  scales: [],
};

describe('benchmarkTable', () => {
  it('has a row per benchmark and figure, in English', () => {
    expect(benchmarkTable([local, file], TITLES, 'en')).toEqual({
      header: ['Benchmark', 'Organizations', 'Figure', 'Score', 'Band'],
      rows: [
        ['This installation', '12', 'Hygiene factors', '61.3', '50–75%'],
        // a figure without a title is named by its id; one without a band says so
        ['This installation', '12', 'culture', '40.0', 'no band'],
        ['This installation', '12', 'Hygiene factors › Pay', '', 'no band'],
        ['File of 2026-05-01', '30', 'Hygiene factors', '61.3', 'bottom 10%'],
      ],
    });
  });

  it('has the same rows in Chinese', () => {
    expect(benchmarkTable([file, tooFew], TITLES, 'zh-cn')).toEqual({
      header: ['基准', '组织数', '指标', '得分', '区间'],
      rows: [
        ['2026-05-01 的文件', '30', '保健因素', '61.3', '后 10%'],
        ['本系统', '', '', '', '暂无基准：至少需要 10 个组织'],
      ],
    });
  });

  it('words every band', () => {
    const bands = ['bottom-10', '10-25', '25-50', '50-75', '75-90', 'top-10'] as const;
    const rows = (language: 'en' | 'zh-cn') =>
      benchmarkTable(
        [{ ...local, dimensions: bands.map((band) => ({ id: 'hygiene', score: 50, band })), scales: [] }],
        TITLES,
        language,
      ).rows.map((r) => r[4]);
    expect(rows('en')).toEqual(['bottom 10%', '10–25%', '25–50%', '50–75%', '75–90%', 'top 10%']);
    expect(rows('zh-cn')).toEqual([
      '后 10%',
      '10%–25% 之间',
      '25%–50% 之间',
      '50%–75% 之间',
      '75%–90% 之间',
      '前 10%',
    ]);
  });

  it('says no band in Chinese too', () => {
    expect(benchmarkTable([local], TITLES, 'zh-cn').rows[1]).toEqual([
      '本系统',
      '12',
      'culture',
      '40.0',
      '无区间',
    ]);
  });

  it('says too few in English too, and has no rows for no benchmark', () => {
    expect(benchmarkTable([tooFew], TITLES, 'en').rows).toEqual([
      ['This installation', '', '', '', 'No benchmark: needs at least 10 organizations'],
    ]);
    expect(benchmarkTable([], TITLES, 'en').rows).toEqual([]);
  });
});
