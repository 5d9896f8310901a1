// Did the pilot work, from the two waves' reports: the pilot's units pooled against every other unit both
// waves show, on the dimensions that held the organization back in the earlier wave (all readiness
// dimensions when none did); with each wave's people's own scores, on those dimensions combined too.

import type { CampaignReport } from '../analysis/campaign-report';
import { combinedFigure, type CombinedScores } from './pilot-combined-scores';
import { evaluatePilot, type PilotEvaluation } from './pilot-evaluation';
import { figuresOfSummary, type UnitFigures } from './wave-change';
import { pooledFigures } from './wave-comparison';

/** Several units' figures as one group: the pilot's departments, or the others. */
function groupFigures(report: CampaignReport, ids: ReadonlySet<string>): UnitFigures | null {
  const parts = shownOf(report, ids).map((d) => figuresOfSummary(d.summary!));
  return parts.length === 0 ? null : pooledFigures(parts);
}

/** The units of `ids` whose figures the report shows: the only ones either group's figures read. */
const shownOf = (report: CampaignReport, ids: ReadonlySet<string>) =>
  report.departments.filter((d) => ids.has(d.departmentId) && d.summary);

export interface PilotView {
  departments: string[];
  dimensions: string[];
  evaluation: PilotEvaluation | null;
}

/**
 * The dimensions a pilot is evaluated on: the readiness dimensions among the earlier wave's barriers' subjects,
 * else every readiness dimension. (Only some barriers name a dimension; most name a scale, such as
 * hygiene.pay, which is not read: MODEL.md "Waves" says what that leaves open.)
 */
export function pilotDimensions(earlier: CampaignReport, later: CampaignReport): string[] {
  const readiness = later.dimensions.filter((d) => d.role === 'readiness').map((d) => d.id);
  const barriers = earlier.summary.barriers
    .map((b) => b.subject)
    .filter((s) => readiness.includes(s as never));
  return barriers.length > 0 ? barriers : readiness;
}

/**
 * The pilot the earlier wave advised or the plan carried out, evaluated on the dimensions that held the
 * organization back then: the pilot's units against every other unit shown in both waves. `combined`, each
 * wave's people's means over those dimensions per unit (pilot-combined-scores.ts), makes the combined score
 * the test widening reads; without it, each dimension is read with Holm's correction.
 */
export function evaluatePilotFromReports(
  earlier: CampaignReport,
  later: CampaignReport,
  pilotUnits: readonly string[],
  combined: { earlier: CombinedScores; later: CombinedScores } | null = null,
): PilotView | null {
  if (pilotUnits.length === 0) return null;
  const pilot = new Set(pilotUnits);
  const inBoth = (id: string) =>
    earlier.departments.some((d) => d.departmentId === id) &&
    later.departments.some((d) => d.departmentId === id);
  const others = new Set(
    earlier.departments.map((d) => d.departmentId).filter((id) => !pilot.has(id) && inBoth(id)),
  );
  const dimensions = pilotDimensions(earlier, later);
  const minGroupSize = Math.max(earlier.minGroupSize, later.minGroupSize);
  const figures = {
    pilot: { earlier: groupFigures(earlier, pilot), later: groupFigures(later, pilot) },
    others: { earlier: groupFigures(earlier, others), later: groupFigures(later, others) },
  };
  const departments = earlier.departments.filter((d) => pilot.has(d.departmentId)).map((d) => d.name);
  // Each group's figures are pooled from units each wave's report shows, so the anonymity rules across
  // waves (wave-disclosure.ts: the minimum in both waves, no hidden part) hold for them already; a group
  // below the minimum in a wave is said so by the evaluation itself.
  const none: UnitFigures = { n: 0, dimensions: {}, scales: {} };
  const at = (f: UnitFigures | null) => f ?? none;
  const evaluation = evaluatePilot({
    counts: {
      pilot: { earlier: at(figures.pilot.earlier).n, later: at(figures.pilot.later).n },
      others: { earlier: at(figures.others.earlier).n, later: at(figures.others.later).n },
    },
    dimensions: dimensions.map((dimension) => {
      const fig = (f: UnitFigures | null) => at(f).dimensions[dimension] ?? { n: 0, mean: null, sd: null };
      return {
        dimension,
        pilot: { earlier: fig(figures.pilot.earlier), later: fig(figures.pilot.later) },
        others: { earlier: fig(figures.others.earlier), later: fig(figures.others.later) },
      };
    }),
    combined: combined && combinedGroups(combined, earlier, later, pilot, others),
    minGroupSize,
    chosenForLowScores: false,
  });
  return { departments, dimensions, evaluation };
}

/**
 * Both groups' combined scores, or none when a group has fewer than two people shown by both waves (no unit
 * in common): the dimensions are then read each on their own, as without the people's scores.
 */
function combinedGroups(
  combined: { earlier: CombinedScores; later: CombinedScores },
  earlier: CampaignReport,
  later: CampaignReport,
  pilot: ReadonlySet<string>,
  others: ReadonlySet<string>,
) {
  const groups = {
    pilot: combinedGroup(combined, earlier, later, pilot),
    others: combinedGroup(combined, earlier, later, others),
  };
  const figures = [groups.pilot.earlier, groups.pilot.later, groups.others.earlier, groups.others.later];
  // Stryker disable next-line EqualityOperator: equivalent, a group holds none or at least the floor of 3 (each unit in it is shown)
  return figures.every((f) => f.n >= 2) ? groups : null;
}

/**
 * One group's combined score in both waves, from the units both waves' reports show: a unit shown in one
 * wave only would change the group's make-up between the waves, and its change with it.
 */
function combinedGroup(
  combined: { earlier: CombinedScores; later: CombinedScores },
  earlier: CampaignReport,
  later: CampaignReport,
  ids: ReadonlySet<string>,
) {
  const shownLater = new Set(shownOf(later, ids).map((d) => d.departmentId));
  const both = new Set(
    shownOf(earlier, ids)
      .map((d) => d.departmentId)
      .filter((id) => shownLater.has(id)),
  );
  return {
    earlier: combinedFigure(combined.earlier, both),
    later: combinedFigure(combined.later, both),
  };
}
