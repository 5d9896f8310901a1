// The places a department's answers hold, counted at the moment of asking (the rule is
// server/domain/answer-places.ts): responses stored or being stored, personal links not yet used and access
// codes not yet used. One counter per storage, shared by the submission store and the access codes, so that
// a place found free is taken before anything else can look.

import type { EmbeddedResponseRepository } from './embedded-response-repository';
import type { RecordsFile } from './records-file';

export interface DepartmentPlaces {
  /** Places held in the department right now. */
  held(campaignId: string, departmentId: string): number;
  /**
   * Takes a place for a response about to be appended if fewer than `limit` are held, and answers the
   * function that gives it back once the append has settled (a stored response then holds its own place);
   * null when no place is free.
   */
  take(campaignId: string, departmentId: string, limit: number): (() => void) | null;
}

export function createDepartmentPlaces(
  db: RecordsFile,
  responses: EmbeddedResponseRepository,
): DepartmentPlaces {
  const appending = new Map<string, number>();
  const keyOf = (campaignId: string, departmentId: string) => `${campaignId}\n${departmentId}`;

  const unused = (
    list: readonly { campaignId: string; departmentId: string; answered: boolean }[],
    c: string,
    d: string,
  ) => {
    let n = 0;
    for (const x of list) if (!x.answered && x.campaignId === c && x.departmentId === d) n++;
    return n;
  };

  const held = (campaignId: string, departmentId: string) =>
    responses.countIn(campaignId, departmentId) +
    (appending.get(keyOf(campaignId, departmentId)) ?? 0) +
    unused(db.data.surveyInvitations, campaignId, departmentId) +
    unused(db.data.accessCodes, campaignId, departmentId);

  return {
    held,
    take(campaignId, departmentId, limit) {
      if (held(campaignId, departmentId) >= limit) return null;
      const key = keyOf(campaignId, departmentId);
      appending.set(key, (appending.get(key) ?? 0) + 1);
      let given = false;
      return () => {
        if (given) return;
        given = true;
        const left = (appending.get(key) ?? 1) - 1;
        if (left === 0) appending.delete(key);
        else appending.set(key, left);
      };
    },
  };
}
