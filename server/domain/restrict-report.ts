// A department head's view of a report: the organization's figures, and of the departments only their
// own. Nothing about another department survives, not even through a comparison or a conflict with it.

import type { CampaignReport } from './campaign-report';

export function restrictReport(report: CampaignReport, departmentIds: readonly string[]): CampaignReport {
  const own = (id: string) => departmentIds.includes(id);
  const allOwn = (ids: readonly string[]) => ids.every(own);
  const analysis = report.analysis && {
    ...report.analysis,
    agreement: Object.fromEntries(Object.entries(report.analysis.agreement).filter(([id]) => own(id))),
    differences: report.analysis.differences.filter((d) => own(d.a) && own(d.b)),
    siloSignals: report.analysis.siloSignals.filter((s) => allOwn(s.departmentIds)),
    conflictMap: {
      meanings: report.analysis.conflictMap.meanings.filter((m) => own(m.departmentId)),
      dependencies: report.analysis.conflictMap.dependencies.filter((d) => own(d.from) && own(d.to)),
      conflicts: report.analysis.conflictMap.conflicts.filter((c) => own(c.a) && own(c.b)),
    },
    pilot:
      report.analysis.pilot && allOwn(report.analysis.pilot.departmentIds) ? report.analysis.pilot : null,
    goalAudit: {
      overall: report.analysis.goalAudit.overall,
      departments: Object.fromEntries(
        Object.entries(report.analysis.goalAudit.departments).filter(([id]) => own(id)),
      ),
    },
  };
  return {
    ...report,
    departmentView: true,
    departments: report.departments.filter((d) => own(d.departmentId)),
    analysis,
    // A pair (the pilot) names nobody unless both are theirs: naming only one would still say it is in it.
    recommendations: report.recommendations.map((r) => ({
      ...r,
      departmentIds:
        r.id === 'mvp-pilot' ? (allOwn(r.departmentIds) ? r.departmentIds : []) : r.departmentIds.filter(own),
    })),
  };
}
