// The heatmap's item columns: a scale opened to its items shows, per row, the share of that row's people who
// answered the item favourably, from the same figures the question-by-question view draws (the /questions
// reply for units, the cut's per-item answers regrouped by cutAsQuestions for a cut's groups). A row with no
// figure there (hidden, or the rule held the item back in it) has none here either.

import type { CampaignQuestions } from '../../../server/http/api-types';
import type { Language } from '../../../shared/languages';
import { itemColumn, type HeatmapCell, type HeatmapRow } from './heatmap-cells';

/** One scored item as a column: numbered across the questionnaire so "Q7" means the same in every scale. */
export interface HeatmapItem {
  /** The column's id; prefixed so it never equals a dimension's or a scale's. */
  column: string;
  questionId: string;
  dimension: string;
  scale: string;
  number: number;
  wording: string;
}

type Reply = Pick<CampaignQuestions, 'results'>;

/** Every scored item of the readiness dimensions, in the reply's order, numbered from 1. */
export function heatmapItems(reply: Reply, language: Language): HeatmapItem[] {
  return reply.results.dimensions
    .filter((d) => d.role === 'readiness')
    .flatMap((d) => d.questions)
    .map((q, i) => ({
      column: itemColumn(q.questionId),
      questionId: q.questionId,
      dimension: q.dimension,
      scale: q.scale,
      number: i + 1,
      wording: q.title[language],
    }));
}

/**
 * The rows with a cell per item appended: the row's favourable share in % (0–100) and how many answered it.
 * Hidden rows stay without cells. The share is not coloured by the score lines: those are for 0–100 scores,
 * not for shares of people.
 */
export function withItemCells(rows: readonly HeatmapRow[], reply: Reply): HeatmapRow[] {
  const questions = reply.results.dimensions
    .filter((d) => d.role === 'readiness')
    .flatMap((d) => d.questions);
  return rows.map((row) => {
    if (row.cells === null) return row;
    const items = questions.map((q): HeatmapCell => {
      const shares = q.groups.find((g) => g.groupId === row.departmentId)?.shares ?? null;
      return {
        dimension: q.dimension,
        scale: q.scale,
        item: q.questionId,
        n: shares?.n ?? null,
        mean: shares === null ? null : shares.shares.favourable * 100,
        low: shares?.favourable.low == null ? null : shares.favourable.low * 100,
        high: shares?.favourable.high == null ? null : shares.favourable.high * 100,
        band: 'band-none',
        apartFrom: [],
      };
    });
    return { ...row, cells: [...row.cells, ...items] };
  });
}
