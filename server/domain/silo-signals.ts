// Signs that departments work as silos on participation and goal breakdown (climate strength, Schneider
// et al. 2002): a department whose members disagree, one split into camps, or two departments far apart.

import type { BarrierModel, DimensionId } from './barrier-model';
import { dimensionOfScale } from './barrier-model';
import type { DepartmentDifference } from './department-differences';
import type { Agreement } from './group-agreement';
import type { GroupSummary } from './group-summary';

export const SILO_DIMENSIONS: readonly DimensionId[] = ['participation', 'breakdown'];

export interface SiloSignal {
  kind: 'low-agreement' | 'polarised' | 'gap';
  departmentIds: string[];
  /** The dimension (low agreement, gap) or scale (polarised) it was seen on. */
  subject: string;
  /** rwg(j), the smaller of the two shares, or Hedges' g. */
  value: number;
}

export interface AnalysedDepartment {
  departmentId: string;
  summary: GroupSummary;
  agreement: Partial<Record<DimensionId, Agreement>>;
}

export function findSiloSignals(
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
      if (!SILO_DIMENSIONS.includes(dimensionOfScale(scaleId))) continue;
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
    if (diff.flagged && SILO_DIMENSIONS.includes(diff.dimension)) {
      signals.push({ kind: 'gap', departmentIds: [diff.a, diff.b], subject: diff.dimension, value: diff.g });
    }
  }
  return signals;
}
