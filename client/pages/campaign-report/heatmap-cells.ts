// The heatmap's rows from the report as it arrives: each unit's score per readiness dimension, coloured by
// the report's own lines, and marked only where the report's analysis already found a credible gap.
// The analysis compares units in pairs (a flagged difference, or a silo signal of kind "gap"); it holds no
// "one unit against the rest" test, and the client runs none of its own, so a mark names the units the
// analysis found this one apart from.

import type { CampaignReport } from '../../../server/http/api-types';
import { scoreBand, type ScoreBand } from './score-band';

export interface HeatmapCell {
  dimension: string;
  /** The scale of `dimension` this cell shows, or null for the dimension's own figure. */
  scale: string | null;
  /**
   * The item of `scale` this cell shows (heatmap-items.ts), its mean then a favourable share in %; absent
   * for a dimension's or a scale's score.
   */
  item?: string;
  /** How many answered the item; absent for a score (its n is the unit's). */
  n?: number | null;
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
  /**
   * Each readiness dimension's cell followed by its scales' cells, for the page to show those of the
   * dimensions expanded; null for a hidden unit: it is shown with no figure at all.
   */
  cells: HeatmapCell[] | null;
}

/** A column to sort by: the unit's name, or one dimension's or scale's score. */
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

/** An item's column id, prefixed so it never equals a scale's or a dimension's. */
export const itemColumn = (questionId: string) => `item:${questionId}`;

/** The column a cell stands in: its item's, its scale's id, or its dimension's (scale ids never equal a dimension's). */
export const columnOf = (cell: Pick<HeatmapCell, 'dimension' | 'scale' | 'item'>) =>
  cell.item !== undefined ? itemColumn(cell.item) : (cell.scale ?? cell.dimension);

type DimensionId = HeatmapReport['dimensions'][number]['id'];

export function toHeatmapRows(report: HeatmapReport): HeatmapRow[] {
  const dimensions = report.dimensions.filter((d) => d.role === 'readiness');
  const shown = new Set(report.departments.filter((d) => !d.hidden).map((d) => d.departmentId));
  const gaps = gapsOf(report.analysis);
  return report.departments.map((department) => {
    const summary = department.summary;
    const cell = (dimension: DimensionId, scale: string | null): HeatmapCell => {
      const estimate = scale === null ? summary?.dimensions[dimension] : summary?.scales[scale]?.estimate;
      const mean = estimate?.mean ?? null;
      return {
        dimension,
        scale,
        mean,
        low: estimate?.low ?? null,
        high: estimate?.high ?? null,
        band: scoreBand(mean, report.thresholds),
        // A hidden unit is never named as the other side of a gap: that would say something about it.
        apartFrom: [...(gaps.get(`${department.departmentId}\n${scale ?? dimension}`) ?? [])].filter(
          (other) => shown.has(other),
        ),
      };
    };
    return {
      departmentId: department.departmentId,
      name: department.name,
      hidden: department.hidden,
      cells: department.hidden
        ? null
        : dimensions.flatMap(({ id, scales }) => [cell(id, null), ...scales.map((s) => cell(id, s.id))]),
    };
  });
}

const valueOf = (row: HeatmapRow, column: string) =>
  row.cells?.find((c) => columnOf(c) === column)?.mean ?? null;

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
