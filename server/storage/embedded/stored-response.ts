// A response as its log line holds it: the response, and two fields only this storage reads (the hash of the
// survey page's idempotency key, and the random claim of a personal link or access code; see
// submission-claims.ts).

import type { SurveyResponse } from '../../domain/instrument/response';

export interface StoredResponse extends SurveyResponse {
  key?: string;
  claim?: string;
}

export function isStoredResponse(value: unknown): value is StoredResponse {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    typeof r.campaignId === 'string' &&
    typeof r.departmentId === 'string' &&
    typeof r.submittedOn === 'string' &&
    typeof r.answers === 'object' &&
    r.answers !== null &&
    (r.key === undefined || typeof r.key === 'string') &&
    (r.claim === undefined || typeof r.claim === 'string')
  );
}
