// The departments a campaign reports on. A draft follows its organization; when it opens, the campaign keeps
// a copy of its departments as they stood that day (ids, names, headcounts), and its report, tracking,
// disclosure preview, export and tally read that copy from then on, closed or not. An organization edited
// later (a department renamed, re-counted, split or removed) so never rewrites a report already read, nor
// lets the figures of a re-split be subtracted from the old ones. Its reporting groups are settings, fixed
// at opening too (campaign-settings.ts), so they need no copy.

import type { Campaign, CampaignScope, SurveyLink } from './campaign';
import type { Organization } from './organization';
import { InvalidInputError } from '../errors';

/**
 * The departments a new campaign asks, from those named at creation: none named is the whole organization;
 * naming every department is the whole organization too (so it gains departments added later, as the
 * person choosing all of them would expect). Each department is named once; an unknown one is refused.
 */
export function chooseDepartments(
  organization: Organization,
  named: readonly string[] | undefined,
): { scope: CampaignScope; departmentIds: string[] } {
  const all = organization.departments.map((d) => d.id);
  if (named === undefined) return { scope: 'organization', departmentIds: all };
  const unknown = named.filter((id) => !all.includes(id));
  if (named.length === 0 || unknown.length > 0) {
    throw new InvalidInputError(
      'A campaign asks at least one department of its organization.',
      { code: 'campaign.departments-invalid', params: {} },
      named.length === 0
        ? [{ field: 'departmentIds', message: 'names no department', code: 'campaign.departments-empty' }]
        : unknown.map((department) => ({
            field: 'departmentIds',
            message: 'names no department of the organization',
            code: 'campaign.department-unknown' as const,
            params: { department },
          })),
    );
  }
  const chosen = new Set(named);
  // The organization's order, whatever order they were named in: lists and reports read the same.
  const departmentIds = all.filter((id) => chosen.has(id));
  return { scope: departmentIds.length === all.length ? 'organization' : 'departments', departmentIds };
}

/** The campaign with its copy of the organization's departments, once: a copy already taken stays. */
export function withDepartmentSnapshot(campaign: Campaign, organization: Organization): Campaign {
  if (campaign.departmentsAtOpening !== null) return campaign;
  return {
    ...campaign,
    departmentsAtOpening: organization.departments
      .filter((d) => campaign.departmentIds.includes(d.id))
      .map((d) => ({ id: d.id, name: d.name, headcount: d.headcount })),
  };
}

/**
 * Whether the campaign has opened without a copy: it was stored before campaigns kept one, and takes it from
 * the organization as it is when first read.
 */
export function lacksDepartmentSnapshot(campaign: Campaign): boolean {
  return campaign.status !== 'draft' && campaign.departmentsAtOpening === null;
}

/** The organization as the campaign reports it: with the campaign's copy of its departments, once it has one. */
export function organizationSeenBy(organization: Organization, campaign: Campaign): Organization {
  if (campaign.departmentsAtOpening === null) return organization;
  return { ...organization, departments: campaign.departmentsAtOpening };
}

/**
 * A draft of the whole organization with the departments added to it since it was made, each with a survey
 * link of its own, as a new campaign would have; a campaign that has opened keeps the departments it opened
 * with, and one of chosen departments keeps its choice.
 */
export function withAddedDepartments(
  campaign: Campaign,
  organization: Organization,
  newToken: () => string,
): Campaign {
  // A campaign of chosen departments asks those alone: a department created since is not one of them.
  if (campaign.status !== 'draft' || campaign.scope === 'departments') return campaign;
  const added = organization.departments
    .map((d) => d.id)
    .filter((id) => !campaign.departmentIds.includes(id));
  if (added.length === 0) return campaign;
  const links: SurveyLink[] = added.map((departmentId) => ({ token: newToken(), departmentId }));
  return {
    ...campaign,
    departmentIds: [...campaign.departmentIds, ...added],
    links: [...campaign.links, ...links],
  };
}
