// The deeper statistics of a campaign, computed only on what the report may show: scale reliability on
// the whole organization, and agreement, differences, silo signals, drivers, the conflict map and the
// pilot proposal on the departments above the minimum group size.

import type { BarrierModel, DimensionDefinition, DimensionId } from '../instrument/barrier-model';
import { summarizeSample } from '../statistics/descriptive';
import { buildConflictMap, buildConflictMapFromCounts, type ConflictMap } from './conflict-map';
import {
  compareDepartmentsFromSummaries,
  type DepartmentDifference,
  type GroupSpread,
} from './department-differences';
import { driverAnalysis, driverAnalysisFromMoments, type Driver } from './driver-analysis';
import { dimensionAgreement, dimensionAgreementFromMoments, type Agreement } from './group-agreement';
import type { GroupSummary } from './group-summary';
import { proposePilot, type PilotProposal } from '../decisions/pilot-proposal';
import type { Questionnaire } from '../instrument/questionnaire';
import type { SurveyResponse } from '../instrument/response';
import { scaleReliability, scaleReliabilityFromMoments, type ScaleReliability } from './scale-reliability';
import type { ResponseScore } from '../instrument/scoring';
import { findSiloSignals, type SiloSignal } from './silo-signals';
import {
  summarizeGoalAuditCounts,
  summarizeGoalAudits,
  type GoalAuditCounts,
  type GoalAuditSummary,
} from './goal-audit';
import { iccFromSummaries, type IccResult } from '../statistics/agreement';
import { momentsVariance, type CrossMoments } from '../statistics/moments';
import { TALLY_FACTORS, type UnitTotals } from './campaign-tally';

export interface ScoredResponse {
  response: SurveyResponse;
  score: ResponseScore;
  items: Record<string, number | null>;
}

export interface ShownDepartment {
  departmentId: string;
  summary: GroupSummary;
  members: readonly ScoredResponse[];
}

export interface CampaignAnalysis {
  reliability: ScaleReliability[];
  /** Per department shown, agreement on each readiness dimension. */
  agreement: Record<string, Partial<Record<DimensionId, Agreement>>>;
  /** Share of shown departments that agree (rwg(j) at or above the cut-off) on every readiness dimension. */
  agreementShare: number | null;
  icc: Partial<Record<DimensionId, IccResult>>;
  differences: DepartmentDifference[];
  siloSignals: SiloSignal[];
  drivers: Driver[];
  conflictMap: ConflictMap;
  pilot: PilotProposal | null;
  /** SMART checks of the sample objectives, for the organization and each department shown. */
  goalAudit: { overall: GoalAuditSummary; departments: Record<string, GoalAuditSummary> };
}

const GATE_DIMENSIONS: readonly DimensionId[] = ['hygiene', 'culture', 'okr-kpi'];

/**
 * The analysis of lists of scored responses: the reference the running totals are checked against, and
 * what a test builds by hand. The report reads `analyseTotals`; both end in `assemble`.
 */
export function analyseCampaign(input: {
  questionnaire: Questionnaire;
  model: BarrierModel;
  all: readonly ScoredResponse[];
  shown: readonly ShownDepartment[];
  minGroupSize: number;
  /**
   * Item scores of the complete cases released for reliability (release.ts); by default every response's
   * items, where all answers are released together.
   */
  completeCases?: readonly Record<string, number | null>[];
}): CampaignAnalysis {
  const { questionnaire, model, all, shown } = input;
  // Each person's own dimension score, moved so that the department's mean is its shown dimension figure:
  // the tests then see each person's spread around the figure, and nothing they report (a difference, an
  // ICC) gives the mean of the personal scores, which over people who skipped different scales would let a
  // reader solve for one person (see dimensionEstimate in group-summary.ts).
  const spreadOn = (d: ShownDepartment, dim: DimensionId): GroupSpread => {
    const own = d.members
      .map((m) => m.score.dimensions[dim])
      .filter((v): v is number => typeof v === 'number');
    const figure = d.summary.dimensions[dim]?.mean;
    if (own.length === 0 || figure === null || figure === undefined)
      return { departmentId: d.departmentId, ...summarizeSample([]) };
    const shift = figure - own.reduce((a, b) => a + b, 0) / own.length;
    return { departmentId: d.departmentId, ...summarizeSample(own.map((x) => x + shift)) };
  };
  const outcomeId = questionnaire.questions.find((q) => q.role === 'outcome')?.id;
  const outcomes = all.map((s) => {
    const value = outcomeId === undefined ? undefined : s.response.answers[outcomeId];
    return typeof value === 'number' ? value : null;
  });
  const sampleId = questionnaire.questions.find((q) => q.role === 'sample-okr')?.id;
  const samplesOf = (members: readonly ScoredResponse[]) =>
    members
      .map((m) => (sampleId === undefined ? undefined : m.response.answers[sampleId]))
      .filter((v): v is string => typeof v === 'string');
  return assemble(model, shown, input.minGroupSize, {
    agreementOf: (d, dimension) =>
      dimensionAgreement(
        questionnaire,
        dimension,
        d.members.map((m) => m.items),
      ),
    spreadOn,
    reliability: () => scaleReliability(questionnaire, model, input.completeCases ?? all.map((s) => s.items)),
    drivers: () =>
      driverAnalysis(
        model,
        all.map((s) => s.score),
        outcomes,
      ),
    conflictMap: () =>
      buildConflictMap(
        shown.map((d) => d.departmentId),
        shown.flatMap((d) => d.members.map((m) => m.response)),
        model.thresholds.dependencyShare,
      ),
    goalAudit: () => ({
      overall: summarizeGoalAudits(samplesOf(all)),
      departments: Object.fromEntries(
        shown.map((d) => [d.departmentId, summarizeGoalAudits(samplesOf(d.members))]),
      ),
    }),
  });
}

/** How each kind of figure is worked out, from lists or from running totals, for `assemble`. */
interface AnalysisSource<D extends { departmentId: string; summary: GroupSummary }> {
  agreementOf: (department: D, dimension: DimensionDefinition) => Agreement;
  /** The department's people's own scores on the dimension, around its shown figure. */
  spreadOn: (department: D, dimension: DimensionId) => GroupSpread;
  reliability: () => ScaleReliability[];
  drivers: () => Driver[];
  conflictMap: () => ConflictMap;
  goalAudit: () => CampaignAnalysis['goalAudit'];
}

/** The analysis from its parts: one rule for agreement shares, ICC, differences, silo signals and pilot. */
function assemble<D extends { departmentId: string; summary: GroupSummary }>(
  model: BarrierModel,
  shown: readonly D[],
  minGroupSize: number,
  source: AnalysisSource<D>,
): CampaignAnalysis {
  const readiness = model.dimensions.filter((d) => d.role === 'readiness');
  const agreement: CampaignAnalysis['agreement'] = {};
  for (const d of shown) {
    agreement[d.departmentId] = Object.fromEntries(
      readiness.map((dimension) => [dimension.id, source.agreementOf(d, dimension)]),
    );
  }
  const agreeing = shown.filter((d) =>
    readiness.every(
      (dimension) => (agreement[d.departmentId]?.[dimension.id]?.rwgJ ?? 0) >= model.thresholds.agreement,
    ),
  );
  const icc: CampaignAnalysis['icc'] = {};
  const differences: DepartmentDifference[] = [];
  for (const { id: dim } of readiness) {
    const groups = shown.map((d) => source.spreadOn(d, dim));
    if (shown.length >= 2) {
      // A negative ICC estimates zero between-department variance; showing -20 would only mislead.
      const result = iccFromSummaries(groups);
      const floor = (x: number | null) => (x === null ? null : Math.max(0, x));
      icc[dim] = { ...result, icc1: floor(result.icc1), icc2: floor(result.icc2) };
    }
    differences.push(
      ...compareDepartmentsFromSummaries(dim, groups, {
        minGroupSize,
        gapEffectSize: model.thresholds.gapEffectSize,
      }),
    );
  }
  const conflictMap = source.conflictMap();
  return {
    goalAudit: source.goalAudit(),
    reliability: source.reliability(),
    agreement,
    agreementShare: shown.length ? agreeing.length / shown.length : null,
    icc,
    differences,
    siloSignals: findSiloSignals(
      model,
      shown.map((d) => ({
        departmentId: d.departmentId,
        summary: d.summary,
        agreement: agreement[d.departmentId]!,
      })),
      differences,
    ),
    drivers: source.drivers(),
    conflictMap,
    pilot: proposePilot(pilotCandidates(model, shown), conflictMap.dependencies),
  };
}

/** Each shown department as a pilot candidate: how ready its goal work is, and whether its basics hold. */
function pilotCandidates(
  model: BarrierModel,
  shown: readonly { departmentId: string; summary: GroupSummary }[],
) {
  const mean = (xs: (number | null | undefined)[]) => {
    const present = xs.filter((x): x is number => typeof x === 'number');
    return present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
  };
  return shown.map((d) => ({
    departmentId: d.departmentId,
    readiness: mean([d.summary.dimensions.participation?.mean, d.summary.dimensions.breakdown?.mean]),
    hasSoundBasics: GATE_DIMENSIONS.every(
      (dim) => (d.summary.dimensions[dim]?.mean ?? 0) > model.thresholds.red,
    ),
  }));
}

/** A department shown in the report, with the running totals behind its deeper analysis (campaign-tally.ts). */
export interface ShownTotals {
  departmentId: string;
  summary: GroupSummary;
  totals: UnitTotals;
}

/**
 * The same analysis as `analyseCampaign`, from running totals kept as answers were released: what a report
 * reads, at the same cost whatever the number of responses. `reliability` and `drivers` are the
 * organization's cross moments, `goals` its goal-audit counts.
 */
export function analyseTotals(input: {
  questionnaire: Questionnaire;
  model: BarrierModel;
  shown: readonly ShownTotals[];
  minGroupSize: number;
  reliability: ReadonlyMap<string, CrossMoments>;
  drivers: ReadonlyMap<DimensionId, CrossMoments>;
  goals: GoalAuditCounts;
}): CampaignAnalysis {
  const { questionnaire, model, shown } = input;
  return assemble(model, shown, input.minGroupSize, {
    agreementOf: (d, dimension) => dimensionAgreementFromMoments(questionnaire, dimension, d.totals.items),
    // People's own dimension scores, their mean moved to the department's shown figure (see
    // analyseCampaign): moving changes no spread, so the variance of the personal scores stands as it is.
    spreadOn: (d, dim) => {
      const own = d.totals.dimensions.get(dim);
      const figure = d.summary.dimensions[dim]?.mean;
      if (!own || own.n === 0 || figure === null || figure === undefined)
        return { departmentId: d.departmentId, n: 0, mean: null, variance: null };
      return {
        departmentId: d.departmentId,
        n: own.n,
        mean: figure,
        variance: momentsVariance(own, TALLY_FACTORS.dimension),
      };
    },
    reliability: () => scaleReliabilityFromMoments(questionnaire, model, input.reliability),
    drivers: () => driverAnalysisFromMoments(model, input.drivers),
    conflictMap: () =>
      buildConflictMapFromCounts(
        shown.map((d) => ({
          departmentId: d.departmentId,
          respondents: d.totals.n,
          meanings: d.totals.meanings,
          named: d.totals.named,
        })),
        model.thresholds.dependencyShare,
      ),
    goalAudit: () => ({
      overall: summarizeGoalAuditCounts(input.goals),
      departments: Object.fromEntries(
        shown.map((d) => [d.departmentId, summarizeGoalAuditCounts(d.totals.goals)]),
      ),
    }),
  });
}
