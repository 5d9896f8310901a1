// The action plan as an Excel workbook for task imports (Teambition, Feishu and the like): one task a row
// under headers in the reader's language, due dates as real dates, the header row frozen while scrolling.

import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/node';
import type { Language } from '../../shared/languages';
import { TASK_COLUMNS, TASK_HEADERS, taskCells, type PlanRow } from '../domain/decisions/action-plan-rows';

const SHEET_NAMES: Record<Language, string> = { en: 'Action plan', 'zh-cn': '行动计划' };

/** Shown as 2026-06-30 whatever the reader's locale: the same ISO day the CSV and the calendar carry. */
const DATE_FORMAT = 'yyyy-mm-dd';

/** Width a text takes, in Excel's "characters": Chinese characters are about two Latin ones wide. */
const widthOf = (text: string) =>
  Math.max(
    0,
    ...text
      .split('\n')
      .map((line) => [...line].reduce((w, ch) => w + (/[\u2e80-\uffef]/.test(ch) ? 2 : 1), 0)),
  );

/** Wide enough for the header and most cells, never so wide that a long note pushes the rest off screen. */
const MIN_WIDTH = 10;
const MAX_WIDTH = 50;

export async function writeTaskWorkbook(rows: readonly PlanRow[], language: Language): Promise<Buffer> {
  const headers = TASK_HEADERS[language];
  const header: Row = TASK_COLUMNS.map((column) => ({ value: headers[column], fontWeight: 'bold' }));
  const body: Row[] = rows.map((row) => {
    const cells = taskCells(row);
    return TASK_COLUMNS.map((column): Cell => {
      const value = cells[column];
      if (value === null || value === '') return null;
      if (column === 'due') {
        const [y, m, d] = value.split('-').map(Number) as [number, number, number];
        return { value: new Date(Date.UTC(y, m - 1, d)), type: Date, format: DATE_FORMAT };
      }
      // Text as text: a title such as "2026-06" or "1/2" must not be taken for a date or a number.
      return { value, type: String, wrap: column === 'note' || column === 'description' };
    });
  });
  const columns = TASK_COLUMNS.map((column) => {
    const widest = Math.max(
      widthOf(headers[column]),
      column === 'due' ? DATE_FORMAT.length : 0,
      ...rows.map((row) => widthOf(taskCells(row)[column] ?? '')),
    );
    return { width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2)) };
  });
  return writeXlsxFile([header, ...body], {
    sheet: SHEET_NAMES[language],
    columns,
    stickyRowsCount: 1,
    dateFormat: DATE_FORMAT,
  }).toBuffer();
}
