import { describe, expect, it } from 'vitest';
import type { GoalAudit, GoalAuditSummary } from '../../../../client/pages/campaign-report/report-types';
import { toGoalAuditTable } from '../../../../client/pages/campaign-report/to-goal-audit-table';

const share = (successes: number, n: number) => ({
  successes,
  n,
  p: n ? successes / n : null,
  low: null,
  high: null,
});

function summary(n: number, failing: number[], smart: number): GoalAuditSummary {
  const [measurable = 0, timeBound = 0, outcome = 0, steady = 0, specific = 0] = failing;
  return {
    audited: n,
    smart: share(smart, n),
    failing: {
      measurable: share(measurable, n),
      'time-bound': share(timeBound, n),
      outcome: share(outcome, n),
      'not-business-as-usual': share(steady, n),
      specific: share(specific, n),
    },
  };
}

describe('toGoalAuditTable', () => {
  it('turns the failing shares into passing shares, with the share passing every check', () => {
    const audit: GoalAudit = { overall: summary(4, [1, 2, 0, 4, 3], 1), departments: {} };
    const table = toGoalAuditTable(audit, [])!;
    expect(table.checks).toEqual([
      'measurable',
      'time-bound',
      'outcome',
      'not-business-as-usual',
      'specific',
    ]);
    expect(table.columns[0]).toEqual({
      id: 'overall',
      audited: 4,
      passing: {
        smart: 0.25,
        measurable: 0.75,
        'time-bound': 0.5,
        outcome: 1,
        'not-business-as-usual': 0,
        specific: 0.25,
      },
    });
  });

  it('puts the organization first, then the departments shown in report order', () => {
    const audit: GoalAudit = {
      overall: summary(6, [], 0),
      departments: { b: summary(3, [], 0), a: summary(3, [], 0) },
    };
    expect(toGoalAuditTable(audit, ['a', 'hidden', 'b'])!.columns.map((c) => c.id)).toEqual([
      'overall',
      'a',
      'b',
    ]);
  });

  it('leaves a department with nothing audited as blanks rather than zeros', () => {
    const audit: GoalAudit = { overall: summary(2, [], 0), departments: { a: summary(0, [], 0) } };
    const column = toGoalAuditTable(audit, ['a'])!.columns[1]!;
    expect(column.passing.measurable).toBeNull();
    expect(column.passing.smart).toBeNull();
  });

  it('gives nothing when no sample objective could be audited', () => {
    expect(toGoalAuditTable({ overall: summary(0, [], 0), departments: {} }, [])).toBeNull();
  });
});
