import type { AccessCode } from '../domain/campaigns/access-code';

export type IssueOutcome = 'issued' | 'full' | 'beside-shared-answers';

/**
 * The first code of a batch given to issue(), or undefined for an empty one; throws when the batch mixes
 * campaigns or departments, which issue() never accepts (every store checks it the same way).
 */
export function firstOfBatch(codes: readonly AccessCode[]): AccessCode | undefined {
  const [first] = codes;
  if (
    first &&
    codes.some((c) => c.campaignId !== first.campaignId || c.departmentId !== first.departmentId)
  ) {
    throw new Error('A batch of access codes is for one campaign and one department');
  }
  return first;
}

/**
 * Anonymous one-time access codes, kept as hashes. A code records only whether it was used: nothing ties it
 * to a person or to its response. Answering goes through SubmissionStore, which spends the code and stores
 * the response as one step.
 */
export interface AccessCodeRepository {
  /**
   * Adds a batch of codes, all of one campaign and department, if that department has room for every one of
   * them: its `places` (headcount) less the places already held by its responses (stored or being stored),
   * its unused personal links and its unused codes; and if neither it nor a department reported with it
   * (`reportedWith`) holds an answer through a shared link (answer-places.ts). Resolves 'issued' once
   * durable, or 'full' or 'beside-shared-answers' having added none. Two batches at once never overfill a
   * department, and no shared-link answer comes in between the check and the codes.
   */
  issue(codes: AccessCode[], places: number, reportedWith?: readonly string[]): Promise<IssueOutcome>;
  findByCodeHash(codeHash: string): Promise<AccessCode | undefined>;
  /** Codes issued per department, used or not: what an administrator handed out. */
  countByDepartment(campaignId: string): Promise<Record<string, number>>;
  /** Optional, for copying an installation (server/storage/copy/): the campaign's codes, used or not. */
  listByCampaign?(campaignId: string): Promise<AccessCode[]>;
  /**
   * Optional, for copying into an empty storage: stores codes as `listByCampaign` gave them, used ones
   * staying used, in one write, with no check of places (they were checked when issued).
   */
  restore?(codes: AccessCode[]): Promise<void>;
}
