// Text on A4 pages with pdfkit: headings that never end a page alone, paragraphs, lists and tables whose
// rows are kept whole and whose header is repeated on each page they run onto. Everything is written at an
// explicit position inside the margins, so pdfkit's own page-breaking only ever splits a long paragraph.

import type PdfKitDocument from 'pdfkit';
import type { TableColumn } from './board-pdf-content';

type Doc = InstanceType<typeof PdfKitDocument>;

export const PAGE = { width: 595.28, height: 841.89 } as const;
export const MARGIN = { top: 56, bottom: 64, side: 56 } as const;
export const COLORS = {
  ink: '#1d2521',
  muted: '#4f5a54',
  line: '#d5dcd8',
  paper: '#f6f8f7',
  brand: '#1f5f4a',
  brandSoft: '#e6f0ec',
  red: '#b3261e',
  amber: '#8a5a00',
  green: '#1d6b3a',
} as const;

export const FONT = { regular: 'NotoSansSC', bold: 'NotoSansSC-Bold' } as const;

/** The width text runs in. */
export const TEXT_WIDTH = PAGE.width - 2 * MARGIN.side;
const BOTTOM = PAGE.height - MARGIN.bottom;
const CELL_PAD = 3.5;
const LINE_GAP = 2;

export class PdfLayout {
  constructor(readonly doc: Doc) {}

  get y(): number {
    return this.doc.y;
  }

  /** Space left above the bottom margin. */
  remaining(): number {
    return BOTTOM - this.doc.y;
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = MARGIN.side;
    this.doc.y = MARGIN.top;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (height > this.remaining()) this.newPage();
  }

  space(points: number): void {
    // Space is not carried over a page break: a page starts at its top margin.
    if (this.remaining() > points) this.doc.y += points;
  }

  private style(font: 'regular' | 'bold', size: number, color: string = COLORS.ink): void {
    this.doc.font(FONT[font]).fontSize(size).fillColor(color);
  }

  textHeight(text: string, font: 'regular' | 'bold', size: number, width: number): number {
    this.doc.font(FONT[font]).fontSize(size);
    return this.doc.heightOfString(text, { width, lineGap: LINE_GAP });
  }

  /**
   * A heading, on this page only if it fits with `keep` points of what follows (the first lines of the
   * paragraph or table under it), so no page ends with a heading whose text starts overleaf.
   */
  heading(text: string, level: 1 | 2 | 3, keep: number): void {
    const size = level === 1 ? 16 : level === 2 ? 12.5 : 10.5;
    const before = level === 1 ? 14 : level === 2 ? 10 : 7;
    const height = this.textHeight(text, 'bold', size, TEXT_WIDTH);
    if (this.doc.y > MARGIN.top) this.space(before);
    this.ensure(height + 4 + keep);
    this.style('bold', size, level === 1 ? COLORS.brand : COLORS.ink);
    this.doc.text(text, MARGIN.side, this.doc.y, { width: TEXT_WIDTH, lineGap: LINE_GAP });
    if (level === 1) {
      const y = this.doc.y + 1;
      this.doc
        .moveTo(MARGIN.side, y)
        .lineTo(MARGIN.side + TEXT_WIDTH, y)
        .lineWidth(0.8);
      this.doc.strokeColor(COLORS.brand).stroke();
      this.doc.y = y + 5;
    } else {
      this.doc.y += 3;
    }
  }

  /** The height of a paragraph's first two lines (or all of it if shorter): what a heading keeps with it. */
  firstLines(text: string, size = 10): number {
    return Math.min(this.textHeight(text, 'regular', size, TEXT_WIDTH), 2 * (size * 1.45 + LINE_GAP));
  }

  paragraph(text: string, options: { size?: number; font?: 'regular' | 'bold'; color?: string } = {}): void {
    const size = options.size ?? 10;
    const font = options.font ?? 'regular';
    // Two lines at least on this page, or none: a lone first line at the foot of a page reads badly.
    this.ensure(Math.min(this.textHeight(text, font, size, TEXT_WIDTH), 2 * (size * 1.45 + LINE_GAP)));
    this.style(font, size, options.color);
    this.doc.text(text, MARGIN.side, this.doc.y, { width: TEXT_WIDTH, lineGap: LINE_GAP });
    this.doc.y += 4;
  }

  /** Bulleted or numbered items, each kept whole on a page where it fits. */
  list(items: readonly string[], numbered: boolean, size = 10): void {
    const indent = 16;
    const width = TEXT_WIDTH - indent;
    items.forEach((item, i) => {
      const height = this.textHeight(item, 'regular', size, width);
      this.ensure(Math.min(height, 3 * (size * 1.45 + LINE_GAP)));
      const top = this.doc.y;
      this.style(numbered ? 'bold' : 'regular', size, COLORS.brand);
      this.doc.text(numbered ? `${i + 1}.` : '•', MARGIN.side + 2, top, {
        width: indent - 2,
        lineBreak: false,
      });
      this.style('regular', size);
      this.doc.text(item, MARGIN.side + indent, top, { width, lineGap: LINE_GAP });
      this.doc.y += 3;
    });
    this.doc.y += 2;
  }

  /** Label and value pairs, as in a title block. */
  facts(rows: readonly [string, string][]): void {
    const labelWidth = 120;
    const width = TEXT_WIDTH - labelWidth;
    for (const [label, value] of rows) {
      const height = Math.max(
        this.textHeight(label, 'regular', 10, labelWidth - 8),
        this.textHeight(value, 'bold', 10, width),
      );
      this.ensure(height);
      const top = this.doc.y;
      this.style('regular', 10, COLORS.muted);
      this.doc.text(label, MARGIN.side, top, { width: labelWidth - 8, lineGap: LINE_GAP });
      this.style('bold', 10);
      this.doc.text(value, MARGIN.side + labelWidth, top, { width, lineGap: LINE_GAP });
      this.doc.y = top + height + 3;
    }
    this.doc.y += 4;
  }

  private rowHeight(
    cells: readonly string[],
    widths: readonly number[],
    font: 'regular' | 'bold',
    size: number,
  ) {
    return (
      Math.max(...cells.map((cell, i) => this.textHeight(cell, font, size, widths[i]! - 2 * CELL_PAD))) +
      2 * CELL_PAD
    );
  }

  private drawRow(
    cells: readonly string[],
    columns: readonly TableColumn[],
    widths: readonly number[],
    options: { font: 'regular' | 'bold'; size: number; fill?: string; color?: string },
  ): void {
    const height = this.rowHeight(cells, widths, options.font, options.size);
    const top = this.doc.y;
    if (options.fill) this.doc.rect(MARGIN.side, top, TEXT_WIDTH, height).fill(options.fill);
    let x = MARGIN.side;
    cells.forEach((cell, i) => {
      this.style(options.font, options.size, options.color);
      this.doc.text(cell, x + CELL_PAD, top + CELL_PAD, {
        width: widths[i]! - 2 * CELL_PAD,
        align: columns[i]!.align,
        lineGap: LINE_GAP,
      });
      x += widths[i]!;
    });
    this.doc.y = top + height;
    this.doc
      .moveTo(MARGIN.side, this.doc.y)
      .lineTo(MARGIN.side + TEXT_WIDTH, this.doc.y)
      .lineWidth(0.5)
      .strokeColor(COLORS.line)
      .stroke();
  }

  /** The height of a table's header and first row: what a heading above it keeps with it. */
  tableStart(columns: readonly TableColumn[], rows: readonly string[][], size = 9): number {
    const widths = columns.map((c) => c.width * TEXT_WIDTH);
    const header = this.rowHeight(
      columns.map((c) => c.header),
      widths,
      'bold',
      size,
    );
    return header + (rows[0] ? this.rowHeight(rows[0], widths, 'regular', size) : 0);
  }

  /** A table with its header repeated on every page it runs onto; a row is never split across pages. */
  table(
    columns: readonly TableColumn[],
    rows: readonly string[][],
    strongRows: readonly number[],
    size = 9,
  ): void {
    const widths = columns.map((c) => c.width * TEXT_WIDTH);
    const headers = columns.map((c) => c.header);
    const header = () =>
      this.drawRow(headers, columns, widths, {
        font: 'bold',
        size,
        fill: COLORS.brandSoft,
        color: COLORS.ink,
      });
    this.ensure(this.tableStart(columns, rows, size));
    header();
    rows.forEach((row, i) => {
      const strong = strongRows.includes(i);
      const height = this.rowHeight(row, widths, strong ? 'bold' : 'regular', size);
      if (height > this.remaining()) {
        this.newPage();
        header();
      }
      this.drawRow(row, columns, widths, { font: strong ? 'bold' : 'regular', size });
    });
    this.doc.y += 6;
  }

  /**
   * "Page X of Y" at the foot of every page, once all pages exist (the document buffers its pages). The
   * bottom margin is lifted while writing, or pdfkit would take text below it as overflow and add a page.
   */
  footers(label: (page: number, pages: number) => string, left: string): void {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const margins = this.doc.page.margins;
      this.doc.page.margins = { ...margins, bottom: 0 };
      const y = PAGE.height - MARGIN.bottom + 24;
      this.style('regular', 8, COLORS.muted);
      this.doc.text(left, MARGIN.side, y, { width: TEXT_WIDTH * 0.7, height: 11, ellipsis: true });
      this.doc.text(label(i - range.start + 1, range.count), MARGIN.side, y, {
        width: TEXT_WIDTH,
        align: 'right',
        lineBreak: false,
      });
      this.doc.page.margins = margins;
    }
  }
}
