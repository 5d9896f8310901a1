import { describe, expect, it } from 'vitest';
import type { PlanAction } from '../../../../server/domain/decisions/action-plan';
import {
  DUE_SOON_DAYS,
  EXPORT_FORMATS,
  ExportChoiceError,
  JIRA_COLUMNS,
  JIRA_DATE_FORMAT,
  JIRA_STATUS,
  STATUS_WORDS,
  TASK_COLUMNS,
  TASK_HEADERS,
  daysBetween,
  dueEvents,
  exportChoice,
  exportFileName,
  jiraCells,
  jiraDescription,
  jiraLabel,
  jiraPriority,
  planRows,
  taskCells,
  type PlanNames,
  type PlanRow,
} from '../../../../server/domain/decisions/action-plan-rows';
import { localText } from '../../../../shared/languages';

const action = (overrides: Partial<PlanAction> = {}): PlanAction => ({
  id: 'a1',
  organizationId: 'org',
  campaignId: null,
  recommendationId: null,
  title: 'Run a pilot',
  owner: null,
  due: null,
  status: 'planned',
  note: '',
  departmentIds: [],
  comments: [],
  createdOn: '2026-03-01T09:00:00.000Z',
  updatedOn: '2026-03-01T09:00:00.000Z',
  ...overrides,
});

const NAMES: PlanNames = {
  accounts: new Map([['acc-1', { name: 'Li Lei', email: 'li@example.com' }]]),
  campaigns: new Map([['camp-1', 'Baseline']]),
  departments: new Map([
    ['sales', 'Sales'],
    ['ops', 'Operations'],
  ]),
  recommendations: new Map([['mvp-pilot', localText('Pilot for a quarter', '先试点一个季度')]]),
  today: '2026-03-02',
};

const row = (overrides: Partial<PlanRow> = {}): PlanRow => ({
  ...planRows([action()], NAMES, 'en')[0]!,
  ...overrides,
});

describe('exportChoice', () => {
  it.each([
    ['jira-csv', undefined, 'jira-csv', 'en'],
    ['xlsx', 'en', 'xlsx', 'en'],
    ['ics', 'zh-cn', 'ics', 'zh-cn'],
    ['xlsx', 'zh', 'xlsx', 'zh-cn'],
  ] as const)('reads format %s and lang %s as %s in %s', (format, lang, expected, language) => {
    expect(exportChoice(format, lang)).toEqual({ format: expected, language });
  });

  it.each([
    ['pdf', 'en'],
    ['', 'en'],
    ['XLSX', 'en'],
    ['xlsx', 'fr'],
    ['xlsx', ''],
    ['ics', 'ZH'],
    ['toString', 'en'],
    ['xlsx', 'toString'],
  ])('refuses format %j with lang %j as a malformed request', (format, lang) => {
    let caught: unknown;
    try {
      exportChoice(format, lang);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ExportChoiceError);
    const error = caught as ExportChoiceError;
    expect([error.status, error.type, error.coded]).toEqual([
      400,
      'export-choice',
      { code: 'request.malformed', params: {} },
    ]);
    expect(error.message).toBe('Ask for format jira-csv, xlsx, ics and lang en or zh-cn (zh).');
  });

  it('offers the three formats', () => {
    expect(EXPORT_FORMATS).toEqual(['jira-csv', 'xlsx', 'ics']);
  });
});

describe('planRows', () => {
  it.each<[string, Partial<PlanAction>, string, string]>([
    ['nobody', { owner: null }, '', ''],
    ['someone without an account', { owner: { name: 'Wang Fang', email: 'w@x.cn' } }, 'Wang Fang', 'w@x.cn'],
    ['an account', { owner: { accountId: 'acc-1' } }, 'Li Lei', 'li@example.com'],
    ['an account that is gone', { owner: { accountId: 'gone' } }, '', ''],
  ])('names the owner of an action owned by %s', (_, overrides, name, email) => {
    const [r] = planRows([action(overrides)], NAMES, 'en');
    expect([r!.ownerName, r!.ownerEmail]).toEqual([name, email]);
  });

  it.each<[string, Partial<PlanAction>, string, string]>([
    ['a free action', {}, 'Free action', '自定行动'],
    [
      'a campaign’s recommendation',
      { campaignId: 'camp-1', recommendationId: 'mvp-pilot' },
      'Campaign: Baseline; Recommendation: Pilot for a quarter',
      '调查活动：Baseline；建议：先试点一个季度',
    ],
    [
      'a recommendation the rules no longer hold',
      { recommendationId: 'kpi-projects' },
      'Recommendation: kpi-projects',
      '建议：kpi-projects',
    ],
    ['a campaign that is gone', { campaignId: 'gone' }, 'Free action', '自定行动'],
    [
      'a free action of a campaign',
      { campaignId: 'camp-1' },
      'Campaign: Baseline; Free action',
      '调查活动：Baseline；自定行动',
    ],
  ])('says where %s came from, in both languages', (_, overrides, en, zh) => {
    expect(planRows([action(overrides)], NAMES, 'en')[0]!.origin).toBe(en);
    expect(planRows([action(overrides)], NAMES, 'zh-cn')[0]!.origin).toBe(zh);
  });

  it.each<[string[], string, string]>([
    [[], 'Whole organization', '全组织'],
    [['sales'], 'Sales', 'Sales'],
    [['sales', 'ops'], 'Sales, Operations', 'Sales、Operations'],
    [['sales', 'removed'], 'Sales, removed', 'Sales、removed'],
  ])('names departments %j', (departmentIds, en, zh) => {
    expect(planRows([action({ departmentIds })], NAMES, 'en')[0]!.departments).toBe(en);
    expect(planRows([action({ departmentIds })], NAMES, 'zh-cn')[0]!.departments).toBe(zh);
  });

  it('keeps what the action says and words its status, in the plan’s order', () => {
    const rows = planRows(
      [
        action({
          id: 'x',
          title: 'First',
          due: '2026-04-01',
          status: 'in-progress',
          note: 'A note',
          recommendationId: 'mvp-pilot',
          updatedOn: '2026-03-02T10:00:00.000Z',
        }),
        action({ id: 'y', title: 'Second', status: 'done' }),
      ],
      NAMES,
      'zh-cn',
    );
    expect(rows[0]).toEqual({
      id: 'x',
      title: 'First',
      ownerName: '',
      ownerEmail: '',
      due: '2026-04-01',
      status: 'in-progress',
      statusText: '进行中',
      note: 'A note',
      origin: '建议：先试点一个季度',
      departments: '全组织',
      recommendationId: 'mvp-pilot',
      updatedOn: '2026-03-02T10:00:00.000Z',
    });
    expect(rows.map((r) => [r.id, r.statusText])).toEqual([
      ['x', '进行中'],
      ['y', '已完成'],
    ]);
  });

  it('words every status in both languages', () => {
    expect(STATUS_WORDS).toEqual({
      en: { planned: 'Planned', 'in-progress': 'In progress', done: 'Done', dropped: 'Dropped' },
      'zh-cn': { planned: '计划中', 'in-progress': '进行中', done: '已完成', dropped: '已放弃' },
    });
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-03-02', '2026-03-02', 0],
    ['2026-03-02', '2026-03-03', 1],
    ['2026-03-02', '2026-03-01', -1],
    ['2026-02-28', '2026-03-01', 1],
    ['2028-02-28', '2028-03-01', 2],
    ['2026-12-31', '2027-01-01', 1],
    ['2026-01-15', '2026-11-15', 304],
    ['2026-03-29', '2026-03-30', 1],
  ])('counts from %s to %s as %d days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('jiraPriority', () => {
  it.each<[PlanRow['status'], string | null, string]>([
    ['planned', '2026-03-01', 'Highest'],
    ['in-progress', '2025-12-31', 'Highest'],
    ['planned', '2026-03-02', 'High'],
    ['planned', '2026-03-16', 'High'],
    ['planned', '2026-03-17', 'Medium'],
    ['in-progress', '2026-09-01', 'Medium'],
    ['planned', null, 'Medium'],
    ['done', '2026-01-01', 'Low'],
    ['dropped', '2026-03-03', 'Low'],
    ['done', null, 'Low'],
  ])('ranks a %s action due %s as %s on 2026-03-02', (status, due, priority) => {
    expect(jiraPriority({ status, due }, '2026-03-02')).toBe(priority);
  });

  it('counts two weeks as pressing', () => {
    expect(DUE_SOON_DAYS).toBe(14);
  });
});

describe('Jira cells', () => {
  it.each([
    ['mvp-pilot', 'mvp-pilot'],
    ['  Pilot First ', 'pilot-first'],
    ['a\tb  c', 'a-b-c'],
  ])('makes label %j into %j', (text, label) => {
    expect(jiraLabel(text)).toBe(label);
  });

  it.each<[string, 'en' | 'zh-cn', string]>([
    ['', 'en', 'From: Free action\n\nDepartments: Whole organization'],
    ['  \n ', 'en', 'From: Free action\n\nDepartments: Whole organization'],
    [' Two teams \n', 'en', 'Two teams\n\nFrom: Free action\n\nDepartments: Whole organization'],
    ['两个团队', 'zh-cn', '两个团队\n\n来源：自定行动\n\n部门：全组织'],
  ])('describes an action with note %j in %s', (note, language, description) => {
    const [r] = planRows([action({ note })], NAMES, language);
    expect(jiraDescription(r!, language)).toBe(description);
  });

  it('fills the columns Jira maps, in order, with days as yyyy-MM-dd', () => {
    expect(JIRA_COLUMNS).toEqual([
      'Summary',
      'Description',
      'Assignee',
      'Due date',
      'Labels',
      'Labels',
      'Priority',
      'Status',
    ]);
    expect(JIRA_DATE_FORMAT).toBe('yyyy-MM-dd');
    const [r] = planRows(
      [
        action({
          title: 'Pilot',
          owner: { accountId: 'acc-1' },
          due: '2026-03-10',
          recommendationId: 'Mvp Pilot',
        }),
      ],
      NAMES,
      'en',
    );
    expect(jiraCells(r!, 'en', '2026-03-02')).toEqual([
      'Pilot',
      'From: Recommendation: Mvp Pilot\n\nDepartments: Whole organization',
      'li@example.com',
      '2026-03-10',
      'groundwork',
      'mvp-pilot',
      'High',
      'To Do',
    ]);
    expect(jiraCells(row(), 'en', '2026-03-02').slice(3)).toEqual(['', 'groundwork', '', 'Medium', 'To Do']);
  });

  it('maps each status to Jira’s default workflow', () => {
    expect(JIRA_STATUS).toEqual({
      planned: 'To Do',
      'in-progress': 'In Progress',
      done: 'Done',
      dropped: "Won't Do",
    });
  });
});

describe('task workbook rows', () => {
  it('heads the columns in both languages', () => {
    expect(TASK_COLUMNS.map((c) => TASK_HEADERS.en[c])).toEqual([
      'Title',
      'Description',
      'Owner',
      'Owner email',
      'Due date',
      'Status',
      'Note',
      'Departments',
    ]);
    expect(TASK_COLUMNS.map((c) => TASK_HEADERS['zh-cn'][c])).toEqual([
      '任务标题',
      '任务描述',
      '负责人',
      '负责人邮箱',
      '截止日期',
      '状态',
      '备注',
      '部门',
    ]);
  });

  it('fills a task’s cells, leaving an undated one’s day empty', () => {
    const [dated, undated] = planRows(
      [
        action({
          title: 'Pilot',
          owner: { name: 'Wang Fang', email: 'w@x.cn' },
          due: '2026-03-10',
          status: 'done',
          note: 'Went well',
          departmentIds: ['sales'],
        }),
        action(),
      ],
      NAMES,
      'en',
    );
    expect(taskCells(dated!)).toEqual({
      title: 'Pilot',
      description: 'Free action',
      owner: 'Wang Fang',
      ownerEmail: 'w@x.cn',
      due: '2026-03-10',
      status: 'Done',
      note: 'Went well',
      departments: 'Sales',
    });
    expect(taskCells(undated!).due).toBeNull();
  });
});

describe('dueEvents', () => {
  it('makes one event per dated action and counts the undated', () => {
    const rows = planRows(
      [
        action({ id: 'a', due: '2026-03-10', owner: { accountId: 'acc-1' }, note: ' Two teams ' }),
        action({ id: 'b' }),
        action({ id: 'c', due: '2026-04-01', status: 'dropped' }),
        action({ id: 'd' }),
      ],
      NAMES,
      'en',
    );
    const { events, undated } = dueEvents(rows, 'en');
    expect(undated).toBe(2);
    expect(events.map((e) => [e.uid, e.day, e.summary, e.status])).toEqual([
      ['a@groundwork.action-plan', '2026-03-10', 'Run a pilot', 'CONFIRMED'],
      ['c@groundwork.action-plan', '2026-04-01', 'Run a pilot', 'CANCELLED'],
    ]);
    expect(events.map((e) => e.description)).toEqual([
      'Owner: Li Lei <li@example.com>\nStatus: Planned\nNote: Two teams',
      'Owner: Not assigned\nStatus: Dropped',
    ]);
  });

  it.each<[PlanRow['status'], string]>([
    ['planned', 'CONFIRMED'],
    ['in-progress', 'CONFIRMED'],
    ['done', 'CONFIRMED'],
    ['dropped', 'CANCELLED'],
  ])('marks a %s action’s event %s', (status, expected) => {
    expect(dueEvents([row({ status, due: '2026-03-10' })], 'en').events[0]!.status).toBe(expected);
  });

  it('words the description in Chinese, and names an owner known by name alone', () => {
    const r = row({
      due: '2026-03-10',
      ownerName: '王芳',
      ownerEmail: '',
      statusText: '进行中',
      note: '注意',
    });
    expect(dueEvents([r], 'zh-cn').events[0]!.description).toBe('负责人：王芳\n状态：进行中\n备注：注意');
    expect(dueEvents([row({ due: '2026-03-10', note: '  ' })], 'zh-cn').events[0]!.description).toBe(
      '负责人：未指定\n状态：Planned',
    );
  });

  it.each([
    ['2019-12-31T23:59:59.000Z', 0],
    ['2020-01-01T00:00:00.000Z', 0],
    ['2020-01-01T00:00:01.900Z', 1],
    ['2020-01-02T00:00:00.000Z', 86_400],
  ])('numbers the event changed at %s as sequence %d, rising with each change', (updatedOn, sequence) => {
    expect(dueEvents([row({ due: '2026-03-10', updatedOn })], 'en').events[0]!.sequence).toBe(sequence);
  });
});

describe('exportFileName', () => {
  it.each<[string, 'jira-csv' | 'xlsx' | 'ics', string, string]>([
    ['Acme', 'jira-csv', 'action-plan-acme-2026-03-02.csv', 'action-plan-Acme-2026-03-02.csv'],
    ['Acme Corp', 'xlsx', 'action-plan-acme-corp-2026-03-02.xlsx', 'action-plan-Acme-Corp-2026-03-02.xlsx'],
    [
      '  Ärger & Söhne! ',
      'ics',
      'action-plan-arger-sohne-2026-03-02.ics',
      'action-plan-Ärger-&-Söhne!-2026-03-02.ics',
    ],
    ['华为', 'xlsx', 'action-plan-organization-2026-03-02.xlsx', 'action-plan-华为-2026-03-02.xlsx'],
    ['a/b:"c"', 'ics', 'action-plan-a-b-c-2026-03-02.ics', 'action-plan-a-b-c-2026-03-02.ics'],
    ['', 'ics', 'action-plan-organization-2026-03-02.ics', 'action-plan-organization-2026-03-02.ics'],
  ])('names the download of %j as %s', (organization, format, ascii, full) => {
    expect(exportFileName(organization, '2026-03-02', format)).toEqual({ ascii, full });
  });
});
