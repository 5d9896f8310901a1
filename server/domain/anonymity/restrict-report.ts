// A department head's view of a report, by one rule: a finding is shown when the reader may see every unit
// it concerns. A finding about named departments concerns those; a figure computed across all departments
// shown (the ICC, the share that agree, how many silo signals) concerns them all; an organization figure
// concerns the rest of the organization, which the reader could work out by subtracting their own
// department, so it is shown only when that rest is not one single department.

import type { CampaignReport } from '../analysis/campaign-report';
import type { Check } from '../decisions/checks';
import type { Decision } from '../decisions/decide';
import { summarizeGoalAudits } from '../analysis/goal-audit';
import { summarize } from '../decisions/executive-summary';

/** What a restricted reader was not shown, for the report to say so in words. */
export interface ReaderView {
  /** The organization's own figures: withheld when the rest of it is a single other department. */
  organizationShown: boolean;
  /** Figures computed across every department shown: withheld unless all of them are the reader's. */
  acrossDepartmentsShown: boolean;
  /** Recommendations about other departments, left out. */
  withheldRecommendations: number;
}

/** Checks whose value is computed across all departments shown rather than on the organization's answers. */
const ACROSS_DEPARTMENTS = new Set(['silo-signals', 'agreement-share']);

/**
 * A withheld check shows neither its value nor, where the organization's figures are withheld, its result:
 * with one other department, which side of a threshold the organization lies on says which side that
 * department lies on. Figures across departments keep their result, which concerns departments of at
 * least the minimum and explains the verdict.
 */
const withheldCheck = (check: Check, keepStatus: boolean): Check => ({
  ...check,
  value: null,
  low: null,
  high: null,
  status: keepStatus ? check.status : 'not-assessed',
  withheld: true,
});

/** A fact HR stated concerns no department's answers, so every reader sees it with its result. */
const isShownCheck = (check: Check, organizationShown: boolean, acrossShown: boolean) =>
  check.unit === 'fact' || (ACROSS_DEPARTMENTS.has(check.subject) ? acrossShown : organizationShown);

function decisionFor(decision: Decision, organizationShown: boolean, acrossShown: boolean): Decision {
  return {
    ...decision,
    // Without the organization's figures only the verdict stays: the organization's one word.
    provisional: organizationShown ? decision.provisional : false,
    gates: decision.gates.map((gate) => ({
      ...gate,
      status: organizationShown ? gate.status : 'not-assessed',
      checks: gate.checks.map((check) =>
        isShownCheck(check, organizationShown, acrossShown) ? check : withheldCheck(check, organizationShown),
      ),
    })),
  };
}

export function restrictReport(report: CampaignReport, departmentIds: readonly string[]): CampaignReport {
  const own = (id: string) => departmentIds.includes(id);
  const allOwn = (ids: readonly string[]) => ids.every(own);
  const rest = report.departments.filter((d) => !d.hidden && !own(d.departmentId));
  const organizationShown = rest.length !== 1;
  const acrossShown = rest.length === 0;
  const analysis = report.analysis && {
    ...report.analysis,
    reliability: organizationShown ? report.analysis.reliability : [],
    drivers: organizationShown ? report.analysis.drivers : [],
    agreement: Object.fromEntries(Object.entries(report.analysis.agreement).filter(([id]) => own(id))),
    agreementShare: acrossShown ? report.analysis.agreementShare : null,
    icc: acrossShown ? report.analysis.icc : {},
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
      // An audit of no objectives: the organization's would be one other department's plus the reader's.
      overall: organizationShown ? report.analysis.goalAudit.overall : summarizeGoalAudits([]),
      departments: Object.fromEntries(
        Object.entries(report.analysis.goalAudit.departments).filter(([id]) => own(id)),
      ),
    },
  };
  // The pilot is the verdict's own advice, so it stays; it names its pair only to a head of both, since
  // naming one would still say it is in it. Any other advice about departments the reader cannot see goes.
  const aboutShownDepartments = report.recommendations.filter(
    (r) => r.id === 'mvp-pilot' || allOwn(r.departmentIds),
  );
  // Advice that cites evidence fired on the organization's figures: its mere presence would say which side
  // of a line the organization lies on, and so the one other department. It goes, uncounted (a count would
  // say how many lines were crossed); advice that fires on the verdict or on HR's facts stays.
  const recommendations = aboutShownDepartments
    .filter((r) => organizationShown || r.evidence.length === 0)
    .map((r) => ({
      ...r,
      // A starter plan's findings quote the organization's figures too.
      plan: organizationShown ? r.plan : null,
      departmentIds: allOwn(r.departmentIds) ? r.departmentIds : [],
    }));
  const view: ReaderView = {
    organizationShown,
    acrossDepartmentsShown: acrossShown,
    withheldRecommendations: report.recommendations.length - aboutShownDepartments.length,
  };
  // The organization's counts minus the reader's own would be the other department's.
  const responseRate = organizationShown ? report.responseRate : null;
  const release = organizationShown ? report.release : null;
  const decision = decisionFor(report.decision, organizationShown, acrossShown);
  return {
    ...report,
    departmentView: true,
    view,
    overall: organizationShown ? report.overall : null,
    responses: organizationShown ? report.responses : null,
    responseRate,
    release,
    departments: report.departments.filter((d) => own(d.departmentId)),
    analysis,
    decision,
    recommendations,
    // Built again from the restricted parts, never cut down from the full one, so it quotes nothing else.
    summary: summarize({
      decision,
      recommendations,
      received: release?.received ?? null,
      responseRate,
      headcount: report.headcount,
    }),
  };
}
