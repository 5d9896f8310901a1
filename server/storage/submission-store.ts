import type { SurveyResponse } from '../domain/instrument/response';

export interface Submission {
  response: SurveyResponse;
  /** The personal invitation whose link was used: it is spent if and only if the response is stored. */
  invitationId: string | null;
  /** The access code used, if any: spent if and only if the response is stored, as a personal link is. */
  accessCodeId?: string | null;
  /**
   * Set for an answer through a shared link: the places (headcount) of the response's department. The
   * response is stored only while a place is free: fewer than `places` held by the department's responses
   * (stored or being stored), unused personal links and unused access codes; else the outcome is 'full'.
   */
  places?: number | null;
  /**
   * With `places`: the departments reported together with the response's (its reporting unit). The answer is
   * refused ('closed') if the response's department or any of these has a personal link or an access code,
   * used or not: no shared-link answer is ever counted beside theirs. Checked when the place is taken.
   */
  reportedWith?: readonly string[] | null;
  /**
   * Hash of the idempotency key the survey page sent with this submission, or null. A repeat of a key
   * already stored for the campaign stores nothing and counts as success: a retry after a lost answer.
   */
  keyHash: string | null;
}

export type SubmitOutcome = 'stored' | 'repeat' | 'already-answered' | 'full' | 'closed';

/**
 * Taking a response in: the response and the spending of a personal link or an access code happen together
 * or not at all, so no crash can lock a person out without their answer on file or count them twice; and a
 * shared link's answer takes a free place of its department, in a unit answering by no personal link or code,
 * or is refused, with no race between the check and the store.
 */
export interface SubmissionStore {
  /** Resolves once the response is durable; rejects, having spent no link or code, if it could not be stored. */
  submit(submission: Submission): Promise<SubmitOutcome>;
}
