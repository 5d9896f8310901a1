// The heatmap's rows from the report as it arrives: each unit's score per readiness dimension, coloured by
// the report's own lines, and marked only where the report's analysis already found a credible gap.
// The analysis compares units in pairs (a flagged difference, or a silo signal of kind "gap"); it holds no
// "one unit against the rest" test, and the client runs none of its own, so a mark names the units the
// analysis found this one apart from.

import type { CampaignReport } from '../../../server/http/api-types';
import { scoreBand, type ScoreBand } from './score-band';

export interface HeatmapCell {
  dimension: string;
  mean: number | null;
  low: number | null;
  high: number | null;
  band: ScoreBand;
  /** The units the analysis found this one credibly apart from on this dimension; empty for no mark. */
  apartFrom: string[];
}

export interface HeatmapRow {
  departmentId: string;
  name: string;
  hidden: boolean;
  /** Null for a hidden unit: it is shown with no figure at all. */
  cells: HeatmapCell[] | null;
}

/** A column to sort by: the unit's name, or one dimension's score. */
export type HeatmapSort = { column: 'name' | string; direction: 'ascending' | 'descending' };

/** What the heatmap reads of the report: its units, dimensions, lines and the analysis's pairwise findings. */
export interface HeatmapReport extends Pick<CampaignReport, 'departments' | 'dimensions' | 'thresholds'> {
  analysis: Pick<NonNullable<CampaignReport['analysis']>, 'differences' | 'siloSignals'> | null;
}

/** For each unit and dimension, the other units the analysis sets it apart from. */
function gapsOf(analysis: HeatmapReport['analysis']): Map<string, Set<string>> {
  const gaps = new Map<string, Set<string>>();
  if (analysis === null) return gaps;
  const found = [
    ...analysis.differences.filter((d) => d.flagged).map((d) => ({ on: d.dimension, units: [d.a, d.b] })),
    ...analysis.siloSignals
      .filter((s) => s.kind === 'gap')
      .map((s) => ({ on: s.subject, units: s.departmentIds })),
  ];
  for (const { on, units } of found) {
    for (const unit of units) {
      const key = `${unit}\n${on}`;
      const others = gaps.get(key) ?? new Set<string>();
      for (const other of units) if (other !== unit) others.add(other);
      gaps.set(key, others);
    }
  }
  return gaps;
}

export function toHeatmapRows(report: HeatmapReport): HeatmapRow[] {
  const dimensions = report.dimensions.filter((d) => d.role === 'readiness');
  const shown = new Set(report.departments.filter((d) => !d.hidden).map((d) => d.departmentId));
  const gaps = gapsOf(report.analysis);
  return report.departments.map((department) => ({
    departmentId: department.departmentId,
    name: department.name,
    hidden: department.hidden,
    cells: department.hidden
      ? null
      : dimensions.map(({ id }) => {
          const estimate = department.summary?.dimensions[id];
          const mean = estimate?.mean ?? null;
          return {
            dimension: id,
            mean,
            low: estimate?.low ?? null,
            high: estimate?.high ?? null,
            band: scoreBand(mean, report.thresholds),
            // A hidden unit is never named as the other side of a gap: that would say something about it.
            apartFrom: [...(gaps.get(`${department.departmentId}\n${id}`) ?? [])].filter((other) =>
              shown.has(other),
            ),
          };
        }),
  }));
}

const valueOf = (row: HeatmapRow, dimension: string) =>
  row.cells?.find((c) => c.dimension === dimension)?.mean ?? null;

/**
 * The rows in the order asked for. Units without a figure (hidden, or no score on that dimension) stay
 * below the others in either direction, in the report's order, since there is nothing to rank them by.
 */
export function sortHeatmapRows(rows: readonly HeatmapRow[], sort: HeatmapSort | null): HeatmapRow[] {
  if (sort === null) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  if (sort.column === 'name') {
    return [...rows].sort((a, b) => sign * a.name.localeCompare(b.name));
  }
  const withValue = rows.filter((r) => valueOf(r, sort.column) !== null);
  const without = rows.filter((r) => valueOf(r, sort.column) === null);
  withValue.sort((a, b) => sign * (valueOf(a, sort.column)! - valueOf(b, sort.column)!));
  return [...withValue, ...without];
}
