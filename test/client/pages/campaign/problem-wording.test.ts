// Problems the server reports with a code, worded on the page in the reader's language: the staff list's
// problems by line, a file it cannot read, and the email-template editor's complaints about its fields.

import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../client/api/client';
import { problemText, requestProblemText } from '../../../../client/components/coded-problem';
import { DISTRIBUTION_TEXT } from '../../../../client/pages/campaign/distribution-text';
import { SENDING_TEXT } from '../../../../client/pages/campaign/sending-text';
import { STAFF_TEXT } from '../../../../client/pages/campaign/staff-text';
import {
  codesBesideSharedAnswersError,
  staffBesideSharedAnswersError,
} from '../../../../server/domain/answer-places';
import { checkTemplate, DEFAULT_TEMPLATES } from '../../../../server/domain/email-template';
import type { ProblemParams } from '../../../../server/domain/errors';
import { readStaffList } from '../../../../server/domain/staff-list';

const staff = (language: 'en' | 'zh-cn', code: string, params: ProblemParams) =>
  problemText(STAFF_TEXT[language].problem, { code, params, message: 'from the server' });
const template = (language: 'en' | 'zh-cn', code: string, params: ProblemParams) =>
  problemText(SENDING_TEXT[language].problem, { code, params, message: 'from the server' });

const HEADINGS = {
  email: 'email, e-mail, email address, 邮箱, 电子邮件, 电子邮箱',
  department: 'department, dept, 部门',
};

describe('the problems of a staff list, by code', () => {
  it.each<[string, ProblemParams, string, string]>([
    [
      'staff.file-empty',
      {},
      'The file is empty: there is nobody in it to invite.',
      '文件是空的，没有可邀请的人员。',
    ],
    [
      'staff.no-people',
      {},
      'There is nobody in the file: it has a header line but no people under it. Add one line per person.',
      '文件里只有标题行，下面没有人员。请每人填写一行。',
    ],
    [
      'staff.too-many-people',
      { rows: 12_345, max: 10_000 },
      'The file lists 12,345 people; at most 10,000 can be imported at once. Split it into smaller files.',
      '文件中共有 12,345 人，一次最多只能导入 10,000 人。请拆分成几个较小的文件。',
    ],
    [
      'staff.duplicate-column',
      { column: 'email', first: 'email', second: '邮箱' },
      'The first line has two email columns ("email" and "邮箱"); keep only one.',
      '第一行中有两列都是“邮箱”（“email”和“邮箱”），请只保留其中一列。',
    ],
    [
      'staff.missing-columns',
      { department: HEADINGS.department },
      'The first line of the file must name its columns, and no department column was found. Name it department (or dept, 部门).',
      '文件第一行必须是列名，但没有找到“部门”列。“部门”列的列名可写作：department、dept、部门。',
    ],
    [
      'staff.missing-columns',
      HEADINGS,
      'The first line of the file must name its columns, and no email or department column was found. Name them email (or e-mail, email address, 邮箱, 电子邮件, 电子邮箱) and department (or dept, 部门).',
      '文件第一行必须是列名，但没有找到“邮箱”和“部门”列。“邮箱”列的列名可写作：email、e-mail、email address、邮箱、电子邮件、电子邮箱；“部门”列的列名可写作：department、dept、部门。',
    ],
    ['staff.email-missing', {}, 'The email address is missing.', '缺少邮箱地址。'],
    [
      'staff.email-too-long',
      { max: 254 },
      'The email address is longer than 254 characters.',
      '邮箱地址超过了 254 个字符。',
    ],
    [
      'staff.email-invalid',
      { email: 'ann@x' },
      '"ann@x" does not look like an email address.',
      '“ann@x”不是有效的邮箱地址。',
    ],
    [
      'staff.email-repeated',
      { firstLine: 2 },
      'This email address is already on line 2 of the file; list each person once.',
      '该邮箱地址已在文件第 2 行出现过，每人只需列一次。',
    ],
    ['staff.department-missing', {}, 'The department is missing.', '缺少部门。'],
    [
      'staff.department-unknown',
      { department: '市场 部' },
      'There is no department called "市场 部". Check the spelling, or add the department to the organization first.',
      '没有名为“市场 部”的部门。请检查名称是否写错，或先在组织中添加该部门。',
    ],
    [
      'staff.name-too-long',
      { max: 120 },
      'The name is longer than 120 characters.',
      '姓名超过了 120 个字符。',
    ],
    [
      'staff.language-unknown',
      { language: 'fr' },
      '"fr" is not a language of the survey. Write en (English) or zh-cn (Simplified Chinese), or leave it empty.',
      '“fr”不是问卷支持的语言。请填写 en（英文）或 zh-cn（简体中文），也可以留空。',
    ],
    [
      'csv.unreadable',
      { line: 3 },
      'Line 3: a double quote (") is never closed, or a quoted cell has text after its closing quote, so the file cannot be read. Inside quotes, write a quote as "".',
      '第 3 行有未成对的英文双引号（"），或引号后面还有多余的文字，因此文件无法读取。单元格中的引号请写成两个（""），改好后重新上传。',
    ],
    [
      'csv.unreadable',
      {},
      'The file could not be read. Save it again as CSV and upload it once more.',
      '文件无法读取。请重新另存为 CSV 格式后再上传。',
    ],
    [
      'csv.too-many-rows',
      { max: 20_000 },
      'The file has more than 20,000 rows; split it into smaller files.',
      '文件超过 20,000 行，请拆分成几个较小的文件。',
    ],
  ])('words %s %j in English and Chinese', (code, params, english, chinese) => {
    expect(staff('en', code, params)).toBe(english);
    expect(staff('zh-cn', code, params)).toBe(chinese);
  });

  it('reads each problem after its line number', () => {
    const said = STAFF_TEXT['zh-cn'].problemLine(4, staff('zh-cn', 'staff.department-missing', {}));
    expect(said).toBe('第 4 行：缺少部门。');
  });

  it('says in English what the server says, for every problem it reports', () => {
    const departments = [{ id: 'sales', name: 'Sales' }];
    const records = (header: string[], ...rows: string[][]) => [
      { line: 1, cells: header },
      ...rows.map((cells, i) => ({ line: i + 2, cells })),
    ];
    const head = ['email', 'department', 'name', 'language'];
    const previews = [
      readStaffList([], departments, new Set()),
      readStaffList(records(head), departments, new Set()),
      readStaffList(records(['name']), departments, new Set()),
      readStaffList(records(['email', 'dept', 'E-mail']), departments, new Set()),
      readStaffList(records(head, ...Array(10_001).fill(['a@x.com'])), departments, new Set()),
      readStaffList(
        records(
          head,
          ['', '', 'x'.repeat(121), ''],
          ['ann@x', 'Legal', '', ''],
          [`${'a'.repeat(250)}@x.com`, 'Sales', '', ''],
          ['bo@x.com', 'Sales', '', ''],
          ['BO@x.com', 'Sales', '', 'fr'],
          ['cy@x.com', 'Sales', '', 'fr'],
        ),
        departments,
        new Set(),
      ),
    ];
    const errors = previews.flatMap((p) => p.errors);
    expect(new Set(errors.map((e) => e.code)).size).toBe(13);
    // The English entry calls the language Simplified Chinese rather than by its own name.
    for (const e of errors.filter((e) => e.code !== 'staff.language-unknown')) {
      expect(problemText(STAFF_TEXT.en.problem, e)).toBe(e.message);
    }
  });
});

describe('the problems of an email template, by code', () => {
  // Each reads on from the field it is shown under: the subject, the message, or a language as a whole.
  it.each<[string, 'subject' | 'body' | 'English', ProblemParams, string, string]>([
    ['template.language-missing', 'English', {}, 'English is missing', 'English：缺少这种语言的邮件内容'],
    ['template.empty', 'subject', {}, 'Subject must not be empty', '主题：不能为空'],
    [
      'template.too-long',
      'subject',
      { max: 200 },
      'Subject must be at most 200 characters',
      '主题：不能超过 200 个字符',
    ],
    [
      'template.multiple-lines',
      'subject',
      {},
      'Subject must fit on one line',
      '主题：只能写在一行内，不能换行',
    ],
    [
      'template.link-missing',
      'body',
      {},
      'Message must contain {{link}}, outside any [[optional section]]',
      '正文：必须包含 {{link}}，而且不能放在 [[可选段落]] 中',
    ],
    [
      'template.unknown-placeholder',
      'body',
      { placeholder: 'nmae' },
      'Message uses an unknown placeholder {{nmae}}; use {{name}}, {{link}}, {{organization}}, {{campaign}}, {{closes}}, {{minutes}}',
      '正文：用了不存在的占位符 {{nmae}}，可用的占位符有：{{name}}、{{link}}、{{organization}}、{{campaign}}、{{closes}}、{{minutes}}',
    ],
    [
      'template.stray-braces',
      'body',
      {},
      'Message has a {{ or }} that is not part of a placeholder',
      '正文：有不属于任何占位符的 {{ 或 }}',
    ],
    [
      'template.nested-sections',
      'body',
      {},
      'Message must not nest [[optional sections]]',
      '正文：[[可选段落]] 不能相互嵌套',
    ],
    [
      'template.unpaired-brackets',
      'body',
      {},
      'Message has a [[ or ]] without its partner',
      '正文：有不成对的 [[ 或 ]]',
    ],
  ])('words %s under the %s in English and Chinese', (code, field, params, english, chinese) => {
    for (const [language, expected] of [
      ['en', english],
      ['zh-cn', chinese],
    ] as const) {
      const text = SENDING_TEXT[language];
      const label = field === 'English' ? field : text[field];
      expect(text.fieldError(label, template(language, code, params))).toBe(expected);
    }
  });

  it('says in English exactly what the server says, for every problem it reports', () => {
    const { en } = DEFAULT_TEMPLATES.invitation;
    const errors = [
      ...checkTemplate({
        en,
        'zh-cn': { subject: '', body: `${'x'.repeat(5000)} {{nmae}} }} [[a [[b]] c]]` },
      }),
      ...checkTemplate({ en, 'zh-cn': { subject: `${'x'.repeat(200)}\n`, body: '{{link}} ]]' } }),
      ...checkTemplate({ en } as never),
    ];
    expect(new Set(errors.map((e) => e.code)).size).toBe(9);
    for (const e of errors) expect(problemText(SENDING_TEXT.en.problem, e)).toBe(e.message);
  });
});

describe('the refusals of codes and lists beside shared-link answers, by code', () => {
  const organization = {
    id: 'org-1',
    name: 'Acme',
    createdOn: '2026-03-01',
    departments: [
      { id: 'legal', name: 'Legal', headcount: 2 },
      { id: 'ops', name: 'Ops', headcount: 6 },
    ],
  };
  const campaign = (grouped: boolean) =>
    ({
      reportingGroups: grouped ? [{ id: 'g', name: 'Back office', departmentIds: ['legal', 'ops'] }] : [],
    }) as never;
  const worded = (wording: Parameters<typeof problemText>[0], error: Error & { coded?: unknown }) =>
    problemText(wording, { message: error.message, ...(error.coded as object) });

  it('says in English exactly what the server says, and words it in Chinese', () => {
    const list = staffBesideSharedAnswersError(organization, ['legal', 'ops']);
    expect(worded(STAFF_TEXT.en.problem, list)).toBe(list.message);
    expect(worded(STAFF_TEXT['zh-cn'].problem, list)).toBe(
      'Legal、Ops已有通过共享链接提交的回答，因此没有导入任何人：凭个人链接作答的人会与任何持有该链接的人都可能写下的回答一起统计，可能被从报告中推算出来。请在任何人通过共享链接作答之前导入员工名单；本次调查中，请继续为Legal、Ops使用共享链接。',
    );
    const one = staffBesideSharedAnswersError(organization, ['legal']);
    expect(worded(STAFF_TEXT.en.problem, one)).toBe(one.message);
    for (const grouped of [false, true]) {
      const codes = codesBesideSharedAnswersError(organization, campaign(grouped), 'legal');
      expect(worded(DISTRIBUTION_TEXT.en.problem, codes)).toBe(codes.message);
    }
    expect(
      worded(
        DISTRIBUTION_TEXT['zh-cn'].problem,
        codesBesideSharedAnswersError(organization, campaign(true), 'legal'),
      ),
    ).toMatch(/^Legal所在的报告组“Back office”已有通过共享链接提交的回答，因此不能再生成访问码/);
  });
});

describe('a problem the page has no words for', () => {
  it.each([
    ['an unknown code', { code: 'staff.something-new', params: {} }],
    ['no code', {}],
    ['a code naming a property every object has', { code: 'constructor', params: {} }],
  ])('shows the server’s sentence for %s', (_case, coded) => {
    const problem = { message: 'The server says so.', ...coded };
    expect(problemText(STAFF_TEXT['zh-cn'].problem, problem)).toBe('The server says so.');
    expect(problemText(SENDING_TEXT['zh-cn'].problem, problem)).toBe('The server says so.');
  });
});

describe('requestProblemText', () => {
  const refused = (errors: { field: string; message: string; code?: string; params?: ProblemParams }[]) =>
    new ApiError({
      type: '/problems/invalid-input',
      title: 'Invalid input',
      status: 422,
      detail: 'Refused.',
      errors,
    });

  it.each([
    ['zh-cn', '第 3 行有未成对的英文双引号（"）'],
    ['en', 'Line 3: a double quote (") is never closed'],
  ] as const)('words a file the server could not read in %s', (language, start) => {
    const error = refused([
      { field: 'csv', message: 'line 3: …', code: 'csv.unreadable', params: { line: 3 } },
    ]);
    expect(requestProblemText(STAFF_TEXT[language].problem, error).startsWith(start)).toBe(true);
  });

  it.each([
    ['a problem without a code', refused([{ field: 'csv', message: 'Required' }])],
    ['a code the page does not know', refused([{ field: 'csv', message: 'x', code: 'csv.new', params: {} }])],
    [
      'several problems',
      refused(
        [1, 2].map((line) => ({ field: 'csv', message: 'x', code: 'csv.unreadable', params: { line } })),
      ),
    ],
    ['no problem listed', refused([])],
  ])('keeps the server’s explanation for %s', (_case, error) => {
    expect(requestProblemText(STAFF_TEXT['zh-cn'].problem, error)).toBe('Refused.');
  });

  it('keeps the message of an error that is not the server’s', () => {
    expect(requestProblemText(STAFF_TEXT['zh-cn'].problem, new Error('offline'))).toBe('offline');
  });
});
