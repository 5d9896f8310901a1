// Generators of staff lists as a spreadsheet, an editor or an attacker might write them: headers in many
// spellings and languages, cells clean or broken, any quoting, delimiter and line ending, a BOM, damage, and
// very long lines; and the bodies that carry them to POST /api/campaigns/:id/staff/preview and /staff.

import fc from 'fast-check';
import { STAFF_DEPARTMENTS } from './fuzz-support';
import { anyBody, hostileValue } from './hostile-arbitraries';

type Column = 'email' | 'department' | 'name' | 'language' | 'other';
const SPELLINGS: Record<Column, string[]> = {
  email: [
    'email',
    'Email',
    'EMAIL',
    'E-mail',
    'e-mail',
    'Email Address',
    'email  address',
    '邮箱',
    '电子邮件',
    '电子邮箱',
    'ＥＭＡＩＬ',
    ' email ',
  ],
  department: ['department', 'Department', 'DEPARTMENT', 'dept', 'Dept', '部门', 'ｄｅｐｔ', 'DePaRtMeNt'],
  name: ['name', 'Name', 'Full Name', 'full  name', 'FULL NAME', '姓名'],
  language: ['language', 'Language', 'LANG', 'lang', '语言'],
  other: [
    'employee id',
    '=cmd|" /C calc"!A1',
    '@SUM(1+1)',
    '+1',
    '-1',
    '',
    '__proto__',
    'constructor',
    'notes',
    'email2',
  ],
};
const fullWidth = (text: string) =>
  text.replace(/[\x21-\x7E]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const FORMULAS = [
  '=1+1',
  '+A1',
  '-2+3',
  '@SUM(A1:A2)',
  '=HYPERLINK("http://evil.example","click")',
  '\t=1',
  ' =1',
  '=cmd|" /C calc"!A1',
];

/** Cells per column: `clean` ones are always acceptable, however oddly written; the others often are not. */
function cellFor(column: Column, clean: boolean): fc.Arbitrary<string> {
  const valid: Record<Column, fc.Arbitrary<string>> = {
    email: fc.oneof(
      { weight: 6, arbitrary: fc.emailAddress() },
      { weight: 1, arbitrary: fc.emailAddress().map((e) => e.toUpperCase()) },
      { weight: 1, arbitrary: fc.emailAddress().map((e) => ` ${e}\t`) },
      { weight: 1, arbitrary: fc.emailAddress().map(fullWidth) },
    ),
    department: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...Object.keys(STAFF_DEPARTMENTS)) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          ' sales ',
          'SALES',
          'ｓａｌｅｓ',
          'Research  &  development',
          '销售部 ',
          'OPERATIONS',
        ),
      },
    ),
    name: fc.oneof(
      { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          ...FORMULAS,
          '',
          'Lee; Ann',
          'Line\nbreak',
          '李雷',
          'x'.repeat(120),
          'a\u0000b',
        ),
      },
    ),
    language: fc.constantFrom(
      '',
      '',
      '',
      'en',
      'EN',
      'English',
      'zh',
      'zh_CN',
      'ZH-cn',
      'zh-Hans',
      'Chinese',
      '中文',
      '简体中文',
      '英文',
    ),
    other: fc.string({ maxLength: 20 }),
  };
  if (clean) return valid[column];
  const broken: Record<Column, fc.Arbitrary<string>> = {
    email: fc.constantFrom(
      'not-an-email',
      'a@b',
      '',
      '@example.com',
      'a@@b.cc',
      'a b@c.dd',
      `${'x'.repeat(250)}@e.co`,
      '=1+1@example.com',
      'ann@example.com',
      'ANN@example.com',
    ),
    department: fc.constantFrom(
      'Legal',
      '',
      '__proto__',
      'constructor',
      'toString',
      'Sales\u0000',
      '=Sales',
      'sales,ops',
    ),
    name: fc.constantFrom('x'.repeat(121), `${'x '.repeat(70)}`, ...FORMULAS),
    language: fc.constantFrom('klingon', 'fr', 'constructor', '__proto__', 'zh-tw', 'en-US'),
    other: fc.string({ unit: 'binary', maxLength: 20 }),
  };
  return fc.oneof(
    { weight: 3, arbitrary: valid[column] },
    { weight: 1, arbitrary: broken[column] },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  );
}

type Quoting = 'auto' | 'always' | 'raw' | 'stray';
const quoting = (clean: boolean): fc.Arbitrary<Quoting> =>
  clean
    ? fc.constantFrom('auto', 'auto', 'auto', 'always')
    : fc.constantFrom('auto', 'auto', 'always', 'raw', 'stray');
const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;
function writeCell(text: string, how: Quoting, delimiter: string): string {
  if (how === 'always') return quoted(text);
  if (how === 'raw') return text;
  if (how === 'stray') return `"${text}`;
  return text.includes(delimiter) || /["\r\n]/.test(text) ? quoted(text) : text;
}

const columnsOf = (clean: boolean): fc.Arbitrary<Column[]> =>
  clean
    ? fc
        .tuple(
          fc.subarray<Column>(['name', 'language']),
          fc.array(fc.constant<Column>('other'), { maxLength: 2 }),
        )
        .chain(([optional, others]) =>
          fc.shuffledSubarray<Column>(['email', 'department', ...optional, ...others], {
            minLength: 2 + optional.length + others.length,
          }),
        )
    : fc.array(fc.constantFrom<Column>('email', 'department', 'name', 'language', 'other'), { maxLength: 6 });

/** A staff list as a spreadsheet, an editor or an attacker might write it. */
const csvFile = (clean: boolean) =>
  columnsOf(clean).chain((columns) =>
    fc
      .record({
        header: fc.tuple(...columns.map((c) => fc.constantFrom(...SPELLINGS[c]))),
        headerQuoting: fc.array(quoting(clean), { minLength: columns.length, maxLength: columns.length }),
        rows: fc.array(
          fc.tuple(
            fc.tuple(...columns.map((c) => cellFor(c, clean))),
            fc.array(quoting(clean), { minLength: columns.length, maxLength: columns.length }),
          ),
          { maxLength: 12 },
        ),
        delimiter: clean ? fc.constantFrom(',', ';', '\t') : fc.constantFrom(',', ';', '\t', '|', ' ', ',;'),
        lineEnd: fc.constantFrom('\n', '\r\n', '\r', 'mixed'),
        mixedEnds: fc.array(fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n;;\r\n', '\n  \n'), {
          maxLength: 16,
        }),
        bom: fc.boolean(),
        trailing: fc.constantFrom('', '\n', '\r\n', '\r\n\r\n', ';;\n'),
        // Only in broken files: a NUL or a BOM somewhere, or one very long line.
        damage: clean
          ? fc.constant(null)
          : fc.option(
              fc.record({
                at: fc.nat(),
                insert: fc.constantFrom('\u0000', '\uFEFF', '"', '\r', '\uD800', '\u2028'),
              }),
            ),
        longLine: clean ? fc.constant(0) : fc.constantFrom(0, 0, 0, 5_000, 70_000),
      })
      .map(
        ({ header, headerQuoting, rows, delimiter, lineEnd, mixedEnds, bom, trailing, damage, longLine }) => {
          const emailAt = columns.indexOf('email');
          const lines = [
            header.map((h, i) => writeCell(h, headerQuoting[i]!, delimiter)),
            ...rows.map(([cells, how], row) =>
              cells.map((cell, i) =>
                // Clean files name each person once: the row number goes into the address.
                writeCell(
                  clean && i === emailAt ? cell.replace(/[@＠]/, (at) => `.${row}${at}`) : cell,
                  how[i]!,
                  delimiter,
                ),
              ),
            ),
          ].map((cells) => cells.join(delimiter));
          if (longLine > 0) lines.push(['long@example.com', 'Sales', 'x'.repeat(longLine)].join(delimiter));
          let text = lines
            .map((line, i) =>
              i === 0
                ? line
                : `${lineEnd === 'mixed' ? (mixedEnds[i % (mixedEnds.length || 1)] ?? '\n') : lineEnd}${line}`,
            )
            .join('');
          text = `${bom ? '\uFEFF' : ''}${text}${trailing}`;
          if (damage) {
            const at = damage.at % (text.length + 1);
            text = text.slice(0, at) + damage.insert + text.slice(at);
          }
          return text;
        },
      ),
  );
const csvText = fc.oneof(
  { weight: 5, arbitrary: csvFile(true) },
  { weight: 4, arbitrary: csvFile(false) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 2_000 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 500 }) },
);
export const staffBody = fc.oneof(
  { weight: 10, arbitrary: csvText.map((csv) => ({ csv })) as fc.Arbitrary<unknown> },
  { weight: 1, arbitrary: fc.record({ csv: csvText, extra: hostileValue }) },
  { weight: 1, arbitrary: fc.record({ csv: hostileValue }) },
  { weight: 1, arbitrary: anyBody },
);
