import { formatPercent } from '../../components/format';
import { ADVICE_TEXT } from './advice-text';
import type { ReportLabels } from './report-labels';
import type { GoalAudit } from './report-types';
import { toGoalAuditTable } from './to-goal-audit-table';
import { TableScroll } from '../../components/table-scroll';

/** "Goals as written today": the share of sample objectives passing each check; nothing without samples. */
export function GoalAuditSection({
  audit,
  departmentOrder,
  labels,
}: {
  audit: GoalAudit;
  departmentOrder: string[];
  labels: ReportLabels;
}) {
  const table = toGoalAuditTable(audit, departmentOrder);
  if (!table) return null;
  const text = ADVICE_TEXT[labels.language];
  const rows = [...table.checks, 'smart' as const];
  return (
    <section aria-labelledby="goals-heading" className="report-section">
      <h2 id="goals-heading">{text.goals}</h2>
      <p className="muted">{text.goalsLead(audit.overall.audited)}</p>
      <TableScroll label={text.goals}>
        <table className="goal-audit">
          <thead>
            <tr>
              <th scope="col">{text.check}</th>
              {table.columns.map((column) => (
                <th scope="col" className="num" key={column.id}>
                  {column.id === 'overall' ? text.organization : labels.department(column.id)}
                  <span className="n">n = {column.audited}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((check) => (
              <tr key={check} className={check === 'smart' ? 'total' : undefined}>
                <th scope="row">{check === 'smart' ? text.smart : text.goalChecks[check]}</th>
                {table.columns.map((column) => (
                  <td className="num" key={column.id}>
                    {formatPercent(column.passing[check])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
