import type { SurveyResponse } from '../domain/instrument/response';

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

/** Survey responses: acknowledged only once durable; they change only by being excluded, which deletes them. */
export interface ResponseRepository {
  /** Resolves once the response is on stable storage; rejects if it could not be made durable. */
  append(response: SurveyResponse): Promise<void>;
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
}
