// The report's heatmap in a real browser on the demo organization: every unit against every readiness
// dimension, marks only where the report's analysis flags a gap, sortable from its headers, in English and
// Chinese, at desktop and phone width without the page scrolling sideways, and with no serious axe finding.

import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CampaignReport } from '../../server/http/api-types';
import { expectNoSeriousViolations } from '../support/axe-check';
import { useBrowserSession } from '../support/browser-session';
import { hasChromium } from '../support/chromium';
import { openFullReport } from '../support/full-report';
import { createOwner } from './create-owner';

const SHOTS = '/tmp/shots/heatmap';
const shot = (name: string) => {
  mkdirSync(SHOTS, { recursive: true });
  return `${SHOTS}/${name}`;
};

/** The cells the report's own analysis sets apart: both sides of a flagged difference or a gap signal. */
function expectedMarks(report: CampaignReport): string[] {
  const shown = new Set(report.departments.filter((d) => !d.hidden).map((d) => d.departmentId));
  const marks = new Set<string>();
  const pair = (dimension: string, a: string, b: string) => {
    if (!shown.has(a) || !shown.has(b)) return;
    marks.add(`${a}:${dimension}`);
    marks.add(`${b}:${dimension}`);
  };
  for (const d of report.analysis?.differences ?? []) if (d.flagged) pair(d.dimension, d.a, d.b);
  for (const s of report.analysis?.siloSignals ?? [])
    if (s.kind === 'gap' && s.departmentIds.length === 2)
      pair(s.subject, s.departmentIds[0]!, s.departmentIds[1]!);
  return [...marks].sort();
}

async function heatmapFacts(page: Page) {
  return page.getByTestId('heatmap').evaluate((section) => ({
    rows: [...section.querySelectorAll('tbody tr')].map((tr) => ({
      unit: tr.getAttribute('data-unit'),
      hidden: tr.classList.contains('hidden-group'),
      figures: [...tr.querySelectorAll('td')].map((td) => td.textContent),
    })),
    marks: [...section.querySelectorAll('td[data-marked]')]
      .map((td) => `${td.closest('tr')!.getAttribute('data-unit')}:${td.getAttribute('data-dimension')}`)
      .sort(),
  }));
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe.skipIf(!hasChromium)('report heatmap in the browser', () => {
  const session = useBrowserSession();

  it('shows the demo’s units against the dimensions, marked as the analysis says, sortable, in both languages and on a phone', async () => {
    const page = await session.newPage({ viewport: { width: 1280, height: 900 } });
    await createOwner(page, session.server.url);
    await page.getByRole('button', { name: 'Load the demo organization' }).click();
    await page.getByRole('region', { name: 'In short' }).waitFor();
    const reportUrl = page.url();
    const campaignId = /campaigns\/([^/]+)\/report/.exec(reportUrl)![1]!;
    const report = (await page.evaluate(
      (id) => fetch(`/api/campaigns/${id}/report`).then((r) => r.json()),
      campaignId,
    )) as CampaignReport;

    await openFullReport(page);
    const heatmap = page.getByTestId('heatmap');
    await heatmap.waitFor();
    await heatmap.scrollIntoViewIfNeeded();
    const facts = await heatmapFacts(page);
    expect(facts.rows.map((r) => r.unit)).toEqual(report.departments.map((d) => d.departmentId));
    for (const row of facts.rows.filter((r) => r.hidden)) {
      expect(row.figures.join('')).not.toMatch(/\d{2}/);
    }
    expect(facts.marks).toEqual(expectedMarks(report));
    await heatmap.screenshot({ path: shot('heatmap-en-1280.png') });

    // Sorting by a dimension, highest first, then lowest first.
    const firstDimension = report.dimensions.find((d) => d.role === 'readiness')!;
    const header = heatmap.getByRole('columnheader', { name: firstDimension.title.en });
    await header.getByRole('button', { name: firstDimension.title.en, exact: true }).click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    const scores = async () =>
      heatmap
        .locator(`td[data-dimension="${firstDimension.id}"]`)
        .evaluateAll((cells) =>
          cells.map((c) => Number(c.textContent!.replace(/\D/g, ''))).filter((n) => n > 0),
        );
    const descending = await scores();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await header.getByRole('button', { name: firstDimension.title.en, exact: true }).click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    const ascending = await scores();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await expectNoSeriousViolations(page, 'heatmap in English at 1280', {
      include: '[data-testid="heatmap"]',
    });
    await expect(noSidewaysScroll(page)).resolves.toBe(true);

    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('heading', { name: '热力图' }).waitFor();
    await heatmap.screenshot({ path: shot('heatmap-zh-1280.png') });
    await expectNoSeriousViolations(page, 'heatmap in Chinese at 1280', {
      include: '[data-testid="heatmap"]',
    });

    // On a phone: the page keeps its width, the table scrolls inside its box, the unit column stays put.
    const phone = await session.newPage({ viewport: { width: 390, height: 900 }, signedInLike: page });
    await page.context().close();
    await phone.goto(reportUrl);
    await openFullReport(phone);
    const small = phone.getByTestId('heatmap');
    await small.waitFor();
    await small.scrollIntoViewIfNeeded();
    await expect(noSidewaysScroll(phone)).resolves.toBe(true);
    await small.screenshot({ path: shot('heatmap-zh-390.png') });
    const scroller = small.locator('.table-scroll');
    const firstCell = small.locator('tbody th[scope="row"]').first();
    const before = (await firstCell.boundingBox())!.x;
    await scroller.evaluate((box) => (box.scrollLeft = box.scrollWidth));
    await expect(scroller.evaluate((box) => box.scrollLeft)).resolves.toBeGreaterThan(0);
    await expect(firstCell.boundingBox().then((b) => b!.x)).resolves.toBe(before);
    await small.screenshot({ path: shot('heatmap-zh-390-scrolled.png') });
    await expectNoSeriousViolations(phone, 'heatmap in Chinese at 390', {
      include: '[data-testid="heatmap"]',
    });
    await phone.getByRole('button', { name: 'English' }).click();
    await phone.getByRole('heading', { name: 'Heatmap' }).waitFor();
    await expect(noSidewaysScroll(phone)).resolves.toBe(true);
    await small.screenshot({ path: shot('heatmap-en-390.png') });
    await expectNoSeriousViolations(phone, 'heatmap in English at 390', {
      include: '[data-testid="heatmap"]',
    });
    await phone.context().close();
    expect(session.cspViolations).toEqual([]);
  }, 180_000);
});
