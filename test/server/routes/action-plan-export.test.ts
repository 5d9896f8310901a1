// The action plan's downloads, each read back with a parser other than the one that wrote it: the Jira CSV
// with csv-parse, the workbook with exceljs, the calendar with ical.js. Each must hold the plan the reader
// sees (a department head's restriction included), name the organization and the day, and be audited.

import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanAction } from '../../../server/domain/decisions/action-plan';
import { as, inviteAndAccept } from '../../fixtures/accounts';
import { expectProblem, setUpCampaign, startTestApp, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

/** A plan of four actions (TODAY is 2026-03-02) and a head of Sales who may see two of them. */
async function plan() {
  const setup = await setUpCampaign(t);
  const org = setup.organization.id;
  const sales = setup.departmentId('Sales');
  const operations = setup.departmentId('Operations');
  const head = await inviteAndAccept(
    t,
    org,
    { email: 'head@example.com', role: 'department-head', departmentIds: [sales] },
    'Li Lei',
  );
  const add = async (body: Record<string, unknown>) => {
    const reply = await t.call('POST', `/api/organizations/${org}/action-plan`, body);
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    return reply.body as PlanAction;
  };
  const pilot = await add({
    campaignId: setup.campaign.id,
    recommendationId: 'mvp-pilot',
    title: '=HYPERLINK("http://example.com","Run the pilot")',
    owner: { accountId: head.accountId },
    due: '2026-03-10',
    note: 'Two teams, one quarter',
    departmentIds: [sales],
  });
  const council = await add({
    title: '向职工代表大会通报',
    owner: { name: 'Wang Fang', email: 'wang@example.cn' },
    due: '2026-02-20',
    status: 'in-progress',
    departmentIds: [operations],
  });
  const undated = await add({ campaignId: setup.campaign.id, title: 'Agree what success means' });
  const dropped = await add({
    title: 'Buy an OKR tool',
    due: '2026-05-01',
    status: 'dropped',
    departmentIds: [operations],
  });
  return { ...setup, org, head, pilot, council, undated, dropped };
}

/** The raw download, for files that are not text. */
async function download(org: string, query: string, cookie?: string) {
  const res = await t.app.request(`/api/organizations/${org}/action-plan/export?${query}`, {
    headers: { cookie: cookie ?? t.ownerCookie },
  });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

type JiraLine = Record<string, string | string[]>;
const readJira = (bytes: Uint8Array): JiraLine[] =>
  // BOM left as it is: a mark before "Summary" would show up as a header Jira does not know.
  parse(text(bytes), { columns: true, group_columns_by_name: true, bom: false }) as JiraLine[];

describe('the Jira CSV', () => {
  it('holds one issue per action under the headers Jira maps, days as yyyy-MM-dd', async () => {
    const p = await plan();
    const { res, bytes } = await download(p.org, 'format=jira-csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="action-plan-acme-2026-03-02.csv"; filename*=UTF-8''action-plan-Acme-2026-03-02.csv`,
    );
    expect(text(bytes).split('\r\n')[0]).toBe(
      'Summary,Description,Assignee,Due date,Labels,Labels,Priority,Status',
    );
    const lines = readJira(bytes);
    expect(lines.map((l) => [l.Summary, l.Assignee, l['Due date'], l.Labels, l.Priority, l.Status])).toEqual([
      [
        `'=HYPERLINK("http://example.com","Run the pilot")`,
        'head@example.com',
        '2026-03-10',
        ['groundwork', 'mvp-pilot'],
        'High',
        'To Do',
      ],
      ['向职工代表大会通报', 'wang@example.cn', '2026-02-20', ['groundwork', ''], 'Highest', 'In Progress'],
      ['Agree what success means', '', '', ['groundwork', ''], 'Medium', 'To Do'],
      ['Buy an OKR tool', '', '2026-05-01', ['groundwork', ''], 'Low', "Won't Do"],
    ]);
    expect(lines[0]!.Description).toBe(
      'Two teams, one quarter\n\nFrom: Campaign: Baseline; Recommendation: Pilot for one quarter before rolling out\n\nDepartments: Sales',
    );
    expect(lines[2]!.Description).toBe(
      'From: Campaign: Baseline; Free action\n\nDepartments: Whole organization',
    );
  });

  it('words the descriptions in Chinese when asked', async () => {
    const p = await plan();
    const lines = readJira((await download(p.org, 'format=jira-csv&lang=zh-cn')).bytes);
    expect(lines[1]!.Description).toBe('来源：自定行动\n\n部门：Operations');
    expect(Object.keys(lines[0]!)).toContain('Summary');
  });

  it('names the file after an organization whatever its name holds', async () => {
    const created = await t.call('POST', '/api/organizations', {
      name: "O'Neil & Co (华东)",
      departments: [{ name: 'Sales', headcount: 5 }],
    });
    const org = created.body.id as string;
    await t.call('POST', `/api/organizations/${org}/action-plan`, { title: 'Brief the board' });
    const { res } = await download(org, 'format=ics');
    const disposition = res.headers.get('content-disposition')!;
    expect(disposition).toBe(
      `attachment; filename="action-plan-o-neil-co-2026-03-02.ics"; filename*=UTF-8''action-plan-O%27Neil-%26-Co-%28%E5%8D%8E%E4%B8%9C%29-2026-03-02.ics`,
    );
    expect(decodeURIComponent(disposition.split("''")[1]!)).toBe(
      "action-plan-O'Neil-&-Co-(华东)-2026-03-02.ics",
    );
  });

  it('is audited as an export of the organization’s plan', async () => {
    const p = await plan();
    await download(p.org, 'format=jira-csv');
    const audit = await t.storage.audit.list();
    expect(audit.at(-1)).toMatchObject({ action: 'action-plan.export.jira-csv', target: p.org });
  });
});

async function readWorkbook(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return { sheet, rows };
}

describe('the task workbook', () => {
  it('has English headers, statuses in English and due dates as dates', async () => {
    const p = await plan();
    const { res, bytes } = await download(p.org, 'format=xlsx&lang=en');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('content-disposition')).toContain('action-plan-acme-2026-03-02.xlsx');
    const { sheet, rows } = await readWorkbook(bytes);
    expect(rows[0]).toEqual([
      'Title',
      'Description',
      'Owner',
      'Owner email',
      'Due date',
      'Status',
      'Note',
      'Departments',
    ]);
    expect(rows[1]).toEqual([
      '=HYPERLINK("http://example.com","Run the pilot")',
      'Campaign: Baseline; Recommendation: Pilot for one quarter before rolling out',
      'Li Lei',
      'head@example.com',
      new Date(Date.UTC(2026, 2, 10)),
      'Planned',
      'Two teams, one quarter',
      'Sales',
    ]);
    // A title that looks like a formula stays text: nothing runs when the workbook opens.
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('E2').type).toBe(ExcelJS.ValueType.Date);
    expect(rows.slice(2).map((r) => [r[0], r[4], r[5]])).toEqual([
      ['向职工代表大会通报', new Date(Date.UTC(2026, 1, 20)), 'In progress'],
      ['Agree what success means', undefined, 'Planned'],
      ['Buy an OKR tool', new Date(Date.UTC(2026, 4, 1)), 'Dropped'],
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // Every column wide enough for its header at least.
    for (let i = 1; i <= 8; i++) expect(sheet.getColumn(i).width).toBeGreaterThanOrEqual(10);
  });

  it('has Chinese headers and statuses in Chinese when asked', async () => {
    const p = await plan();
    const { rows } = await readWorkbook((await download(p.org, 'format=xlsx&lang=zh-cn')).bytes);
    expect(rows[0]).toEqual([
      '任务标题',
      '任务描述',
      '负责人',
      '负责人邮箱',
      '截止日期',
      '状态',
      '备注',
      '部门',
    ]);
    expect(rows.slice(1).map((r) => r[5])).toEqual(['计划中', '进行中', '计划中', '已放弃']);
    expect(rows[3]![1]).toBe('调查活动：Baseline；自定行动');
    expect(rows[3]![7]).toBe('全组织');
  });
});

function readCalendar(bytes: Uint8Array) {
  const calendar = new ICAL.Component(ICAL.parse(text(bytes)) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate,
      status: vevent.getFirstPropertyValue('status'),
    };
  });
}

describe('the due-date calendar', () => {
  it('has one all-day event per dated action, says how many were left out, and keeps its UIDs', async () => {
    const p = await plan();
    const first = await download(p.org, 'format=ics');
    expect(first.res.status).toBe(200);
    expect(first.res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(first.res.headers.get('content-disposition')).toContain('action-plan-acme-2026-03-02.ics');
    expect(first.res.headers.get('x-undated-actions')).toBe('1');
    const events = readCalendar(first.bytes);
    expect(events.map((e) => [e.summary, e.start.isDate, e.start.toString(), e.status])).toEqual([
      ['=HYPERLINK("http://example.com","Run the pilot")', true, '2026-03-10', 'CONFIRMED'],
      ['向职工代表大会通报', true, '2026-02-20', 'CONFIRMED'],
      ['Buy an OKR tool', true, '2026-05-01', 'CANCELLED'],
    ]);
    expect(events[0]!.description).toBe(
      'Owner: Li Lei <head@example.com>\nStatus: Planned\nNote: Two teams, one quarter',
    );
    expect(events[2]!.description).toBe('Owner: Not assigned\nStatus: Dropped');
    // Downloaded again after a change, the same actions keep the same UIDs: a calendar updates them.
    await t.call('PATCH', `/api/organizations/${p.org}/action-plan/${p.pilot.id}`, { due: '2026-03-12' });
    const again = readCalendar((await download(p.org, 'format=ics')).bytes);
    expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(new Set(events.map((e) => e.uid)).size).toBe(3);
    expect(again[0]!.start.toString()).toBe('2026-03-12');
  });

  it('describes the events in Chinese when asked', async () => {
    const p = await plan();
    const events = readCalendar((await download(p.org, 'format=ics&lang=zh')).bytes);
    expect(events[1]!.description).toBe('负责人：Wang Fang <wang@example.cn>\n状态：进行中');
  });
});

describe('who gets what', () => {
  it('gives a department head exactly the actions their plan shows them, in every format', async () => {
    const p = await plan();
    const shown = (
      (await t.call('GET', `/api/organizations/${p.org}/action-plan`, undefined, as(p.head.cookie))).body as {
        actions: PlanAction[];
      }
    ).actions.map((a) => a.title);
    expect(shown).toEqual([p.pilot.title, p.undated.title]);
    const csv = readJira((await download(p.org, 'format=jira-csv', p.head.cookie)).bytes);
    expect(csv.map((l) => l.Summary)).toEqual([`'${p.pilot.title}`, p.undated.title]);
    const { rows } = await readWorkbook((await download(p.org, 'format=xlsx', p.head.cookie)).bytes);
    expect(rows.slice(1).map((r) => r[0])).toEqual(shown);
    const calendar = await download(p.org, 'format=ics', p.head.cookie);
    expect(readCalendar(calendar.bytes).map((e) => e.summary)).toEqual([p.pilot.title]);
    expect(calendar.res.headers.get('x-undated-actions')).toBe('1');
  });

  it('keeps to one campaign’s actions when asked, as the list does', async () => {
    const p = await plan();
    const csv = readJira((await download(p.org, `format=jira-csv&campaignId=${p.campaign.id}`)).bytes);
    expect(csv.map((l) => l.Summary)).toEqual([`'${p.pilot.title}`, p.undated.title]);
  });

  it.each([
    ['an unknown format', 'format=pdf'],
    ['no format', 'lang=en'],
    ['an unknown language', 'format=xlsx&lang=fr'],
  ])('refuses %s with 400 and records nothing', async (_, query) => {
    const p = await plan();
    const before = (await t.storage.audit.list()).length;
    const reply = await t.call('GET', `/api/organizations/${p.org}/action-plan/export?${query}`);
    expectProblem(reply, 400);
    expect((await t.storage.audit.list()).length).toBe(before);
  });

  it('answers someone without a role in the organization as if it did not exist', async () => {
    const p = await plan();
    const other = await t.call('POST', '/api/organizations', {
      name: 'Globex',
      departments: [{ name: 'Support', headcount: 5 }],
    });
    const admin = await inviteAndAccept(t, other.body.id, {
      email: 'admin@globex.example',
      role: 'administrator',
    });
    const reply = await t.call(
      'GET',
      `/api/organizations/${p.org}/action-plan/export?format=ics`,
      undefined,
      as(admin.cookie),
    );
    expectProblem(reply, 404);
  });
});
