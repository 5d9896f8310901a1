// The departments a campaign reports on. A draft follows its organization; when it opens, the campaign keeps
// a copy of its departments as they stood that day (ids, names, headcounts), and its report, tracking,
// disclosure preview, export and tally read that copy from then on, closed or not. An organization edited
// later (a department renamed, re-counted, split or removed) so never rewrites a report already read, nor
// lets the figures of a re-split be subtracted from the old ones. Its reporting groups are settings, fixed
// at opening too (campaign-settings.ts), so they need no copy.

import type { Campaign, SurveyLink } from './campaign';
import type { Organization } from './organization';

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
 * A draft with the departments added to its organization since it was made, each with a survey link of its
 * own, as a new campaign would have; a campaign that has opened keeps the departments it opened with.
 */
export function withAddedDepartments(
  campaign: Campaign,
  organization: Organization,
  newToken: () => string,
): Campaign {
  if (campaign.status !== 'draft') return campaign;
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
