// What the staff-list section says, in both languages: the upload, the check before importing, and the
// people on the list (never who answered).

import type { Language } from '../../components/language-switch';
import type { ProblemParams } from '../../../server/domain/errors';
import type { PlacesProblemCode } from '../../../server/domain/answer-places';
import type { CsvProblemCode, StaffProblemCode } from '../../../server/domain/staff-list';

const people = (n: number) => (n === 1 ? '1 person' : `${n} people`);

type Params = Readonly<ProblemParams>;
/** The wording of every problem a staff list can have, by the server's code (see coded-problem.ts). */
type ProblemWording = Record<
  StaffProblemCode | CsvProblemCode | Extract<PlacesProblemCode, `staff.${string}`>,
  (p: Params) => string
>;

const count = (value: string | number | undefined, locale: string) =>
  typeof value === 'number' ? value.toLocaleString(locale) : String(value);
/** The required columns a header lacks; the server names each with the headings it accepts for it. */
const missingColumns = (p: Params) => (['email', 'department'] as const).filter((c) => p[c] !== undefined);
const headings = (p: Params, column: string) => String(p[column]).split(', ');
const ZH_COLUMNS: Readonly<Record<string, string>> = {
  email: '邮箱',
  department: '部门',
  name: '姓名',
  language: '语言',
};

const EN_PROBLEMS: ProblemWording = {
  'staff.file-empty': () => 'The file is empty: there is nobody in it to invite.',
  'staff.no-people': () =>
    'There is nobody in the file: it has a header line but no people under it. Add one line per person.',
  'staff.too-many-people': (p) =>
    `The file lists ${count(p.rows, 'en')} people; at most ${count(p.max, 'en')} can be imported at once. Split it into smaller files.`,
  'staff.duplicate-column': (p) =>
    `The first line has two ${p.column} columns ("${p.first}" and "${p.second}"); keep only one.`,
  'staff.missing-columns': (p) => {
    const columns = missingColumns(p);
    const advice = columns.map((c) => `${c} (or ${headings(p, c).slice(1).join(', ')})`).join(' and ');
    return `The first line of the file must name its columns, and no ${columns.join(' or ')} column was found. Name ${columns.length === 1 ? 'it' : 'them'} ${advice}.`;
  },
  'staff.email-missing': () => 'The email address is missing.',
  'staff.email-too-long': (p) => `The email address is longer than ${p.max} characters.`,
  'staff.email-invalid': (p) => `"${p.email}" does not look like an email address.`,
  'staff.email-repeated': (p) =>
    `This email address is already on line ${p.firstLine} of the file; list each person once.`,
  'staff.department-missing': () => 'The department is missing.',
  'staff.department-unknown': (p) =>
    `There is no department called "${p.department}". Check the spelling, or add the department to the organization first.`,
  'staff.name-too-long': (p) => `The name is longer than ${p.max} characters.`,
  'staff.language-unknown': (p) =>
    `"${p.language}" is not a language of the survey. Write en (English) or zh-cn (Simplified Chinese), or leave it empty.`,
  'csv.unreadable': (p) =>
    p.line === undefined
      ? 'The file could not be read. Save it again as CSV and upload it once more.'
      : `Line ${p.line}: a double quote (") is never closed, or a quoted cell has text after its closing quote, so the file cannot be read. Inside quotes, write a quote as "".`,
  'csv.too-many-rows': (p) =>
    `The file has more than ${count(p.max, 'en')} rows; split it into smaller files.`,
  'staff.shared-link-answers': (p) =>
    `${p.departments} already ${p.count === 1 ? 'holds' : 'hold'} answers through a shared link, so nobody was imported: a person answering with their personal link would be reported beside answers that anyone holding the link could have written, and could be worked out from the report. Import the staff list before any answer comes through a shared link; in this campaign, keep using shared links for ${p.departments}.`,
};

const ZH_PROBLEMS: ProblemWording = {
  'staff.file-empty': () => '文件是空的，没有可邀请的人员。',
  'staff.no-people': () => '文件里只有标题行，下面没有人员。请每人填写一行。',
  'staff.too-many-people': (p) =>
    `文件中共有 ${count(p.rows, 'zh-CN')} 人，一次最多只能导入 ${count(p.max, 'zh-CN')} 人。请拆分成几个较小的文件。`,
  'staff.duplicate-column': (p) =>
    `第一行中有两列都是“${ZH_COLUMNS[String(p.column)] ?? p.column}”（“${p.first}”和“${p.second}”），请只保留其中一列。`,
  'staff.missing-columns': (p) => {
    const columns = missingColumns(p);
    const names = columns.map((c) => `“${ZH_COLUMNS[c]}”`).join('和');
    const advice = columns.map((c) => `“${ZH_COLUMNS[c]}”列的列名可写作：${headings(p, c).join('、')}`);
    return `文件第一行必须是列名，但没有找到${names}列。${advice.join('；')}。`;
  },
  'staff.email-missing': () => '缺少邮箱地址。',
  'staff.email-too-long': (p) => `邮箱地址超过了 ${p.max} 个字符。`,
  'staff.email-invalid': (p) => `“${p.email}”不是有效的邮箱地址。`,
  'staff.email-repeated': (p) => `该邮箱地址已在文件第 ${p.firstLine} 行出现过，每人只需列一次。`,
  'staff.department-missing': () => '缺少部门。',
  'staff.department-unknown': (p) =>
    `没有名为“${p.department}”的部门。请检查名称是否写错，或先在组织中添加该部门。`,
  'staff.name-too-long': (p) => `姓名超过了 ${p.max} 个字符。`,
  'staff.language-unknown': (p) =>
    `“${p.language}”不是问卷支持的语言。请填写 en（英文）或 zh-cn（简体中文），也可以留空。`,
  'csv.unreadable': (p) =>
    p.line === undefined
      ? '文件无法读取。请重新另存为 CSV 格式后再上传。'
      : `第 ${p.line} 行有未成对的英文双引号（"），或引号后面还有多余的文字，因此文件无法读取。单元格中的引号请写成两个（""），改好后重新上传。`,
  'csv.too-many-rows': (p) => `文件超过 ${count(p.max, 'zh-CN')} 行，请拆分成几个较小的文件。`,
  'staff.shared-link-answers': (p) =>
    `${String(p.departments).split(', ').join('、')}已有通过共享链接提交的回答，因此没有导入任何人：凭个人链接作答的人会与任何持有该链接的人都可能写下的回答一起统计，可能被从报告中推算出来。请在任何人通过共享链接作答之前导入员工名单；本次调查中，请继续为${String(p.departments).split(', ').join('、')}使用共享链接。`,
};

const EN = {
  heading: 'Staff list',
  listed: (n: number) =>
    n === 0 ? 'Nobody is on the list yet.' : `${people(n)} ${n === 1 ? 'is' : 'are'} on the list.`,
  format:
    'Upload a CSV file, one line per person, whose first line names the columns: email and department, and optionally name and language (en or zh-cn; left empty, the campaign’s first language is used). Columns may be separated by commas or semicolons, and named in English or Chinese. Department names must match the organization’s departments.',
  file: 'CSV file',
  fileRead: (fileName: string) => `${fileName} is loaded below. Check it before importing.`,
  fileUnreadable: 'The file could not be read. Save it again as CSV and choose it once more.',
  paste: 'Or paste the list here',
  check: 'Check the list',
  checking: 'Checking…',
  preview: 'What the import would add',
  department: 'Department',
  newPeople: 'New people',
  total: 'Total',
  alreadyListed: (n: number) =>
    `${people(n)} in the file ${n === 1 ? 'is' : 'are'} already on the list and will be left as they are.`,
  unknownDepartments: (names: readonly string[]) =>
    `Not a department of this campaign: ${names.join(', ')}. Fix the spelling, or add the department to the organization first.`,
  problems: (n: number) =>
    `${n === 1 ? '1 problem' : `${n} problems`} to fix in the file. Nothing can be imported until the file has none:`,
  problemLine: (line: number, message: string) => `Line ${line}: ${message}`,
  /** A problem of the file or of one line, worded from the server's code. */
  problem: EN_PROBLEMS,
  nothingNew: 'Everyone in this file is already on the list: there is nobody new to import.',
  import: (n: number) => `Import ${people(n)}`,
  importing: 'Importing…',
  imported: (added: number) => `Added ${people(added)} to the list.`,
  people: 'People on the list',
  email: 'Email address',
  name: 'Name',
  language: 'Language',
  sentOn: 'Link sent on',
  deliveryProblem: 'Delivery problem',
  notSent: 'Not yet',
  remove: 'Remove',
  removeFor: (email: string) => ` ${email}`,
  removeConfirm: (email: string) =>
    `Take ${email} off the list? Any link they were sent stops working. To correct an address, remove it and import the right one.`,
  languageNames: { en: 'English', 'zh-cn': 'Chinese' } as Record<Language, string>,
  removedDepartment: 'a removed department',
  showAll: (n: number) => `Show all ${n}`,
  problemsFirst: 'People whose email could not be delivered are listed first.',
  anonymity:
    'Who has answered is never shown, here or anywhere else: watched over time, it would tell whose answers had just arrived in the report.',
};

export type StaffText = typeof EN;

export const STAFF_TEXT = {
  en: EN,
  'zh-cn': {
    heading: '员工名单',
    listed: (n: number) => (n === 0 ? '名单中还没有人。' : `名单中共有 ${n} 人。`),
    format:
      '请上传 CSV 文件，每人一行，第一行为列名：必须有“邮箱”和“部门”两列，可选“姓名”和“语言”列（填 en 或 zh-cn；留空则使用本次调查的默认语言）。列之间可用英文逗号或分号分隔，列名可用中文或英文。部门名称须与组织中的部门名称一致。',
    file: 'CSV 文件',
    fileRead: (fileName: string) => `已将 ${fileName} 的内容载入下方，请先检查再导入。`,
    fileUnreadable: '无法读取该文件。请重新另存为 CSV 格式后再选择。',
    paste: '或者直接粘贴名单',
    check: '检查名单',
    checking: '正在检查…',
    preview: '导入后将新增',
    department: '部门',
    newPeople: '新增人数',
    total: '合计',
    alreadyListed: (n: number) => `文件中有 ${n} 人已在名单中，将保持不变。`,
    unknownDepartments: (names: readonly string[]) =>
      `以下名称不是本次调查的部门：${names.join('、')}。请修改拼写，或先在组织中添加该部门。`,
    problems: (n: number) => `文件中有 ${n} 处问题需要修改。全部改正之前，不会导入任何人：`,
    problemLine: (line: number, message: string) => `第 ${line} 行：${message}`,
    problem: ZH_PROBLEMS,
    nothingNew: '文件中的人都已在名单中，没有需要导入的新人员。',
    import: (n: number) => `导入 ${n} 人`,
    importing: '正在导入…',
    imported: (added: number) => `已将 ${added} 人加入名单。`,
    people: '名单中的人员',
    email: '邮箱地址',
    name: '姓名',
    language: '语言',
    sentOn: '链接发送日期',
    deliveryProblem: '投递问题',
    notSent: '尚未发送',
    remove: '移除',
    removeFor: (email: string) => `（${email}）`,
    removeConfirm: (email: string) =>
      `确定将 ${email} 从名单中移除吗？已发给此人的链接将全部失效。如需更正邮箱，请先移除，再导入正确的地址。`,
    languageNames: { en: '英文', 'zh-cn': '中文' },
    removedDepartment: '已删除的部门',
    showAll: (n: number) => `显示全部 ${n} 人`,
    problemsFirst: '邮件投递失败的人员排在最前面。',
    anonymity: '系统在任何地方都不会显示谁已作答：如果能持续看到，就能推断出报告中新增的回答来自谁。',
  },
} satisfies Record<Language, StaffText>;
