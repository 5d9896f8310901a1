// The action plan as a CSV for Jira's importer: one issue a line, columns named as the importer maps them
// without being told, days written yyyy-MM-dd (the format to give its date-format field).

import { writeCsv } from '../csv/write-csv';
import type { Language } from '../../shared/languages';
import { JIRA_COLUMNS, jiraCells, type PlanRow } from '../domain/decisions/action-plan-rows';

/**
 * The file's text. writeCsv's rules hold (cells that would run as a formula are made text, CRLF line ends),
 * but not its byte-order mark: the importer reads UTF-8 as it is told to, and a reader that does not expect
 * a mark takes it as part of the first column's name, which then no longer reads "Summary" and is not
 * mapped by itself. People who want the plan in Excel take the workbook.
 */
export function writeJiraCsv(rows: readonly PlanRow[], language: Language, today: string): string {
  const csv = writeCsv(
    [...JIRA_COLUMNS],
    rows.map((row) => jiraCells(row, language, today)),
  );
  return csv.replace(/^\uFEFF/, '');
}
