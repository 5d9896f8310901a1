// Writes a table as a CSV file for people to open in Excel, Numbers or LibreOffice: exports of staff lists
// and personal survey links, whose cells hold names and text that people typed in.

import Papa from 'papaparse';

/**
 * Cells a spreadsheet would run as a formula ("CSV injection", OWASP). papaparse's own `escapeFormulae: true`
 * uses /^[=+\-@\t\r].*$/, whose `.*$` cannot cross a line break: "=HYPERLINK(…)\nx" in a multi-line cell
 * slips through. Matching the first characters only closes that gap. Leading whitespace (any Unicode space,
 * so a no-break space too) is covered as well: whether " =1+1" runs depends on the program and its import
 * options (LibreOffice can trim spaces before it evaluates), and quoting a rare name costs nothing.
 */
const FORMULA_START = /^[\t\r]|^\s*[=+\-@]/;

export function writeCsv(header: string[], rows: string[][]): string {
  const misfit = rows.findIndex((row) => row.length !== header.length);
  if (misfit !== -1) {
    // A short or long row would shift every later cell into the wrong column without anyone noticing.
    throw new Error(
      `Row ${misfit + 1} has ${rows[misfit]!.length} cells but the header has ${header.length}.`,
    );
  }
  // Rows as arrays rather than { fields, data }: given no data, papaparse would invent one empty row.
  const csv = Papa.unparse([header, ...rows], {
    // The matching cell is prefixed with ' (and quoted), which spreadsheets show as text and do not run.
    escapeFormulae: FORMULA_START,
    // papaparse quotes cells holding a comma; one holding ";" or a tab is quoted too, or a reader that
    // guesses the delimiter (readCsv, or Excel in a locale that uses semicolons) could split it.
    quotes: (value: unknown) => typeof value === 'string' && /[;\t]/.test(value),
    // RFC 4180's line ending, and the one Excel on Windows writes and expects.
    newline: '\r\n',
  });
  // Without a byte-order mark Excel reads the file in the machine's legacy code page, and Chinese names
  // come out garbled; with it, Excel (and every other reader) knows the file is UTF-8.
  // The last line ends with CRLF as well, as Excel writes it, so files can be joined or appended to.
  return `\uFEFF${csv}\r\n`;
}
