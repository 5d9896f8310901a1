// The goal audit as a table: one row per check, one column for the organization and one per department
// shown, each cell the share of sample objectives that pass (the server counts the ones that fail).

import type { GoalAudit, GoalAuditSummary, GoalCheck } from './report-types';

export interface GoalAuditColumn {
  /** `overall`, or a department id. */
  id: string;
  audited: number;
  /** Share passing each check, and `smart`: passing every one; null when nothing was audited. */
  passing: Record<GoalCheck | 'smart', number | null>;
}

export interface GoalAuditTable {
  checks: GoalCheck[];
  columns: GoalAuditColumn[];
}

function column(id: string, summary: GoalAuditSummary, checks: GoalCheck[]): GoalAuditColumn {
  const passing = { smart: summary.smart.p } as GoalAuditColumn['passing'];
  for (const check of checks) {
    const failing = summary.failing[check].p;
    passing[check] = failing === null ? null : 1 - failing;
  }
  return { id, audited: summary.audited, passing };
}

/** Null when no sample objective could be audited; departments follow `departmentOrder`. */
export function toGoalAuditTable(
  audit: GoalAudit,
  departmentOrder: readonly string[],
): GoalAuditTable | null {
  if (audit.overall.audited === 0) return null;
  // The server lists the checks in the order it runs them; the table keeps that order.
  const checks = Object.keys(audit.overall.failing) as GoalCheck[];
  const departments = departmentOrder.flatMap((id) => {
    const summary = audit.departments[id];
    return summary ? [column(id, summary, checks)] : [];
  });
  return { checks, columns: [column('overall', audit.overall, checks), ...departments] };
}
