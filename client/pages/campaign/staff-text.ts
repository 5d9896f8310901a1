// What the staff-list section says, in both languages: the upload, the check before importing, and the
// people on the list (never who answered).

import { joinList, type Language } from '../../../shared/languages';

const people = (n: number) => (n === 1 ? '1 person' : `${n} people`);

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
    `Not a department of this campaign: ${joinList('en', names)}. Fix the spelling, or add the department to the organization first.`,
  problems: (n: number) =>
    `${n === 1 ? '1 problem' : `${n} problems`} to fix in the file. Nothing can be imported until the file has none:`,
  problemLine: (line: number, message: string) => `Line ${line}: ${message}`,
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
  // Keeping and erasing the list
  retention: 'How long the list is kept',
  keptUntilClosed: (days: number) =>
    `Names, email addresses and links on this list are erased ${days} ${days === 1 ? 'day' : 'days'} after the campaign is closed.`,
  erasesOn: (day: string, days: number, closedOn: string) =>
    `This list will be erased on ${day}, ${days} ${days === 1 ? 'day' : 'days'} after the campaign closed on ${closedOn}.`,
  erasedOn: (day: string) =>
    `This list was erased on ${day}: its names, email addresses and links are gone for good.`,
  countsKept:
    'Erasing keeps only what the figures need (how many people each department listed, opened their link and answered), so reports and response rates stay exactly as they were.',
  retentionDays: 'Days kept after closing',
  retentionHint: 'From 0 to 3650; 90 unless you choose otherwise.',
  saveRetention: 'Save',
  retentionSaved: 'Saved.',
  eraseNow: 'Erase the list now',
  eraseLegend: 'Erase the list now',
  eraseWarning: (name: string) =>
    `Erasing cannot be undone: nobody can be reminded or sent a link again, and the links sent stop working. To confirm, type the campaign’s name: ${name}`,
  eraseConfirm: 'Campaign name',
  erase: 'Erase for good',
  erasing: 'Erasing…',
  erased: 'The list has been erased.',
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
      `以下名称不是本次调查的部门：${joinList('zh-cn', names)}。请修改拼写，或先在组织中添加该部门。`,
    problems: (n: number) => `文件中有 ${n} 处问题需要修改。全部改正之前，不会导入任何人：`,
    problemLine: (line: number, message: string) => `第 ${line} 行：${message}`,
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
    retention: '名单保留多久',
    keptUntilClosed: (days: number) => `调查结束 ${days} 天后，名单中的姓名、邮箱地址和链接将被删除。`,
    erasesOn: (day: string, days: number, closedOn: string) =>
      `调查已于 ${closedOn} 结束，这份名单将在 ${days} 天后，即 ${day} 删除。`,
    erasedOn: (day: string) => `这份名单已于 ${day} 删除：其中的姓名、邮箱地址和链接已永久清除。`,
    countsKept:
      '删除时只保留统计所需的数字（各部门名单人数、打开链接人数和作答人数），因此报告和回复率与删除前完全相同。',
    retentionDays: '调查结束后保留天数',
    retentionHint: '可填 0 到 3650；如不修改，默认为 90 天。',
    saveRetention: '保存',
    retentionSaved: '已保存。',
    eraseNow: '立即删除名单',
    eraseLegend: '立即删除名单',
    eraseWarning: (name: string) =>
      `删除后无法恢复：不能再向任何人发送提醒或链接，已发出的链接也将失效。请输入调查名称以确认：${name}`,
    eraseConfirm: '调查名称',
    erase: '永久删除',
    erasing: '正在删除…',
    erased: '名单已删除。',
  },
} satisfies Record<Language, StaffText>;
