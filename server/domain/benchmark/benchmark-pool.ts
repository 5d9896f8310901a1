// The local benchmark pool: per organization of this installation that opted in, its latest closed campaign
// on the instrument (questionnaire and model version) whose organization figures are shown, and from each
// only the organization's own scores, one value per dimension and scale. A pool of fewer than
// MIN_ORGANIZATIONS gives no benchmark; a figure fewer than that many organizations have a score on gives
// no quantiles either.

import { quantilesOf, type Quantiles } from './benchmark-quantiles';

/** Fewest organizations a benchmark, and each of its figures, stands on. */
export const MIN_ORGANIZATIONS = 10;

/** What a benchmark compares like with like on: the questionnaire asked and the model that scored it. */
export interface Instrument {
  questionnaireId: string;
  modelVersion: string;
}

export const sameInstrument = (a: Instrument, b: Instrument): boolean =>
  a.questionnaireId === b.questionnaireId && a.modelVersion === b.modelVersion;

/** The parts of an organization the pool reads. */
export interface PoolOrganization {
  id: string;
  benchmarkOptIn?: boolean;
  archivedOn?: string;
}

/** The parts of a campaign the pool reads. */
export interface PoolCampaign extends Instrument {
  id: string;
  status: 'draft' | 'open' | 'closed';
  scope: 'organization' | 'departments';
  closedOn: string | null;
  archivedOn?: string;
}

/**
 * The campaign an organization brings to the pool on `instrument`, or null: none unless it opted in and is
 * not archived; then its latest closed, unarchived campaign of the whole organization on the instrument
 * (a pilot's figures are a few departments', not the organization's). The latest is taken even where its
 * figures turn out hidden: an older campaign would stand for the organization as it no longer is.
 */
export function pooledCampaign<C extends PoolCampaign>(
  organization: PoolOrganization,
  campaigns: readonly C[],
  instrument: Instrument,
): C | null {
  if (organization.benchmarkOptIn !== true || organization.archivedOn !== undefined) return null;
  let latest: C | null = null;
  for (const campaign of campaigns) {
    if (campaign.status !== 'closed' || campaign.closedOn === null) continue;
    if (campaign.archivedOn !== undefined || campaign.scope !== 'organization') continue;
    if (!sameInstrument(campaign, instrument)) continue;
    // The later closing day wins; on the same day, the later id, so the choice never depends on order.
    const sameDay = latest !== null && campaign.closedOn === latest.closedOn;
    const later =
      latest === null ||
      campaign.closedOn > latest.closedOn! ||
      // Stryker disable next-line EqualityOperator: two campaigns never share an id
      (sameDay && campaign.id > latest.id);
    if (later) latest = campaign;
  }
  return latest;
}

/** One organization's figures as its report shows them: respondents, and each dimension's and scale's mean. */
export interface PoolEntry {
  respondents: number;
  dimensions: Readonly<Record<string, number | null>>;
  scales: Readonly<Record<string, number | null>>;
}

/** The organization's figures of a report, or null where its report does not show them. */
export function poolEntryOf(
  overall: {
    n: number;
    dimensions: Readonly<Partial<Record<string, { mean: number | null }>>>;
    scales: Readonly<Record<string, { estimate: { mean: number | null } }>>;
  } | null,
): PoolEntry | null {
  if (overall === null) return null;
  const dimensions: Record<string, number | null> = {};
  for (const [id, estimate] of Object.entries(overall.dimensions)) dimensions[id] = estimate?.mean ?? null;
  const scales: Record<string, number | null> = {};
  for (const [id, summary] of Object.entries(overall.scales)) scales[id] = summary.estimate.mean;
  return { respondents: overall.n, dimensions, scales };
}

/** One figure over the pool: how many organizations and people it stands on, and its percentiles. */
export interface FigureSummary {
  organizations: number;
  respondents: number;
  quantiles: Quantiles;
}

/** A pool summarised: what a benchmark file holds and what bands are read from. */
export interface BenchmarkSummary extends Instrument {
  /** The day it was summarised (YYYY-MM-DD). */
  createdOn: string;
  organizations: number;
  respondents: number;
  dimensions: Record<string, FigureSummary>;
  scales: Record<string, FigureSummary>;
}

export type PoolOutcome =
  | { available: true; summary: BenchmarkSummary }
  /** Says how many organizations are needed, never how many there are (MODEL.md, "Benchmark"). */
  | { available: false; reason: 'too-few-organizations'; needed: number };

/**
 * The pool's summary. `respondents` of a figure counts the people of its organizations (each organization's
 * respondents, whether or not each has a score on that very figure: a report shows no finer count).
 */
export function summarizePool(
  instrument: Instrument,
  entries: readonly PoolEntry[],
  createdOn: string,
): PoolOutcome {
  if (entries.length < MIN_ORGANIZATIONS) {
    return { available: false, reason: 'too-few-organizations', needed: MIN_ORGANIZATIONS };
  }
  const summarize = (pick: (e: PoolEntry) => Readonly<Record<string, number | null>>) => {
    const ids = [...new Set(entries.flatMap((e) => Object.keys(pick(e))))].sort();
    const figures: Record<string, FigureSummary> = {};
    for (const id of ids) {
      const scored = entries.filter((e) => typeof pick(e)[id] === 'number');
      if (scored.length < MIN_ORGANIZATIONS) continue;
      figures[id] = {
        organizations: scored.length,
        respondents: scored.reduce((sum, e) => sum + e.respondents, 0),
        quantiles: quantilesOf(scored.map((e) => pick(e)[id]!)),
      };
    }
    return figures;
  };
  return {
    available: true,
    summary: {
      ...instrument,
      createdOn,
      organizations: entries.length,
      respondents: entries.reduce((sum, e) => sum + e.respondents, 0),
      dimensions: summarize((e) => e.dimensions),
      scales: summarize((e) => e.scales),
    },
  };
}
