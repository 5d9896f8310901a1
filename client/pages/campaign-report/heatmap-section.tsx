import { useState, type ReactNode } from 'react';
import { formatScore } from '../../components/format';
import { TableScroll } from '../../components/table-scroll';
import { HEATMAP_TEXT } from './heatmap-text';
import {
  columnOf,
  sortHeatmapRows,
  toHeatmapRows,
  type HeatmapCell,
  type HeatmapSort,
} from './heatmap-cells';
import type { SectionProps } from './report-types';

/** A column of the table as drawn: a dimension's, or one of its scales' once the dimension is expanded. */
interface Column {
  id: string;
  title: string;
  dimension: string;
  isScale: boolean;
}

/**
 * Every unit against every readiness dimension at a glance, sortable by any column; each dimension opens
 * into its scales' columns beside it.
 */
export function HeatmapSection({
  report,
  text,
  language,
  groupBy,
}: SectionProps & {
  /** A "Group by" choice above the table (cut-selector.tsx), and its rows' CSV when they are a cut's. */
  groupBy?: { selector: ReactNode; csvHref: string | null };
}) {
  const words = HEATMAP_TEXT[language];
  const [sort, setSort] = useState<HeatmapSort | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const dimensions = report.dimensions.filter((d) => d.role === 'readiness');
  const names = new Map(report.departments.map((d) => [d.departmentId, d.name]));
  const rows = sortHeatmapRows(toHeatmapRows(report), sort);
  const columns: Column[] = dimensions.flatMap((d) => [
    { id: d.id, title: d.title[language], dimension: d.id, isScale: false },
    ...(expanded.has(d.id)
      ? d.scales.map((s) => ({
          id: s.id,
          title: words.scaleColumn(d.title[language], s.title[language]),
          dimension: d.id,
          isScale: true,
        }))
      : []),
  ]);

  const toggle = (dimension: string) => {
    const closing = expanded.has(dimension);
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(dimension)) next.add(dimension);
      return next;
    });
    // Rows sorted by a column no longer on screen would look unsorted: closing it forgets that order.
    const scales = dimensions.find((d) => d.id === dimension)?.scales ?? [];
    if (closing && scales.some((s) => s.id === sort?.column)) setSort(null);
  };
  // Names read A to Z first, scores highest first: the order a reader most often wants.
  const sortBy = (column: string) =>
    setSort((current) => ({
      column,
      direction:
        current?.column === column
          ? current.direction === 'ascending'
            ? 'descending'
            : 'ascending'
          : column === 'name'
            ? 'ascending'
            : 'descending',
    }));
  const ariaSort = (column: string) => (sort?.column === column ? sort.direction : undefined);
  const sortButton = (column: string, title: string) => (
    <button type="button" className="heatmap-sort" onClick={() => sortBy(column)} title={words.sortBy(title)}>
      {title}
      <span aria-hidden="true">
        {sort?.column === column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
      </span>
    </button>
  );
  const header = (column: Column) => {
    const open = expanded.has(column.id);
    return (
      <th
        scope="col"
        className={column.isScale ? 'num heatmap-scale' : 'num'}
        aria-sort={ariaSort(column.id)}
        key={column.id}
        data-column={column.id}
      >
        {sortButton(column.id, column.title)}
        {!column.isScale && (
          <button
            type="button"
            className="heatmap-expand"
            aria-expanded={open}
            aria-label={open ? words.hideScales(column.title) : words.showScales(column.title)}
            title={open ? words.hideScales(column.title) : words.showScales(column.title)}
            onClick={() => toggle(column.id)}
          >
            {open ? '−' : '+'}
          </button>
        )}
      </th>
    );
  };

  const describe = (unit: string, column: string, cell: HeatmapCell) => {
    const base =
      cell.mean === null
        ? words.noScore(unit, column)
        : words.cell(
            unit,
            column,
            formatScore(cell.mean),
            cell.low !== null && cell.high !== null
              ? `${formatScore(cell.low)}–${formatScore(cell.high)}`
              : null,
          );
    if (cell.apartFrom.length === 0) return base;
    const others = cell.apartFrom.map((id) => names.get(id) ?? id).join(words.joiner);
    return words.apartFrom(base, others);
  };

  return (
    <section aria-labelledby="heatmap-heading" data-testid="heatmap">
      <h2 id="heatmap-heading">{words.heading}</h2>
      <p className="muted">{words.intro}</p>
      {groupBy?.selector}
      <TableScroll label={words.heading}>
        <table className="heat heatmap">
          <thead>
            <tr>
              <th scope="col" aria-sort={ariaSort('name')}>
                {sortButton('name', words.unit)}
              </th>
              {columns.map(header)}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.departmentId}
                data-unit={row.departmentId}
                className={row.hidden ? 'hidden-group' : undefined}
              >
                <th scope="row">{row.name}</th>
                {row.cells === null ? (
                  <td colSpan={columns.length} data-hidden="true">
                    {text.fewerThan(report.minGroupSize)}
                  </td>
                ) : (
                  columns.map((column) => {
                    const cell = row.cells!.find((c) => columnOf(c) === column.id)!;
                    const label = describe(row.name, column.title, cell);
                    return (
                      <td
                        key={column.id}
                        data-dimension={column.dimension}
                        data-column={column.id}
                        className={`num ${cell.band}${column.isScale ? ' heatmap-scale' : ''}`}
                        title={label}
                        aria-label={label}
                        data-marked={cell.apartFrom.length > 0 ? 'true' : undefined}
                      >
                        {formatScore(cell.mean)}
                        {cell.apartFrom.length > 0 && (
                          <span className="heatmap-mark" aria-hidden="true">
                            {' ◆'}
                          </span>
                        )}
                      </td>
                    );
                  })
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="muted">{words.legend}</p>
      <p className="muted">{text.hiddenNote(report.minGroupSize)}</p>
      <p className="heatmap-download">
        <a
          href={
            groupBy?.csvHref ??
            `/api/campaigns/${encodeURIComponent(report.campaignId)}/heatmap.csv?lang=${language}`
          }
          download
        >
          {words.download}
        </a>{' '}
        <span className="muted">{words.downloadNote}</span>
      </p>
    </section>
  );
}
