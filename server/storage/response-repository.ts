import type { SurveyResponse } from '../domain/response';

/** Survey responses: they only ever grow, and one is acknowledged only once it is durable. */
export interface ResponseRepository {
  /** Resolves once the response is on stable storage; rejects if it could not be made durable. */
  append(response: SurveyResponse): Promise<void>;
  listByCampaign(campaignId: string): Promise<SurveyResponse[]>;
  countByCampaign(campaignId: string): Promise<number>;
}
