// The colour of a 0–100 score, by the lines of the campaign's own model version (the report carries them):
// at or below the barrier line red, from the healthy line up green, amber between, as the gates judge.

import type { CampaignReport } from '../../../server/http/api-types';

export type ScoreBand = 'band-red' | 'band-amber' | 'band-green' | 'band-none';

export function scoreBand(
  score: number | null | undefined,
  { red, green }: CampaignReport['thresholds'],
): ScoreBand {
  if (score === null || score === undefined) return 'band-none';
  return score <= red ? 'band-red' : score < green ? 'band-amber' : 'band-green';
}
