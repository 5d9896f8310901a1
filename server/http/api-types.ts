// Shapes of the JSON the API answers with, beyond the domain types themselves. The client imports these
// with `import type` only, so it never bundles server code.

import type { LocalText } from '../domain/barrier-model';
import type { Campaign, CampaignPhase } from '../domain/campaign';
import type { Language } from '../domain/barrier-model';
import type { Organization } from '../domain/organization';
import type { DisclosurePreviewRow } from '../domain/disclosure-preview';
import type { ResponseProgress } from '../domain/response-progress';
import type { SuspectAlert } from '../routes/suspect-monitor';

export type { CampaignReport } from '../domain/campaign-report';
export type { SessionView } from './session';
export type { Campaign, Organization, ResponseProgress };

export interface QuestionnaireSummary {
  id: string;
  title: LocalText;
  modelVersion: string;
  /** Written for the current model: offered first. An earlier version is kept for repeating a baseline. */
  current: boolean;
  questions: number;
}

export interface OrganizationWithCampaigns extends Organization {
  campaigns: Campaign[];
}

export type { CampaignOverview as CampaignDetail } from '../routes/campaign-overview';
export type { StaffListPreview, StaffRowError } from '../domain/staff-list';
export type { MailingStatus } from '../mail/mailings';
export type { EmailTemplate, MailKind } from '../domain/email-template';
export type { CampaignChange } from '../domain/campaign-settings';
export type { DisclosurePreviewRow };

/** A person on a campaign's staff list as administrators see them: never whether they answered. */
export interface StaffListEntry {
  email: string;
  name: string;
  departmentId: string;
  language: Language;
  sentOn: string | null;
  deliveryError: string | null;
}

export interface StaffImported {
  added: number;
  alreadyListed: number;
  byDepartment: { departmentId: string; name: string; count: number }[];
}

export interface SurveyForRespondent {
  organizationName: string;
  campaignName: string;
  /** What the respondent meets now: not yet open, scheduled for a later opening, open, or closed. */
  status: CampaignPhase;
  opensAt: string | null;
  closesAt: string | null;
  minGroupSize: number;
  /** Comments are shown once this many people wrote one; the comment question's description says so. */
  commentMinimum: number;
  /** The languages the campaign is run in; the first is the default. */
  languages: Language[];
  /** Whole minutes answering takes in each language: the survey's {surveyMinutes} in the language shown. */
  minutes: Record<Language, number>;
  questionnaire: Record<string, unknown>;
  /** The department a department or personal link files answers under; null on a campaign-wide link. */
  department: string | null;
  /** The campaign's departments: to choose from on a campaign-wide link, and for "which do you depend on". */
  departments: { id: string; name: string }[];
  /** Set on a personal invitation link: whether it was used, the person's language, and where this device
   * keeps their unfinished answers (the same for every link the person was sent). */
  personal: { answered: boolean; language: Language; progressKey: string } | null;
  /** Set on an access code: whether it was used. The code is not tied to anyone. */
  accessCode: { answered: boolean } | null;
}

/** Access codes just issued, formatted as printed: they exist nowhere else. */
export interface AccessCodesIssued {
  departmentId: string;
  codes: string[];
}

export interface AccessCodeCounts {
  departments: { departmentId: string; issued: number }[];
}

export type { SuspectAlert };

/** Bursts and copies through shared links the server holds in memory: counts only, never answers. */
export interface SuspectAlerts {
  alerts: SuspectAlert[];
}

export interface ExclusionResult {
  excluded: number;
}

export interface Receipt {
  received: true;
  submittedOn: string;
}

export interface DemoCreated {
  organizationId: string;
  campaignId: string;
}
