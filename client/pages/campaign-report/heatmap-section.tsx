import { useState } from 'react';
import { formatScore } from '../../components/format';
import { TableScroll } from '../../components/table-scroll';
import { HEATMAP_TEXT } from './heatmap-text';
import { sortHeatmapRows, toHeatmapRows, type HeatmapCell, type HeatmapSort } from './heatmap-cells';
import type { SectionProps } from './report-types';

/** Every unit against every readiness dimension at a glance, sortable by any column. */
export function HeatmapSection({ report, text, language }: SectionProps) {
  const words = HEATMAP_TEXT[language];
  const [sort, setSort] = useState<HeatmapSort | null>(null);
  const dimensions = report.dimensions.filter((d) => d.role === 'readiness');
  const names = new Map(report.departments.map((d) => [d.departmentId, d.name]));
  const rows = sortHeatmapRows(toHeatmapRows(report), sort);

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
  const header = (column: string, title: string, className?: string) => (
    <th scope="col" className={className} aria-sort={ariaSort(column)} key={column}>
      <button
        type="button"
        className="heatmap-sort"
        onClick={() => sortBy(column)}
        title={words.sortBy(title)}
      >
        {title}
        <span aria-hidden="true">
          {sort?.column === column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
        </span>
      </button>
    </th>
  );

  const describe = (unit: string, dimension: string, cell: HeatmapCell) => {
    const base =
      cell.mean === null
        ? words.noScore(unit, dimension)
        : words.cell(
            unit,
            dimension,
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
      <TableScroll label={words.heading}>
        <table className="heat heatmap">
          <thead>
            <tr>
              {header('name', words.unit)}
              {dimensions.map((d) => header(d.id, d.title[language], 'num'))}
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
                  <td colSpan={dimensions.length} data-hidden="true">
                    {text.fewerThan(report.minGroupSize)}
                  </td>
                ) : (
                  row.cells.map((cell) => {
                    const title =
                      dimensions.find((d) => d.id === cell.dimension)?.title[language] ?? cell.dimension;
                    const label = describe(row.name, title, cell);
                    return (
                      <td
                        key={cell.dimension}
                        data-dimension={cell.dimension}
                        className={`num ${cell.band}`}
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
    </section>
  );
}
