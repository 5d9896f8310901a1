// Each campaign's report figures, kept as answers arrive (domain/analysis/campaign-tally.ts): taken up from
// its last checkpoint, or built by reading the campaign's responses in stored order, then brought up to date
// by reading only the responses stored since, soon after each submission and before each report. A report
// then costs the same at a million responses as at a thousand, and so does a start. The responses only grow,
// except when suspects are excluded, which deletes some: the tally is then built anew, as it is when
// anything it was built with changes (the groups, the minimums, the questionnaire).
//
// A checkpoint is taken up only if it was made with the same settings, no more responses are said to be in
// it than are stored, and the response it says came last is the one stored at that place: a log restored
// from an older backup, rewritten or replaced fails that test, and the tally is built from the responses.

import {
  createCampaignTally,
  decodeTallyState,
  encodeTallyState,
  type CampaignTally,
  type TalliedFigures,
  type TallyInput,
} from '../domain/analysis/campaign-tally';
import { reportFromTally, type CampaignReport } from '../domain/analysis/campaign-report';
import type { Campaign } from '../domain/campaigns/campaign';
import { tallyCutsOf } from '../domain/campaigns/campaign-cuts';
import type { Organization } from '../domain/campaigns/organization';
import { asReported, reportedResponse, reportingUnits } from '../domain/campaigns/reporting-units';
import type { BarrierModel } from '../domain/instrument/barrier-model';
import type { Questionnaire } from '../domain/instrument/questionnaire';
import type { Storage } from '../storage/storage';

export interface CampaignTallyInput {
  organization: Organization;
  campaign: Campaign;
  questionnaire: Questionnaire;
  model: BarrierModel;
}

/**
 * A checkpoint is written once this many responses were filed since the last: the tally's state does not
 * grow with responses, so writing it is cheap, and a start re-files at most this many.
 */
const CHECKPOINT_EVERY = 1_000;

interface Entry {
  key: string;
  input: TallyInput;
  tally: CampaignTally;
  unitOf: ReadonlyMap<string, string>;
  /** The id of the last response filed: what a checkpoint is checked against. */
  lastId: string | null;
  /** Taking up the checkpoint, once, before anything is read. */
  opening: Promise<void> | null;
  /** The catch-up under way: one at a time per campaign, each reading from where the last stopped. */
  reading: Promise<void> | null;
  figures: { received: number; value: TalliedFigures } | null;
  report: { key: string; value: CampaignReport } | null;
  saved: number;
  saving: boolean;
}

export interface CampaignTallies {
  /** The campaign's figures over every response stored until now. */
  figures(input: CampaignTallyInput): Promise<TalliedFigures>;
  /**
   * The campaign's whole report over those figures, built again only when they, the campaign or its
   * organization changed: reading it again, or from several screens, costs nothing.
   */
  report(input: CampaignTallyInput): Promise<CampaignReport>;
  /**
   * The report with the very figures it was built from: a view that reads both (per-question counts beside
   * the report's hiding) never pairs a report with figures taken after more answers were filed.
   */
  reportWithFigures(input: CampaignTallyInput): Promise<{ report: CampaignReport; figures: TalliedFigures }>;
  /** A response was stored: a tally kept for the campaign reads it soon, not at the next report. */
  stored(campaignId: string): void;
  /** Responses were deleted: the next report builds the tally anew. */
  forget(campaignId: string): Promise<void>;
}

export function createCampaignTallies(
  storage: Pick<Storage, 'responses' | 'tallies'>,
  onError: (error: unknown) => void = () => undefined,
): CampaignTallies {
  const { responses, tallies: checkpoints } = storage;
  const entries = new Map<string, Entry>();
  /** Campaigns whose catch-up is already asked for in this turn. */
  const pending = new Set<string>();

  /** What the tally was built with: when any of it changes, its figures are no longer the report's. */
  const keyOf = ({ organization, campaign, questionnaire, model }: CampaignTallyInput) =>
    JSON.stringify([
      campaign.id,
      [...reportingUnits(organization, campaign).unitOf],
      campaign.minGroupSize,
      campaign.commentMinimum,
      campaign.excludedResponses,
      questionnaire.id,
      model.version,
      campaign.cuts ?? [],
    ]);

  function entryFor(input: CampaignTallyInput): Entry {
    const key = keyOf(input);
    const known = entries.get(input.campaign.id);
    if (known?.key === key) return known;
    const tallyInput: TallyInput = {
      questionnaire: input.questionnaire,
      model: input.model,
      minGroupSize: input.campaign.minGroupSize,
      commentMinimum: input.campaign.commentMinimum,
      cuts: tallyCutsOf(input.campaign),
    };
    const entry: Entry = {
      key,
      input: tallyInput,
      tally: createCampaignTally(tallyInput),
      unitOf: reportingUnits(input.organization, input.campaign).unitOf,
      lastId: null,
      opening: null,
      reading: null,
      figures: null,
      report: null,
      saved: 0,
      saving: false,
    };
    entry.opening = takeUp(input.campaign.id, entry).catch(onError);
    entries.set(input.campaign.id, entry);
    return entry;
  }

  /** Takes up the campaign's checkpoint if it holds, and only then. */
  async function takeUp(campaignId: string, entry: Entry): Promise<void> {
    const text = await checkpoints.read(campaignId);
    if (text === null) return;
    const newline = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, newline)) as { key: string; lastId: string | null };
    if (header.key !== entry.key) return;
    let tally: CampaignTally;
    try {
      tally = createCampaignTally(entry.input, decodeTallyState(text.slice(newline + 1)));
    } catch {
      return; // made for another plan: the responses are read instead
    }
    const received = tally.received();
    if (received > 0) {
      if ((await responses.countByCampaign(campaignId)) < received) return;
      let lastId: string | null = null;
      await responses.scan(
        campaignId,
        (response, index) => {
          if (index === received - 1) lastId = response.id;
        },
        { from: received - 1, texts: false },
      );
      if (lastId === null || lastId !== header.lastId) return;
    }
    entry.tally = tally;
    entry.lastId = header.lastId;
    entry.saved = received;
  }

  /** Reads the responses stored after those the tally holds, in stored order. */
  function catchUp(campaignId: string, entry: Entry): Promise<void> {
    entry.reading ??= (async () => {
      try {
        await entry.opening;
        const from = entry.tally.received();
        await responses.scan(
          campaignId,
          (response, index) => {
            // Only the next one in stored order: a scan may visit one stored after it started, or not.
            if (index !== entry.tally.received()) return;
            entry.tally.add(reportedResponse(response, entry.unitOf));
            entry.lastId = response.id;
          },
          { from },
        );
        save(campaignId, entry);
      } finally {
        entry.reading = null;
      }
    })();
    return entry.reading;
  }

  /** Writes a checkpoint in the background once enough was filed since the last one. */
  function save(campaignId: string, entry: Entry): void {
    const received = entry.tally.received();
    if (entry.saving || received - entry.saved < CHECKPOINT_EVERY) return;
    entry.saving = true;
    const text = `${JSON.stringify({ key: entry.key, lastId: entry.lastId })}\n${encodeTallyState(entry.tally.state())}`;
    checkpoints
      .write(campaignId, text)
      .then(() => {
        entry.saved = received;
      })
      .catch(onError)
      .finally(() => {
        entry.saving = false;
      });
  }

  async function figures(input: CampaignTallyInput): Promise<TalliedFigures> {
    const id = input.campaign.id;
    let entry = entryFor(input);
    await catchUp(id, entry);
    // Fewer stored than it holds: some were deleted since. Start again from the first.
    if ((await responses.countByCampaign(id)) < entry.tally.received()) {
      entries.delete(id);
      await checkpoints.remove(id);
      entry = entryFor(input);
      await catchUp(id, entry);
    }
    const received = entry.tally.received();
    if (entry.figures?.received !== received) entry.figures = { received, value: entry.tally.figures() };
    return entry.figures.value;
  }

  return {
    figures,
    async report(input) {
      return (await this.reportWithFigures(input)).report;
    },
    async reportWithFigures(input) {
      const value = await figures(input);
      const entry = entries.get(input.campaign.id)!;
      // The figures by how many responses they hold; the rest is what the report is built with.
      const key = JSON.stringify([value.received, input.campaign, input.organization]);
      if (entry.report?.key !== key) {
        // Reports see reporting groups in place of the departments they merge.
        const reported = asReported(input.organization, input.campaign, []);
        entry.report = { key, value: reportFromTally({ ...input, ...reported, figures: value }) };
      }
      return { report: entry.report.value, figures: value };
    },
    stored(campaignId) {
      // Many answers a moment: one catch-up reads all that arrived in this turn of the event loop.
      if (pending.has(campaignId)) return;
      pending.add(campaignId);
      setImmediate(() => {
        pending.delete(campaignId);
        const entry = entries.get(campaignId);
        if (entry) catchUp(campaignId, entry).catch(onError);
      });
    },
    async forget(campaignId) {
      entries.delete(campaignId);
      await checkpoints.remove(campaignId);
    },
  };
}
