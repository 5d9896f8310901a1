// The charts as vector drawings on the page (lines, polygons, text), so they stay sharp when printed or
// zoomed and their labels stay text a reader can select. Geometry comes from chart-geometry.ts.

import { barX, labelBox, radarPoint, radarPolygon, type Point } from './chart-geometry';
import { COLORS, FONT, MARGIN, TEXT_WIDTH, type PdfLayout } from './pdf-layout';

/** One colour per series, the organization's first: the brand green, then colours apart from it. */
export const SERIES_COLORS = ['#1f5f4a', '#2f6db5', '#b5651d', '#7a3e9d', '#a8323e', '#3d8c8c', '#6b6b1f'];

const RADAR_RADIUS = 105;
const LABEL_WIDTH = 96;
const LABEL_GAP = 8;
const LABEL_SIZE = 8.5;

export function radarHeight(series: number): number {
  const legendRows = Math.ceil(series / 3);
  return 2 * RADAR_RADIUS + 2 * 36 + 16 + legendRows * 14;
}

export function drawRadar(
  layout: PdfLayout,
  labels: readonly string[],
  series: readonly { label: string; scores: readonly (number | null)[] }[],
): void {
  const { doc } = layout;
  layout.ensure(radarHeight(series.length));
  const top = doc.y;
  const center: Point = { x: MARGIN.side + TEXT_WIDTH / 2, y: top + 36 + RADAR_RADIUS };
  const n = labels.length;
  // Rings at 25, 50, 75 and 100, and one spoke per dimension.
  doc.lineWidth(0.5).strokeColor(COLORS.line);
  for (const ring of [25, 50, 75, 100]) {
    const points = labels.map((_, i) => radarPoint(center, RADAR_RADIUS, i, n, ring));
    doc.polygon(...points.map((p): [number, number] => [p.x, p.y])).stroke();
  }
  labels.forEach((_, i) => {
    const end = radarPoint(center, RADAR_RADIUS, i, n, 100);
    doc.moveTo(center.x, center.y).lineTo(end.x, end.y).stroke();
  });
  series.forEach((s, k) => {
    const color = SERIES_COLORS[k % SERIES_COLORS.length]!;
    const points = radarPolygon(center, RADAR_RADIUS, s.scores);
    if (points.length >= 3) {
      const path = points.map((p): [number, number] => [p.x, p.y]);
      // The organization is filled lightly; departments are outlines over it, so none hides another.
      if (k === 0)
        doc
          .polygon(...path)
          .fillOpacity(0.15)
          .fill(color)
          .fillOpacity(1);
      doc
        .polygon(...path)
        .lineWidth(k === 0 ? 1.6 : 1)
        .strokeColor(color)
        .stroke();
    }
    for (const p of points) doc.circle(p.x, p.y, 1.8).fill(color);
  });
  // The rings' values over the series, left of the first spoke, so no polygon hides them.
  doc.font(FONT.regular).fontSize(6.5).fillColor(COLORS.muted);
  for (const ring of [25, 50, 75, 100]) {
    const p = radarPoint(center, RADAR_RADIUS, 0, n, ring);
    doc.text(String(ring), p.x - 22, p.y - 4, { width: 19, align: 'right', lineBreak: false });
  }
  labels.forEach((label, i) => {
    doc.font(FONT.regular).fontSize(LABEL_SIZE);
    const height = doc.heightOfString(label, { width: LABEL_WIDTH });
    const box = labelBox(center, RADAR_RADIUS, i, n, LABEL_WIDTH, height, LABEL_GAP);
    doc.fillColor(COLORS.ink).text(label, box.x, box.y, { width: box.width, align: box.align });
  });
  legend(
    layout,
    series.map((s) => s.label),
    top + 2 * RADAR_RADIUS + 2 * 36 + 8,
  );
  doc.x = MARGIN.side;
}

function legend(layout: PdfLayout, labels: readonly string[], top: number): void {
  const { doc } = layout;
  const column = TEXT_WIDTH / 3;
  labels.forEach((label, k) => {
    const x = MARGIN.side + (k % 3) * column;
    const y = top + Math.floor(k / 3) * 14;
    doc.rect(x, y + 2, 10, 6).fill(SERIES_COLORS[k % SERIES_COLORS.length]!);
    doc.font(FONT.regular).fontSize(8.5).fillColor(COLORS.ink);
    doc.text(label, x + 14, y - 1, { width: column - 18, height: 12, ellipsis: true });
  });
  doc.y = top + Math.ceil(labels.length / 3) * 14 + 6;
}

const BAR_LABEL = 150;
const BAR_ROW = 20;

export function barsHeight(items: number): number {
  return 18 + items * BAR_ROW + 26;
}

/**
 * A horizontal bar per dimension on one 0–100 scale, its 95% interval as a whisker, with the barrier and
 * healthy lines across all of them: where each score stands against the gates' lines at a glance.
 */
export function drawBars(
  layout: PdfLayout,
  title: string,
  items: readonly { label: string; score: number | null; low: number | null; high: number | null }[],
  red: number,
  green: number,
  words: { barrier: string; healthy: string },
): void {
  const { doc } = layout;
  layout.ensure(barsHeight(items.length));
  const top = doc.y;
  doc.font(FONT.bold).fontSize(9).fillColor(COLORS.ink).text(title, MARGIN.side, top, { width: TEXT_WIDTH });
  const chartTop = top + 18;
  const left = MARGIN.side + BAR_LABEL;
  const width = TEXT_WIDTH - BAR_LABEL - 10;
  const bottom = chartTop + items.length * BAR_ROW;
  items.forEach((item, i) => {
    const y = chartTop + i * BAR_ROW;
    doc.font(FONT.regular).fontSize(8.5).fillColor(COLORS.ink);
    doc.text(item.label, MARGIN.side, y + 3, {
      width: BAR_LABEL - 8,
      height: BAR_ROW,
      ellipsis: true,
      align: 'right',
    });
    doc.rect(left, y + 4, width, BAR_ROW - 8).fill(COLORS.paper);
    if (item.score === null) return;
    const color = item.score <= red ? COLORS.red : item.score >= green ? COLORS.green : COLORS.amber;
    doc.rect(left, y + 4, barX(left, width, item.score) - left, BAR_ROW - 8).fill(color);
    if (item.low !== null && item.high !== null) {
      const mid = y + BAR_ROW / 2;
      doc.lineWidth(0.8).strokeColor(COLORS.ink);
      doc
        .moveTo(barX(left, width, item.low), mid)
        .lineTo(barX(left, width, item.high), mid)
        .stroke();
      for (const end of [item.low, item.high]) {
        doc
          .moveTo(barX(left, width, end), mid - 3)
          .lineTo(barX(left, width, end), mid + 3)
          .stroke();
      }
    }
    doc.font(FONT.bold).fontSize(8).fillColor(COLORS.ink);
    // The figure beyond the bar and its whisker, so neither covers it.
    const after = Math.max(item.score, item.high ?? item.score);
    doc.text(String(Math.round(item.score)), barX(left, width, after) + 4, y + 4, { lineBreak: false });
  });
  for (const [value, color, word] of [
    [red, COLORS.red, words.barrier],
    [green, COLORS.green, words.healthy],
  ] as const) {
    const x = barX(left, width, value);
    doc.lineWidth(1).strokeColor(color).dash(3, { space: 2 });
    doc
      .moveTo(x, chartTop)
      .lineTo(x, bottom + 4)
      .stroke();
    doc.undash();
    doc.font(FONT.regular).fontSize(7.5).fillColor(color);
    doc.text(`${word} ${Math.round(value)}`, x - 40, bottom + 6, { width: 80, align: 'center' });
  }
  // The scale's ends, so a bar's length reads as a score.
  doc.font(FONT.regular).fontSize(7).fillColor(COLORS.muted);
  doc.text('0', left - 3, bottom + 16, { lineBreak: false });
  doc.text('100', left + width - 8, bottom + 16, { lineBreak: false });
  doc.x = MARGIN.side;
  doc.y = bottom + 28;
}
