// Problems the server reports with a code, worded by the client in the reader's language. What is tested is
// what a reader gets, not the sentences themselves: every code the server can raise has its own words in both
// languages, those words carry the specifics the server sent (a line, a name, a limit), lists read the
// Chinese way in Chinese, and a code this client does not know still shows the server's sentence.

import { describe, expect, it } from 'vitest';
import { errorText, fieldName } from '../../../client/components/error-text';
import { LANGUAGES, type Language } from '../../../shared/languages';
import {
  codesBesideSharedAnswersError,
  staffBesideSharedAnswersError,
} from '../../../server/domain/campaigns/answer-places';
import { checkTemplate, DEFAULT_TEMPLATES } from '../../../server/domain/campaigns/email-template';
import type { DomainError, ProblemParams } from '../../../server/domain/errors';
import { PROBLEM_CODES } from '../../../server/domain/problem-codes';
import { readStaffList } from '../../../server/domain/campaigns/staff-list';

const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const SERVER_ENGLISH = 'This sentence is only the server’s.';

/** Any param a sentence asks for, as a value that reads as a name and as a number. */
const ANY_PARAMS = new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? '7' : undefined) });

/** What the server says about one thing: a coded problem with the values its sentence needs. */
interface Said {
  code: string;
  params: ProblemParams;
}

/** The problems the server's own functions raise, as a client receives them. */
function problemsTheServerRaises(): Said[] {
  const departments = [{ id: 'sales', name: 'Sales' }];
  const records = (header: string[], ...rows: string[][]) => [
    { line: 1, cells: header },
    ...rows.map((cells, i) => ({ line: i + 2, cells })),
  ];
  const head = ['email', 'department', 'name', 'language'];
  const staff = [
    readStaffList([], departments, new Set()),
    readStaffList(records(head), departments, new Set()),
    readStaffList(records(['name']), departments, new Set()),
    readStaffList(records(['email', 'dept', 'E-mail']), departments, new Set()),
    readStaffList(
      records(head, ...Array.from({ length: 10_001 }, () => ['a@x.com'])),
      departments,
      new Set(),
    ),
    readStaffList(
      records(
        head,
        ['', '', 'x'.repeat(121), ''],
        ['ann@x', 'Legal', '', ''],
        [`${'a'.repeat(250)}@x.com`, 'Sales', '', ''],
        ['bo@x.com', 'Sales', '', ''],
        ['BO@x.com', 'Sales', '', 'fr'],
      ),
      departments,
      new Set(),
    ),
  ].flatMap((preview) => preview.errors);
  const { en } = DEFAULT_TEMPLATES.invitation;
  const template = [
    ...checkTemplate({
      en,
      'zh-cn': { subject: '', body: `${'x'.repeat(5000)} {{nmae}} }} [[a [[b]] c]]` },
    }),
    ...checkTemplate({ en, 'zh-cn': { subject: `${'x'.repeat(200)}\n`, body: '{{link}} ]]' } }),
  ];
  const organization = {
    id: 'org-1',
    name: 'Acme',
    createdOn: '2026-03-01',
    departments: [
      { id: 'legal', name: 'Legal', headcount: 2 },
      { id: 'ops', name: 'Ops', headcount: 6 },
    ],
  };
  const grouped = { reportingGroups: [{ id: 'g', name: 'Back office', departmentIds: ['legal', 'ops'] }] };
  const refusals: DomainError[] = [
    staffBesideSharedAnswersError(organization, ['legal', 'ops']),
    codesBesideSharedAnswersError(organization, grouped as never, 'legal'),
  ];
  return [
    ...[...staff, ...template].map((e) => ({ code: e.code, params: e.params ?? {} })),
    ...refusals.map((e) => e.coded),
  ];
}

/** The values a reader must find in the sentence, each as the spellings it may take: every name of a list,
 * every number written plainly or grouped ("5000", "5,000"). */
function specifics(params: ProblemParams, language: Language): string[][] {
  return Object.entries(params)
    .filter(([key]) => !GRAMMATICAL.has(key))
    .flatMap(([, value]) =>
      typeof value === 'number'
        ? [[String(value), value.toLocaleString(language === 'en' ? 'en' : 'zh-CN')]]
        : value.split(', ').map((part) => [part.trim()]),
    );
}

/** Params a sentence uses for its grammar (one department or several), not to be read out. */
const GRAMMATICAL = new Set(['count']);

describe('problems worded by their code', () => {
  it.each(LANGUAGES)('gives every code the server can raise its own words in %s', (language) => {
    for (const code of PROBLEM_CODES) {
      const text = errorText({ code, params: ANY_PARAMS, detail: SERVER_ENGLISH }, language);
      expect(text, code).not.toContain(SERVER_ENGLISH);
      expect(text.trim(), code).not.toBe('');
      if (language === 'zh-cn') expect(text, code).toMatch(CHINESE);
    }
  });

  it('tells the reader, in both languages, the specifics the server sent: lines, names, limits', () => {
    const raised = problemsTheServerRaises();
    expect(new Set(raised.map((s) => s.code)).size).toBeGreaterThan(15);
    let checked = 0;
    for (const language of LANGUAGES) {
      for (const { code, params } of raised) {
        const text = errorText({ code, params, detail: SERVER_ENGLISH }, language);
        for (const spellings of specifics(params, language)) {
          const said = spellings.some((spelling) => text.includes(spelling));
          expect(said, `${code} in ${language} names ${spellings[0]}: ${text}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('lists names with the enumeration comma in Chinese and a comma in English', () => {
    const { coded } = staffBesideSharedAnswersError(
      {
        id: 'org-1',
        name: 'Acme',
        createdOn: '2026-03-01',
        departments: [
          { id: 'legal', name: 'Legal', headcount: 2 },
          { id: 'ops', name: 'Ops', headcount: 6 },
        ],
      },
      ['legal', 'ops'],
    );
    expect(errorText(coded, 'zh-cn')).toContain('Legal、Ops');
    expect(errorText(coded, 'zh-cn')).not.toContain('Legal, Ops');
    expect(errorText(coded, 'en')).toContain('Legal, Ops');
  });

  it('names the field at fault, in the reader’s language, before what is wrong with it', () => {
    const refused = {
      code: 'request.invalid',
      params: {},
      errors: [{ field: 'minGroupSize', message: 'x', code: 'field.too-small', params: { min: 3 } }],
    };
    for (const language of LANGUAGES) {
      const text = errorText(refused, language);
      const name = fieldName('minGroupSize', language);
      expect(text.toLowerCase()).toContain(name.toLowerCase());
      expect(text.indexOf('3')).toBeGreaterThan(text.toLowerCase().indexOf(name.toLowerCase()));
    }
  });

  it.each([
    ['an unknown code', { code: 'staff.something-new', params: {} }],
    ['no code', {}],
    ['a code naming a property every object has', { code: 'constructor', params: {} }],
  ])('shows the server’s sentence, after words in the reader’s language, for %s', (_case, coded) => {
    const text = errorText({ ...coded, detail: SERVER_ENGLISH }, 'zh-cn');
    expect(text).toContain(SERVER_ENGLISH);
    expect(text.replace(SERVER_ENGLISH, '')).toMatch(CHINESE);
  });
});
