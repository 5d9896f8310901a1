// The heatmap as a table for a spreadsheet: a row per unit of the reader's report, and per readiness
// dimension and scale its score, 95% interval and the people behind it. Built from the report this reader
// is given, so a unit it hides is a row with its name, its status and no figure, exactly as on the page.

import type { Language } from '../../../shared/languages';
import type { MeanEstimate } from '../statistics/intervals';
import type { CampaignReport } from './campaign-report';

export interface HeatmapTable {
  header: string[];
  rows: string[][];
}

const WORDS = {
  en: {
    unit: 'Unit',
    status: 'Status',
    responses: 'Responses',
    shown: 'shown',
    hidden: (min: number) => `hidden: fewer than ${min} answers`,
    columns: (name: string) => [`${name}: score`, `${name}: 95% low`, `${name}: 95% high`, `${name}: n`],
    scale: (dimension: string, scale: string) => `${dimension} › ${scale}`,
  },
  'zh-cn': {
    unit: '单位',
    status: '状态',
    responses: '回答人数',
    shown: '显示',
    hidden: (min: number) => `隐藏：回答少于 ${min} 人`,
    columns: (name: string) => [`${name}：得分`, `${name}：95% 下限`, `${name}：95% 上限`, `${name}：人数`],
    scale: (dimension: string, scale: string) => `${dimension} › ${scale}`,
  },
} satisfies Record<Language, unknown>;

/** A score as the report shows it: one decimal; empty where there is none. */
const score = (x: number | null) => (x === null ? '' : x.toFixed(1));

/** An estimate's four cells; all empty where the unit has no figure on it (a mean is the figure). */
const cells = (e: MeanEstimate | undefined): string[] =>
  e === undefined || e.mean === null
    ? ['', '', '', '']
    : [score(e.mean), score(e.low), score(e.high), `${e.n}`];

/** The reader's report as a heatmap table, with headers in `language`. */
export function heatmapTable(
  report: Pick<CampaignReport, 'departments' | 'dimensions' | 'minGroupSize'>,
  language: Language,
): HeatmapTable {
  const words = WORDS[language];
  const dimensions = report.dimensions.filter((d) => d.role === 'readiness');
  const scales = dimensions.flatMap((d) => d.scales.map((s) => ({ dimension: d, scale: s })));
  const header = [
    words.unit,
    words.status,
    words.responses,
    ...dimensions.flatMap((d) => words.columns(d.title[language])),
    ...scales.flatMap(({ dimension, scale }) =>
      words.columns(words.scale(dimension.title[language], scale.title[language])),
    ),
  ];
  const rows = report.departments.map((unit) => {
    // A hidden unit's summary is null already; the status says why its cells are empty.
    const summary = unit.hidden ? null : unit.summary;
    return [
      unit.name,
      unit.hidden ? words.hidden(report.minGroupSize) : words.shown,
      unit.hidden || unit.responses === null ? '' : `${unit.responses}`,
      ...dimensions.flatMap((d) => cells(summary?.dimensions[d.id])),
      ...scales.flatMap(({ scale }) => cells(summary?.scales[scale.id]?.estimate)),
    ];
  });
  return { header, rows };
}
