// Names for the ids an analysis speaks in (departments, dimensions, scales), in the reader's language.

import type { CampaignReport } from '../../../server/http/api-types';
import type { Language } from '../../components/language-switch';
import { REPORT_TEXT } from './report-text';

export interface ReportLabels {
  language: Language;
  department: (id: string) => string;
  dimension: (id: string) => string;
  scale: (id: string) => string;
}

export function makeReportLabels(report: CampaignReport, language: Language): ReportLabels {
  const departments = new Map(report.departments.map((d) => [d.departmentId, d.name]));
  const dimensions = new Map(report.dimensions.map((d) => [d.id as string, d.title[language]]));
  const scales = new Map(report.dimensions.flatMap((d) => d.scales.map((s) => [s.id, s.title[language]])));
  return {
    language,
    // A department the report refers to but does not list: a department head's report names only their own.
    department: (id) => departments.get(id) ?? REPORT_TEXT[language].otherDepartment,
    dimension: (id) => dimensions.get(id) ?? id,
    scale: (id) => scales.get(id) ?? id,
  };
}
