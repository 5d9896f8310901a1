// The places a department's answers hold, counted at the moment of asking (the rule is
// server/domain/campaigns/answer-places.ts): responses stored or being stored, personal links not yet used and access
// codes not yet used. One counter per storage, shared by the submission store, the access codes and the staff
// list, so that a place found free is taken before anything else can look, and so that the ways of answering
// stay apart: a shared-link answer checks for personal links and codes, and codes and a staff list check for
// shared-link answers, each with no await between the check and the change it guards.

import { sharedLinkAnswers } from '../../domain/campaigns/answer-places';
import type { CampaignPeople } from './campaign-people';
import type { EmbeddedResponseRepository } from './embedded-response-repository';
import type { RecordsFile } from './records-file';

/** What taking a place for a shared-link answer gives: the function giving it back, or why not. */
export type TakenPlace = { release: () => void } | 'full' | 'closed';

export interface DepartmentPlaces {
  /** Places held in the department right now. */
  held(campaignId: string, departmentId: string): number;
  /**
   * Answers through shared links held right now by these departments (a reporting unit), derived as the
   * domain's sharedLinkAnswers says: responses stored or being stored, less answered personal links and used
   * codes. A link or code being spent counts as used, so an answer on its way is never counted as shared.
   */
  sharedAnswers(campaignId: string, departmentIds: readonly string[]): number;
  /** Whether any of these departments has a personal link or an access code, used or not. */
  hasTickets(campaignId: string, departmentIds: readonly string[]): boolean;
  /**
   * Takes a place for a shared-link answer about to be appended to `departmentId`: 'full' when `limit`
   * places are held, 'closed' when a department of its unit (`reportedWith`, itself included) has a personal
   * link or a code; else the function that gives the place back once the append has settled (a stored
   * response then holds its own place).
   */
  take(campaignId: string, departmentId: string, limit: number, reportedWith?: readonly string[]): TakenPlace;
}

interface Ticket {
  campaignId: string;
  departmentId: string;
  answered: boolean;
  pendingClaim?: string;
}

export function createDepartmentPlaces(
  db: RecordsFile,
  responses: EmbeddedResponseRepository,
  people: CampaignPeople,
): DepartmentPlaces {
  const appending = new Map<string, number>();
  const keyOf = (campaignId: string, departmentId: string) => `${campaignId}\n${departmentId}`;

  // Access codes are few (never more than a department's people) and stay in the records file; personal
  // links are counted by campaign-people.ts as they change, so no list is walked here.
  const codes = (c: string, d: string, counts: (t: Ticket) => boolean) => {
    let n = 0;
    for (const x of db.data.accessCodes as Ticket[])
      if (x.campaignId === c && x.departmentId === d && counts(x)) n++;
    return n;
  };
  const unused = (t: Ticket) => !t.answered;
  const spent = (t: Ticket) => t.answered || t.pendingClaim !== undefined;

  const stored = (campaignId: string, departmentId: string) =>
    responses.countIn(campaignId, departmentId) + (appending.get(keyOf(campaignId, departmentId)) ?? 0);

  const held = (campaignId: string, departmentId: string) =>
    stored(campaignId, departmentId) +
    people.counts(campaignId, departmentId).unused +
    codes(campaignId, departmentId, unused);

  const sharedAnswers = (campaignId: string, departmentIds: readonly string[]) => {
    let sum = 0;
    for (const d of new Set(departmentIds)) {
      sum += sharedLinkAnswers({
        stored: stored(campaignId, d),
        answeredLinks: people.counts(campaignId, d).spent,
        usedCodes: codes(campaignId, d, spent),
      });
    }
    return sum;
  };

  const hasTickets = (campaignId: string, departmentIds: readonly string[]) =>
    departmentIds.some((d) => people.counts(campaignId, d).tickets > 0) ||
    db.data.accessCodes.some((t) => t.campaignId === campaignId && departmentIds.includes(t.departmentId));

  return {
    held,
    sharedAnswers,
    hasTickets,
    take(campaignId, departmentId, limit, reportedWith = [departmentId]) {
      if (held(campaignId, departmentId) >= limit) return 'full';
      if (hasTickets(campaignId, [departmentId, ...reportedWith])) return 'closed';
      const key = keyOf(campaignId, departmentId);
      appending.set(key, (appending.get(key) ?? 0) + 1);
      let given = false;
      return {
        release: () => {
          if (given) return;
          given = true;
          const left = (appending.get(key) ?? 1) - 1;
          if (left === 0) appending.delete(key);
          else appending.set(key, left);
        },
      };
    },
  };
}
