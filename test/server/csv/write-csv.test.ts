import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../server/csv/read-csv';
import { writeCsv } from '../../../server/csv/write-csv';

/** The cells of the first data row, as a spreadsheet (or readCsv) would see them. */
const written = (cell: string) => {
  const csv = writeCsv(['name'], [[cell]]);
  return csv.slice('\uFEFFname\r\n'.length, -'\r\n'.length);
};

describe('writeCsv', () => {
  it.each([
    ['=1+1', `"'=1+1"`],
    ['+1', `"'+1"`],
    ['-1+2', `"'-1+2"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\rx', `"'\rx"`],
    [' =1+1', `"' =1+1"`],
    ['\u00a0=1+1', `"'\u00a0=1+1"`],
    ['\u3000=1+1', `"'\u3000=1+1"`],
    ['=HYPERLINK("http://x")\nclick', `"'=HYPERLINK(""http://x"")\nclick"`],
  ])('neutralises the formula %j with a leading apostrophe', (cell, expected) => {
    expect(written(cell)).toBe(expected);
  });

  it.each([
    ['Ann Lee', 'Ann Lee'],
    ['a=b', 'a=b'],
    ['ann-lee@x.com', 'ann-lee@x.com'],
    ['李明', '李明'],
  ])('leaves %j as it is', (cell, expected) => {
    expect(written(cell)).toBe(expected);
  });

  it('writes the header alone when there are no rows', () => {
    expect(writeCsv(['email', 'name'], [])).toBe('\uFEFFemail,name\r\n');
  });

  it('neutralises formulas in the header too', () => {
    expect(writeCsv(['=cmd'], [])).toBe(`\uFEFF"'=cmd"\r\n`);
  });

  it('starts with a byte-order mark and ends lines with CRLF', () => {
    const csv = writeCsv(['email', 'name'], [['a@x.com', 'Ann']]);
    expect(csv).toBe('\uFEFFemail,name\r\na@x.com,Ann\r\n');
  });

  it('keeps Chinese text intact', () => {
    const csv = writeCsv(['邮箱', '姓名', '部门'], [['li@x.com', '李明', '销售部']]);
    expect(csv).toBe('\uFEFF邮箱,姓名,部门\r\nli@x.com,李明,销售部\r\n');
    // Sent as UTF-8, the file opens with the three bytes Excel looks for.
    expect([...new TextEncoder().encode(csv).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it.each([
    ['a comma', 'Lee, Ann'],
    ['a semicolon', 'Sales; North'],
    ['a tab', 'Sales\tNorth'],
    ['quotes', 'Ann "Nan" Lee'],
    ['a line break', 'line one\nline two'],
    ['a CRLF line break, read back as \\n', 'line one\r\nline two'],
    ['a byte-order mark', 'x\uFEFFy'],
  ])('round-trips a cell with %s through readCsv', (_, cell) => {
    const back = readCsv(writeCsv(['email', 'name'], [['a@x.com', cell]]));
    expect(back).toEqual([
      { line: 1, cells: ['email', 'name'] },
      { line: 2, cells: ['a@x.com', cell.replace(/\r\n/g, '\n')] },
    ]);
  });

  it('refuses a row whose length differs from the header', () => {
    expect(() => writeCsv(['email', 'name'], [['a@x.com', 'Ann'], ['b@x.com']])).toThrow(/Row 2 has 1 cells/);
  });

  it('reads back any table of safe strings unchanged', () => {
    // Safe: no surrounding whitespace (readCsv trims it), no formula start (writeCsv changes it), no CR
    // (readCsv normalises line endings), and not only spaces and delimiters (a row of such cells is
    // skipped as blank).
    const safeCell = fc
      .string({
        unit: fc.constantFrom('a', 'Z', '9', ' ', ',', ';', '\t', '"', "'", '\n', '=', '-', '李', '😀', 'é'),
        maxLength: 12,
      })
      .map((s) => s.trim())
      .filter((s) => s !== '' && !/^[=+\-@]/.test(s) && !/^[\s,;]*$/.test(s));
    const table = fc
      .integer({ min: 1, max: 5 })
      .chain((width) =>
        fc.tuple(
          fc.array(safeCell, { minLength: width, maxLength: width }),
          fc.array(fc.array(safeCell, { minLength: width, maxLength: width }), { maxLength: 8 }),
        ),
      );
    fc.assert(
      fc.property(table, ([header, rows]) => {
        const back = readCsv(writeCsv(header, rows)).map((r) => r.cells);
        expect(back).toEqual([header, ...rows]);
      }),
    );
  });
});
