// The per-question results as a table for a spreadsheet: a row per scored item and group (the organization
// first, where the reader sees it), with the four shares and the people who answered. A group the reader is
// not shown is a row with its name, its status and no figure, as the report labels it.

import type { Language } from '../../../shared/languages';
import type { AnswerShares, QuestionResults } from './question-results';

export interface QuestionTable {
  header: string[];
  rows: string[][];
}

/** A group as the reader's report names it. */
export interface QuestionTableGroup {
  id: string;
  name: string;
  hidden: boolean;
}

export interface QuestionTableInput {
  results: QuestionResults;
  groups: readonly QuestionTableGroup[];
  minGroupSize: number;
  language: Language;
}

const WORDS = {
  en: {
    header: [
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
    ],
    yes: 'yes',
    no: 'no',
    organization: 'Whole organization',
    shown: 'shown',
    hidden: (min: number) => `hidden: fewer than ${min} answers`,
  },
  'zh-cn': {
    header: [
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
    ],
    yes: '是',
    no: '否',
    organization: '整个组织',
    shown: '显示',
    hidden: (min: number) => `隐藏：回答少于 ${min} 人`,
  },
} satisfies Record<Language, unknown>;

/** A share as a percentage with one decimal, as a spreadsheet reads a number. */
const percent = (share: number) => (share * 100).toFixed(1);

/** The five figure cells; a shown group nobody in which answered the item has n 0 and no share. */
const figures = (shares: AnswerShares | null, shown: boolean): string[] => {
  if (!shown) return ['', '', '', '', ''];
  if (!shares) return ['', '', '', '', '0'];
  const { favourable, neutral, unfavourable, dontKnow } = shares.shares;
  return [percent(favourable), percent(neutral), percent(unfavourable), percent(dontKnow), `${shares.n}`];
};

/** The reader's per-question results as a table, in `language`. */
export function questionTable(input: QuestionTableInput): QuestionTable {
  const { results, groups, minGroupSize, language } = input;
  const words = WORDS[language];
  const byId = new Map(groups.map((g) => [g.id, g]));
  const rows = results.dimensions.flatMap((dimension) =>
    dimension.questions.flatMap((q) => {
      const about = [
        dimension.title[language],
        q.scaleTitle[language],
        q.questionId,
        q.title[language],
        q.reverse ? words.yes : words.no,
      ];
      const organization = results.organizationShown
        ? [[...about, words.organization, words.shown, ...figures(q.organization, true)]]
        : [];
      const units = q.groups.map(({ groupId, shares }) => {
        const group = byId.get(groupId);
        const hidden = group?.hidden ?? true;
        return [
          ...about,
          group?.name ?? groupId,
          hidden ? words.hidden(minGroupSize) : words.shown,
          ...figures(shares, !hidden),
        ];
      });
      return [...organization, ...units];
    }),
  );
  return { header: [...words.header], rows };
}
