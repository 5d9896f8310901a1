// Reads an uploaded CSV (as Excel, Numbers, LibreOffice or a text editor saved it) into trimmed cells, each
// record tagged with the physical line it starts on so that problems can be reported as "line 7: …". A file
// it cannot read is refused with a code (csv.unreadable, csv.too-many-rows) and the line at fault.

import Papa from 'papaparse';
import { InvalidInputError, type ProblemCodeName, type ProblemParams } from '../domain/errors';

export interface CsvRecord {
  /** 1-based physical line where the record starts; blank lines and multi-line cells are counted. */
  line: number;
  cells: string[];
}

/** Far above any staff list we accept (the domain caps it at 10,000 people); stops a runaway upload early. */
export const MAX_CSV_RECORDS = 20_000;

/** Excel writes commas or semicolons depending on the locale's decimal separator; "Text (Tab delimited)" writes tabs. */
const DELIMITERS = [',', ';', '\t'];

/**
 * Excel saves a row emptied by hand as ";;" (or ",,"), and editors leave whitespace-only lines: neither is
 * data, whichever delimiter the rest of the file uses.
 */
const NOT_DATA = /^[\s,;]*$/;

/** A quoted span, with any doubled quotes inside it; it may run over several lines. */
const QUOTED = /"[^"]*(?:""[^"]*)*"/g;

/** Why a file could not be read, by its code: what the client words. */
export type CsvProblemCode = Extract<ProblemCodeName, `csv.${string}`>;

/** The refusal of a whole file, naming the field `csv` that carried it. */
function unreadable(code: CsvProblemCode, message: string, params: ProblemParams): InvalidInputError {
  return new InvalidInputError(`The file could not be read: ${message}`, { code, params }, [
    { field: 'csv', message, code, params },
  ]);
}

/** Throws InvalidInputError (csv.unreadable with the `line` at fault, or csv.too-many-rows). */
export function readCsv(text: string): CsvRecord[] {
  // One line ending for the whole file: papaparse expects a single kind, and files edited in two tools mix
  // them. Line breaks inside quoted cells become \n too, which is what a multi-line cell means anyway.
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const delimiter = guessDelimiter(normalised);

  const records: CsvRecord[] = [];
  let rowStart = 0;
  let scanned = 0;
  let line = 1;

  Papa.parse<string[]>(normalised, {
    delimiter,
    newline: '\n',
    // papaparse parses a string synchronously and does not catch what step throws, so a throw ends the read.
    step: (result) => {
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      // A stray quote makes papaparse swallow the following lines into one cell, so reading on would
      // misreport or silently merge people; the whole file is refused with the line to fix instead.
      if (quoteError) {
        const at = lineAt(normalised, quoteError.index ?? rowStart);
        const reason = QUOTE_REASONS[quoteError.code];
        throw unreadable('csv.unreadable', `line ${at}: ${explain(quoteError)}`, {
          line: at,
          ...(reason ? { reason } : {}),
        });
      }
      // Count line breaks up to where this record starts, rather than per record, so that a quoted cell
      // spanning several lines pushes later records down by exactly the lines it occupies.
      for (; scanned < rowStart; scanned++) if (normalised[scanned] === '\n') line++;
      rowStart = result.meta.cursor;

      const cells = result.data.map((cell) => cell.trim());
      if (cells.every((cell) => NOT_DATA.test(cell))) return;
      if (records.length === MAX_CSV_RECORDS) {
        throw unreadable(
          'csv.too-many-rows',
          `The file has more than ${MAX_CSV_RECORDS.toLocaleString('en')} rows; split it into smaller files.`,
          { max: MAX_CSV_RECORDS },
        );
      }
      records.push({ line, cells });
    },
  });

  return records;
}

/**
 * Lets papaparse pick the delimiter by which one gives the most even field counts over the first rows,
 * shown a sample that keeps only what decides it. Quoted cells become a plain letter: papaparse's guess
 * counts fields without regard to errors, so a semicolon inside quotes could make ";" look like the
 * delimiter of a comma file. Lines that are not data are left out: a trailing newline or a ";;" line makes
 * the counts uneven for every candidate, and the guess falls back to a comma.
 */
function guessDelimiter(text: string): string {
  const sample = text
    .replace(QUOTED, 'x')
    .split('\n')
    .filter((line) => !NOT_DATA.test(line))
    .join('\n');
  const guess = Papa.parse<string[]>(sample, { newline: '\n', delimitersToGuess: DELIMITERS, preview: 1 });
  // A file with a single column has nothing to detect; a comma reads it as well as anything.
  return guess.errors.some((e) => e.code === 'UndetectableDelimiter') ? ',' : guess.meta.delimiter;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/** What is wrong with the quotes, for the client to say how to fix it. */
const QUOTE_REASONS: Partial<Record<Papa.ParseError['code'], string>> = {
  MissingQuotes: 'quote-not-closed',
  InvalidQuotes: 'text-after-quote',
};

/** papaparse's own wording, with the fix a person editing the file in a spreadsheet or editor can apply. */
function explain(error: Papa.ParseError): string {
  switch (error.code) {
    case 'MissingQuotes':
      return `${error.message}: a cell opens with a double quote (") that is never closed.`;
    case 'InvalidQuotes':
      return `${error.message}: a quoted cell has text after its closing quote; inside quotes, write a quote as "".`;
    default:
      return error.message;
  }
}
