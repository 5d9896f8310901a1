// A campaign's benchmark placements as a table for a spreadsheet: a row per benchmark and figure, with the
// organization's score as the report shows it and its percentile band, or why there is none. Built from
// the reply the reader's page gets, so the file holds exactly what the section shows.

import type { Language } from '../../../shared/languages';
import type { LocalText } from '../instrument/barrier-model';
import type { FigurePlacement } from './benchmark-placement';
import type { Band } from './percentile-band';

export interface PlacedBenchmark {
  source: 'local' | 'file';
  createdOn: string | null;
  available: boolean;
  needed: number | null;
  organizations: number | null;
  dimensions: FigurePlacement[];
  scales: FigurePlacement[];
}

const WORDS = {
  en: {
    header: ['Benchmark', 'Organizations', 'Figure', 'Score', 'Band'],
    local: 'This installation',
    file: (day: string) => `File of ${day}`,
    tooFew: (needed: number) => `No benchmark: needs at least ${needed} organizations`,
    noBand: 'no band',
    bands: {
      'bottom-10': 'bottom 10%',
      '10-25': '10–25%',
      '25-50': '25–50%',
      '50-75': '50–75%',
      '75-90': '75–90%',
      'top-10': 'top 10%',
    },
  },
  'zh-cn': {
    header: ['基准', '组织数', '指标', '得分', '区间'],
    local: '本系统',
    file: (day: string) => `${day} 的文件`,
    tooFew: (needed: number) => `暂无基准：至少需要 ${needed} 个组织`,
    noBand: '无区间',
    bands: {
      'bottom-10': '后 10%',
      '10-25': '10%–25% 之间',
      '25-50': '25%–50% 之间',
      '50-75': '50%–75% 之间',
      '75-90': '75%–90% 之间',
      'top-10': '前 10%',
    },
  },
} satisfies Record<Language, { bands: Record<Band, string> } & Record<string, unknown>>;

/** The table, in `language`; `titles` names each dimension and scale by id (a scale after its dimension). */
export function benchmarkTable(
  benchmarks: readonly PlacedBenchmark[],
  titles: ReadonlyMap<string, LocalText>,
  language: Language,
): { header: string[]; rows: string[][] } {
  const words = WORDS[language];
  const rows = benchmarks.flatMap((b) => {
    const name = b.source === 'local' ? words.local : words.file(b.createdOn ?? '');
    if (!b.available) return [[name, '', '', '', words.tooFew(b.needed ?? 0)]];
    return [...b.dimensions, ...b.scales].map((f) => [
      name,
      `${b.organizations ?? ''}`,
      titles.get(f.id)?.[language] ?? f.id,
      f.score === null ? '' : f.score.toFixed(1),
      f.band === null ? words.noBand : words.bands[f.band],
    ]);
  });
  return { header: words.header, rows };
}
