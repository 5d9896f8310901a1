// A campaign's rows handed out as codes of the answers to a few questions (the storage interface's
// scanCodes), read straight from the columns: each question's own codes are turned into the caller's
// through a table made once per question and scan, so visiting a row makes no object and no string.

import type { CodedQuestion, CodedResponse } from '../response-repository';
import { BLOCK_SHIFT, ROW_MASK, type RowBlocks } from './row-blocks';
import type { CampaignColumns } from './campaign-columns';

/** The codes campaign-columns.ts gives: none, a free text held only in the log, then its dictionary's. */
const ABSENT = 0;
const IN_LOG = 1;
const FIRST_CODE = 2;

/**
 * How long a scan keeps the event loop before other requests are served, in milliseconds, looked at after
 * each run of RUN_ROWS rows: by the clock rather than by a count of rows, since the same rows take many
 * times longer before the code is optimized, or on a busy machine.
 */
const SLICE_MS = 8;
const RUN_ROWS = 64;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The caller's code for each of the column's codes. The dictionary only grows, and every row stored when
 * the scan began was coded with the entries made by then, so a table made at the start covers them all.
 */
function translation(columns: CampaignColumns, question: CodedQuestion): Uint8Array {
  if (question.values.length > 254) throw new Error(`Question ${question.id}: more than 254 values to code`);
  const other = question.values.length + 1;
  const column = columns.questions.find((q) => q.id === question.id);
  const table = new Uint8Array(FIRST_CODE + (column?.values.length ?? 0));
  table[IN_LOG] = other;
  column?.values.forEach((value, i) => {
    const place = question.values.indexOf(value as never);
    table[FIRST_CODE + i] = place === -1 ? other : place + 1;
  });
  return table;
}

/** Visits rows [0, rows) as codes of the questions' answers (see CodedResponse), in stored order. */
export async function visitCodedRows(
  columns: CampaignColumns,
  rows: number,
  questions: readonly CodedQuestion[],
  visit: (response: CodedResponse, index: number) => void,
): Promise<void> {
  const tables = questions.map((q) => translation(columns, q));
  const sources = questions.map((q) => columns.questions.find((c) => c.id === q.id)?.codes);
  const others = questions.map((q) => q.values.length + 1);
  const departments = columns.departments.values;
  const response: CodedResponse = { departmentId: '', idHash: 0, codes: new Uint8Array(questions.length) };
  const { codes } = response;
  const width = codes.length;
  const blocks = new Array<ReturnType<RowBlocks['block']>>(width);
  let sliceStart = performance.now();
  for (let start = 0; start < rows;) {
    // A run of rows within one block, its columns' arrays looked up once: nothing else runs until the run
    // ends (a column widened by an append while the scan waited has new arrays, looked up for the next).
    const b = start >>> BLOCK_SHIFT;
    const end = Math.min(rows, start + RUN_ROWS, (b + 1) << BLOCK_SHIFT);
    for (let k = 0; k < width; k++) blocks[k] = sources[k]?.block(b);
    for (let row = start; row < end; row++) {
      const at = row & ROW_MASK;
      for (let k = 0; k < width; k++) {
        // Rows past a block's end (a column that appeared late) read as undefined: no answer.
        const own = blocks[k]?.[at] ?? ABSENT;
        codes[k] = tables[k]![own] ?? others[k]!;
      }
      response.departmentId = departments[columns.departmentOf.get(row)]!;
      response.idHash = columns.idHash(row);
      visit(response, row);
    }
    start = end;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
}
