// The action plan as rows for the tools people carry it out in: Jira's CSV importer, a task workbook
// (Teambition, Feishu) and a calendar of due dates. Everything a reader sees in those files is decided here,
// in both languages; the writers in server/plan-export/ only lay the rows out in each format.

import { joinList, type Language, type LocalText } from '../../../shared/languages';
import { DomainError } from '../errors';
import type { ActionStatus, PlanAction } from './action-plan';

export const EXPORT_FORMATS = ['jira-csv', 'xlsx', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The query names the product's own language ids; a short `zh` is taken for Chinese too. */
const LANGUAGE_OF = new Map<string, Language>([
  ['en', 'en'],
  ['zh-cn', 'zh-cn'],
  ['zh', 'zh-cn'],
]);

/** A format or language the export does not know: a malformed request (400), not a field to correct. */
export class ExportChoiceError extends DomainError {
  readonly status = 400;
  readonly type = 'export-choice';
}

/** The format and language asked for, English unless a language is named; throws ExportChoiceError. */
export function exportChoice(
  format: string,
  lang: string | undefined,
): { format: ExportFormat; language: Language } {
  const language = LANGUAGE_OF.get(lang ?? 'en');
  if (!(EXPORT_FORMATS as readonly string[]).includes(format) || !language) {
    throw new ExportChoiceError(`Ask for format ${EXPORT_FORMATS.join(', ')} and lang en or zh-cn (zh).`, {
      code: 'request.malformed',
      params: {},
    });
  }
  return { format: format as ExportFormat, language };
}

/** What the rows need besides the actions: names for the ids the actions hold, and the day of the export. */
export interface PlanNames {
  /** Accounts that own actions: a person with an account is named and mailed as the account is. */
  accounts: ReadonlyMap<string, { name: string; email: string }>;
  campaigns: ReadonlyMap<string, string>;
  departments: ReadonlyMap<string, string>;
  recommendations: ReadonlyMap<string, LocalText>;
  /** YYYY-MM-DD: what "overdue" is measured against. */
  today: string;
}

/** One action as every format shows it, worded in one language. */
export interface PlanRow {
  id: string;
  title: string;
  /** Empty while nobody is assigned, or when the owner's account no longer exists. */
  ownerName: string;
  ownerEmail: string;
  due: string | null;
  status: ActionStatus;
  statusText: string;
  note: string;
  /** Where it came from: the campaign and the recommendation, or that it is a free action. */
  origin: string;
  /** The departments' names, or the whole organization's when it concerns no department in particular. */
  departments: string;
  recommendationId: string | null;
  /** ISO timestamp of the last change, so a calendar re-import replaces the older copy. */
  updatedOn: string;
}

export const STATUS_WORDS: Record<Language, Record<ActionStatus, string>> = {
  en: { planned: 'Planned', 'in-progress': 'In progress', done: 'Done', dropped: 'Dropped' },
  'zh-cn': { planned: '计划中', 'in-progress': '进行中', done: '已完成', dropped: '已放弃' },
};

const WORDS = {
  en: {
    free: 'Free action',
    wholeOrganization: 'Whole organization',
    campaign: (name: string) => `Campaign: ${name}`,
    recommendation: (title: string) => `Recommendation: ${title}`,
    from: 'From',
    departments: 'Departments',
    owner: 'Owner',
    status: 'Status',
    note: 'Note',
    unassigned: 'Not assigned',
  },
  'zh-cn': {
    free: '自定行动',
    wholeOrganization: '全组织',
    campaign: (name: string) => `调查活动：${name}`,
    recommendation: (title: string) => `建议：${title}`,
    from: '来源',
    departments: '部门',
    owner: '负责人',
    status: '状态',
    note: '备注',
    unassigned: '未指定',
  },
} satisfies Record<Language, unknown>;

/** The actions as rows in `language`, in the plan's order. */
export function planRows(actions: readonly PlanAction[], names: PlanNames, language: Language): PlanRow[] {
  const words = WORDS[language];
  return actions.map((action) => {
    const owner =
      action.owner === null
        ? undefined
        : 'email' in action.owner
          ? action.owner
          : names.accounts.get(action.owner.accountId);
    const campaign = action.campaignId === null ? undefined : names.campaigns.get(action.campaignId);
    const recommendation =
      action.recommendationId === null ? undefined : names.recommendations.get(action.recommendationId);
    const origin = [
      ...(campaign === undefined ? [] : [words.campaign(campaign)]),
      recommendation === undefined
        ? action.recommendationId === null
          ? words.free
          : words.recommendation(action.recommendationId)
        : words.recommendation(recommendation[language]),
    ];
    const departments = action.departmentIds.map((id) => names.departments.get(id) ?? id);
    return {
      id: action.id,
      title: action.title,
      ownerName: owner?.name ?? '',
      ownerEmail: owner?.email ?? '',
      due: action.due,
      status: action.status,
      statusText: STATUS_WORDS[language][action.status],
      note: action.note,
      origin: origin.join(language === 'zh-cn' ? '；' : '; '),
      departments: departments.length === 0 ? words.wholeOrganization : joinList(language, departments),
      recommendationId: action.recommendationId,
      updatedOn: action.updatedOn,
    };
  });
}

// Jira's CSV importer maps columns by these names without being told (Labels once per label: the importer
// takes each further column of that name as one more label, and would split a label holding a space).
export const JIRA_COLUMNS = [
  'Summary',
  'Description',
  'Assignee',
  'Due date',
  'Labels',
  'Labels',
  'Priority',
  'Status',
] as const;

/** The date format to give Jira's importer: Java's pattern for the ISO days the CSV holds. */
export const JIRA_DATE_FORMAT = 'yyyy-MM-dd';

/** Jira's default workflow's names; the importer asks to map each value to a status of the project. */
export const JIRA_STATUS: Record<ActionStatus, string> = {
  planned: 'To Do',
  'in-progress': 'In Progress',
  done: 'Done',
  dropped: "Won't Do",
};

export type JiraPriority = 'Highest' | 'High' | 'Medium' | 'Low';

/** Days an open action may be from its due date and still count as pressing. */
export const DUE_SOON_DAYS = 14;

/** Whole days from `from` to `to`, both YYYY-MM-DD; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const day = (d: string) =>
    Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((day(to) - day(from)) / 86_400_000);
}

/**
 * Jira's priority from how pressing the action is on the day of the export, the one thing the plan knows
 * that a priority says: overdue is Highest, due within two weeks High, later or undated Medium, and finished
 * (done or dropped) Low, so an imported backlog sorts what needs doing first.
 * @example jiraPriority({ status: 'planned', due: '2026-03-01' }, '2026-03-02') // 'Highest'
 */
export function jiraPriority(row: Pick<PlanRow, 'status' | 'due'>, today: string): JiraPriority {
  if (row.status === 'done' || row.status === 'dropped') return 'Low';
  if (row.due === null) return 'Medium';
  const days = daysBetween(today, row.due);
  if (days < 0) return 'Highest';
  return days <= DUE_SOON_DAYS ? 'High' : 'Medium';
}

/** A label as Jira keeps it: no spaces (the importer would split there), lower case. */
export function jiraLabel(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, '-');
}

/** The note first, then where the action came from and whom it concerns, a paragraph each. */
export function jiraDescription(row: PlanRow, language: Language): string {
  const words = WORDS[language];
  const colon = language === 'zh-cn' ? '：' : ': ';
  return [
    ...(row.note.trim() === '' ? [] : [row.note.trim()]),
    `${words.from}${colon}${row.origin}`,
    `${words.departments}${colon}${row.departments}`,
  ].join('\n\n');
}

/** One line of the Jira CSV, in JIRA_COLUMNS' order. */
export function jiraCells(row: PlanRow, language: Language, today: string): string[] {
  return [
    row.title,
    jiraDescription(row, language),
    row.ownerEmail,
    row.due ?? '',
    'groundwork',
    row.recommendationId === null ? '' : jiraLabel(row.recommendationId),
    jiraPriority(row, today),
    JIRA_STATUS[row.status],
  ];
}

export const TASK_COLUMNS = [
  'title',
  'description',
  'owner',
  'ownerEmail',
  'due',
  'status',
  'note',
  'departments',
] as const;
export type TaskColumn = (typeof TASK_COLUMNS)[number];

/** The workbook's headers: the words task-import templates (Teambition, Feishu) use for these columns. */
export const TASK_HEADERS: Record<Language, Record<TaskColumn, string>> = {
  en: {
    title: 'Title',
    description: 'Description',
    owner: 'Owner',
    ownerEmail: 'Owner email',
    due: 'Due date',
    status: 'Status',
    note: 'Note',
    departments: 'Departments',
  },
  'zh-cn': {
    title: '任务标题',
    description: '任务描述',
    owner: '负责人',
    ownerEmail: '负责人邮箱',
    due: '截止日期',
    status: '状态',
    note: '备注',
    departments: '部门',
  },
};

/** A task's cells by column: text, except the due date, which stays a day for the writer to make a date. */
export function taskCells(row: PlanRow): Record<TaskColumn, string | null> {
  return {
    title: row.title,
    description: row.origin,
    owner: row.ownerName,
    ownerEmail: row.ownerEmail,
    due: row.due,
    status: row.statusText,
    note: row.note,
    departments: row.departments,
  };
}

/** A calendar entry for one dated action: a whole day, with an id that stays the action's. */
export interface DueEvent {
  uid: string;
  day: string;
  summary: string;
  description: string;
  /** CANCELLED for a dropped action, so a calendar that imported it before strikes it out. */
  status: 'CONFIRMED' | 'CANCELLED';
  /** Seconds from 2020 to the action's last change: calendars replace an entry by a higher SEQUENCE. */
  sequence: number;
}

const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

/**
 * The calendar's entries: one per dated action (undated ones cannot be placed, and are counted instead),
 * each with a UID made of the action's id, so importing the file again updates the entries it made.
 */
export function dueEvents(
  rows: readonly PlanRow[],
  language: Language,
): { events: DueEvent[]; undated: number } {
  const words = WORDS[language];
  const colon = language === 'zh-cn' ? '：' : ': ';
  const events = rows.flatMap((row): DueEvent[] =>
    row.due === null
      ? []
      : [
          {
            uid: `${row.id}@groundwork.action-plan`,
            day: row.due,
            summary: row.title,
            description: [
              `${words.owner}${colon}${row.ownerName === '' ? words.unassigned : ownerLine(row)}`,
              `${words.status}${colon}${row.statusText}`,
              ...(row.note.trim() === '' ? [] : [`${words.note}${colon}${row.note.trim()}`]),
            ].join('\n'),
            status: row.status === 'dropped' ? 'CANCELLED' : 'CONFIRMED',
            sequence: Math.max(0, Math.floor((Date.parse(row.updatedOn) - SEQUENCE_EPOCH) / 1000)),
          },
        ],
  );
  return { events, undated: rows.length - events.length };
}

const ownerLine = (row: PlanRow) =>
  row.ownerEmail === '' ? row.ownerName : `${row.ownerName} <${row.ownerEmail}>`;

const EXTENSIONS: Record<ExportFormat, string> = { 'jira-csv': 'csv', xlsx: 'xlsx', ics: 'ics' };

/**
 * The download's name: the organization and the day. `ascii` for the plain filename parameter (letters and
 * digits of the name, else "organization"), `full` keeping the name as written for filename*.
 */
export function exportFileName(
  organization: string,
  today: string,
  format: ExportFormat,
): { ascii: string; full: string } {
  const tail = `${today}.${EXTENSIONS[format]}`;
  const slug = organization
    .normalize('NFKD')
    // Accents come apart from their letters under NFKD: dropped, "Ärger" reads "arger".
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  const safe = organization.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '');
  return {
    ascii: `action-plan-${slug === '' ? 'organization' : slug}-${tail}`,
    full: `action-plan-${safe === '' ? 'organization' : safe}-${tail}`,
  };
}
