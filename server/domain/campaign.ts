// A campaign is one wave of the readiness survey for one organization, and the rules of its lifecycle:
// draft → open → closed. Only an open campaign accepts responses; settings are fixed once it opens.

import { ConflictError, InvalidAnswerError } from './errors';

export type CampaignStatus = 'draft' | 'open' | 'closed';

export interface SurveyLink {
  /** Random, unguessable; the only thing a respondent's URL carries. */
  token: string;
  /** The department answers are filed under, or null for a campaign-wide link that asks for it. */
  departmentId: string | null;
}

export interface Campaign {
  id: string;
  organizationId: string;
  name: string;
  questionnaireId: string;
  /** The barrier model version the campaign was created with; its report is always computed with it. */
  modelVersion: string;
  departmentIds: string[];
  /** No figure is shown about a group with fewer responses than this (never below 3). */
  minGroupSize: number;
  status: CampaignStatus;
  createdOn: string;
  openedOn: string | null;
  closedOn: string | null;
  links: SurveyLink[];
}

export const DEFAULT_MIN_GROUP_SIZE = 5;
export const MIN_GROUP_SIZE_FLOOR = 3;

export function openCampaign(campaign: Campaign, today: string): Campaign {
  if (campaign.status !== 'draft') {
    throw new ConflictError(`Campaign "${campaign.name}" is ${campaign.status}; only a draft can be opened.`);
  }
  return { ...campaign, status: 'open', openedOn: today };
}

export function closeCampaign(campaign: Campaign, today: string): Campaign {
  if (campaign.status !== 'open') {
    throw new ConflictError(
      `Campaign "${campaign.name}" is ${campaign.status}; only an open campaign can be closed.`,
    );
  }
  return { ...campaign, status: 'closed', closedOn: today };
}

export function assertAcceptsResponses(campaign: Campaign): void {
  if (campaign.status === 'draft') throw new ConflictError('This survey has not opened yet.');
  if (campaign.status === 'closed')
    throw new ConflictError('This survey has closed and no longer accepts answers.');
}

/**
 * The department a submission is filed under: fixed by a department link, chosen by the respondent on a
 * campaign-wide link (and then it must be one of the campaign's departments).
 */
export function resolveDepartment(campaign: Campaign, link: SurveyLink, chosen: string | undefined): string {
  if (link.departmentId !== null) return link.departmentId;
  if (chosen === undefined || !campaign.departmentIds.includes(chosen)) {
    throw new InvalidAnswerError('Choose your department from the list before submitting.', [
      { field: 'departmentId', message: 'must be one of the departments of this campaign' },
    ]);
  }
  return chosen;
}

export interface NewCampaign {
  id: string;
  organizationId: string;
  name: string;
  questionnaireId: string;
  modelVersion: string;
  departmentIds: string[];
  minGroupSize?: number;
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
    modelVersion: spec.modelVersion,
    departmentIds: [...spec.departmentIds],
    minGroupSize,
    status: 'draft',
    createdOn: spec.today,
    openedOn: null,
    closedOn: null,
    links: [
      { token: spec.newToken(), departmentId: null },
      ...spec.departmentIds.map((departmentId) => ({ token: spec.newToken(), departmentId })),
    ],
  };
}
