// How many answers a department can hold: one place per person in it (its staff-list count once a list was
// imported, else its headcount: the population reportingUnits counts against). A stored response, a personal
// link not yet used and an access code not yet used each hold a place. Shared links take answers only while
// a place is free and codes are issued only into free places, so however the ways of answering are combined,
// a department never holds more answers than it has people, and a personal link or a code always finds its
// place. The campaign-wide link is held to the department each answer chooses, so to the campaign's total too.
//
// The ways of answering are also kept apart. Anyone holding a shared link can add answers of their own, so a
// person who answered with a personal link or an access code must never be reported beside answers that
// could have come through a shared link: four known answers beside theirs would give theirs away. Answers are
// released per reporting unit (a department, or the reporting group it is merged into), so the rule holds
// per unit: a unit with a personal link or an access code, used or not, takes no shared-link answers; and a
// unit holding shared-link answers is given no codes and takes no staff list. Which answers came through a
// shared link is derived, never stored: a unit's answers less its answered personal links and used codes.

import type { Campaign } from './campaign';
import { ConflictError } from '../errors';
import type { Organization } from './organization';

/** Problems of places a client words itself. */
export type PlacesProblemCode =
  | 'survey.places-taken'
  | 'access-codes.no-room'
  | 'survey.shared-link-closed'
  | 'access-codes.shared-link-answers'
  | 'staff.shared-link-answers';

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
    // Stryker disable StringLiteral,ConditionalExpression,EqualityOperator: wording, the English detail
    `${department} has ${places} ${places === 1 ? 'person' : 'people'}, and as many answers, unused personal ` +
      'links and unused access codes already: this link takes no more answers. If you have not answered yet, ' +
      'ask for a personal link or an access code.',
    // Stryker restore StringLiteral,ConditionalExpression,EqualityOperator
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
    // Stryker disable StringLiteral,ConditionalExpression,EqualityOperator: wording, the English detail
    `${department} has no room for ${requested} more access ${requested === 1 ? 'code' : 'codes'}: its ` +
      `${places} places are held by answers, unused personal links and unused codes. A department never gets ` +
      'more ways to answer than it has people.',
    // Stryker restore StringLiteral,ConditionalExpression,EqualityOperator
    { code: 'access-codes.no-room', params: { department, places, requested } },
  );
}

/**
 * The departments whose answers are released together with `departmentId`'s, itself included: its reporting
 * group's, or itself alone. The ways of answering are kept apart per such unit.
 */
export function departmentsReportedWith(campaign: Campaign, departmentId: string): string[] {
  const group = campaign.reportingGroups.find((g) => g.departmentIds.includes(departmentId));
  return group ? [...group.departmentIds] : [departmentId];
}

/** What a department's answers are, as storage counts them at one moment. */
export interface AnswersHeld {
  /** Responses stored or being stored. */
  stored: number;
  /** Personal links used to answer, or being used right now. */
  answeredLinks: number;
  /** Access codes used to answer, or being used right now. */
  usedCodes: number;
}

/**
 * How many of a department's answers came through a shared link: those no personal link or code accounts
 * for. Derived, so nothing ties any response to the way it came.
 */
export function sharedLinkAnswers({ stored, answeredLinks, usedCodes }: AnswersHeld): number {
  return Math.max(0, stored - answeredLinks - usedCodes);
}

/** The name of the unit `departmentId` is reported in: its reporting group's, else its own. */
function unitNameOf(organization: Organization, campaign: Campaign, departmentId: string): string {
  const group = campaign.reportingGroups.find((g) => g.departmentIds.includes(departmentId));
  return group?.name ?? nameOf(organization, departmentId);
}

/** The refusal of a shared-link answer for a department whose unit answers with personal links or codes. */
export function sharedLinkClosedError(organization: Organization, departmentId: string) {
  const department = nameOf(organization, departmentId);
  return new ConflictError(
    // Stryker disable StringLiteral,ConditionalExpression,EqualityOperator: wording, the English detail
    `This link takes no answers for ${department}: its people answer with access codes or personal links, ` +
      'so that nobody holding a shared link can add answers beside theirs. If you have not answered yet, ask ' +
      'for an access code or a personal link.',
    // Stryker restore StringLiteral,ConditionalExpression,EqualityOperator
    { code: 'survey.shared-link-closed', params: { department } },
  );
}

/** The refusal of codes for a department whose unit already holds answers through a shared link. */
export function codesBesideSharedAnswersError(
  organization: Organization,
  campaign: Campaign,
  departmentId: string,
) {
  const department = nameOf(organization, departmentId);
  const unit = unitNameOf(organization, campaign, departmentId);
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: wording, as below
  const where = unit === department ? department : `${unit}, the reporting group of ${department},`;
  return new ConflictError(
    // Stryker disable StringLiteral,ConditionalExpression,EqualityOperator: wording, the English detail
    `${where} already holds answers through a shared link, so it gets no access codes: an answer given with ` +
      'a code would be reported beside answers that anyone holding the link could have written, and could be ' +
      `worked out from the report. Keep using the shared link for ${department}.`,
    // Stryker restore StringLiteral,ConditionalExpression,EqualityOperator
    { code: 'access-codes.shared-link-answers', params: { department, unit } },
  );
}

/**
 * The refusal of a staff list that would give personal links to people of units already holding answers
 * through a shared link: `departmentIds` are the departments holding them.
 */
export function staffBesideSharedAnswersError(organization: Organization, departmentIds: readonly string[]) {
  const departments = departmentIds.map((id) => nameOf(organization, id)).join(', ');
  return new ConflictError(
    // Stryker disable StringLiteral,ConditionalExpression,EqualityOperator: wording, the English detail
    `${departments} already ${departmentIds.length === 1 ? 'holds' : 'hold'} answers through a shared link, ` +
      'so nobody was imported: a person answering with their personal link would be reported beside answers ' +
      'that anyone holding the link could have written, and could be worked out from the report. Import the ' +
      'staff list before any answer comes through a shared link; in this campaign, keep using shared links ' +
      `for ${departments}.`,
    // Stryker restore StringLiteral,ConditionalExpression,EqualityOperator
    { code: 'staff.shared-link-answers', params: { departments, count: departmentIds.length } },
  );
}
