// Downloads of the plan for the tools people carry it out in: Jira's CSV importer, an Excel workbook of tasks
// (English or Chinese headers, for Teambition- or Feishu-style imports) and a calendar of due dates. Plain
// links: the browser saves each file as the server names it, with the reader's session, so each holds
// exactly the actions the section lists.

import type { PlanActionView } from '../../../server/http/api-types';
import { api } from '../../api/client';
import type { Language } from '../../components/language-switch';
import { ACTION_PLAN_TEXT } from './action-plan-text';
import './action-plan-downloads.css';

export function ActionPlanDownloads({
  organizationId,
  campaignId,
  actions,
  language,
}: {
  organizationId: string;
  campaignId: string;
  actions: readonly PlanActionView[];
  language: Language;
}) {
  const text = ACTION_PLAN_TEXT[language];
  if (actions.length === 0) return null;
  const undated = actions.filter((a) => a.due === null).length;
  const link = (format: 'jira-csv' | 'xlsx' | 'ics', lang: Language, label: string) => (
    <li>
      <a href={api.actionPlanExport(organizationId, { format, lang, campaignId })} download>
        {label}
      </a>
    </li>
  );
  return (
    <div className="action-plan-downloads" role="group" aria-labelledby="action-plan-downloads-heading">
      <h3 id="action-plan-downloads-heading">{text.downloadsHeading}</h3>
      <ul>
        {link('jira-csv', language, text.downloadJira)}
        {link('xlsx', 'en', text.downloadExcelEnglish)}
        {link('xlsx', 'zh-cn', text.downloadExcelChinese)}
        {link('ics', language, text.downloadCalendar)}
      </ul>
      <p className="muted">{text.downloadsNote}</p>
      {undated > 0 && <p className="muted">{text.undatedLeftOut(undated)}</p>}
    </div>
  );
}
