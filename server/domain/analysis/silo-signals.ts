// Signs that departments work as silos on participation and goal breakdown (climate strength, Schneider
// et al. 2002): a department whose members disagree, one split into camps, or two departments far apart.
// How a sign becomes a signal is the model version's silo rule (MODEL.md section 10.1).

import type { BarrierModel, DimensionId, LocalText, SiloRule } from '../instrument/barrier-model';
import { dimensionOfScale } from '../instrument/barrier-model';
import { localText as t } from '../../../shared/languages';
import type { DepartmentDifference } from './department-differences';
import type { Agreement } from './group-agreement';
import type { GroupSummary } from './group-summary';
import { holmAdjust, minimumEffectP, welchFromMoments } from '../statistics/comparison';
import { chiSquareUpperTail } from '../statistics/distributions';
import { shareAtLeastP, type ProportionEstimate } from '../statistics/intervals';

export const SILO_DIMENSIONS: readonly DimensionId[] = ['participation', 'breakdown'];

export interface SiloSignal {
  kind: 'low-agreement' | 'polarised' | 'gap';
  departmentIds: string[];
  /** The dimension (low agreement, gap) or scale (polarised) it was seen on. */
  subject: string;
  /** rwg(j), the smaller of the two shares, or Hedges' g. */
  value: number;
  /** Under a family-wise rule: the Holm-adjusted p of the test that showed it (absent under model 1). */
  p?: number;
}

export interface AnalysedDepartment {
  departmentId: string;
  summary: GroupSummary;
  agreement: Partial<Record<DimensionId, Agreement>>;
}

const isSiloScale = (scaleId: string) => SILO_DIMENSIONS.includes(dimensionOfScale(scaleId));

/** Model 1: each source judged on its point estimate; every department difference flagged on these dimensions. */
function findByPointEstimates(
  model: BarrierModel,
  departments: readonly AnalysedDepartment[],
  differences: readonly DepartmentDifference[],
): SiloSignal[] {
  const { siloAgreement, polarisedShare } = model.thresholds;
  const signals: SiloSignal[] = [];
  for (const d of departments) {
    for (const dimension of SILO_DIMENSIONS) {
      const rwg = d.agreement[dimension]?.rwgJ;
      if (rwg != null && rwg < siloAgreement) {
        signals.push({
          kind: 'low-agreement',
          departmentIds: [d.departmentId],
          subject: dimension,
          value: rwg,
        });
      }
    }
    for (const [scaleId, scale] of Object.entries(d.summary.scales)) {
      if (!isSiloScale(scaleId)) continue;
      const favourable = scale.favourability.favourable.p;
      const unfavourable = scale.favourability.unfavourable.p;
      if (
        favourable !== null &&
        unfavourable !== null &&
        favourable >= polarisedShare &&
        unfavourable >= polarisedShare
      ) {
        signals.push({
          kind: 'polarised',
          departmentIds: [d.departmentId],
          subject: scaleId,
          value: Math.min(favourable, unfavourable),
        });
      }
    }
  }
  for (const diff of differences) {
    if (diff.flagged && diff.g !== null && SILO_DIMENSIONS.includes(diff.dimension)) {
      signals.push({ kind: 'gap', departmentIds: [diff.a, diff.b], subject: diff.dimension, value: diff.g });
    }
  }
  return signals;
}

/** One null hypothesis "no silo that matters here", with the p-value of its test. */
type Hypothesis = Omit<SiloSignal, 'p'> & { rawP: number };

/**
 * A test's p-value, and the smallest p-value it could give at these group sizes whatever the answers
 * (it depends on how many answered, never on what they answered).
 */
interface TestResult {
  p: number;
  minP: number;
}

/** The 1–5 answer scale's variance under uniform ("no agreement") answering: (5² − 1)/12. */
const UNIFORM_VARIANCE = 2;

/**
 * Low agreement: H0 "rwg(j) is at least the cut-off c". rwg(j) = c exactly when the mean item variance is
 * σ₀² = σ²_EU·J(1 − c)/(J(1 − c) + c), so the test asks whether s̄² is above σ₀²: with ν = n − 1,
 * p = P(χ²_ν ≥ ν·s̄²/σ₀²). ν = n − 1 treats the J items as one, the least information they can carry,
 * because the items of a dimension move together by an unknown amount.
 */
function lowAgreementTest(agreement: Agreement | undefined, n: number, cutOff: number): TestResult | null {
  if (!agreement || agreement.rStarWgJ === null || agreement.items === 0 || n < 2) return null;
  const j = agreement.items;
  const nullVariance = (UNIFORM_VARIANCE * j * (1 - cutOff)) / (j * (1 - cutOff) + cutOff);
  const pAt = (meanVariance: number) => chiSquareUpperTail(((n - 1) * meanVariance) / nullVariance, n - 1)!;
  // r*wg(j) = 1 − s̄²/σ²_EU, truncated at 0: at 0 the variance is at least random, and taking it as exactly
  // random only makes the test more cautious. So random answering is also the most this test can see.
  return { p: pAt(UNIFORM_VARIANCE * (1 - agreement.rStarWgJ)), minP: pAt(UNIFORM_VARIANCE) };
}

/**
 * Polarised: H0 "one of the two camps is below the share p0". Each share gets the one-sided score test the
 * Wilson interval inverts; the department is shown split only when both are shown to reach p0, so the p
 * is the larger of the two (an intersection-union test, which needs no further correction). At best half
 * the department sits in each camp.
 */
function polarisedTest(favourable: ProportionEstimate, unfavourable: ProportionEstimate, share: number) {
  const pFavourable = shareAtLeastP(favourable.successes, favourable.n, share);
  const pUnfavourable = shareAtLeastP(unfavourable.successes, unfavourable.n, share);
  const best = shareAtLeastP(Math.floor(favourable.n / 2), favourable.n, share);
  // Stryker disable next-line LogicalOperator: equivalent, all three are null just when n is 0
  if (pFavourable === null || pUnfavourable === null || best === null) return null;
  return { p: Math.max(pFavourable, pUnfavourable), minP: best };
}

/**
 * Model 2: every source tested against "no silo that matters", and Holm's step-down correction over all of
 * them together, so the chance of any false signal in an organization without silos stays at most
 * `familyError`. A signal is a hypothesis Holm rejects.
 */
function findFamilyWise(
  rule: Extract<SiloRule, { kind: 'family-wise' }>,
  model: BarrierModel,
  departments: readonly AnalysedDepartment[],
  differences: readonly DepartmentDifference[],
): SiloSignal[] {
  const { siloAgreement, polarisedShare } = model.thresholds;
  const hypotheses: Hypothesis[] = [];
  // A test that could not reach the family's error rate even alone, whatever the answers, can never raise
  // a signal; leaving it out of the count spends no error on it (Tarone 1990). Which tests those are
  // depends only on how many people answered, so the family is fixed before the answers are looked at.
  const add = (h: Omit<Hypothesis, 'rawP'>, test: TestResult | null) => {
    if (test !== null && test.minP < rule.familyError) hypotheses.push({ ...h, rawP: test.p });
  };
  for (const d of departments) {
    for (const dimension of SILO_DIMENSIONS) {
      const agreement = d.agreement[dimension];
      const n = d.summary.dimensions[dimension]?.n ?? 0;
      add(
        {
          kind: 'low-agreement',
          departmentIds: [d.departmentId],
          subject: dimension,
          value: agreement?.rwgJ ?? 0,
        },
        lowAgreementTest(agreement, n, siloAgreement),
      );
    }
    for (const [scaleId, scale] of Object.entries(d.summary.scales)) {
      if (!isSiloScale(scaleId)) continue;
      const { favourable, unfavourable } = scale.favourability;
      add(
        {
          kind: 'polarised',
          departmentIds: [d.departmentId],
          subject: scaleId,
          value: Math.min(favourable.p ?? 0, unfavourable.p ?? 0),
        },
        polarisedTest(favourable, unfavourable, polarisedShare),
      );
    }
  }
  const byId = new Map(departments.map((d) => [d.departmentId, d]));
  for (const diff of differences) {
    // A pair without any spread cannot be tested; it is reported beside the differences for a person to look at.
    if (!SILO_DIMENSIONS.includes(diff.dimension) || diff.g === null) continue;
    const moments = (id: string) => {
      const e = byId.get(id)?.summary.dimensions[diff.dimension];
      return e && e.mean !== null && e.sd !== null ? { n: e.n, mean: e.mean, sd: e.sd } : null;
    };
    const a = moments(diff.a);
    const b = moments(diff.b);
    const welch = a && b ? welchFromMoments(a, b) : null;
    add(
      { kind: 'gap', departmentIds: [diff.a, diff.b], subject: diff.dimension, value: diff.g! },
      welch ? { p: minimumEffectP(welch, rule.gapMinimum)!, minP: 0 } : null,
    );
  }
  const adjusted = holmAdjust(hypotheses.map((h) => h.rawP));
  return hypotheses.flatMap(({ rawP: _raw, ...h }, i) =>
    adjusted[i]! < rule.familyError ? [{ ...h, p: adjusted[i]! }] : [],
  );
}

interface SiloRuleDefinition {
  /** The clause the pilot gate's rule text uses for this rule's signals. */
  clause: LocalText;
  find: (
    model: BarrierModel,
    departments: readonly AnalysedDepartment[],
    differences: readonly DepartmentDifference[],
  ) => SiloSignal[];
}

/** The silo rule a model names, with the words the pilot gate's rule uses for it. */
export function siloRule(rule: SiloRule): SiloRuleDefinition {
  switch (rule.kind) {
    case 'point-estimates':
      return { clause: t('when any silo signal appears', '出现任何部门墙信号'), find: findByPointEstimates };
    case 'family-wise': {
      const percent = `${100 * rule.familyError}%`;
      return {
        clause: t(
          `when a silo is shown: low agreement within a department, a department split into camps, or two departments at least ${rule.gapMinimum} points apart, each tested with its uncertainty and at most a ${percent} chance of any false signal over all of them`,
          `经检验确认存在部门墙：部门内部意见不一、部门分成对立阵营，或两个部门相差至少 ${rule.gapMinimum} 分；每项检验均考虑不确定性，全部检验合计误报概率不超过 ${percent}`,
        ),
        find: (model, departments, differences) => findFamilyWise(rule, model, departments, differences),
      };
    }
  }
}

export function findSiloSignals(
  model: BarrierModel,
  departments: readonly AnalysedDepartment[],
  differences: readonly DepartmentDifference[],
): SiloSignal[] {
  return siloRule(model.rules.silo).find(model, departments, differences);
}
