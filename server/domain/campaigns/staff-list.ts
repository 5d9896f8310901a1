// Turns the rows of an uploaded staff list into the people a campaign will invite, with every problem
// tied to its line, so HR can fix the file in their spreadsheet and upload it again.

import type { Language } from '../instrument/barrier-model';
import type { ProblemParams } from '../errors';
import { nameKey } from './name-key';

export interface StaffMember {
  line: number;
  /** Trimmed, lower-cased (and full-width characters made ASCII). */
  email: string;
  /** May be ''. */
  name: string;
  departmentId: string;
  language: Language;
}

/** Every problem a staff list can have, stable so that a client can word it in the reader's language. */
export type StaffProblemCode =
  | 'staff.file-empty'
  | 'staff.no-people'
  | 'staff.too-many-people'
  | 'staff.duplicate-column'
  | 'staff.missing-columns'
  | 'staff.email-missing'
  | 'staff.email-too-long'
  | 'staff.email-invalid'
  | 'staff.email-repeated'
  | 'staff.department-missing'
  | 'staff.department-unknown'
  | 'staff.name-too-long'
  | 'staff.language-unknown';

export interface StaffRowError {
  line: number;
  field: 'email' | 'department' | 'name' | 'language' | 'file';
  /** A plain sentence for the person who prepared the file, in English. */
  message: string;
  code: StaffProblemCode;
  /**
   * The values the sentence mentions, cells as written in the file: `rows` and `max` (too-many-people);
   * `column`, `first`, `second` (duplicate-column); for missing-columns, one key per missing column
   * (`email`, `department`) holding every heading accepted for it, joined with ", "; `max`
   * (email-too-long, name-too-long); `email` (email-invalid); `firstLine` (email-repeated); `department`
   * (department-unknown); `language` (language-unknown). Empty for the others.
   */
  params: ProblemParams;
}

/** A problem as the checks below find it; the row's line and field are added where it is reported. */
type Problem = { code: StaffProblemCode; message: string; params: ProblemParams };

export interface StaffListPreview {
  /** Valid rows for people not yet on the list. */
  people: StaffMember[];
  errors: StaffRowError[];
  /** Department names that match no department, as written (first spelling), once each. */
  unknownDepartments: string[];
  /** Rows skipped because their email is already on the campaign's list (not an error). */
  alreadyListed: number;
  /** Valid new people per department, every department listed (0 too). */
  byDepartment: { departmentId: string; name: string; count: number }[];
}

export const MAX_STAFF_ROWS = 10_000;
export const MAX_EMAIL_LENGTH = 254;
export const MAX_NAME_LENGTH = 120;

type Column = 'email' | 'department' | 'name' | 'language';

const HEADER_NAMES: Record<Column, readonly string[]> = {
  email: ['email', 'e-mail', 'email address', '邮箱', '电子邮件', '电子邮箱'],
  department: ['department', 'dept', '部门'],
  name: ['name', 'full name', '姓名'],
  language: ['language', 'lang', '语言'],
};

// A Map, not an object literal: a cell reading "constructor" must not find Object.prototype's.
const LANGUAGE_NAMES = new Map<string, Language>([
  ['en', 'en'],
  ['english', 'en'],
  ['英文', 'en'],
  ['zh', 'zh-cn'],
  ['zh-cn', 'zh-cn'],
  ['zh-hans', 'zh-cn'],
  ['chinese', 'zh-cn'],
  ['中文', 'zh-cn'],
  ['简体中文', 'zh-cn'],
]);

/** One @, something before it, and a domain of dot-separated non-empty labels; no whitespace anywhere. */
const EMAIL_SHAPE = /^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+$/;

/**
 * Reads a staff list whose first record is the header (columns in any order, named in English or
 * Chinese). Each row is checked on its own; a problem with the file as a whole (no header, a missing
 * column, no people, too many) is the only error returned, and nobody is taken from it.
 */
export function readStaffList(
  records: readonly { line: number; cells: readonly string[] }[],
  departments: readonly { id: string; name: string }[],
  alreadyListed: ReadonlySet<string>,
  defaultLanguage: Language = 'en',
): StaffListPreview {
  const refuse = (line: number, problem: Problem): StaffListPreview => ({
    people: [],
    errors: [{ line, field: 'file', ...problem }],
    unknownDepartments: [],
    alreadyListed: 0,
    byDepartment: departments.map((d) => ({ departmentId: d.id, name: d.name, count: 0 })),
  });

  const [header, ...rows] = records;
  if (!header) {
    const message = 'The file is empty: there is nobody in it to invite.';
    return refuse(1, { code: 'staff.file-empty', message, params: {} });
  }
  const columns = findColumns(header.cells);
  if ('code' in columns) return refuse(header.line, columns);
  if (rows.length === 0) {
    return refuse(header.line, {
      code: 'staff.no-people',
      message:
        'There is nobody in the file: it has a header line but no people under it. Add one line per person.',
      params: {},
    });
  }
  if (rows.length > MAX_STAFF_ROWS) {
    return refuse(rows[MAX_STAFF_ROWS]!.line, {
      code: 'staff.too-many-people',
      message: `The file lists ${rows.length.toLocaleString('en')} people; at most ${MAX_STAFF_ROWS.toLocaleString('en')} can be imported at once. Split it into smaller files.`,
      params: { rows: rows.length, max: MAX_STAFF_ROWS },
    });
  }

  const departmentByKey = new Map<string, { id: string; name: string }>();
  // Organizations refuse look-alike department names, but one stored before they did may hold a pair: the
  // first wins, which is better than refusing every row that names it.
  for (const d of departments)
    if (!departmentByKey.has(nameKey(d.name))) departmentByKey.set(nameKey(d.name), d);

  const people: StaffMember[] = [];
  const errors: StaffRowError[] = [];
  const unknown = new Map<string, string>();
  const firstLineOf = new Map<string, number>();
  let skipped = 0;

  for (const { line, cells } of rows) {
    const cell = (column: Column) => {
      const index = columns[column];
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const fail = (
      field: StaffRowError['field'],
      code: StaffProblemCode,
      message: string,
      params: ProblemParams = {},
    ) => errors.push({ line, field, message, code, params });

    const email = readEmail(cell('email'));
    if (typeof email !== 'string') {
      fail('email', email.code, email.message, email.params);
    } else {
      const first = firstLineOf.get(email);
      if (first !== undefined) {
        fail(
          'email',
          'staff.email-repeated',
          `This email address is already on line ${first} of the file; list each person once.`,
          { firstLine: first },
        );
        continue;
      }
      firstLineOf.set(email, line);
      // Someone invited by an earlier upload is left as they are, whatever this row says about them, so a
      // list that grew since then can be uploaded again without fixing rows that are not being imported.
      if (alreadyListed.has(email)) {
        skipped++;
        continue;
      }
    }

    const departmentName = cell('department');
    const department = departmentByKey.get(nameKey(departmentName));
    if (departmentName === '') {
      fail('department', 'staff.department-missing', 'The department is missing.');
    } else if (!department) {
      fail(
        'department',
        'staff.department-unknown',
        `There is no department called "${departmentName}". Check the spelling, or add the department to the organization first.`,
        { department: departmentName },
      );
      if (!unknown.has(nameKey(departmentName))) unknown.set(nameKey(departmentName), departmentName);
    }

    // A name pasted from elsewhere can carry line breaks or doubled spaces; neither belongs in a greeting.
    const name = cell('name').replace(/\s+/g, ' ');
    if (name.length > MAX_NAME_LENGTH) {
      const message = `The name is longer than ${MAX_NAME_LENGTH} characters.`;
      fail('name', 'staff.name-too-long', message, { max: MAX_NAME_LENGTH });
    }

    const languageText = cell('language');
    const language =
      languageText === '' ? defaultLanguage : LANGUAGE_NAMES.get(nameKey(languageText).replace(/_/g, '-'));
    if (!language) {
      fail(
        'language',
        'staff.language-unknown',
        `"${languageText}" is not a language of the survey. Write en (English) or zh-cn (简体中文), or leave it empty.`,
        { language: languageText },
      );
    }

    if (typeof email === 'string' && department && language && name.length <= MAX_NAME_LENGTH) {
      people.push({ line, email, name, departmentId: department.id, language });
    }
  }

  const counts = new Map<string, number>();
  for (const p of people) counts.set(p.departmentId, (counts.get(p.departmentId) ?? 0) + 1);
  return {
    people,
    errors,
    unknownDepartments: [...unknown.values()],
    alreadyListed: skipped,
    byDepartment: departments.map((d) => ({
      departmentId: d.id,
      name: d.name,
      count: counts.get(d.id) ?? 0,
    })),
  };
}

/** Where each known column is, or what the header lacks. */
function findColumns(cells: readonly string[]): Partial<Record<Column, number>> | Problem {
  const found: Partial<Record<Column, number>> = {};
  for (const [index, cell] of cells.entries()) {
    const key = nameKey(cell);
    const column = (Object.keys(HEADER_NAMES) as Column[]).find((c) => HEADER_NAMES[c].includes(key));
    if (!column) continue;
    const earlier = found[column];
    if (earlier !== undefined) {
      return {
        code: 'staff.duplicate-column',
        message: `The first line has two ${column} columns ("${cells[earlier]}" and "${cell}"); keep only one.`,
        params: { column, first: cells[earlier]!, second: cell },
      };
    }
    found[column] = index;
  }
  const missing = (['email', 'department'] as const).filter((c) => found[c] === undefined);
  if (missing.length === 0) return found;
  const advice = missing.map((c) => `${c} (or ${HEADER_NAMES[c].slice(1).join(', ')})`).join(' and ');
  return {
    code: 'staff.missing-columns',
    message: `The first line of the file must name its columns, and no ${missing.join(' or ')} column was found. Name ${missing.length === 1 ? 'it' : 'them'} ${advice}.`,
    params: Object.fromEntries(missing.map((c) => [c, HEADER_NAMES[c].join(', ')])),
  };
}

function readEmail(text: string): string | Problem {
  if (text === '')
    return { code: 'staff.email-missing', message: 'The email address is missing.', params: {} };
  // Input methods set to Chinese type a full-width ＠ and ．, which NFKC turns back into @ and .
  const email = text.normalize('NFKC').toLowerCase();
  if (email.length > MAX_EMAIL_LENGTH) {
    return {
      code: 'staff.email-too-long',
      message: `The email address is longer than ${MAX_EMAIL_LENGTH} characters.`,
      params: { max: MAX_EMAIL_LENGTH },
    };
  }
  if (!EMAIL_SHAPE.test(email)) {
    const message = `"${text}" does not look like an email address.`;
    return { code: 'staff.email-invalid', message, params: { email: text } };
  }
  return email;
}
