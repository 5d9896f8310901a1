// Shapes of the JSON the API answers with, beyond the domain types themselves. The client imports these
// with `import type` only, so it never bundles server code.

import type { LocalText } from '../domain/barrier-model';
import type { Campaign, CampaignStatus } from '../domain/campaign';
import type { Organization } from '../domain/organization';
import type { DisclosurePreviewRow } from '../domain/disclosure-preview';
import type { ResponseProgress } from '../domain/response-progress';

export type { CampaignReport } from '../domain/campaign-report';
export type { SessionView } from './session';
export type { Campaign, Organization, ResponseProgress };

export interface QuestionnaireSummary {
  id: string;
  title: LocalText;
  modelVersion: string;
  questions: number;
}

export interface OrganizationWithCampaigns extends Organization {
  campaigns: Campaign[];
}

export interface CampaignDetail {
  campaign: Campaign;
  organization: Organization;
  progress: ResponseProgress;
  /** Which departments the reports will hide, judged from headcounts before anyone answers. */
  disclosure: DisclosurePreviewRow[];
}

export interface SurveyForRespondent {
  organizationName: string;
  campaignName: string;
  status: CampaignStatus;
  minGroupSize: number;
  questionnaire: Record<string, unknown>;
  /** The department a department link files answers under; null on a campaign-wide link. */
  department: string | null;
  /** The campaign's departments: to choose from on a campaign-wide link, and for "which do you depend on". */
  departments: { id: string; name: string }[];
}

export interface Receipt {
  received: true;
  submittedOn: string;
}

export interface DemoCreated {
  organizationId: string;
  campaignId: string;
}
