// One download of the action plan: the names its rows need read from storage, the rows made in the reader's
// language, and the file written in the format asked for, with the headers that make it a download.

import type { AppDeps } from '../app-deps';
import type { Organization } from '../domain/campaigns/organization';
import type { PlanAction } from '../domain/decisions/action-plan';
import {
  dueEvents,
  exportFileName,
  planRows,
  type ExportFormat,
  type PlanNames,
} from '../domain/decisions/action-plan-rows';
import { RECOMMENDATION_RULES } from '../domain/decisions/recommendation-rules';
import type { Language } from '../../shared/languages';
import { writeDueDateCalendar } from './due-date-calendar';
import { writeJiraCsv } from './jira-csv';
import { writeTaskWorkbook } from './task-workbook';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  'jira-csv': 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ics: 'text/calendar; charset=utf-8',
};

const CALENDAR_NAMES: Record<Language, (organization: string) => string> = {
  en: (organization) => `Action plan: ${organization}`,
  'zh-cn': (organization) => `行动计划：${organization}`,
};

/** Names for the ids the actions hold: their owners' accounts, the organization's campaigns and departments. */
async function namesFor(
  deps: Pick<AppDeps, 'storage' | 'today'>,
  organization: Organization,
  actions: readonly PlanAction[],
): Promise<PlanNames> {
  const accountIds = new Set(
    actions.flatMap((a) => (a.owner !== null && 'accountId' in a.owner ? [a.owner.accountId] : [])),
  );
  const accounts = new Map<string, { name: string; email: string }>();
  for (const accountId of accountIds) {
    const account = await deps.storage.accounts.get(accountId);
    if (account) accounts.set(accountId, { name: account.name, email: account.email });
  }
  const campaigns = await deps.storage.campaigns.listByOrganization(organization.id);
  return {
    accounts,
    campaigns: new Map(campaigns.map((c) => [c.id, c.name])),
    departments: new Map(organization.departments.map((d) => [d.id, d.name])),
    recommendations: new Map(RECOMMENDATION_RULES.map((r) => [r.id, r.title])),
    today: deps.today(),
  };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** RFC 8187's value: encodeURIComponent leaves ' ( ) * as they are, which that grammar does not allow. */
const percentEncoded = (text: string) =>
  encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export interface PlanDownload {
  body: Uint8Array<ArrayBuffer>;
  /** For the calendar, X-Undated-Actions too: how many actions it leaves out for having no due date. */
  headers: Record<string, string>;
}

export async function exportPlan(
  deps: Pick<AppDeps, 'storage' | 'today' | 'now'>,
  organization: Organization,
  actions: readonly PlanAction[],
  format: ExportFormat,
  language: Language,
): Promise<PlanDownload> {
  const names = await namesFor(deps, organization, actions);
  const rows = planRows(actions, names, language);
  const { ascii, full } = exportFileName(organization.name, names.today, format);
  const headers: Record<string, string> = {
    'content-type': CONTENT_TYPES[format],
    // filename* (RFC 6266) keeps a Chinese organization name; older clients take the plain one.
    'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${percentEncoded(full)}`,
    'cache-control': 'no-store',
  };
  if (format === 'jira-csv') return { body: utf8(writeJiraCsv(rows, language, names.today)), headers };
  if (format === 'xlsx') return { body: new Uint8Array(await writeTaskWorkbook(rows, language)), headers };
  const { events, undated } = dueEvents(rows, language);
  const calendar = writeDueDateCalendar(
    events,
    CALENDAR_NAMES[language](organization.name),
    new Date(deps.now()),
  );
  return { body: utf8(calendar), headers: { ...headers, 'x-undated-actions': String(undated) } };
}
