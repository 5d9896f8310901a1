// A report grouped by a demographic cut as a table for a spreadsheet: a row per group of the cut, hidden ones
// with their status and no figure, and per readiness dimension and scale the score, its 95% interval and the
// people behind it, then each scored item's answer counts. Built from what the cut disclosure rule let
// through (anonymity/cut-disclosure.ts), so a figure missing on the page is an empty cell here.

import type { Language, LocalText } from '../../../shared/languages';
import type { CutGroupShown } from '../anonymity/cut-disclosure';
import type { BarrierModel, DimensionDefinition } from '../instrument/barrier-model';
import type { Questionnaire } from '../instrument/questionnaire';
import type { MeanEstimate } from '../statistics/intervals';
import { ANSWER_CLASSES, type AnswerCounts } from './campaign-tally';
import { questionResults } from './question-results';
import { questionTable } from './question-table';

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

const HELD_BACK = {
  en: (min: number) => `held back: fewer than ${min} answers, or to protect a smaller group`,
  'zh-cn': (min: number) => `不予显示：回答少于 ${min} 人，或为保护更小的分组`,
} satisfies Record<Language, unknown>;

export interface CutQuestionTableInput {
  questionnaire: Questionnaire;
  model: BarrierModel;
  /** The cut's groups as the disclosure rule let them through, each named by its value and label. */
  groups: readonly CutGroupShown<{ value: string; label: LocalText }>[];
  /** The organization's counts where the reader is shown them (the cut is shown); null otherwise. */
  organization: ReadonlyMap<string, AnswerCounts> | null;
  minGroupSize: number;
  language: Language;
}

/**
 * A cut's groups in the per-question layout (question-table.ts): a row per item and group, each group's
 * shares from the counts the rule let through. An item the rule held back in a shown group says so, with
 * no figure, rather than reading as nobody having answered it.
 */
export function cutQuestionTable(input: CutQuestionTableInput): CutTable {
  const { groups, minGroupSize, language } = input;
  const named = groups.map((g) => ({ ...g, id: g.value.value, name: g.value.label[language] }));
  const results = questionResults({
    questionnaire: input.questionnaire,
    model: input.model,
    groups: named.map((g) => ({ id: g.id, answers: g.hidden ? null : new Map(Object.entries(g.answers)) })),
    organization: input.organization,
  });
  const table = questionTable({
    results,
    groups: named.map((g) => ({ id: g.id, name: g.name, hidden: g.hidden })),
    minGroupSize,
    language,
  });
  // The layout's columns: … question id (2) … group (5), status (6), four shares and n (7–11).
  const byName = new Map(named.map((g) => [g.name, g]));
  const rows = table.rows.map((row) => {
    const group = byName.get(row[5]!);
    // A cut's group may be hidden with enough people in it, to protect a smaller one: said as the cut's
    // own file says it, not as "fewer than the minimum".
    if (group?.hidden) return [...row.slice(0, 6), WORDS[language].hidden(minGroupSize), '', '', '', '', ''];
    if (!group || group.answers[row[2]!] !== undefined) return row;
    return [...row.slice(0, 6), HELD_BACK[language](minGroupSize), '', '', '', '', ''];
  });
  return { header: table.header, rows };
}
