import type { SurveyResponse } from '../domain/instrument/response';
import type { AnswerValue } from '../domain/instrument/validate-answers';

export interface ScanOptions {
  /**
   * false: free texts (sample objectives, comments) are left out of the answers, which spares reading them
   * from disk: for aggregates and exports, which never show them. A storage may still include a text it
   * holds at hand (a short one, before it could tell the question takes free text), so a caller that must
   * not show texts leaves them out itself. Default true.
   */
  texts?: boolean;
  /**
   * Starts at this position in stored order (0 the first response), passing over those before it: how a
   * tally already holding the first `from` reads only what came since. Default 0.
   */
  from?: number;
}

/** A question asked about in `scanCodes`, with the values whose places its codes give. */
export interface CodedQuestion {
  id: string;
  /** At most 254, so that every code fits in a byte. */
  values: readonly AnswerValue[];
}

/** A stored response as `scanCodes` hands it out: the same object is filled again for the next one. */
export interface CodedResponse {
  departmentId: string;
  /** A 32-bit number made from the response's id: always the same for one response, seldom equal for two. */
  idHash: number;
  /**
   * One code per question asked about, in the order asked: 0 when it was not answered, 1 + i when the answer
   * is the question's values[i] (as === compares: a list never is), and values.length + 1 for any other
   * answer (a free text, say).
   */
  codes: Uint8Array;
}

/** Survey responses: acknowledged only once durable; they change only by being excluded, which deletes them. */
export interface ResponseRepository {
  /** Resolves once the response is on stable storage; rejects if it could not be made durable. */
  append(response: SurveyResponse): Promise<void>;
  /**
   * Optional, for copying an installation (server/storage/copy/): stores responses of one campaign after
   * those stored, in the order given, resolving once all are durable; far fewer writes than one `append`
   * each. Not all-or-nothing: a failure may leave some stored (a failed copy is begun again into an empty
   * target).
   */
  appendMany?(campaignId: string, responses: readonly SurveyResponse[]): Promise<void>;
  listByCampaign(campaignId: string): Promise<SurveyResponse[]>;
  /**
   * Visits a campaign's responses one at a time in the order they were stored, without building a list of
   * them: how a report's aggregates are rebuilt and an export is written, at any number of responses.
   * Resolves with how many were visited (those from `from` on). Responses stored while it runs may or may not be visited; other
   * requests are served while it runs. Each response handed to `visit` is its own copy.
   */
  scan(
    campaignId: string,
    visit: (response: SurveyResponse, index: number) => void,
    options?: ScanOptions,
  ): Promise<number>;
  /**
   * Optional: visits a campaign's responses as `scan` does (stored order, others served meanwhile, resolving
   * with how many were visited), each as the codes of its answers to the questions asked about, without
   * making an object per response: how a data export reads a million responses a few times over in little
   * time and memory. A storage without it is read through `scan`.
   */
  scanCodes?(
    campaignId: string,
    questions: readonly CodedQuestion[],
    visit: (response: CodedResponse, index: number) => void,
  ): Promise<number>;
  countByCampaign(campaignId: string): Promise<number>;
  /** Responses per department; departments without any are left out. */
  countByDepartment(campaignId: string): Promise<Record<string, number>>;
  /**
   * Deletes the named responses of a campaign for good, durably, leaving no mark of which they were; ids
   * not stored (any more) are passed over. Resolves with how many were deleted, or with 'refused' when
   * `allow`, asked about every response stored at that moment while no new one can arrive, says no.
   */
  remove(
    campaignId: string,
    ids: readonly string[],
    allow?: (stored: readonly SurveyResponse[]) => boolean,
  ): Promise<number | 'refused'>;
  /**
   * Deletes every response of a campaign for good, durably, with whatever is kept beside them (the campaign
   * is being deleted, and takes no answers: it is not open). Nothing when it has none.
   */
  removeCampaign(campaignId: string): Promise<void>;
}
