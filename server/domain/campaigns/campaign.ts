// A campaign is one wave of the readiness survey for one organization, and the rules of its lifecycle:
// draft → open → closed, with optional dates that open and close it by themselves. Only an open campaign
// accepts responses; its settings are fixed once it opens, so every report of a wave follows one set of rules.

import type { Language } from '../instrument/barrier-model';
import { CURRENT_MODEL_VERSION, LANGUAGES } from '../instrument/barrier-model';
import type { EmailTemplate, MailKind } from './email-template';
import { DEFAULT_TEMPLATES } from './email-template';
import { ConflictError, InvalidAnswerError } from '../errors';
import { NO_FACTS, type OrganizationFacts } from './organization-facts';
import { MIN_GROUP_SIZE_FLOOR } from '../../../shared/campaign-limits';
import type { Department } from './organization';
import type { CampaignCut } from './campaign-cuts';

export type CampaignStatus = 'draft' | 'open' | 'closed';
/** What a respondent meets right now: an opened campaign is `scheduled` before its opening date. */
export type CampaignPhase = 'draft' | 'scheduled' | 'open' | 'closed';

export interface SurveyLink {
  /** Random, unguessable; the only thing a respondent's URL carries. */
  token: string;
  /** The department answers are filed under, or null for a campaign-wide link that asks for it. */
  departmentId: string | null;
}

/** Small departments reported together, so their people are counted without being exposed. */
export interface ReportingGroup {
  id: string;
  name: string;
  departmentIds: string[];
}

/**
 * Whom a campaign asks: the whole organization (a draft gains the departments added to it), or the
 * departments chosen at creation only (a pilot, one division, a re-survey of the pilot pair), whose report
 * speaks for those departments and never reads as the organization's verdict.
 */
export type CampaignScope = 'organization' | 'departments';

export interface Campaign {
  id: string;
  organizationId: string;
  name: string;
  questionnaireId: string;
  /** The barrier model version the campaign was created with; its report is always computed with it. */
  modelVersion: string;
  scope: CampaignScope;
  departmentIds: string[];
  /** No figure is shown about a group with fewer responses than this (never below 3). */
  minGroupSize: number;
  /** Free-text comments are shown only for groups with at least this many responses. */
  commentMinimum: number;
  /** The languages respondents may answer in; the first is the default for emails and the survey. */
  languages: Language[];
  /** The response rate the campaign aims for, between 0 and 1. */
  targetResponseRate: number;
  /** Instants (ISO 8601) before which the survey is not yet open and after which it is closed. */
  opensAt: string | null;
  closesAt: string | null;
  reportingGroups: ReportingGroup[];
  /**
   * People per department on the staff list; null while nobody is listed (headcounts apply). Derived from
   * the list whenever the campaign is reported on (see withStaffCounts), never stored: a count kept beside
   * the people it counts can disagree with them.
   */
  staffCounts: Record<string, number> | null;
  emailTemplates: Record<MailKind, EmailTemplate>;
  status: CampaignStatus;
  createdOn: string;
  openedOn: string | null;
  closedOn: string | null;
  links: SurveyLink[];
  /**
   * How many submissions an administrator excluded as suspect (see suspect-submissions.ts). Only the count:
   * excluded responses are deleted, and nothing records which they were.
   */
  excludedResponses: number;
  /** What HR stated about the organization when setting the campaign up; fixed once it opens. */
  organizationFacts: OrganizationFacts;
  /**
   * The campaign's departments as they stood when it opened (campaign-departments.ts): what its reports
   * read, whatever the organization's departments became since. Null for a draft, which follows them.
   */
  departmentsAtOpening: Department[] | null;
  /**
   * The campaign this one was made from as the next wave of a series (next-wave.ts), whose report it is
   * compared with by default; null for a campaign made on its own.
   */
  previousWaveId: string | null;
  /**
   * What an administrator declared about the units between the wave before and this one (merges, splits,
   * successors under a new id), read when the two are compared; empty when nothing was declared.
   */
  lineage: { earlier: string[]; later: string[] }[];
  /** The day it was archived (left out of the lists until taken back); absent while it is not. */
  archivedOn?: string;
  /**
   * The optional demographic questions the survey adds (tenure, level, location), chosen while a draft;
   * absent or empty for none. Shown in reports only through cut-disclosure.ts.
   */
  cuts?: CampaignCut[];
}

export const DEFAULT_MIN_GROUP_SIZE = 5;
// Written once in shared/, where the forms' request schemas read it too.
export { MIN_GROUP_SIZE_FLOOR };
export const DEFAULT_COMMENT_MINIMUM = 10;
export const DEFAULT_TARGET_RESPONSE_RATE = 0.75;

/** Fields a campaign stored before they existed get their defaults, so old data keeps working. */
export function withCampaignDefaults(stored: Campaign): Campaign {
  const c = stored as Partial<Campaign> & Campaign;
  return {
    ...c,
    // Every campaign stored before scopes existed asked its whole organization.
    scope: c.scope ?? 'organization',
    commentMinimum: c.commentMinimum ?? Math.max(c.minGroupSize, DEFAULT_COMMENT_MINIMUM),
    languages: c.languages ?? [...LANGUAGES],
    targetResponseRate: c.targetResponseRate ?? DEFAULT_TARGET_RESPONSE_RATE,
    opensAt: c.opensAt ?? null,
    closesAt: c.closesAt ?? null,
    reportingGroups: c.reportingGroups ?? [],
    // Versions before derived counts stored them; the list decides now (withStaffCounts).
    staffCounts: null,
    emailTemplates: c.emailTemplates ?? structuredClone(DEFAULT_TEMPLATES),
    excludedResponses: c.excludedResponses ?? 0,
    organizationFacts: { ...NO_FACTS, ...c.organizationFacts },
    // Stored before campaigns kept their departments: taken when first read (campaign-context.ts).
    departmentsAtOpening: c.departmentsAtOpening ?? null,
    previousWaveId: c.previousWaveId ?? null,
    lineage: c.lineage ?? [],
  };
}

/** The campaign with the staff counts its list gives: per department, or null when nobody is listed. */
export function withStaffCounts(campaign: Campaign, listed: Readonly<Record<string, number>>): Campaign {
  const total = Object.values(listed).reduce((sum, n) => sum + n, 0);
  if (total === 0) return { ...campaign, staffCounts: null };
  return {
    ...campaign,
    staffCounts: Object.fromEntries(campaign.departmentIds.map((id) => [id, listed[id] ?? 0])),
  };
}

export function campaignPhase(campaign: Campaign, now: number): CampaignPhase {
  if (campaign.status !== 'open') return campaign.status;
  if (campaign.closesAt !== null && now >= Date.parse(campaign.closesAt)) return 'closed';
  if (campaign.opensAt !== null && now < Date.parse(campaign.opensAt)) return 'scheduled';
  return 'open';
}

export function openCampaign(campaign: Campaign, today: string, now: number): Campaign {
  if (campaign.status !== 'draft') {
    throw new ConflictError(
      `Campaign "${campaign.name}" is ${campaign.status}; only a draft can be opened.`,
      { code: 'campaign.not-draft', params: { status: campaign.status } },
    );
  }
  if (campaign.closesAt !== null && Date.parse(campaign.closesAt) <= now) {
    throw new ConflictError('The closing date has already passed; choose a later one before opening.', {
      code: 'campaign.closing-date-passed',
      params: {},
    });
  }
  return { ...campaign, status: 'open', openedOn: today };
}

export function closeCampaign(campaign: Campaign, today: string): Campaign {
  if (campaign.status !== 'open') {
    throw new ConflictError(
      `Campaign "${campaign.name}" is ${campaign.status}; only an open campaign can be closed.`,
      { code: 'campaign.not-open', params: { status: campaign.status } },
    );
  }
  return { ...campaign, status: 'closed', closedOn: today };
}

/** The refusal of a change (a staff list, a mailing) to a campaign that has closed. */
export const campaignClosedError = () =>
  new ConflictError('The campaign has closed.', { code: 'campaign.closed', params: {} });

const dayOf = (instant: string) => instant.slice(0, 10);

export function assertAcceptsResponses(campaign: Campaign, now: number): void {
  const phase = campaignPhase(campaign, now);
  if (phase === 'draft')
    throw new ConflictError('This survey has not opened yet.', { code: 'survey.not-open', params: {} });
  if (phase === 'scheduled') {
    const day = dayOf(campaign.opensAt!);
    throw new ConflictError(`This survey opens on ${day}; please come back then.`, {
      code: 'survey.opens-on',
      params: { day },
    });
  }
  if (phase === 'closed') {
    throw new ConflictError('This survey has closed and no longer accepts answers.', {
      code: 'survey.closed',
      params: {},
    });
  }
}

/**
 * The department a submission is filed under: fixed by a department link, chosen by the respondent on a
 * campaign-wide link (and then it must be one of the campaign's departments).
 */
export function resolveDepartment(campaign: Campaign, link: SurveyLink, chosen: string | undefined): string {
  if (link.departmentId !== null) return link.departmentId;
  if (chosen === undefined || !campaign.departmentIds.includes(chosen)) {
    const code = 'response.department-unknown';
    throw new InvalidAnswerError(
      'Choose your department from the list before submitting.',
      { code, params: {} },
      [{ field: 'departmentId', message: 'must be one of the departments of this campaign', code }],
    );
  }
  return chosen;
}

export interface NewCampaign {
  id: string;
  organizationId: string;
  name: string;
  questionnaireId: string;
  /** The current model unless told: a questionnaire written for an earlier model keeps its own scales. */
  modelVersion?: string;
  /** The whole organization unless told (see chooseDepartments). */
  scope?: CampaignScope;
  departmentIds: string[];
  minGroupSize?: number;
  /** What HR states about the organization; each fact not given is null. */
  organizationFacts?: Partial<OrganizationFacts>;
  today: string;
  /** Makes one unguessable link token per call. */
  newToken: () => string;
}

/** A draft campaign with one campaign-wide link and one link per department. */
export function createCampaign(spec: NewCampaign): Campaign {
  const minGroupSize = Math.max(MIN_GROUP_SIZE_FLOOR, spec.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE);
  return {
    id: spec.id,
    organizationId: spec.organizationId,
    name: spec.name,
    questionnaireId: spec.questionnaireId,
    modelVersion: spec.modelVersion ?? CURRENT_MODEL_VERSION,
    scope: spec.scope ?? 'organization',
    departmentIds: [...spec.departmentIds],
    minGroupSize,
    commentMinimum: Math.max(minGroupSize, DEFAULT_COMMENT_MINIMUM),
    languages: [...LANGUAGES],
    targetResponseRate: DEFAULT_TARGET_RESPONSE_RATE,
    opensAt: null,
    closesAt: null,
    reportingGroups: [],
    staffCounts: null,
    emailTemplates: structuredClone(DEFAULT_TEMPLATES),
    status: 'draft',
    createdOn: spec.today,
    openedOn: null,
    closedOn: null,
    links: [
      { token: spec.newToken(), departmentId: null },
      ...spec.departmentIds.map((departmentId) => ({ token: spec.newToken(), departmentId })),
    ],
    excludedResponses: 0,
    organizationFacts: { ...NO_FACTS, ...spec.organizationFacts },
    departmentsAtOpening: null,
    previousWaveId: null,
    lineage: [],
  };
}
