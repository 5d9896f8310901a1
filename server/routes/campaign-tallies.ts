// Each campaign's report figures, kept as answers arrive (domain/analysis/campaign-tally.ts): built once
// by reading the campaign's responses in stored order, then brought up to date by reading only the
// responses stored since, soon after each submission and before each report. A report then costs the same
// at a million responses as at a thousand. The responses only grow, except when suspects are excluded,
// which deletes some: the tally is then built anew, as it is when anything it was built with changes (the
// group minimums, the reporting groups, the questionnaire).

import {
  createCampaignTally,
  type CampaignTally,
  type TalliedFigures,
} from '../domain/analysis/campaign-tally';
import type { Campaign } from '../domain/campaigns/campaign';
import type { Organization } from '../domain/campaigns/organization';
import { reportedResponse, reportingUnits } from '../domain/campaigns/reporting-units';
import type { BarrierModel } from '../domain/instrument/barrier-model';
import type { Questionnaire } from '../domain/instrument/questionnaire';
import type { ResponseRepository } from '../storage/response-repository';

export interface TallyInput {
  organization: Organization;
  campaign: Campaign;
  questionnaire: Questionnaire;
  model: BarrierModel;
}

interface Entry {
  key: string;
  tally: CampaignTally;
  unitOf: ReadonlyMap<string, string>;
  /** The catch-up under way: one at a time per campaign, each reading from where the last stopped. */
  reading: Promise<void> | null;
  figures: { received: number; value: TalliedFigures } | null;
}

export interface CampaignTallies {
  /** The campaign's figures over every response stored until now. */
  figures(input: TallyInput): Promise<TalliedFigures>;
  /** A response was stored: a tally kept for the campaign reads it soon, not at the next report. */
  stored(campaignId: string): void;
  /** Responses were deleted: the next report builds the tally anew. */
  forget(campaignId: string): void;
}

export function createCampaignTallies(
  responses: ResponseRepository,
  onError: (error: unknown) => void = () => undefined,
): CampaignTallies {
  const entries = new Map<string, Entry>();

  /** What the tally was built with: when any of it changes, its figures are no longer the report's. */
  const keyOf = ({ organization, campaign, questionnaire, model }: TallyInput) =>
    JSON.stringify([
      [...reportingUnits(organization, campaign).unitOf],
      campaign.minGroupSize,
      campaign.commentMinimum,
      campaign.excludedResponses,
      questionnaire.id,
      model.version,
    ]);

  function entryFor(input: TallyInput): Entry {
    const key = keyOf(input);
    const known = entries.get(input.campaign.id);
    if (known?.key === key) return known;
    const entry: Entry = {
      key,
      tally: createCampaignTally({
        questionnaire: input.questionnaire,
        model: input.model,
        minGroupSize: input.campaign.minGroupSize,
        commentMinimum: input.campaign.commentMinimum,
      }),
      unitOf: reportingUnits(input.organization, input.campaign).unitOf,
      reading: null,
      figures: null,
    };
    entries.set(input.campaign.id, entry);
    return entry;
  }

  /** Reads the responses stored after those the tally holds, in stored order. */
  function catchUp(campaignId: string, entry: Entry): Promise<void> {
    entry.reading ??= (async () => {
      try {
        const from = entry.tally.received();
        await responses.scan(
          campaignId,
          (response, index) => {
            // Only the next one in stored order: a scan may visit one stored after it started, or not.
            if (index === entry.tally.received()) entry.tally.add(reportedResponse(response, entry.unitOf));
          },
          { from },
        );
      } finally {
        entry.reading = null;
      }
    })();
    return entry.reading;
  }

  return {
    async figures(input) {
      const id = input.campaign.id;
      let entry = entryFor(input);
      await catchUp(id, entry);
      // Fewer stored than it holds: some were deleted since. Start again from the first.
      if ((await responses.countByCampaign(id)) < entry.tally.received()) {
        entries.delete(id);
        entry = entryFor(input);
        await catchUp(id, entry);
      }
      const received = entry.tally.received();
      if (entry.figures?.received !== received) entry.figures = { received, value: entry.tally.figures() };
      return entry.figures.value;
    },
    stored(campaignId) {
      const entry = entries.get(campaignId);
      if (entry) catchUp(campaignId, entry).catch(onError);
    },
    forget(campaignId) {
      entries.delete(campaignId);
    },
  };
}
