import type { SurveyResponse } from '../domain/response';

export interface Submission {
  response: SurveyResponse;
  /** The personal invitation whose link was used: it is spent if and only if the response is stored. */
  invitationId: string | null;
  /**
   * Hash of the idempotency key the survey page sent with this submission, or null. A repeat of a key
   * already stored for the campaign stores nothing and counts as success: a retry after a lost answer.
   */
  keyHash: string | null;
}

export type SubmitOutcome = 'stored' | 'repeat' | 'already-answered';

/**
 * Taking a response in: the response and the spending of a personal link happen together or not at all,
 * so no crash can lock a person out without their answer on file or count them twice.
 */
export interface SubmissionStore {
  /** Resolves once the response is durable; rejects, having spent no link, if it could not be stored. */
  submit(submission: Submission): Promise<SubmitOutcome>;
}
