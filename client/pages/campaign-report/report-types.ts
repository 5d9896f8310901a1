// The parts of the server's report the analysis sections read, named once so each component can say what
// it takes.

import type { CampaignReport } from '../../../server/http/api-types';
import type { Language } from '../../components/language-switch';
import type { ReportText } from './report-text';

export type Analysis = NonNullable<CampaignReport['analysis']>;
export type Recommendation = CampaignReport['recommendations'][number];
export type Evidence = Recommendation['evidence'][number];
export type PlanSection = NonNullable<Recommendation['plan']>[number];
export type Pilot = NonNullable<Analysis['pilot']>;
export type Difference = Analysis['differences'][number];
export type SiloSignal = Analysis['siloSignals'][number];
export type ConflictMap = Analysis['conflictMap'];
export type GoalAudit = Analysis['goalAudit'];
export type GoalAuditSummary = GoalAudit['overall'];
export type GoalCheck = keyof GoalAuditSummary['failing'];

/** What every section of the report page is given: the report, and the reader's language and words. */
export interface SectionProps {
  report: CampaignReport;
  text: ReportText;
  language: Language;
}
