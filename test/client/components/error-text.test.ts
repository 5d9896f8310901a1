// errorText, the one way a failure becomes text: by its code, in the reader's language, with the fields it
// lists named in that language; the server's English only for a code this client does not know.

import { describe, expect, it } from 'vitest';
import { ApiError, type Problem } from '../../../client/api/client';
import { errorText, fieldName } from '../../../client/components/error-text';
import { PROBLEM_TEXT } from '../../../client/components/problem-text';
import { readCsv } from '../../../server/csv/read-csv';
import {
  codesBesideSharedAnswersError,
  staffBesideSharedAnswersError,
} from '../../../server/domain/campaigns/answer-places';
import { checkTemplate, DEFAULT_TEMPLATES } from '../../../server/domain/campaigns/email-template';
import { DomainError, type ProblemParams } from '../../../server/domain/errors';
import { PROBLEM_CODES } from '../../../server/domain/problem-codes';
import { readStaffList } from '../../../server/domain/campaigns/staff-list';
import { toProblem } from '../../../server/http/problem';
import { LANGUAGES } from '../../../shared/languages';

const failed = (problem: Partial<Problem>) =>
  new ApiError({
    type: '/problems/conflict',
    title: 'Conflict',
    status: 409,
    detail: 'The server says so in English.',
    code: 'campaign.closed',
    params: {},
    ...problem,
  } as Problem);

/** Han characters and CJK or full-width punctuation. */
const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

describe('errorText', () => {
  it.each<[string, unknown, string, string]>([
    [
      'a code without params',
      failed({ code: 'campaign.closed' }),
      'The campaign has closed: it can no longer be changed.',
      '本次调查已结束，不能再更改。',
    ],
    [
      'a code with the day it names',
      failed({ code: 'survey.opens-on', params: { day: '2026-03-09' } }),
      'This survey opens on 2026-03-09. Please come back then: your link will work.',
      '本调查将于 2026-03-09 开始，届时请再次打开此链接。',
    ],
    [
      'a request that breaks its shape, its fields named in the reader’s language',
      failed({
        status: 422,
        code: 'request.invalid',
        errors: [
          { field: 'name', message: 'Too big', code: 'field.too-long', params: { max: 120 } },
          {
            field: 'departments.1.headcount',
            message: 'Too small',
            code: 'field.too-small',
            params: { min: 1 },
          },
        ],
      }),
      'Some of what was entered cannot be taken: the name must be at most 120 characters; the headcount of department 2 must be at least 1.',
      '填写的内容有误：名称不能超过 120 个字符；第 2 个部门的人数不能小于 1。',
    ],
    [
      'a field whose code this client does not know, inside a problem it does',
      failed({
        status: 422,
        code: 'campaign.settings-invalid',
        errors: [{ field: 'closesAt', message: 'must be on a weekday', code: 'settings.weekday' as never }],
      }),
      'The settings were not saved: the closing date must be on a weekday.',
      '设置未保存：截止日期must be on a weekday。',
    ],
    [
      'departments named alike, by the pair, not by the fields listed',
      failed({
        status: 422,
        code: 'organization.department-look-alike',
        params: { first: 'Sales', second: 'Ｓａｌｅｓ' },
        errors: [
          {
            field: 'departments.1.name',
            message: 'reads as the same name as department 1, "Sales"',
            code: 'organization.department-look-alike',
          },
        ],
      }),
      '"Sales" and "Ｓａｌｅｓ" would read as the same department: names that differ only in letter case, spacing, full-width letters or invisible characters count as one. Give each department a name of its own.',
      '“Sales”和“Ｓａｌｅｓ”会被视为同一个部门：只在大小写、空格、全角字母或不可见字符上不同的名称算作同一个名称。请为每个部门取不同的名称。',
    ],
    [
      'a write refused as cross-site',
      failed({
        status: 403,
        code: 'csrf.origin-mismatch',
        params: { expected: 'http://localhost:3000', received: 'http://127.0.0.1:3000' },
      }),
      "The server refused this change: it came from http://127.0.0.1:3000, but changes are accepted only from the server's own pages at http://localhost:3000. Open Groundwork at http://localhost:3000 (to a browser, localhost and 127.0.0.1 are different sites), or have the proxy in front of it pass on the address the browser used.",
      '服务器拒绝了此项更改：请求来自 http://127.0.0.1:3000，而服务器只接受来自其自身页面（http://localhost:3000）的更改。请通过 http://localhost:3000 打开 Groundwork（对浏览器而言，localhost 和 127.0.0.1 是不同的网站），或让前置代理转发浏览器所用的地址。',
    ],
    [
      'a server that could not be reached (coded by the client)',
      failed({ status: 0, code: 'network.unreachable' }),
      'The server could not be reached. Check the connection and try again.',
      '无法连接到服务器。请检查网络连接后重试。',
    ],
    [
      'a proxy’s error page (coded by the client with its status)',
      failed({ status: 502, code: 'server.status', params: { status: 502 } }),
      'The server could not answer (status 502). Try again in a moment.',
      '服务器暂时无法应答（状态码 502），请稍后再试。',
    ],
    [
      'a line of a staff list, as the preview carries it',
      {
        line: 4,
        message: '"ann@x" does not look like an email address.',
        code: 'staff.email-invalid',
        params: { email: 'ann@x' },
      },
      '"ann@x" does not look like an email address.',
      '“ann@x”不是有效的邮箱地址。',
    ],
    [
      'a code this client does not know (a newer server)',
      failed({ code: 'campaign.something-new' as never }),
      'The request failed, for a reason this page cannot put in your language: The server says so in English.',
      '请求失败，原因无法以中文显示。服务器的英文说明：The server says so in English.',
    ],
    [
      'a code naming a property every object has',
      failed({ code: 'constructor' as never }),
      'The request failed, for a reason this page cannot put in your language: The server says so in English.',
      '请求失败，原因无法以中文显示。服务器的英文说明：The server says so in English.',
    ],
    [
      'a failure of the page itself',
      new TypeError('model.data is undefined'),
      'The request failed, for a reason this page cannot put in your language: model.data is undefined',
      '请求失败，原因无法以中文显示。服务器的英文说明：model.data is undefined',
    ],
    [
      'something thrown that is no error at all',
      'oops',
      'Something went wrong on this page. Reload it and try again.',
      '页面出错了。请刷新后重试。',
    ],
    [
      'a sentence the page has already worded',
      { code: 'staff.nobody-new' },
      'Everyone in this file is already on the list: there is nobody new to import.',
      '文件中的人都已在名单中，没有需要导入的新人员。',
    ],
  ])('words %s in English and Chinese', (_case, error, english, chinese) => {
    expect(errorText(error, 'en')).toBe(english);
    expect(errorText(error, 'zh-cn')).toBe(chinese);
  });

  it('words what the server funnel answers, as the client receives it', () => {
    const problem = toProblem(new Error('a bug'));
    expect(errorText(failed(problem), 'en')).toBe(
      'Something went wrong on the server. Nothing was changed. Try again; if it keeps happening, tell whoever runs Groundwork.',
    );
    expect(errorText(failed(problem), 'zh-cn')).toMatch(/^服务器出错了/);
  });
});

describe('every code', () => {
  it.each([...PROBLEM_CODES])('%s has a sentence in each language, Chinese in Chinese', (code) => {
    for (const language of LANGUAGES) {
      const text = PROBLEM_TEXT[language][code]({}, ['x']);
      expect(text.trim()).not.toBe('');
      if (language === 'zh-cn') expect(text).toMatch(CHINESE);
      else expect(text).not.toMatch(CHINESE);
    }
  });
});

describe('what the server raises, worded with the values it names', () => {
  const departments = [{ id: 'sales', name: 'Sales' }];
  const rows = (...cells: string[][]) => cells.map((c, i) => ({ line: i + 1, cells: c }));
  /** Values a sentence shows as they are; codes' own tokens (reasons, statuses, column keys) are worded. */
  const SHOWN = ['email', 'department', 'language', 'firstLine', 'first', 'second', 'placeholder', 'line'];

  const raised: { what: string; code: string; params: ProblemParams }[] = [
    ...readStaffList(
      rows(
        ['email', 'department', 'name', 'language'],
        ['', 'Sales', '', ''],
        ['not-an-address', 'Sales', '', ''],
        ['ann@x.com', '', '', ''],
        ['bo@x.com', 'Legal', '', ''],
        ['cy@x.com', 'Sales', 'x'.repeat(121), ''],
        ['cy@x.com', 'Sales', '', 'fr'],
        [`${'a'.repeat(250)}@x.com`, 'Sales', '', ''],
      ),
      departments,
      new Set(),
    ).errors.map((e) => ({ what: `line ${e.line}`, code: e.code, params: e.params })),
    ...readStaffList(rows(['email', 'email', 'department']), departments, new Set()).errors.map((e) => ({
      what: 'a header',
      code: e.code,
      params: e.params,
    })),
    ...checkTemplate({
      en: DEFAULT_TEMPLATES.invitation.en,
      'zh-cn': { subject: '', body: `${'x'.repeat(5000)} {{nmae}} }} [[a [[b]] c]]` },
    }).map((e) => ({ what: e.field, code: e.code, params: e.params })),
    ...[
      () => readCsv('email,name\na@x.com,"Ann\n'),
      () =>
        staffBesideSharedAnswersError(
          {
            id: 'o',
            name: 'Acme',
            createdOn: '2026-03-01',
            departments: [{ id: 'legal', name: 'Legal', headcount: 2 }],
          },
          ['legal'],
        ),
      () =>
        codesBesideSharedAnswersError(
          {
            id: 'o',
            name: 'Acme',
            createdOn: '2026-03-01',
            departments: [{ id: 'legal', name: 'Legal', headcount: 2 }],
          },
          { reportingGroups: [] } as never,
          'legal',
        ),
    ].map((raise) => {
      let error: unknown;
      try {
        throw raise();
      } catch (e) {
        error = e;
      }
      const { code, params } = (error as DomainError).coded;
      return { what: code, code, params };
    }),
  ];

  it('meets a dozen and more different codes', () => {
    expect(new Set(raised.map((r) => r.code)).size).toBeGreaterThan(15);
  });

  it.each(raised)('words $code ($what) in both languages with the values it names', ({ code, params }) => {
    for (const language of LANGUAGES) {
      const text = errorText({ code, params, message: 'The server’s English.' }, language);
      expect(text).not.toContain('The server’s English.');
      for (const key of SHOWN.filter((k) => params[k] !== undefined))
        expect(text).toContain(String(params[key]));
    }
  });
});

describe('fieldName', () => {
  it.each([
    ['name', 'the name', '名称'],
    ['departments.0.name', 'the name of department 1', '第 1 个部门的名称'],
    ['departments.2.headcount', 'the headcount of department 3', '第 3 个部门的人数'],
    ['emailTemplates.reminder.zh-cn.subject', 'the reminder subject in Chinese', '中文提醒邮件的主题'],
    ['answers.pay_fair', 'the answer to pay_fair', '问题 pay_fair 的回答'],
    ['languages.0', 'the languages', '语言'],
    ['somethingNew', 'somethingNew', 'somethingNew'],
  ])('calls %s "%s" and “%s”', (field, english, chinese) => {
    expect(fieldName(field, 'en')).toBe(english);
    expect(fieldName(field, 'zh-cn')).toBe(chinese);
  });
});
