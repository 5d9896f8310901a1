// How many answers a department can hold: one place per person in it (its staff-list count once a list was
// imported, else its headcount: the population reportingUnits counts against). A stored response, a personal
// link not yet used and an access code not yet used each hold a place. Shared links take answers only while
// a place is free and codes are issued only into free places, so however the ways of answering are combined,
// a department never holds more answers than it has people, and a personal link or a code always finds its
// place. The campaign-wide link is held to the department each answer chooses, so to the campaign's total too.

import type { Campaign } from './campaign';
import { ConflictError } from './errors';
import type { Organization } from './organization';

/** Problems of places a client words itself. */
export type PlacesProblemCode = 'survey.places-taken' | 'access-codes.no-room';

/** `campaign` must carry its staff counts (withStaffCounts): the list, where there is one, decides. */
export function placesOf(organization: Organization, campaign: Campaign, departmentId: string): number {
  if (campaign.staffCounts !== null) return campaign.staffCounts[departmentId] ?? 0;
  return organization.departments.find((d) => d.id === departmentId)?.headcount ?? 0;
}

const nameOf = (organization: Organization, departmentId: string) =>
  organization.departments.find((d) => d.id === departmentId)?.name ?? departmentId;

/** The refusal of a shared-link answer once every place of its department is held. */
export function placesTakenError(organization: Organization, departmentId: string, places: number) {
  const department = nameOf(organization, departmentId);
  return new ConflictError(
    `${department} has ${places} ${places === 1 ? 'person' : 'people'}, and as many answers, unused personal ` +
      'links and unused access codes already: this link takes no more answers. If you have not answered yet, ' +
      'ask for a personal link or an access code.',
    [],
    { code: 'survey.places-taken', params: { department, places } },
  );
}

/** The refusal of codes that would give a department more ways to answer than it has people. */
export function noRoomForCodesError(
  organization: Organization,
  departmentId: string,
  places: number,
  requested: number,
) {
  const department = nameOf(organization, departmentId);
  return new ConflictError(
    `${department} has no room for ${requested} more access ${requested === 1 ? 'code' : 'codes'}: its ` +
      `${places} places are held by answers, unused personal links and unused codes. A department never gets ` +
      'more ways to answer than it has people.',
    [],
    { code: 'access-codes.no-room', params: { department, places, requested } },
  );
}
