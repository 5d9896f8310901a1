// A report grouped by a demographic cut as a table for a spreadsheet: a row per group of the cut, hidden ones
// with their status and no figure, and per readiness dimension and scale the score, its 95% interval and the
// people behind it, then each scored item's answer counts. Built from what the cut disclosure rule let
// through (anonymity/cut-disclosure.ts), so a figure missing on the page is an empty cell here.

import type { Language, LocalText } from '../../../shared/languages';
import type { CutGroupShown } from '../anonymity/cut-disclosure';
import type { DimensionDefinition } from '../instrument/barrier-model';
import type { MeanEstimate } from '../statistics/intervals';
import { ANSWER_CLASSES } from './campaign-tally';

export interface CutTable {
  header: string[];
  rows: string[][];
}

const WORDS = {
  en: {
    group: 'Group',
    status: 'Status',
    people: 'People',
    shown: 'shown',
    hidden: (min: number) => `hidden: fewer than ${min} people, or to protect a smaller group`,
    columns: (name: string) => [`${name}: score`, `${name}: 95% low`, `${name}: 95% high`, `${name}: n`],
    classes: ['favourable', 'neutral', 'unfavourable', "don't know"],
  },
  'zh-cn': {
    group: '分组',
    status: '状态',
    people: '人数',
    shown: '显示',
    hidden: (min: number) => `隐藏：少于 ${min} 人，或为保护更小的分组`,
    columns: (name: string) => [`${name}：得分`, `${name}：95% 下限`, `${name}：95% 上限`, `${name}：人数`],
    classes: ['赞同', '中立', '不赞同', '不知道'],
  },
} satisfies Record<Language, unknown>;

const score = (x: number | null | undefined) => (x === null || x === undefined ? '' : x.toFixed(1));

const cells = (e: MeanEstimate | undefined): string[] =>
  e === undefined || e.mean === null
    ? ['', '', '', '']
    : [score(e.mean), score(e.low), score(e.high), `${e.n}`];

/** The groups of a cut as a table, with headers in `language`; `items` are the scored items' ids in order. */
export function cutTable(
  groups: readonly CutGroupShown<{ label: LocalText }>[],
  dimensions: readonly DimensionDefinition[],
  items: readonly string[],
  minGroupSize: number,
  language: Language,
): CutTable {
  const words = WORDS[language];
  const readiness = dimensions.filter((d) => d.role === 'readiness');
  const scales = readiness.flatMap((d) => d.scales.map((s) => ({ dimension: d, scale: s })));
  const header = [
    words.group,
    words.status,
    words.people,
    ...readiness.flatMap((d) => words.columns(d.title[language])),
    ...scales.flatMap(({ dimension, scale }) =>
      words.columns(`${dimension.title[language]} › ${scale.title[language]}`),
    ),
    ...items.flatMap((id) => words.classes.map((c) => `${id}: ${c}`)),
  ];
  const rows = groups.map((g) => [
    g.value.label[language],
    g.hidden ? words.hidden(minGroupSize) : words.shown,
    g.n === null ? '' : `${g.n}`,
    ...readiness.flatMap((d) => cells(g.summary?.dimensions[d.id])),
    ...scales.flatMap(({ scale }) => cells(g.summary?.scales[scale.id]?.estimate)),
    ...items.flatMap((id) => {
      const counts = g.answers[id];
      return ANSWER_CLASSES.map((c) => (counts ? `${counts[c]}` : ''));
    }),
  ]);
  return { header, rows };
}
