// Each released person's mean over a pilot's dimensions, per reporting unit, read from the responses a wave's
// report was made from (domain/waves/pilot-combined-scores.ts does the scoring): the one figure the reports
// do not keep, which the pilot's evaluation reads as its single pre-declared test (MODEL.md "Waves").

import type { AppDeps } from '../app-deps';
import type { CampaignReport } from '../domain/analysis/campaign-report';
import { reportedResponse, reportingUnits } from '../domain/campaigns/reporting-units';
import type { DimensionId } from '../domain/instrument/barrier-model';
import type { SurveyResponse } from '../domain/instrument/response';
import {
  combinedScoresByUnit,
  pilotAnswersOnly,
  type CombinedScores,
} from '../domain/waves/pilot-combined-scores';
import type { CampaignTallyInput } from './campaign-tallies';

/**
 * The most responses a wave may hold for its pilot's combined score to be worked out from them (read into
 * memory and scored in one go); a pilot pair and its comparison are a few hundred people, an organization of
 * this size has its dimensions' own rows.
 */
export const COMBINED_SCORE_LIMIT = 50_000;

/** How many campaigns' combined scores are kept at once: the waves of the organizations being read now. */
const KEPT_CAMPAIGNS = 32;

/** A reader of combined scores that keeps each campaign's last ones (see below). */
export function combinedScoresReader(deps: AppDeps) {
  const { storage } = deps;
  /**
   * The last combined scores worked out per campaign, with what they were worked out from: reading every
   * response again costs some 150 ms a wave of 10,000, so they are read again only when the report's own
   * figures of those dimensions changed (an exclusion followed by as many new answers keeps the count but
   * not the figures), or its units, minimum or instrument.
   */
  const combinedKept = new Map<string, { key: string; scores: CombinedScores }>();

  /**
   * Each released person's mean over the pilot's dimensions per reporting unit, from the responses the
   * wave's report was made from: the first `received` in stored order (one stored since is in no figure).
   */
  return async (
    loaded: CampaignTallyInput,
    report: CampaignReport,
    dimensions: readonly string[],
  ): Promise<CombinedScores> => {
    const received = report.release?.received ?? 0;
    const { unitOf } = reportingUnits(loaded.organization, loaded.campaign);
    const key = JSON.stringify([
      report.minGroupSize,
      dimensions,
      [...unitOf],
      loaded.campaign.questionnaireId,
      loaded.model.version,
      report.departments.map((d) => [
        d.departmentId,
        dimensions.map((id) => {
          const f = d.summary?.dimensions[id as DimensionId];
          return f ? [f.n, f.mean, f.sd] : null;
        }),
      ]),
    ]);
    const kept = combinedKept.get(loaded.campaign.id);
    if (kept?.key === key) return kept.scores;
    const responses: SurveyResponse[] = [];
    const pilotAnswers = pilotAnswersOnly(loaded.questionnaire, loaded.model, dimensions);
    await storage.responses.scan(
      loaded.campaign.id,
      (r, index) => {
        if (index >= received) return;
        const reported = reportedResponse(r, unitOf);
        responses.push({ ...reported, answers: pilotAnswers(reported.answers) });
      },
      { texts: false },
    );
    const scores = combinedScoresByUnit(
      loaded.questionnaire,
      loaded.model,
      responses,
      report.minGroupSize,
      dimensions,
    );
    // The latest read last, and only the most recent campaigns kept: a wave's scores are a few numbers per
    // person, so an installation of many organizations must not keep every one it was ever asked about.
    combinedKept.delete(loaded.campaign.id);
    combinedKept.set(loaded.campaign.id, { key, scores });
    for (const oldest of combinedKept.keys()) {
      if (combinedKept.size <= KEPT_CAMPAIGNS) break;
      combinedKept.delete(oldest);
    }
    return scores;
  };
}
