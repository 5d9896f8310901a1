// The deeper statistics of a campaign, computed only on what the report may show: scale reliability on
// the whole organization, and agreement, differences, silo signals, drivers, the conflict map and the
// pilot proposal on the departments above the minimum group size.

import type { BarrierModel, DimensionId } from '../instrument/barrier-model';
import { buildConflictMap, buildConflictMapFromCounts, type ConflictMap } from './conflict-map';
import {
  compareDepartments,
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
import { iccFromGroups, iccFromSummaries, type IccResult } from '../statistics/agreement';
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
  const readiness = model.dimensions.filter((d) => d.role === 'readiness').map((d) => d.id);
  const agreement: CampaignAnalysis['agreement'] = {};
  for (const d of shown) {
    agreement[d.departmentId] = Object.fromEntries(
      readiness.map((dim) => [
        dim,
        dimensionAgreement(
          questionnaire,
          model.dimensions.find((definition) => definition.id === dim)!,
          d.members.map((m) => m.items),
        ),
      ]),
    );
  }
  const agreeing = shown.filter((d) =>
    readiness.every((dim) => (agreement[d.departmentId]?.[dim]?.rwgJ ?? 0) >= model.thresholds.agreement),
  );
  // Each person's own dimension score, moved so that the department's mean is its shown dimension figure:
  // the tests below then see each person's spread around the figure, and nothing they report (a
  // difference, an ICC) gives the mean of the personal scores, which over people who skipped different
  // scales would let a reader solve for one person (see dimensionEstimate in group-summary.ts).
  const scoresOn = (d: ShownDepartment, dim: DimensionId) => {
    const own = d.members
      .map((m) => m.score.dimensions[dim])
      .filter((v): v is number => typeof v === 'number');
    const figure = d.summary.dimensions[dim]?.mean;
    if (own.length === 0 || figure === null || figure === undefined) return [];
    const shift = figure - own.reduce((a, b) => a + b, 0) / own.length;
    return own.map((x) => x + shift);
  };
  const icc: CampaignAnalysis['icc'] = {};
  const differences: DepartmentDifference[] = [];
  for (const dim of readiness) {
    if (shown.length >= 2) {
      // A negative ICC estimates zero between-department variance; showing -20 would only mislead.
      const result = iccFromGroups(shown.map((d) => scoresOn(d, dim)));
      const floor = (x: number | null) => (x === null ? null : Math.max(0, x));
      icc[dim] = { ...result, icc1: floor(result.icc1), icc2: floor(result.icc2) };
    }
    const groups = shown.map((d) => ({ departmentId: d.departmentId, scores: scoresOn(d, dim) }));
    differences.push(
      ...compareDepartments(dim, groups, {
        minGroupSize: input.minGroupSize,
        gapEffectSize: model.thresholds.gapEffectSize,
      }),
    );
  }
  const outcomeId = questionnaire.questions.find((q) => q.role === 'outcome')?.id;
  const outcomes = all.map((s) => {
    const value = outcomeId === undefined ? undefined : s.response.answers[outcomeId];
    return typeof value === 'number' ? value : null;
  });
  const conflictMap = buildConflictMap(
    shown.map((d) => d.departmentId),
    shown.flatMap((d) => d.members.map((m) => m.response)),
    model.thresholds.dependencyShare,
  );
  const sampleId = questionnaire.questions.find((q) => q.role === 'sample-okr')?.id;
  const samplesOf = (members: readonly ScoredResponse[]) =>
    members
      .map((m) => (sampleId === undefined ? undefined : m.response.answers[sampleId]))
      .filter((v): v is string => typeof v === 'string');
  const goalAudit = {
    overall: summarizeGoalAudits(samplesOf(all)),
    departments: Object.fromEntries(
      shown.map((d) => [d.departmentId, summarizeGoalAudits(samplesOf(d.members))]),
    ),
  };
  return {
    goalAudit,
    reliability: scaleReliability(questionnaire, model, input.completeCases ?? all.map((s) => s.items)),
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
    drivers: driverAnalysis(
      model,
      all.map((s) => s.score),
      outcomes,
    ),
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
  const readiness = model.dimensions.filter((d) => d.role === 'readiness').map((d) => d.id);
  const agreement: CampaignAnalysis['agreement'] = {};
  for (const d of shown) {
    agreement[d.departmentId] = Object.fromEntries(
      readiness.map((dim) => [
        dim,
        dimensionAgreementFromMoments(
          questionnaire,
          model.dimensions.find((definition) => definition.id === dim)!,
          d.totals.items,
        ),
      ]),
    );
  }
  const agreeing = shown.filter((d) =>
    readiness.every((dim) => (agreement[d.departmentId]?.[dim]?.rwgJ ?? 0) >= model.thresholds.agreement),
  );
  // People's own dimension scores, their mean moved to the department's shown figure (see `scoresOn`):
  // moving changes no spread, so the variance of the personal scores stands as it is.
  const spreadOn = (d: ShownTotals, dim: DimensionId): GroupSpread => {
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
  };
  const icc: CampaignAnalysis['icc'] = {};
  const differences: DepartmentDifference[] = [];
  for (const dim of readiness) {
    const groups = shown.map((d) => spreadOn(d, dim));
    if (shown.length >= 2) {
      // A negative ICC estimates zero between-department variance; showing -20 would only mislead.
      const result = iccFromSummaries(groups);
      const floor = (x: number | null) => (x === null ? null : Math.max(0, x));
      icc[dim] = { ...result, icc1: floor(result.icc1), icc2: floor(result.icc2) };
    }
    differences.push(
      ...compareDepartmentsFromSummaries(dim, groups, {
        minGroupSize: input.minGroupSize,
        gapEffectSize: model.thresholds.gapEffectSize,
      }),
    );
  }
  const conflictMap = buildConflictMapFromCounts(
    shown.map((d) => ({
      departmentId: d.departmentId,
      respondents: d.totals.n,
      meanings: d.totals.meanings,
      named: d.totals.named,
    })),
    model.thresholds.dependencyShare,
  );
  return {
    goalAudit: {
      overall: summarizeGoalAuditCounts(input.goals),
      departments: Object.fromEntries(
        shown.map((d) => [d.departmentId, summarizeGoalAuditCounts(d.totals.goals)]),
      ),
    },
    reliability: scaleReliabilityFromMoments(questionnaire, model, input.reliability),
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
    drivers: driverAnalysisFromMoments(model, input.drivers),
    conflictMap,
    pilot: proposePilot(pilotCandidates(model, shown), conflictMap.dependencies),
  };
}
