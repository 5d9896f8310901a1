// Reads this installation's benchmark pool: for each organization that opted in, the report of the campaign
// it brings (pooledCampaign), as every reader gets it before their restriction, and of it only the
// organization's figures; then the pool's quantile summary (domain/benchmark/).

import type { AppDeps } from '../app-deps';
import {
  poolEntryOf,
  pooledCampaign,
  summarizePool,
  type Instrument,
  type PoolEntry,
  type PoolOutcome,
} from '../domain/benchmark/benchmark-pool';
import type { InstrumentFigures } from '../domain/benchmark/benchmark-file';
import { judgingModel, type BarrierModel } from '../domain/instrument/barrier-model';
import { loadCampaign } from './campaign-context';
import { campaignReport } from './campaign-reports';
import type { CampaignTallies } from './campaign-tallies';

export async function localPool(
  deps: AppDeps,
  tallies: CampaignTallies,
  instrument: Instrument,
): Promise<PoolOutcome> {
  const { storage } = deps;
  const entries: PoolEntry[] = [];
  for (const organization of await storage.organizations.list()) {
    const campaigns = await storage.campaigns.listByOrganization(organization.id);
    const campaign = pooledCampaign(organization, campaigns, instrument);
    if (!campaign) continue;
    const missing = () => new Error(`Campaign ${campaign.id} vanished while the benchmark pool was read`);
    const { report } = await campaignReport(deps, tallies, await loadCampaign(deps, campaign, missing));
    const entry = poolEntryOf(report.overall);
    if (entry) entries.push(entry);
  }
  return summarizePool(instrument, entries, deps.today());
}

/** The model an instrument is scored by on this installation, or null where it has no such instrument. */
export function modelOf(deps: AppDeps, instrument: Instrument): BarrierModel | null {
  const questionnaire = deps.questionnaires.get(instrument.questionnaireId);
  return (questionnaire && judgingModel(instrument.modelVersion, questionnaire.modelVersion)) ?? null;
}

/** Every figure a model scores: what a benchmark file may hold. */
export const figuresOf = (model: BarrierModel): InstrumentFigures => ({
  dimensions: model.dimensions.map((d) => d.id),
  scales: model.dimensions.flatMap((d) => d.scales.map((s) => s.id)),
});

/** The readiness figures, which a report places among others (a routing dimension is no better high). */
export const readinessFiguresOf = (model: BarrierModel): InstrumentFigures =>
  figuresOf({ ...model, dimensions: model.dimensions.filter((d) => d.role === 'readiness') });
