import { useState, type ReactNode } from 'react';
import type { CampaignQuestions, CutReport } from '../../../server/http/api-types';
import { api } from '../../api/client';
import { formatPercent, formatScore } from '../../components/format';
import { TableScroll } from '../../components/table-scroll';
import { useResource } from '../../components/use-resource';
import { cutAsQuestions } from './cut-as-questions';
import { CUT_TEXT } from './cut-text';
import { HEATMAP_TEXT } from './heatmap-text';
import {
  columnOf,
  sortHeatmapRows,
  toHeatmapRows,
  type HeatmapCell,
  type HeatmapSort,
} from './heatmap-cells';
import { heatmapItems, withItemCells } from './heatmap-items';
import type { SectionProps } from './report-types';

/**
 * A column of the table as drawn: a dimension's, one of its scales' once the dimension is expanded, or one
 * of a scale's items once that scale is.
 */
interface Column {
  id: string;
  /** The heading shown; for an item its short number. */
  title: string;
  /** The name a cell's label and the sort button give the column; for an item its number and wording. */
  name: string;
  dimension: string;
  kind: 'dimension' | 'scale' | 'item';
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
  /**
   * A "Group by" choice above the table (cut-selector.tsx), its rows' CSV when they are a cut's, and that
   * cut (whose per-item answers its item columns show), null while they are the report's units.
   */
  groupBy?: { selector: ReactNode; csvHref: string | null; cut: CutReport | null };
}) {
  const words = HEATMAP_TEXT[language];
  const [sort, setSort] = useState<HeatmapSort | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [openScales, setOpenScales] = useState<ReadonlySet<string>>(new Set());
  // The items' figures are loaded the first time a scale is opened to them, and kept after.
  const [itemsWanted, setItemsWanted] = useState(false);
  const [source] = useResource(
    async (): Promise<CampaignQuestions | null> =>
      itemsWanted ? api.campaignQuestions(report.campaignId) : null,
    `${report.campaignId}|${itemsWanted}`,
  );
  const dimensions = report.dimensions.filter((d) => d.role === 'readiness');
  const names = new Map(report.departments.map((d) => [d.departmentId, d.name]));
  const baseRows = toHeatmapRows(report);
  const loaded = source.state === 'ready' ? source.data : null;
  const cut = groupBy?.cut ?? null;
  const itemReply = loaded ? (cut ? cutAsQuestions(loaded, cut, language) : loaded) : null;
  const items = itemReply ? heatmapItems(itemReply, language) : [];
  const rows = sortHeatmapRows(itemReply ? withItemCells(baseRows, itemReply) : baseRows, sort);
  const columns: Column[] = dimensions.flatMap((d) => [
    {
      id: d.id,
      title: d.title[language],
      name: d.title[language],
      dimension: d.id,
      kind: 'dimension' as const,
    },
    ...(expanded.has(d.id)
      ? d.scales.flatMap((s) => {
          const title = words.scaleColumn(d.title[language], s.title[language]);
          return [
            { id: s.id, title, name: title, dimension: d.id, kind: 'scale' as const },
            ...(openScales.has(s.id)
              ? items
                  .filter((item) => item.scale === s.id)
                  .map((item) => ({
                    id: item.column,
                    title: words.itemShort(item.number),
                    name: words.itemHeading(item.number, item.wording),
                    dimension: d.id,
                    kind: 'item' as const,
                  }))
              : []),
          ];
        })
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
    const ids = new Set(scales.map((s) => s.id));
    if (closing && (ids.has(sort?.column ?? '') || ids.has(itemScaleOf(sort?.column) ?? ''))) setSort(null);
  };
  const itemScaleOf = (column: string | undefined) =>
    items.find((item) => item.column === column)?.scale ?? null;
  const toggleItems = (scale: string) => {
    const closing = openScales.has(scale);
    setItemsWanted(true);
    setOpenScales((current) => {
      const next = new Set(current);
      if (!next.delete(scale)) next.add(scale);
      return next;
    });
    if (closing && itemScaleOf(sort?.column) === scale) setSort(null);
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
  const sortButton = (column: string, title: string, name = title) => (
    <button
      type="button"
      className="heatmap-sort"
      onClick={() => sortBy(column)}
      title={words.sortBy(name)}
      aria-label={name === title ? undefined : words.sortBy(name)}
    >
      {title}
      <span aria-hidden="true">
        {sort?.column === column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
      </span>
    </button>
  );
  const header = (column: Column) => {
    const open = expanded.has(column.id);
    const itemsOpen = openScales.has(column.id);
    return (
      <th
        scope="col"
        className={column.kind === 'dimension' ? 'num' : `num heatmap-${column.kind}`}
        aria-sort={ariaSort(column.id)}
        key={column.id}
        data-column={column.id}
        title={column.kind === 'item' ? column.name : undefined}
      >
        {sortButton(column.id, column.title, column.name)}
        {column.kind === 'scale' && (
          <button
            type="button"
            className="heatmap-expand"
            aria-expanded={itemsOpen}
            aria-label={itemsOpen ? words.hideItems(column.title) : words.showItems(column.title)}
            title={itemsOpen ? words.hideItems(column.title) : words.showItems(column.title)}
            onClick={() => toggleItems(column.id)}
          >
            {itemsOpen ? '−' : '+'}
          </button>
        )}
        {column.kind === 'dimension' && (
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
    if (cell.item !== undefined) {
      return cell.mean === null || cell.n == null
        ? words.itemNoFigure(unit, column)
        : words.itemCell(unit, column, formatPercent(cell.mean / 100), cell.n);
    }
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
                {sortButton('name', cut ? CUT_TEXT[language].cuts[cut.cut] : words.unit)}
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
                    const label = describe(row.name, column.name, cell);
                    return (
                      <td
                        key={column.id}
                        data-dimension={column.dimension}
                        data-column={column.id}
                        className={`num ${cell.band}${column.kind === 'dimension' ? '' : ` heatmap-${column.kind}`}`}
                        title={label}
                        aria-label={label}
                        data-marked={cell.apartFrom.length > 0 ? 'true' : undefined}
                      >
                        {cell.item !== undefined
                          ? formatPercent(cell.mean === null ? null : cell.mean / 100)
                          : formatScore(cell.mean)}
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
      {itemsWanted && source.state !== 'failed' && loaded === null && (
        <p className="muted" role="status">
          {words.itemsLoading}
        </p>
      )}
      {itemsWanted && source.state === 'failed' && (
        <p className="muted" role="status">
          {words.itemsFailed}
        </p>
      )}
      <p className="muted">{words.legend}</p>
      {openScales.size > 0 && <p className="muted">{words.itemsNote}</p>}
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
