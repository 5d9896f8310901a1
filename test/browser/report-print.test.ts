// The report printed from a real Chromium: page.pdf() prints with the print media, as the browser's own
// Print does. The paper holds the whole report (the full report opened for printing), none of the screen's
// controls, on A4; after printing the page is as the reader left it. In English and in Chinese.

import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session';
import { hasPoppler } from '../support/poppler';
import { artifactPath, hasChromium } from '../support/chromium';
import { callApi } from '../support/server-process';
import { createOwner } from './create-owner';

const run = promisify(execFile);
// Page images to look at (headings kept with their text, the chart within the page); the test reads the text.
const PAGES_DIR = process.env.PRINT_SHOTS_DIR ?? artifactPath('print');
// README_SHOTS=docs/screenshots keeps one printed page for the README.
const README_SHOTS = process.env.README_SHOTS;

/** Prints the page to PDF, as Chromium's Print does, and answers the file's path and its text. */
async function print(page: Page, name: string): Promise<{ path: string; text: string }> {
  mkdirSync(PAGES_DIR, { recursive: true });
  const path = join(PAGES_DIR, `${name}.pdf`);
  writeFileSync(path, await page.pdf({ format: 'A4' }));
  const { stdout } = await run('pdftotext', ['-layout', path, '-']);
  await run('pdftoppm', ['-r', '60', '-png', path, join(PAGES_DIR, name)]);
  return { path, text: stdout };
}

/** Counts the print events the page sees, to know page.pdf() printed as the browser's Print does. */
async function countPrintEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { printEvents: string[] };
    w.printEvents = [];
    for (const type of ['beforeprint', 'afterprint']) addEventListener(type, () => w.printEvents.push(type));
  });
}
const printEvents = (page: Page) =>
  page.evaluate(() => (window as unknown as { printEvents: string[] }).printEvents);
const isOpen = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((d) => (d as HTMLDetailsElement).open);

describe.skipIf(!hasChromium || !hasPoppler)('the report on paper', () => {
  const session = useBrowserSession();

  it('prints the whole report on A4 without the screen controls, and leaves the page as it was, in both languages', async () => {
    const page = await session.newPage({ viewport: { width: 1280, height: 900 } });
    await createOwner(page, session.server.url);
    await page.getByRole('button', { name: 'Load the demo organization' }).click();
    await page.getByRole('region', { name: 'In short' }).waitFor();
    // One action on the plan, so its table prints: its status as words, no remove button, no empty comments.
    const campaignId = /\/campaigns\/([^/]+)\/report/.exec(page.url())![1]!;
    const sessionCookie = (await page.context().cookies()).find((c) => c.name === 'gw_session')!;
    const cookie = `gw_session=${sessionCookie.value}`;
    const report = await callApi(session.server, cookie, 'GET', `/api/campaigns/${campaignId}/report`);
    const added = await callApi(
      session.server,
      cookie,
      'POST',
      `/api/organizations/${report.body.organizationId}/action-plan`,
      {
        campaignId,
        recommendationId: null,
        departmentIds: [],
        title: 'Choose the two pilot teams',
        due: '2026-07-31',
        owner: { name: 'Wang Fang', email: 'wang@example.cn' },
      },
    );
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    await page.reload();
    await page.getByRole('region', { name: 'Action plan' }).getByText('Choose the two pilot teams').waitFor();
    await countPrintEvents(page);
    await expect(isOpen(page, '[data-testid="full-report"]')).resolves.toBe(false);

    const en = await print(page, 'report-en');
    // page.pdf() fires the print events in headless Chromium, so the hook runs as it would for a person.
    await expect(printEvents(page)).resolves.toEqual(['beforeprint', 'afterprint']);
    const { stdout: info } = await run('pdfinfo', [en.path]);
    expect(info).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(1);
    // The summary and, opened for paper, the analyst's material: headings shown only once it is open.
    expect(en.text).toContain('In short');
    expect(en.text).toContain('Action plan');
    expect(en.text).toContain('What to do');
    expect(en.text).toContain('All gates, in the order they are tested');
    expect(en.text).toContain('Departments compared');
    expect(en.text).toMatch(/Choose the two pilot teams +Wang Fang <wang@example\.cn> +2026-07-31 +Planned/);
    // Nothing of the screen's controls: the top bar, the way back, the language switch, forms and downloads.
    for (const control of [
      'Groundwork',
      'Sign out',
      'Back to the campaign',
      'English',
      '简体中文',
      'Add an action',
      'Add the starter plan',
      'Download data (CSV)',
      'Codebook (CSV)',
      'Remove',
      '0 comments',
      'Change owner',
      'Download the plan',
      'Jira CSV',
      'Download PDF for the board',
    ]) {
      expect(en.text, control).not.toContain(control);
    }
    // Afterwards the page is as it was: the full report closed again, its gates too.
    await expect(isOpen(page, '[data-testid="full-report"]')).resolves.toBe(false);
    await expect(isOpen(page, 'details.all-gates')).resolves.toBe(false);

    // A reader who opened the full report keeps it open; only what printing opened closes again.
    await page.getByText('The full report: evidence, scores and analysis').click();
    await page.getByTestId('verdict-detail').waitFor();
    await print(page, 'report-en-opened');
    await expect(isOpen(page, '[data-testid="full-report"]')).resolves.toBe(true);
    await expect(isOpen(page, 'details.all-gates')).resolves.toBe(false);
    // While printing, the radar is drawn at three device pixels per CSS pixel, so it prints sharp, within
    // its box (the PDF's page images show it within A4's width); afterwards it follows its box on screen
    // again, at the screen's own ratio.
    const canvas = page.locator('.chart-box canvas');
    const canvasSize = () =>
      canvas.evaluate((c) => ({
        pixels: (c as HTMLCanvasElement).width,
        css: c.getBoundingClientRect().width,
      }));
    const boxWidth = await page.locator('.chart-box').evaluate((b) => b.clientWidth);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const onPaper = await canvasSize();
    expect(onPaper.pixels).toBe(Math.round(onPaper.css * 3));
    await expect(
      page.locator('.chart-box').evaluate((b) => b.getBoundingClientRect().width),
    ).resolves.toBeGreaterThanOrEqual(onPaper.css);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: null });
    const onScreen = await canvasSize();
    expect(onScreen.css).toBeGreaterThan(boxWidth - 40);
    expect(onScreen.pixels).toBe(Math.round(onScreen.css));
    await expect(isOpen(page, 'details.all-gates')).resolves.toBe(false);
    await page.getByText('The full report: evidence, scores and analysis').click();

    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('region', { name: '要点概览' }).waitFor();
    const zh = await print(page, 'report-zh');
    expect(zh.text).toContain('要点概览');
    expect(zh.text).toContain('行动计划');
    expect(zh.text).toContain('全部关口（按检验顺序）');
    expect(zh.text).toMatch(/Choose the two pilot teams +Wang Fang <wang@example\.cn> +2026-07-31 +计划中/);
    for (const control of [
      'Groundwork',
      '退出登录',
      'English',
      '简体中文',
      '添加行动',
      '更换负责人',
      '下载行动计划',
    ]) {
      expect(zh.text, control).not.toContain(control);
    }
    await expect(isOpen(page, '[data-testid="full-report"]')).resolves.toBe(false);
    if (README_SHOTS) {
      mkdirSync(README_SHOTS, { recursive: true });
      await run('pdftoppm', [
        '-r',
        '72',
        '-png',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        en.path,
        join(README_SHOTS, 'report-printed-page-1'),
      ]);
    }
    await page.context().close();
    expect(session.cspViolations).toEqual([]);
  }, 180_000);
});
