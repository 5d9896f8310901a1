import { describe, expect, it } from 'vitest';
import { MAX_STAFF_ROWS, readStaffList } from '../../../../server/domain/campaigns/staff-list';

const DEPARTMENTS = [
  { id: 'sales', name: 'Sales' },
  { id: 'rnd', name: 'Research & Development' },
  { id: 'market', name: '市场部' },
  { id: 'legal', name: 'Legal' },
];

/** Records as readCsv returns them: the header on line 1, each row written "cell|cell|…" on the next line. */
const records = (header: string[], ...rows: string[]) => [
  { line: 1, cells: header },
  ...rows.map((row, i) => ({ line: i + 2, cells: row.split('|') })),
];

/** Rows written "email|department|name|language" under the full header. */
const read = (rows: string[], listed: string[] = [], language?: 'en' | 'zh-cn') =>
  readStaffList(
    records(['email', 'department', 'name', 'language'], ...rows),
    DEPARTMENTS,
    new Set(listed),
    language,
  );

/** What became of one row that differs from a valid one only in the given cells. */
const readOne = (cells: Partial<Record<'email' | 'department' | 'name' | 'language', string>>) => {
  const { email = 'ann@x.com', department = 'Sales', name = 'Ann', language = '' } = cells;
  return read([[email, department, name, language].join('|')]);
};

/** One error as readStaffList reports it: the code without its "staff." prefix, the message or a pattern. */
const problem = (line: number, field: string, code: string, params: object, message: string | RegExp) => ({
  line,
  field,
  message: typeof message === 'string' ? message : expect.stringMatching(message),
  code: `staff.${code}`,
  params,
});

/** Errors as "line field", to compare many at a glance. */
const where = (errors: { line: number; field: string }[]) => errors.map((e) => `${e.line} ${e.field}`);

describe('readStaffList: the header', () => {
  it.each([
    [['email', 'department']],
    [['E-Mail', 'Dept']],
    [['  Email Address ', 'DEPARTMENT']],
    [['email   address', 'department']],
    [['ＥＭＡＩＬ', 'Ｄｅｐｔ']],
    [['邮箱', '部门']],
    [['电子邮件', '部门']],
    [['电子邮箱', '部门']],
  ])('finds the required columns in %j', (header) => {
    const preview = readStaffList(records(header, 'ann@x.com|Sales'), DEPARTMENTS, new Set());
    expect(preview.errors).toEqual([]);
    expect(preview.people).toEqual([
      { line: 2, email: 'ann@x.com', name: '', departmentId: 'sales', language: 'en' },
    ]);
  });

  it.each([
    [['姓名', '语言', '部门', '邮箱'], '李明|中文|市场部|li@x.com'],
    [['Full Name', 'Lang', 'Dept', 'E-mail'], '李明|zh|市场部|li@x.com'],
    [['name', 'language', 'employee no', 'department', 'email'], '李明|chinese|E-17|市场部|li@x.com'],
  ])('reads optional columns in any order, beside columns it ignores: %j', (header, row) => {
    const preview = readStaffList(records(header, row), DEPARTMENTS, new Set());
    expect(preview.people).toEqual([
      { line: 2, email: 'li@x.com', name: '李明', departmentId: 'market', language: 'zh-cn' },
    ]);
  });

  const email = { email: 'email, e-mail, email address, 邮箱, 电子邮件, 电子邮箱' };
  const department = { department: 'department, dept, 部门' };
  const two = { column: 'email', first: 'email', second: 'E-mail' };
  it.each([
    [['name', 'email'], /no department column/, 'missing-columns', department],
    [['name', 'department'], /no email column/, 'missing-columns', email],
    [['ann@x.com', 'Sales'], /no email or department column/, 'missing-columns', { ...email, ...department }],
    [['email', 'department', 'E-mail'], /two email columns \("email" and "E-mail/, 'duplicate-column', two],
  ])('refuses the whole file, with one error, when the header is %j', (header, message, code, params) => {
    const preview = readStaffList(records(header, 'ann@x.com|Sales'), DEPARTMENTS, new Set());
    expect(preview.errors).toEqual([problem(1, 'file', code, params, message)]);
    expect(preview.people).toEqual([]);
    expect(preview.byDepartment.map((d) => d.count)).toEqual([0, 0, 0, 0]);
  });

  it('names the accepted headings when a column is missing', () => {
    const [error] = readStaffList(records(['name', 'email']), DEPARTMENTS, new Set()).errors;
    expect(error!.message).toContain('department (or dept, 部门)');
  });

  it.each([
    ['an empty file', [], 'file-empty'],
    ['a header with nobody under it', records(['email', 'department']), 'no-people'],
  ])('says there is nobody in %s', (_, rows, code) => {
    const preview = readStaffList(rows, DEPARTMENTS, new Set());
    expect(preview.errors).toEqual([problem(1, 'file', code, {}, /nobody in/)]);
    expect(preview.people).toEqual([]);
  });

  it(`takes ${MAX_STAFF_ROWS.toLocaleString('en')} people and refuses the file with one more`, () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `p${i}@x.com|Sales`);
    const list = (n: number) => readStaffList(records(['email', 'dept'], ...rows(n)), DEPARTMENTS, new Set());
    expect(list(MAX_STAFF_ROWS).people).toHaveLength(MAX_STAFF_ROWS);
    const over = list(MAX_STAFF_ROWS + 1);
    expect(over.people).toEqual([]);
    const params = { rows: 10_001, max: 10_000 };
    expect(over.errors).toEqual([problem(10_002, 'file', 'too-many-people', params, /at most 10,000/)]);
  });
});

describe('readStaffList: emails', () => {
  it.each([
    ['  Ann.Lee@Example.COM ', 'ann.lee@example.com'],
    ['ann+okr@mail.example.co.uk', 'ann+okr@mail.example.co.uk'],
    ['ａｎｎ＠ｘ．ｃｏｍ', 'ann@x.com'],
    [`${'a'.repeat(248)}@x.com`, `${'a'.repeat(248)}@x.com`],
  ])('accepts %j as %j', (email, expected) => {
    const preview = readOne({ email });
    expect(preview.errors).toEqual([]);
    expect(preview.people.map((p) => p.email)).toEqual([expected]);
  });

  const shapes = ['ann', 'ann@', '@x.com', 'ann@x', 'ann@x.', 'ann@.x.com', 'ann@x..com', 'ann@@x.com'];
  const odd = ['ann@b@x.com', 'ann lee@x.com', 'Ann <ann@x.com>', 'ann@x.com;bo@x.com', 'ann\u3000lee@x.com'];
  type Refusal = [email: string, code: string, params: object, message: RegExp];
  const invalid = (email: string): Refusal => [email, 'email-invalid', { email }, /does not look like/];
  it.each<Refusal>([
    ['', 'email-missing', {}, /missing/],
    ...[...shapes, ...odd].map(invalid),
    [`${'a'.repeat(249)}@x.com`, 'email-too-long', { max: 254 }, /longer than 254 characters/],
  ])('refuses %j', (email, code, params, message) => {
    const preview = readOne({ email });
    expect(preview.errors).toEqual([problem(2, 'email', code, params, message)]);
    expect(preview.people).toEqual([]);
  });

  it('reports each later copy of an email, naming the line of the first', () => {
    const preview = read(['ann@x.com|Sales', 'bo@x.com|Sales', 'ANN@x.com |Legal', 'ann@x.com|Nowhere']);
    expect(preview.people.map((p) => `${p.line} ${p.email}`)).toEqual(['2 ann@x.com', '3 bo@x.com']);
    const message = 'This email address is already on line 2 of the file; list each person once.';
    const repeated = (line: number) => problem(line, 'email', 'email-repeated', { firstLine: 2 }, message);
    expect(preview.errors).toEqual([repeated(4), repeated(5)]);
    expect(preview.unknownDepartments).toEqual([]);
  });

  it('names the first line even when that row has another problem', () => {
    const preview = read(['ann@x.com|Nowhere', 'ann@x.com|Sales']);
    expect(where(preview.errors)).toEqual(['2 department', '3 email']);
    expect(preview.errors[1]!.message).toMatch(/line 2/);
  });
});

describe('readStaffList: departments', () => {
  it.each([
    ['Sales', 'sales'],
    ['  SALES ', 'sales'],
    ['ＳＡＬＥＳ', 'sales'],
    ['research   &  DEVELOPMENT', 'rnd'],
    ['Research\u3000& Development', 'rnd'],
    ['Sales\u200b', 'sales'],
    ['Sa\u00adles', 'sales'],
    ['市场部', 'market'],
  ])('matches %j to %s', (department, id) => {
    const preview = readOne({ department });
    expect(preview.errors).toEqual([]);
    expect(preview.people.map((p) => p.departmentId)).toEqual([id]);
  });

  it('reports unknown departments on each row and lists each name once, as first written', () => {
    const preview = read([
      'a@x.com|Marketing',
      'b@x.com| marketing ',
      'c@x.com|ＭＡＲＫＥＴＩＮＧ',
      'd@x.com|Ops',
      'e@x.com|Sales',
    ]);
    expect(preview.unknownDepartments).toEqual(['Marketing', 'Ops']);
    expect(where(preview.errors)).toEqual(['2 department', '3 department', '4 department', '5 department']);
    expect(preview.errors[1]!.message).toBe(
      'There is no department called "marketing". Check the spelling, or add the department to the organization first.',
    );
    // Each row's department as written there, not the first spelling listed above.
    const { code, params } = preview.errors[2]!;
    expect([code, params]).toEqual(['staff.department-unknown', { department: 'ＭＡＲＫＥＴＩＮＧ' }]);
    expect(preview.people.map((p) => p.email)).toEqual(['e@x.com']);
  });

  it('reports a missing department without listing it as unknown', () => {
    const preview = readStaffList(records(['email', 'department'], 'a@x.com'), DEPARTMENTS, new Set());
    const message = 'The department is missing.';
    expect(preview.errors).toEqual([problem(2, 'department', 'department-missing', {}, message)]);
    expect(preview.unknownDepartments).toEqual([]);
  });
});

describe('readStaffList: names and languages', () => {
  it.each([
    ['  Ann   Lee ', 'Ann Lee'],
    ['Ann\nLee', 'Ann Lee'],
    ['', ''],
    ['李明', '李明'],
    ['x'.repeat(120), 'x'.repeat(120)],
  ])('keeps the name %j as %j', (name, expected) => {
    const preview = readOne({ name });
    expect(preview.errors).toEqual([]);
    expect(preview.people.map((p) => p.name)).toEqual([expected]);
  });

  it('refuses a name over 120 characters', () => {
    const preview = readOne({ name: 'x'.repeat(121) });
    const message = 'The name is longer than 120 characters.';
    expect(preview.errors).toEqual([problem(2, 'name', 'name-too-long', { max: 120 }, message)]);
    expect(preview.people).toEqual([]);
  });

  const english = ['en', 'EN', 'English', '英文'];
  const chinese = ['zh', 'zh-CN', 'zh_cn', 'zh-Hans', ' Chinese ', '中文', '简体中文'];
  it.each([...english.map((c) => [c, 'en']), ...chinese.map((c) => [c, 'zh-cn'])])(
    'reads the language %j as %s',
    (language, expected) => {
      const preview = readOne({ language });
      expect(preview.errors).toEqual([]);
      expect(preview.people.map((p) => p.language)).toEqual([expected]);
    },
  );

  it.each(['en', 'zh-cn'] as const)('uses the default language %s when the cell is empty', (language) => {
    expect(read(['a@x.com|Sales|Ann|'], [], language).people[0]!.language).toBe(language);
  });

  it('uses the default language when there is no language column', () => {
    const preview = readStaffList(
      records(['email', 'dept'], 'a@x.com|Sales'),
      DEPARTMENTS,
      new Set(),
      'zh-cn',
    );
    expect(preview.people[0]!.language).toBe('zh-cn');
  });

  it.each(['fr', 'zh-tw', 'constructor', '繁體中文'])('refuses the language %j', (language) => {
    const preview = readOne({ language });
    const message = `"${language}" is not a language of the survey. Write en (English) or zh-cn (简体中文), or leave it empty.`;
    expect(preview.errors).toEqual([problem(2, 'language', 'language-unknown', { language }, message)]);
    expect(preview.people).toEqual([]);
  });
});

describe('readStaffList: the preview', () => {
  it('reports every problem of a row, by line, and leaves the row out', () => {
    const header = { line: 1, cells: ['email', 'department', 'name', 'language'] };
    const bad = { line: 4, cells: ['not-an-email', 'Nowhere', 'x'.repeat(121), 'fr'] };
    const good = { line: 7, cells: ['bo@x.com', 'Legal', 'Bo', 'en'] };
    const preview = readStaffList([header, bad, good], DEPARTMENTS, new Set());
    expect(where(preview.errors)).toEqual(['4 email', '4 department', '4 name', '4 language']);
    expect(preview.people).toEqual([
      { line: 7, email: 'bo@x.com', name: 'Bo', departmentId: 'legal', language: 'en' },
    ]);
  });

  it('counts people already on the list and skips them without checking the rest of their row', () => {
    const preview = read(
      ['Ann@X.com|Sales', 'bo@x.com|Department since renamed', 'cy@x.com|Legal'],
      ['ann@x.com', 'bo@x.com'],
    );
    expect(preview.alreadyListed).toBe(2);
    expect(preview.errors).toEqual([]);
    expect(preview.unknownDepartments).toEqual([]);
    expect(preview.people.map((p) => p.email)).toEqual(['cy@x.com']);
  });

  it('reports a second copy of an already-listed email as a duplicate', () => {
    const preview = read(['ann@x.com|Sales', 'ann@x.com|Sales'], ['ann@x.com']);
    expect(preview.alreadyListed).toBe(1);
    expect(where(preview.errors)).toEqual(['3 email']);
  });

  it('counts new people per department, listing every department in order, empty ones too', () => {
    const preview = read(
      ['a@x.com|Sales', 'b@x.com|市场部', 'c@x.com|sales', 'd@x.com|Nowhere', 'e@x.com|Legal'],
      ['e@x.com'],
    );
    expect(preview.byDepartment).toEqual([
      { departmentId: 'sales', name: 'Sales', count: 2 },
      { departmentId: 'rnd', name: 'Research & Development', count: 0 },
      { departmentId: 'market', name: '市场部', count: 1 },
      { departmentId: 'legal', name: 'Legal', count: 0 },
    ]);
  });

  it('reads a row shorter than the header as having empty cells', () => {
    expect(read(['a@x.com|Sales']).people).toEqual([
      { line: 2, email: 'a@x.com', name: '', departmentId: 'sales', language: 'en' },
    ]);
  });
});
