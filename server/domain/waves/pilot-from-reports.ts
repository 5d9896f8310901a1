// Did the pilot work, from the two waves' reports: the pilot's units pooled against every other unit both
// waves show, on the dimensions that held the organization back in the earlier wave (all readiness
// dimensions when none did), the anonymity rule across waves applied to each group's count first.

import type { CampaignReport } from '../analysis/campaign-report';
import { evaluatePilot, type PilotEvaluation } from './pilot-evaluation';
import { figuresOfSummary, type UnitFigures } from './wave-change';
import { pooledFigures } from './wave-comparison';
import { discloseOrganization } from './wave-disclosure';

/** Several units' figures as one group: the pilot's departments, or the others. */
function groupFigures(report: CampaignReport, ids: ReadonlySet<string>): UnitFigures | null {
  const parts = report.departments
    .filter((d) => ids.has(d.departmentId) && d.summary)
    .map((d) => figuresOfSummary(d.summary!));
  return parts.length === 0 ? null : pooledFigures(parts);
}

export interface PilotView {
  departments: string[];
  dimensions: string[];
  /** Set when anonymity across waves withholds the evaluation: a group's count moved by too few. */
  withheld: 'count-moved-by-few' | null;
  evaluation: PilotEvaluation | null;
}

/**
 * The pilot the earlier wave advised or the plan carried out, evaluated on the dimensions that held the
 * organization back then: the pilot's units against every other unit shown in both waves.
 */
export function evaluatePilotFromReports(
  earlier: CampaignReport,
  later: CampaignReport,
  pilotUnits: readonly string[],
): PilotView | null {
  if (pilotUnits.length === 0) return null;
  const pilot = new Set(pilotUnits);
  const inBoth = (id: string) =>
    earlier.departments.some((d) => d.departmentId === id) &&
    later.departments.some((d) => d.departmentId === id);
  const others = new Set(
    earlier.departments.map((d) => d.departmentId).filter((id) => !pilot.has(id) && inBoth(id)),
  );
  const readiness = later.dimensions.filter((d) => d.role === 'readiness').map((d) => d.id);
  const barriers = earlier.summary.barriers
    .map((b) => b.subject)
    .filter((s) => readiness.includes(s as never));
  const dimensions = barriers.length > 0 ? barriers : readiness;
  const minGroupSize = Math.max(earlier.minGroupSize, later.minGroupSize);
  const figures = {
    pilot: { earlier: groupFigures(earlier, pilot), later: groupFigures(later, pilot) },
    others: { earlier: groupFigures(earlier, others), later: groupFigures(later, others) },
  };
  const departments = earlier.departments.filter((d) => pilot.has(d.departmentId)).map((d) => d.name);
  // A group whose count moved by fewer than the minimum between the waves would show those few people's
  // change (wave-disclosure.ts): the evaluation is then withheld, as a comparison row would be.
  for (const side of ['pilot', 'others'] as const) {
    const f = figures[side];
    if (f.earlier && f.later && !discloseOrganization(f.earlier.n, f.later.n, minGroupSize).shown) {
      return { departments, dimensions, withheld: 'count-moved-by-few', evaluation: null };
    }
  }
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
    combined: null,
    minGroupSize,
    chosenForLowScores: false,
  });
  return { departments, dimensions, withheld: null, evaluation };
}
