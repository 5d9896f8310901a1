// The board's PDF: the document's blocks (board-pdf-content.ts) laid out on A4 in one font family that
// holds Latin and Chinese, with the charts drawn as vectors, "Page X of Y" at every foot, and the title,
// author and language in the document's metadata. Answers the finished file's bytes.

import PdfKitDocument from 'pdfkit';
import { LANGUAGE_TAGS } from '../../shared/languages';
import { boardDocument, type Block, type BoardPdfInput } from './board-pdf-content';
import { BOARD_PDF_TEXT } from './board-pdf-text';
import { boardFonts } from './fonts';
import { COLORS, FONT, MARGIN, PAGE, PdfLayout, TEXT_WIDTH } from './pdf-layout';
import { barsHeight, drawBars, drawRadar, radarHeight } from './vector-charts';

const BARRIER_FIGURE = 64;

/** How much of `block` a heading right above it must find room for on its page. */
function keepOf(layout: PdfLayout, blocks: readonly Block[], index: number): number {
  const block = blocks[index];
  if (!block) return 0;
  switch (block.kind) {
    case 'paragraph':
      // A caption, lead or subheading is short: kept whole, with the first lines of what it introduces.
      return keepsWithNext(block)
        ? block.style === 'strong'
          ? layout.textHeight(block.text, 'bold', 10, TEXT_WIDTH) + 4 + keepOf(layout, blocks, index + 1)
          : layout.textHeight(block.text, 'regular', 9, TEXT_WIDTH) + 4 + keepOf(layout, blocks, index + 1)
        : layout.firstLines(block.text, block.style === 'verdict' ? 16 : 10);
    case 'list':
      return block.items[0] ? layout.firstLines(block.items[0]) : 0;
    case 'facts':
      return 16;
    case 'barriers':
      return block.items[0] ? barrierHeight(layout, block.items[0]) : 0;
    case 'table':
      return layout.tableStart(block.columns, block.rows, block.size);
    case 'radar':
      return radarHeight(block.series.length);
    case 'bars':
      return barsHeight(block.items.length);
    case 'heading':
      // A heading under a heading: both stay with what follows the second.
      return layout.textHeight(block.text, 'bold', 12.5, TEXT_WIDTH) + 14 + keepOf(layout, blocks, index + 1);
    default:
      return 0;
  }
}

/** A short line that introduces what follows it (a caption over a chart or table, a subheading). */
const keepsWithNext = (block: Block) =>
  block.kind === 'paragraph' &&
  (block.style === 'strong' ||
    ((block.style === 'muted' || block.style === 'lead') && block.text.length < 400));

type BarrierItem = Extract<Block, { kind: 'barriers' }>['items'][number];

function barrierHeight(layout: PdfLayout, item: BarrierItem): number {
  const width = TEXT_WIDTH - BARRIER_FIGURE;
  return Math.max(
    34,
    layout.textHeight(item.label, 'bold', 10, width) +
      layout.textHeight(item.text, 'regular', 9.5, width) +
      2,
  );
}

function drawBarriers(layout: PdfLayout, items: readonly BarrierItem[]): void {
  const { doc } = layout;
  const width = TEXT_WIDTH - BARRIER_FIGURE;
  for (const item of items) {
    const height = barrierHeight(layout, item);
    layout.ensure(height);
    const top = doc.y;
    doc.font(FONT.bold).fontSize(18).fillColor(COLORS.red);
    doc.text(item.figure, MARGIN.side, top, { width: BARRIER_FIGURE - 8, align: 'center', lineBreak: false });
    if (item.unit) {
      doc.font(FONT.regular).fontSize(7).fillColor(COLORS.muted);
      doc.text(item.unit, MARGIN.side, top + 24, {
        width: BARRIER_FIGURE - 8,
        align: 'center',
        lineBreak: false,
      });
    }
    doc.font(FONT.bold).fontSize(10).fillColor(COLORS.ink);
    doc.text(item.label, MARGIN.side + BARRIER_FIGURE, top, { width });
    doc.font(FONT.regular).fontSize(9.5).fillColor(COLORS.ink);
    doc.text(item.text, MARGIN.side + BARRIER_FIGURE, doc.y + 1, { width });
    doc.y = top + height + 6;
  }
}

function drawBlock(
  layout: PdfLayout,
  blocks: readonly Block[],
  index: number,
  words: { barrier: string; healthy: string },
) {
  const block = blocks[index]!;
  const { doc } = layout;
  switch (block.kind) {
    case 'title':
      doc.font(FONT.bold).fontSize(20).fillColor(COLORS.brand);
      doc.text(block.text, MARGIN.side, doc.y, { width: TEXT_WIDTH });
      layout.space(10);
      return;
    case 'heading':
      layout.heading(block.text, block.level, keepOf(layout, blocks, index + 1));
      return;
    case 'paragraph':
      // A caption stays on the page of the chart or table it introduces.
      if (keepsWithNext(block)) layout.ensure(keepOf(layout, blocks, index));
      if (block.style === 'verdict')
        layout.paragraph(block.text, { size: 16, font: 'bold', color: COLORS.brand });
      else if (block.style === 'lead') layout.paragraph(block.text, { size: 9, color: COLORS.muted });
      else if (block.style === 'muted') layout.paragraph(block.text, { size: 9, color: COLORS.muted });
      else if (block.style === 'strong') layout.paragraph(block.text, { font: 'bold' });
      else layout.paragraph(block.text);
      return;
    case 'list':
      layout.list(block.items, block.numbered);
      return;
    case 'facts':
      layout.facts(block.rows);
      return;
    case 'barriers':
      drawBarriers(layout, block.items);
      return;
    case 'table':
      layout.table(block.columns, block.rows, block.strongRows, block.size);
      return;
    case 'radar':
      drawRadar(layout, block.labels, block.series);
      return;
    case 'bars':
      drawBars(layout, block.title, block.items, block.red, block.green, words);
      return;
    case 'page-break':
      layout.newPage();
      return;
  }
}

export async function renderBoardPdf(input: BoardPdfInput): Promise<Buffer> {
  const { title, blocks } = boardDocument(input);
  const text = BOARD_PDF_TEXT[input.language];
  const fonts = boardFonts();
  const doc = new PdfKitDocument({
    size: [PAGE.width, PAGE.height],
    margins: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.side, right: MARGIN.side },
    bufferPages: true,
    lang: LANGUAGE_TAGS[input.language],
    displayTitle: true,
    info: { Title: title, Author: 'Groundwork', Subject: input.report.campaignName, Creator: 'Groundwork' },
  });
  doc.registerFont(FONT.regular, fonts.regular);
  doc.registerFont(FONT.bold, fonts.bold);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const layout = new PdfLayout(doc);
  const words = { barrier: text.barrierLine, healthy: text.healthyLine };
  // Laying out a report takes a few hundred milliseconds: the server answers other requests between blocks
  // instead of after the whole document.
  for (let i = 0; i < blocks.length; i++) {
    drawBlock(layout, blocks, i, words);
    await new Promise((resolve) => setImmediate(resolve));
  }
  layout.footers(text.page, `${input.report.organizationName} · ${input.report.campaignName}`);
  doc.end();
  return done;
}
