// A campaign's responses only grow, except when suspects are excluded, which also changes the campaign (its
// count of exclusions): so a report is fully determined by the campaign, its organization and how many
// responses it has. Keep the last report per campaign and rebuild it only when one of those
// changes: reading a report again, or from several screens, costs nothing.

import {
  buildCampaignReport,
  type CampaignReport,
  type CampaignReportInput,
} from '../domain/analysis/campaign-report';
import type { SurveyResponse } from '../domain/instrument/response';
import { createScoreCache } from './score-cache';

export function createReportCache() {
  const scorer = createScoreCache();
  const last = new Map<string, { key: string; report: CampaignReport }>();
  return (
    input: Omit<CampaignReportInput, 'scoreOf'> & {
      /** The stored response behind each reported one, whose score may be cached already. */
      storedOf?: ReadonlyMap<SurveyResponse, SurveyResponse>;
    },
  ): CampaignReport => {
    const key = JSON.stringify([input.responses.length, input.campaign, input.organization]);
    const cached = last.get(input.campaign.id);
    if (cached?.key === key) return cached.report;
    const score = scorer(input.questionnaire, input.model);
    const report = buildCampaignReport({ ...input, scoreOf: (r) => score(input.storedOf?.get(r) ?? r) });
    last.set(input.campaign.id, { key, report });
    return report;
  };
}
