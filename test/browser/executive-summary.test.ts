// The report's first screen in a real browser: the demo opens on its summary (verdict, barriers, where to
// start, how far to trust it), with the analyst's material behind one click, in English, in Chinese and on
// a phone.

import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session';
import { artifactPath, hasChromium } from '../support/chromium';
import { createOwner } from './create-owner';

// Screenshots to look at while working on the page; the test reads the page, not the pictures.
const SHOTS = process.env.SUMMARY_SHOTS_DIR;
const shot = (name: string) => {
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  return SHOTS ? `${SHOTS}/${name}` : artifactPath(name);
};

describe.skipIf(!hasChromium)('executive summary in the browser', () => {
  const session = useBrowserSession();
  const viewport = (width: number) => ({ width, height: 900 });

  it('opens the demo report on its summary, with the full report one click away, in both languages and on a phone', async () => {
    const page = await session.newPage({ viewport: viewport(1280) });
    await createOwner(page, session.server.url);
    await page.getByRole('button', { name: 'Load the demo organization' }).click();
    const summary = page.getByRole('region', { name: 'In short' });
    await summary.waitFor();
    const reportUrl = page.url();
    await expect(summary.getByTestId('verdict').textContent()).resolves.toBe('Pilot first (MVP)');
    await expect(summary.getByTestId('summary-actions').getByRole('listitem').count()).resolves.toBe(3);
    await expect(summary.getByTestId('summary-trust').textContent()).resolves.toMatch(
      /^Based on the answers of \d+ of \d+ people \(\d+%\)\.$/,
    );
    // The analyst's material is there but closed: its verdict panel shows after one click.
    const verdict = page.getByTestId('verdict-detail');
    await expect(verdict.isVisible()).resolves.toBe(false);
    await page.screenshot({ path: shot('summary-en-1280.png'), fullPage: true });
    await page.getByText('The full report: evidence, scores and analysis').click();
    await verdict.waitFor();
    await page
      .locator('section:has(#compared-heading)')
      .screenshot({ path: shot('full-report-compared-en-1280.png') });
    await expect(page.getByRole('heading', { name: 'What to do' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('details.full-report [data-term="icc"]').isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: '简体中文' }).click();
    const zh = page.getByRole('region', { name: '要点概览' });
    await zh.waitFor();
    await expect(zh.getByTestId('verdict').textContent()).resolves.toBe('先试点（MVP）');
    await page.locator('details.full-report').evaluate((d) => ((d as HTMLDetailsElement).open = false));
    await page.screenshot({ path: shot('summary-zh-1280.png'), fullPage: true });

    // On a phone the summary fits the width: the page never scrolls sideways.
    const phone = await session.newPage({ viewport: viewport(390), signedInLike: page });
    await page.context().close();
    await phone.goto(reportUrl);
    await phone.getByRole('region', { name: '要点概览' }).waitFor();
    await expect(phone.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(
      390,
    );
    await phone.screenshot({ path: shot('summary-zh-390.png'), fullPage: true });
    await phone.getByRole('button', { name: 'English' }).click();
    await phone.getByRole('region', { name: 'In short' }).waitFor();
    await expect(phone.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(
      390,
    );
    await phone.screenshot({ path: shot('summary-en-390.png'), fullPage: true });
    // Opened on a phone, the full report's wide tables become reachable by keyboard as they were before.
    await phone.getByText('The full report: evidence, scores and analysis').click();
    const departments = phone.getByRole('group', { name: 'Departments', exact: true });
    await departments.waitFor();
    await departments.focus();
    await expect(departments.evaluate((scroller) => scroller === document.activeElement)).resolves.toBe(true);
    await phone.context().close();
    expect(session.cspViolations).toEqual([]);
  }, 180_000);
});
