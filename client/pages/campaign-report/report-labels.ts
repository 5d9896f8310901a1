// Names for the ids an analysis speaks in (departments, dimensions, scales), in the reader's language.

import type { CampaignReport } from '../../../server/http/api-types';
import type { Language } from '../../components/language-switch';

export interface ReportLabels {
  language: Language;
  department: (id: string) => string;
  dimension: (id: string) => string;
  scale: (id: string) => string;
}

/** A department the report refers to but does not list: a department head's report names only their own. */
const OTHER_DEPARTMENT: Record<Language, string> = { en: 'another department', 'zh-cn': '其他部门' };

export function makeReportLabels(report: CampaignReport, language: Language): ReportLabels {
  const departments = new Map(report.departments.map((d) => [d.departmentId, d.name]));
  const dimensions = new Map(report.dimensions.map((d) => [d.id as string, d.title[language]]));
  const scales = new Map(report.dimensions.flatMap((d) => d.scales.map((s) => [s.id, s.title[language]])));
  return {
    language,
    department: (id) => departments.get(id) ?? OTHER_DEPARTMENT[language],
    dimension: (id) => dimensions.get(id) ?? id,
    scale: (id) => scales.get(id) ?? id,
  };
}
