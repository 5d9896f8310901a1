// The columns of a campaign's data export, and one response's cells in them: a row number, the reporting
// unit, each answer the report reads as a figure about opinions (agreement items, scenarios, the outcome
// question, what "better" means), then each scale's 0–100 score. Left out on purpose: profile questions (a
// manager, trained or not, beside a unit picks a person out, and the report shows profiles only for the
// whole organization), the departments one depends on, free texts, the language and the day of answering.

import { DONT_KNOW } from '../../../questionnaires/scoring-properties';
import type { BarrierModel } from '../instrument/barrier-model';
import type { Question, Questionnaire } from '../instrument/questionnaire';
import { scoreItem } from '../instrument/scoring';
import type { AnswerValue } from '../instrument/validate-answers';

/** The code of a "don't know" in every answer column: kept apart from 1–5 so no analysis averages it in. */
export const DONT_KNOW_CODE = '9';

export type ExportColumn =
  | { kind: 'row'; name: string }
  | { kind: 'unit'; name: string }
  /** An agreement item or the outcome question: the answer as given, 1–5 (reverse-coding is the codebook's). */
  | { kind: 'agreement'; name: string; question: Question }
  /** A scenario: 1 when answered right, 0 when not; which answer is right is never shown. */
  | { kind: 'scenario'; name: string; question: Question }
  /** A question with named choices: the choice's position, 1 for the first. */
  | { kind: 'choice'; name: string; question: Question; values: readonly (string | number)[] }
  | { kind: 'scale'; name: string; scale: string };

/** Roles whose answers are figures about what people think, shown row by row (see the header). */
const choiceColumn = (q: Question): ExportColumn | null => {
  if (q.accepts.kind !== 'choice') return null;
  if (q.role === 'likert' || q.role === 'outcome') return { kind: 'agreement', name: q.id, question: q };
  if (q.role === 'knowledge' && q.scale !== null) return { kind: 'scenario', name: q.id, question: q };
  if (q.role === 'success-meaning') {
    const values = q.accepts.values.filter((v) => v !== DONT_KNOW);
    return { kind: 'choice', name: q.id, question: q, values };
  }
  return null;
};

/** A scale id as a variable name R, SPSS and Stata all accept: letters, digits and underscores. */
export const scaleColumnName = (scale: string) => `score_${scale.replace(/[^A-Za-z0-9]+/g, '_')}`;

/**
 * The export's columns, in the questionnaire's order, then the scales in the model's order (a scale the model
 * does not list, last). Scale scores are a respondent's own; the report's dimension figures are means of
 * scale means (group-summary.ts), so no per-person dimension column would average to them.
 */
export function exportColumns(questionnaire: Questionnaire, model: BarrierModel): ExportColumn[] {
  const columns: ExportColumn[] = [
    { kind: 'row', name: 'row' },
    { kind: 'unit', name: 'unit' },
  ];
  const scored = new Set<string>();
  for (const q of questionnaire.questions) {
    const column = choiceColumn(q);
    if (column) columns.push(column);
    if (q.scale !== null && (q.role === 'likert' || q.role === 'knowledge')) scored.add(q.scale);
  }
  const ordered = model.dimensions.flatMap((d) => d.scales.map((s) => s.id)).filter((id) => scored.has(id));
  for (const scale of [...ordered, ...[...scored].filter((id) => !ordered.includes(id))]) {
    columns.push({ kind: 'scale', name: scaleColumnName(scale), scale });
  }
  return columns;
}

/**
 * One response as a row shows it: only what is released (export-release.ts), nothing else. With
 * showsAnswers and exportCells, the plain statement of a row; the export writes rows from codes
 * (export-coding.ts), tested line for line against it.
 */
export interface ExportRow {
  number: number;
  unit: string;
  answer(questionId: string): AnswerValue | undefined;
  /** The scale's 0–100 score, or null. */
  scale(scaleId: string): number | null;
}

/** Whether a row shows anything at all: some answer in one of the export's columns. */
export function showsAnswers(columns: readonly ExportColumn[], row: Pick<ExportRow, 'answer'>): boolean {
  return columns.some((c) => 'question' in c && row.answer(c.question.id) !== undefined);
}

/** A 0–100 score to four decimals, enough for any mean to agree with the report's whole numbers. */
export const scoreCell = (score: number | null) =>
  score === null ? '' : String(Math.round(score * 10_000) / 10_000);

/** The columns that hold an answer: all but the row number, the unit and the scale scores. */
export type AnswerColumn = Extract<ExportColumn, { question: Question }>;

/** An answer's cell: empty for none, DONT_KNOW_CODE for "don't know". */
export function answerCell(column: AnswerColumn, value: AnswerValue | undefined): string {
  if (value === undefined) return '';
  if (value === DONT_KNOW) return DONT_KNOW_CODE;
  if (column.kind === 'agreement') return typeof value === 'number' ? String(value) : '';
  if (column.kind === 'scenario') return scoreItem(column.question, value) === 100 ? '1' : '0';
  const position = column.values.indexOf(value as string | number);
  return position === -1 ? '' : String(position + 1);
}

/**
 * One response's cells. An empty cell is no answer, no score, or an answer still held back; a "don't know"
 * is DONT_KNOW_CODE.
 */
export function exportCells(columns: readonly ExportColumn[], row: ExportRow): string[] {
  return columns.map((column) => {
    switch (column.kind) {
      case 'row':
        return String(row.number);
      case 'unit':
        return row.unit;
      case 'scale':
        return scoreCell(row.scale(column.scale));
      default:
        return answerCell(column, row.answer(column.question.id));
    }
  });
}
