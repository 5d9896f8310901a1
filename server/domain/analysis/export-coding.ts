// The data export's responses as numbers. Each answer it reads is held as its place among its question's
// values (the storage's scanCodes hands responses out so, and codeAnswers codes one read whole), and what
// each code means is worked out once per download: whether it answers its question for the release rule,
// its item score, its cell. A response is then counted, scored and written as CSV bytes without an object or
// a string made for it, which is what lets a million of them through in seconds.

import { isAnswered, releasePlan, type ReleasePlan } from '../anonymity/release';
import type { BarrierModel } from '../instrument/barrier-model';
import type { Questionnaire } from '../instrument/questionnaire';
import { minimumAnswered, scoreItem, scoringPlan } from '../instrument/scoring';
import type { AnswerValue, Answers } from '../instrument/validate-answers';
import { answerCell, scoreCell, type ExportColumn } from './export-columns';

/** A question the export reads, and the values whose places (from 1) code its answers. */
export interface CodedQuestion {
  id: string;
  values: readonly AnswerValue[];
}

/**
 * Codes a response's answers as the storage's scanCodes does: 0 for none, 1 + i for values[i], and
 * values.length + 1 for any other answer.
 */
export function codeAnswers(
  questions: readonly CodedQuestion[],
  answers: Answers,
  into: Uint8Array,
): Uint8Array {
  for (let k = 0; k < questions.length; k++) {
    const { id, values } = questions[k]!;
    const value = Object.hasOwn(answers, id) ? answers[id] : undefined;
    const place = value === undefined ? -1 : values.indexOf(value);
    into[k] = value === undefined ? 0 : place === -1 ? values.length + 1 : place + 1;
  }
  return into;
}

export interface ExportCoding {
  plan: ReleasePlan;
  /** What is read of each response, in the order of its codes: each answer column's question, then any other item of a scale. */
  questions: CodedQuestion[];
  /** The release slots of the answer columns: a campaign has something to export once one is released. */
  shownSlots: number[];
  /** How many questions of each release slot the codes answer (release.ts's countAnswered), into `into`. */
  countAnswered(codes: Uint8Array, into: Uint16Array): Uint16Array;
  /** Whether a row would show anything with these figures released (flags by slot): some answer column's answer. */
  shows(codes: Uint8Array, released: Uint8Array): boolean;
  /** The most bytes a row takes, besides its unit's cell. */
  rowBytes: number;
  /**
   * Writes the row as a CSV line (CRLF ended) from out[at] on, returning where it ends: its number, its unit's
   * cell as given (already written by the CSV rule), then each answer and each scale score whose figure is
   * released, as exportCells writes them.
   */
  writeRow(
    out: Uint8Array,
    at: number,
    number: number,
    unitCell: Uint8Array,
    codes: Uint8Array,
    released: Uint8Array,
  ): number;
}

const ROW = 0;
const UNIT = 1;
const ANSWER = 2;
const SCALE = 3;

/** One column as a row is written: every field set for every kind, so the writer reads one shape. */
interface CellPlan {
  kind: number;
  /** An answer's place among the codes, and its cell per code. */
  k: number;
  bytes: Uint8Array[];
  /** The release slot whose flag shows the cell (-1: never). */
  slot: number;
  /** A scale's items: their places among the codes. */
  items: number[];
  /**
   * A scale's cell for every combination of its items' codes, at the sum of each item's code times its
   * radix (a number in mixed radix, one digit per item): worked out once, so a row's score is looked up.
   * Empty for a scale with too many combinations, whose score is worked out row by row from `score`.
   */
  radix: number[];
  table: Uint8Array[];
  score: (codeOf: (item: number) => number) => number | null;
}

/**
 * Combinations of a scale's codes worked out in advance, at most: a scale of 4 agreement items (each with
 * 5 points, "don't know", none and any other) has 4,096, of 5 items 32,768.
 */
const TABLE_LIMIT = 1 << 16;

const COMMA = 44;
/** The longest cell a number can make: no score needs more. */
const NUMBER_BYTES = 24;

const encoder = new TextEncoder();
const EMPTY = new Uint8Array(0);

/**
 * Writes a positive whole number in decimal digits.
 * @example writeNumber(out, 0, 307) // out[0..3] = "307", → 3
 */
function writeNumber(out: Uint8Array, at: number, n: number): number {
  let end = at + 1;
  for (let p = 10; n >= p; p *= 10) end++;
  for (let i = end - 1; i >= at; i--, n = Math.floor(n / 10)) out[i] = 48 + (n % 10);
  return end;
}

function put(out: Uint8Array, at: number, bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) out[at + i] = bytes[i]!;
  return at + bytes.length;
}

/**
 * How the export reads and writes responses of this questionnaire, for these columns (exportColumns).
 * Scores are the questionnaire's own (scoreResponse: the same items added in the same order); an answer
 * that is none of its question's values, which validation never lets in, counts as an answer for the
 * release rule, as releaseResponses counts it, and is shown and scored as none.
 */
export function exportCoding(
  questionnaire: Questionnaire,
  model: BarrierModel,
  columns: readonly ExportColumn[],
): ExportCoding {
  const plan = releasePlan(questionnaire);
  const scoring = scoringPlan(questionnaire, model);
  const questions: CodedQuestion[] = [];
  const placeOf = new Map<string, number>();
  const place = (id: string) => {
    let k = placeOf.get(id);
    if (k === undefined) {
      const q = questionnaire.questions.find((x) => x.id === id);
      const values = q?.accepts.kind === 'choice' ? q.accepts.values : [];
      if (values.length > 254) throw new Error(`Question ${id}: more than 254 values to code`);
      k = questions.push({ id, values }) - 1;
      placeOf.set(id, k);
    }
    return k;
  };
  const slotOf = (id: string) => plan.slotOf.get(id) ?? -1;
  const scoreBytes = new Map<number, Uint8Array>();
  /** A score's cell, kept by the figure it is written as: a scale takes few distinct scores. */
  const scoreCellBytes = (score: number | null) => {
    if (score === null) return EMPTY;
    const key = Math.round(score * 10_000);
    let bytes = scoreBytes.get(key);
    if (bytes === undefined) {
      bytes = encoder.encode(scoreCell(score));
      scoreBytes.set(key, bytes);
    }
    return bytes;
  };

  const cells: CellPlan[] = columns.map((column) => {
    const cell: CellPlan = {
      kind: ROW,
      k: -1,
      bytes: [],
      slot: -1,
      items: [],
      radix: [],
      table: [],
      score: () => null,
    };
    if (column.kind === 'row') return cell;
    if (column.kind === 'unit') return { ...cell, kind: UNIT };
    if (column.kind !== 'scale') {
      const k = place(column.question.id);
      const { values } = questions[k]!;
      const text = (code: number) =>
        answerCell(column, code >= 1 && code <= values.length ? values[code - 1] : undefined);
      const bytes = Array.from({ length: values.length + 2 }, (_, code) => encoder.encode(text(code)));
      return { ...cell, kind: ANSWER, k, bytes, slot: slotOf(column.question.id) };
    }
    const index = scoring.scales.findIndex((s) => s.id === column.scale);
    const items = scoring.items.filter((item) => item.scale === index).map((item) => item.question);
    const minimum = index === -1 ? Infinity : minimumAnswered(scoring.scales[index]!.total);
    // Each item's score per code (NaN: not scored), added in the items' order as scoreResponse adds them.
    const scores = items.map((q) => {
      const { values } = questions[place(q.id)]!;
      const table = new Float64Array(values.length + 2).fill(NaN);
      values.forEach((value, i) => (table[i + 1] = scoreItem(q, value) ?? NaN));
      return table;
    });
    /** The scale's score, given each item's code by its place among the scale's items. */
    const score = (codeOf: (item: number) => number) => {
      let sum = 0;
      let answered = 0;
      scores.forEach((itemScores, i) => {
        const itemScore = itemScores[codeOf(i)]!;
        if (Number.isNaN(itemScore)) return;
        sum += itemScore;
        answered++;
      });
      return answered >= minimum ? sum / answered : null;
    };
    const radix: number[] = [];
    let combinations = 1;
    for (const table of scores) {
      radix.push(combinations);
      combinations *= table.length;
    }
    const table =
      combinations > TABLE_LIMIT
        ? []
        : Array.from({ length: combinations }, (_, combination) =>
            scoreCellBytes(score((i) => Math.floor(combination / radix[i]!) % scores[i]!.length)),
          );
    return {
      ...cell,
      kind: SCALE,
      slot: items.length === 0 ? -1 : slotOf(items[0]!.id),
      items: items.map((q) => place(q.id)),
      radix,
      table,
      score,
    };
  });
  // Every other question of a slot shown is a scale's item, read above; its count decides the release.
  const answeredAt = questions.map(({ values }) =>
    Uint8Array.from({ length: values.length + 2 }, (_, code) =>
      code === 0 ? 0 : code > values.length || isAnswered(values[code - 1]) ? 1 : 0,
    ),
  );
  const slotAt = Int32Array.from(questions, (q) => slotOf(q.id));
  const answerCells = cells.filter((c) => c.kind === ANSWER);

  return {
    plan,
    questions,
    shownSlots: [...new Set(answerCells.map((c) => c.slot).filter((slot) => slot !== -1))],
    countAnswered(codes, into) {
      into.fill(0);
      for (let k = 0; k < slotAt.length; k++) {
        const slot = slotAt[k]!;
        if (slot !== -1) into[slot]! += answeredAt[k]![codes[k]!]!;
      }
      return into;
    },
    shows(codes, released) {
      for (const cell of answerCells) if (codes[cell.k] !== 0 && released[cell.slot] === 1) return true;
      return false;
    },
    rowBytes:
      NUMBER_BYTES +
      cells.reduce(
        (sum, c) =>
          sum + 1 + (c.kind === SCALE ? NUMBER_BYTES : Math.max(0, ...c.bytes.map((b) => b.length))),
        0,
      ) +
      2,
    writeRow(out, at, number, unitCell, codes, released) {
      for (let c = 0; c < cells.length; c++) {
        if (c > 0) out[at++] = COMMA;
        const cell = cells[c]!;
        if (cell.kind === ANSWER) {
          if (released[cell.slot] === 1) at = put(out, at, cell.bytes[codes[cell.k]!]!);
        } else if (cell.kind === SCALE) {
          if (released[cell.slot] !== 1) continue;
          const { items } = cell;
          if (cell.table.length === 0) {
            at = put(out, at, scoreCellBytes(cell.score((i) => codes[items[i]!]!)));
            continue;
          }
          let combination = 0;
          for (let i = 0; i < items.length; i++) combination += codes[items[i]!]! * cell.radix[i]!;
          at = put(out, at, cell.table[combination]!);
        } else if (cell.kind === ROW) {
          at = writeNumber(out, at, number);
        } else {
          out.set(unitCell, at);
          at += unitCell.length;
        }
      }
      out[at++] = 13;
      out[at++] = 10;
      return at;
    },
  };
}
