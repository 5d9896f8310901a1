import { describe, expect, it } from 'vitest';
import { MAX_CSV_RECORDS, readCsv } from '../../../server/csv/read-csv';
import { InvalidInputError } from '../../../server/domain/errors';
import { thrownBy } from '../../fixtures/thrown-by';

/** Records written as "line: cell|cell", to compare whole files at a glance. */
const read = (text: string) => readCsv(text).map((r) => `${r.line}: ${r.cells.join('|')}`);

describe('readCsv', () => {
  it.each([
    [
      'a comma-separated file',
      'email,department\na@x.com,Sales\n',
      ['1: email|department', '2: a@x.com|Sales'],
    ],
    ['a leading byte-order mark', '\uFEFFemail,name\na@x.com,Ann', ['1: email|name', '2: a@x.com|Ann']],
    [
      'semicolons (Excel in comma-decimal locales)',
      'email;name\na@x.com;Ann\n',
      ['1: email|name', '2: a@x.com|Ann'],
    ],
    ['tabs', 'email\tname\na@x.com\tAnn\n', ['1: email|name', '2: a@x.com|Ann']],
    ['CRLF line endings', 'email,name\r\na@x.com,Ann\r\n', ['1: email|name', '2: a@x.com|Ann']],
    ['CR-only line endings', 'email,name\ra@x.com,Ann\r', ['1: email|name', '2: a@x.com|Ann']],
    [
      'mixed line endings',
      'email,name\r\na@x.com,Ann\nb@x.com,Bo\r',
      ['1: email|name', '2: a@x.com|Ann', '3: b@x.com|Bo'],
    ],
    ['whitespace around cells', '  email , name\t\n a@x.com ,  Ann  \n', ['1: email|name', '2: a@x.com|Ann']],
    [
      'ideographic spaces around cells',
      'email,部门\n\u3000a@x.com,销售部\u3000\n',
      ['1: email|部门', '2: a@x.com|销售部'],
    ],
    [
      'semicolons inside a quoted cell',
      'email;dept\na@x.com;"Sales; North"\n',
      ['1: email|dept', '2: a@x.com|Sales; North'],
    ],
    [
      'commas inside a quoted cell',
      'email,name\na@x.com,"Lee, Ann"\n',
      ['1: email|name', '2: a@x.com|Lee, Ann'],
    ],
    [
      'doubled quotes inside a quoted cell',
      'email,name\na@x.com,"A ""Nan"" Lee"',
      ['1: email|name', '2: a@x.com|A "Nan" Lee'],
    ],
    [
      'spaces after a closing quote',
      'email,name\na@x.com,"Lee, Ann"  \n',
      ['1: email|name', '2: a@x.com|Lee, Ann'],
    ],
    [
      'a CRLF inside a quoted cell, as \\n',
      'email,name\r\na@x.com,"Ann\r\nLee"\r\n',
      ['1: email|name', '2: a@x.com|Ann\nLee'],
    ],
    [
      'rows of any length, as they are',
      'email,dept\na@x.com\nb@x.com,Sales,x\n',
      ['1: email|dept', '2: a@x.com', '3: b@x.com|Sales|x'],
    ],
    ['a single column (nothing to detect)', 'email\na@x.com\n', ['1: email', '2: a@x.com']],
    ['an empty file', '', []],
    ['a file of blank lines', '\n\r\n  \n;;\n,,\n', []],
  ])('reads %s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['empty lines', 'email;department\n\na@x.com;Sales\n\n\nb@x.com;R&D\n', [3, 6]],
    ['whitespace-only lines', 'email;department\n   \na@x.com;Sales\n\t\nb@x.com;R&D\n', [3, 5]],
    ['lines of delimiters only', 'email;department\n;;\na@x.com;Sales\n ; ; \nb@x.com;R&D\n', [3, 5]],
    ['",," lines in a semicolon file', 'email;department\n,,\na@x.com;Sales\n, ,\nb@x.com;R&D\n', [3, 5]],
    ['blank lines before the header', '\n\nemail;department\na@x.com;Sales\nb@x.com;R&D', [4, 5]],
    ['a quoted cell spanning three lines', 'email,name\na@x.com,"one\ntwo\nthree"\nb@x.com,Bo\n', [2, 5]],
    [
      'a quoted cell spanning lines, with CRLF',
      'email,name\r\na@x.com,"one\r\ntwo"\r\n\r\nb@x.com,Bo\r\n',
      [2, 5],
    ],
    ['a quoted multi-line cell in a semicolon file', 'email;name\n\na@x.com;"x;\n\ny"\nb@x.com;Bo', [3, 6]],
  ])('skips %s but counts them in line numbers', (_, text, dataLines) => {
    const records = readCsv(text);
    expect(records.slice(1).map((r) => r.line)).toEqual(dataLines);
    expect(records.slice(1).map((r) => r.cells[0])).toEqual(['a@x.com', 'b@x.com']);
  });

  it.each([
    ['semicolons', 'email,department\na@x.com,"Sales;;North"\n', ['a@x.com', 'Sales;;North']],
    ['tabs', 'email,department\na@x.com,"Sales\t\tNorth"\n', ['a@x.com', 'Sales\t\tNorth']],
    [
      'commas, in a semicolon file',
      'email;department\na@x.com;"Sales,,North"\n',
      ['a@x.com', 'Sales,,North'],
    ],
  ])('ignores %s inside quoted cells when guessing the delimiter', (_, text, cells) => {
    expect(readCsv(text)[1]!.cells).toEqual(cells);
  });

  it('guesses the delimiter from field counts, not from which character appears', () => {
    const text = 'name;email;department\nLee, Ann;a@x.com;Sales\nKim, Bo;b@x.com;Sales\n';
    expect(readCsv(text)[1]!.cells).toEqual(['Lee, Ann', 'a@x.com', 'Sales']);
  });

  it.each([
    ['an unterminated quote', 'email,name\na@x.com,Ann\nb@x.com,"Bo\nc@x.com,Cy\n', 3, 'quote-not-closed'],
    [
      'an unterminated quote after a multi-line cell',
      'email,name\na@x.com,"A\nB"\nb@x.com,"Bo\n',
      4,
      'quote-not-closed',
    ],
    ['text after a closing quote', 'email,name\n\na@x.com,"Ann" Lee\nb@x.com,Bo\n', 3, 'text-after-quote'],
  ])('refuses a file with %s, naming the line and the reason in its code', (_, text, line, reason) => {
    const error = thrownBy(() => readCsv(text));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.coded).toEqual({ code: 'csv.unreadable', params: { line, reason } });
    expect(error.errors).toMatchObject([{ field: 'csv', code: 'csv.unreadable', params: { line, reason } }]);
    expect(error.message).toMatch(new RegExp(`^The file could not be read: line ${line}: `));
  });

  it('takes a quote inside an unquoted cell literally, as spreadsheets do', () => {
    expect(readCsv('email,name\na@x.com,Ann "Nan" Lee\n')[1]!.cells).toEqual(['a@x.com', 'Ann "Nan" Lee']);
  });

  it(`accepts ${MAX_CSV_RECORDS} records and refuses one more`, () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `p${i}@x.com,Sales`).join('\n');
    expect(readCsv(rows(MAX_CSV_RECORDS))).toHaveLength(MAX_CSV_RECORDS);
    expect(thrownBy(() => readCsv(rows(MAX_CSV_RECORDS + 1))).coded).toEqual({
      code: 'csv.too-many-rows',
      params: { max: MAX_CSV_RECORDS },
    });
  });

  it('does not count blank lines towards the limit', () => {
    const text = Array.from({ length: MAX_CSV_RECORDS }, (_, i) => `p${i}@x.com,Sales\n;;`).join('\n');
    expect(readCsv(text)).toHaveLength(MAX_CSV_RECORDS);
  });
});
