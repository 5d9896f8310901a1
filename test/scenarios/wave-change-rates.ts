// How often the wave comparison and the pilot evaluation err on generated organizations whose true change
// is known (MODEL.md "Waves"): two waves of four departments of fifteen, each wave drawn afresh from true
// levels, through lineage, disclosure, the group summaries the report uses, the change table and the pilot.

import {
  BARRIER_MODEL_V2,
  type BarrierModel,
  type DimensionId,
} from '../../server/domain/instrument/barrier-model';
import type { Questionnaire } from '../../server/domain/instrument/questionnaire';
import { scoreResponse } from '../../server/domain/instrument/scoring';
import { summarizeGroup, type GroupSummary } from '../../server/domain/analysis/group-summary';
import { wilsonInterval } from '../../server/domain/statistics/intervals';
import { traceUnits } from '../../server/domain/waves/unit-lineage';
import { comparedUnits } from '../../server/domain/waves/compared-units';
import { discloseGroups, discloseOrganization } from '../../server/domain/waves/wave-disclosure';
import { compareWaves, figuresOfSummary, type ComparedUnit } from '../../server/domain/waves/wave-change';
import { evaluatePilot, type PilotDimension } from '../../server/domain/waves/pilot-evaluation';
import { combinedFigure, combinedScoresByUnit } from '../../server/domain/waves/pilot-combined-scores';
import { generateOrganization, SILO_SCALES, type OrganizationCase } from './generated-organization';

/** Every scale at 65 (between the red line and the green one), so no change runs into the scale's end. */
const BASE_LEVEL = 65;
const RESPONDENTS = 15;
const MIN_GROUP_SIZE = 5;
/** The pilot pair: the first two departments. */
const PILOT = ['dept-1', 'dept-2'];
/** What the pilot was meant to move: participation and goal breakdown. */
export const PILOT_DIMENSIONS: DimensionId[] = ['participation', 'breakdown'];
/** Wave 2 is drawn from seeds this far from wave 1's, so the two waves share no random draws. */
const SECOND_WAVE_SEED = 1_000_000;

export interface WaveCase {
  name: string;
  /** Points added to the true level of each named scale in wave 2, per department index (0–3). */
  change: (department: number) => Record<string, number>;
}

const raise = (scales: readonly string[], points: number) =>
  Object.fromEntries(scales.map((s) => [s, BASE_LEVEL + points]));

export const WAVE_CASES: readonly WaveCase[] = [
  { name: 'nothing changes', change: () => ({}) },
  {
    name: 'the whole organization improves by 10 points on participation and breakdown',
    change: () => raise(SILO_SCALES, 10),
  },
  {
    name: 'the pilot pair improves by 10 points on participation and breakdown, the rest stay flat',
    change: (d) => (d < 2 ? raise(SILO_SCALES, 10) : {}),
  },
  {
    name: 'the whole organization improves by 4 points on participation (about 0.3 SD of a person)',
    change: () => raise(['participation.breadth', 'participation.silos'], 4),
  },
];

const waveSpec = (levels: (d: number) => Record<string, number>): OrganizationCase => ({
  departments: Array.from({ length: 4 }, (_, d) => ({ levels: levels(d), respondents: RESPONDENTS })),
  defaultLevel: BASE_LEVEL,
  personSpread: 0.6,
  itemSpread: 0.5,
});

export interface WaveOutcome {
  /** Rows compared, and of them how many said rose or fell. */
  rows: number;
  changedRows: number;
  /** Whether the organization's row said `rose` on every pilot dimension. */
  organizationRose: boolean;
  /** Organization rows on pilot dimensions that said rose. */
  organizationRoseOn: DimensionId[];
  /** With the pilot's dimensions combined into each person's mean over them (what the product reads). */
  recommendation: string;
  /** With each dimension read on its own, Holm-corrected across them. */
  perDimensionRecommendation: string;
  /** The person-level SD of the organization's participation scores in wave 1. */
  participationSd: number;
}

/** Two waves of one generated organization, compared as the report would. */
export function runWaves(
  questionnaire: Questionnaire,
  waveCase: WaveCase,
  seed: number,
  model: BarrierModel = BARRIER_MODEL_V2,
): WaveOutcome {
  const first = generateOrganization(
    questionnaire,
    waveSpec(() => ({})),
    seed,
    model.version,
  );
  const second = generateOrganization(
    questionnaire,
    waveSpec(waveCase.change),
    seed + SECOND_WAVE_SEED,
    model.version,
  );
  const summaries = (responses: typeof first.responses) => {
    const scored = responses.map((r) => ({
      departmentId: r.departmentId,
      score: scoreResponse(questionnaire, model, r.answers),
    }));
    const of = (keep: (id: string) => boolean) =>
      summarizeGroup(
        model,
        scored.filter((s) => keep(s.departmentId)).map((s) => s.score),
      );
    const departments = new Map(first.organization.departments.map((d) => [d.id, of((id) => id === d.id)]));
    // Each person's mean over the pilot's dimensions, released and scored as the product does
    // (pilot-combined-scores.ts): the combined score the pilot evaluation reads first.
    const combined = combinedScoresByUnit(questionnaire, model, responses, MIN_GROUP_SIZE, PILOT_DIMENSIONS);
    const ids = first.organization.departments.map((d) => d.id);
    const target = (keep: (id: string) => boolean) => combinedFigure(combined, new Set(ids.filter(keep)));
    return {
      organization: of(() => true),
      departments,
      pilot: of((id) => PILOT.includes(id)),
      others: of((id) => !PILOT.includes(id)),
      pilotTarget: target((id) => PILOT.includes(id)),
      othersTarget: target((id) => !PILOT.includes(id)),
    };
  };
  const before = summaries(first.responses);
  const after = summaries(second.responses);

  const units = first.organization.departments;
  const lineage = traceUnits(units, second.organization.departments);
  const counted = (s: ReturnType<typeof summaries>) =>
    units.map((u) => ({
      id: u.id,
      count: s.departments.get(u.id)!.n,
      shown: s.departments.get(u.id)!.n >= MIN_GROUP_SIZE,
    }));
  const disclosed = discloseGroups(lineage.groups, counted(before), counted(after), MIN_GROUP_SIZE);
  const compared: ComparedUnit[] = [];
  if (discloseOrganization(before.organization.n, after.organization.n, MIN_GROUP_SIZE).shown) {
    compared.push({
      key: 'organization',
      earlier: figuresOfSummary(before.organization),
      later: figuresOfSummary(after.organization),
    });
  }
  // Units never merge or split here, so each group is one unit of each wave.
  const wave = { earlier: before, later: after };
  compared.push(
    ...comparedUnits(lineage.groups, disclosed, (w, ids) =>
      figuresOfSummary(wave[w].departments.get(ids[0]!)!),
    ),
  );
  const change = compareWaves({
    units: compared,
    dimensions: model.dimensions.map((d) => ({ id: d.id, scales: d.scales.map((s) => s.id) })),
    comparableScales: null,
    minGroupSize: MIN_GROUP_SIZE,
  });
  const tested = change.rows.flatMap((r) => (r.result.compared ? [{ row: r, result: r.result }] : []));
  const organizationRoseOn = PILOT_DIMENSIONS.filter((id) =>
    tested.some(
      (t) =>
        t.row.unit === 'organization' &&
        t.row.measure === 'dimension' &&
        t.row.id === id &&
        t.result.verdict === 'rose',
    ),
  );

  const dimensionFigure = (s: GroupSummary, id: DimensionId) => s.dimensions[id]!;
  const pilotDimensions: PilotDimension[] = PILOT_DIMENSIONS.map((id) => ({
    dimension: id,
    pilot: { earlier: dimensionFigure(before.pilot, id), later: dimensionFigure(after.pilot, id) },
    others: { earlier: dimensionFigure(before.others, id), later: dimensionFigure(after.others, id) },
  }));
  const pilotInput = {
    counts: {
      pilot: { earlier: before.pilot.n, later: after.pilot.n },
      others: { earlier: before.others.n, later: after.others.n },
    },
    dimensions: pilotDimensions,
    minGroupSize: MIN_GROUP_SIZE,
    chosenForLowScores: false,
  };
  const pilot = evaluatePilot({
    ...pilotInput,
    combined: {
      pilot: { earlier: before.pilotTarget, later: after.pilotTarget },
      others: { earlier: before.othersTarget, later: after.othersTarget },
    },
  });
  const perDimension = evaluatePilot(pilotInput);
  return {
    rows: tested.length,
    changedRows: tested.filter((t) => t.result.verdict !== 'within-noise').length,
    organizationRose: organizationRoseOn.length === PILOT_DIMENSIONS.length,
    organizationRoseOn,
    recommendation: pilot.evaluated ? pilot.recommendation : `not evaluated: ${pilot.reason}`,
    perDimensionRecommendation: perDimension.evaluated
      ? perDimension.recommendation
      : `not evaluated: ${perDimension.reason}`,
    participationSd: before.organization.dimensions.participation?.sd ?? Number.NaN,
  };
}

export interface Rate {
  count: number;
  of: number;
  rate: number;
  low: number;
  high: number;
}

const rateOf = (count: number, of: number): Rate => {
  const share = wilsonInterval(count, of);
  return { count, of, rate: share.p ?? 0, low: share.low ?? 0, high: share.high ?? 0 };
};

export interface WaveCaseResult {
  name: string;
  /** Share of compared rows that said rose or fell. */
  perRow: Rate;
  /** Share of organizations with any row saying rose or fell (family-wise). */
  perReport: Rate;
  /** Share whose organization row said rose on both pilot dimensions, and on at least one. */
  organizationRose: Rate;
  organizationRoseOnAny: Rate;
  widen: Rate;
  stop: Rate;
  /** The same with each pilot dimension read on its own (Holm across them). */
  widenPerDimension: Rate;
  stopPerDimension: Rate;
  meanParticipationSd: number;
}

/** `organizations` organizations of one case, organization i from seed `seed + i`. */
export function measureWaveCase(
  questionnaire: Questionnaire,
  waveCase: WaveCase,
  organizations: number,
  seed: number,
): WaveCaseResult {
  let rows = 0;
  let changedRows = 0;
  let anyChange = 0;
  let rose = 0;
  let roseOnAny = 0;
  let widen = 0;
  let stop = 0;
  let widenPerDimension = 0;
  let stopPerDimension = 0;
  let sd = 0;
  for (let i = 0; i < organizations; i++) {
    const outcome = runWaves(questionnaire, waveCase, seed + i);
    rows += outcome.rows;
    changedRows += outcome.changedRows;
    if (outcome.changedRows > 0) anyChange++;
    if (outcome.organizationRose) rose++;
    if (outcome.organizationRoseOn.length > 0) roseOnAny++;
    if (outcome.recommendation === 'widen') widen++;
    if (outcome.recommendation === 'stop') stop++;
    if (outcome.perDimensionRecommendation === 'widen') widenPerDimension++;
    if (outcome.perDimensionRecommendation === 'stop') stopPerDimension++;
    sd += outcome.participationSd;
  }
  return {
    name: waveCase.name,
    perRow: rateOf(changedRows, rows),
    perReport: rateOf(anyChange, organizations),
    organizationRose: rateOf(rose, organizations),
    organizationRoseOnAny: rateOf(roseOnAny, organizations),
    widen: rateOf(widen, organizations),
    stop: rateOf(stop, organizations),
    widenPerDimension: rateOf(widenPerDimension, organizations),
    stopPerDimension: rateOf(stopPerDimension, organizations),
    meanParticipationSd: sd / organizations,
  };
}
