// The board's PDF from the report page, as a reader gets it: the link near the top downloads a PDF in the
// page's language unless another is chosen beside it, and the file holds the verdict, the first actions and
// the plan's owners, read back with pdftotext. Screenshots of the control and page images of the PDF are
// kept to look at.

import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session';
import { hasPoppler } from '../support/poppler';
import { artifactPath, hasChromium } from '../support/chromium';
import { callApi } from '../support/server-process';
import { createOwner, TEST_OWNER } from './create-owner';

const run = promisify(execFile);
const SHOTS = process.env.BOARD_PDF_SHOTS_DIR ?? artifactPath('board-pdf');

/** Clicks the download link and answers the saved file's text, rendering its pages beside it. */
async function downloadPdf(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Download PDF for the board|下载董事会 PDF 报告/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const path = join(SHOTS, `${name}.pdf`);
  await download.saveAs(path);
  await run('pdftoppm', ['-r', '50', '-png', path, join(SHOTS, name)]);
  const { stdout } = await run('pdftotext', ['-layout', path, '-']);
  return stdout.replace(/\s+/g, '');
}

describe.skipIf(!hasChromium || !hasPoppler)('the board’s PDF from the report page', () => {
  const session = useBrowserSession();

  it('downloads the report for the board in the page’s language, or the one chosen', async () => {
    const page = await session.newPage({ viewport: { width: 1280, height: 900 } });
    await createOwner(page, session.server.url);
    await page.getByRole('button', { name: 'Load the demo organization' }).click();
    await page.getByRole('region', { name: 'In short' }).waitFor();
    const campaignId = /\/campaigns\/([^/]+)\/report/.exec(page.url())![1]!;
    const sessionCookie = (await page.context().cookies()).find((c) => c.name === 'gw_session')!;
    const cookie = `gw_session=${sessionCookie.value}`;
    const report = (await callApi(session.server, cookie, 'GET', `/api/campaigns/${campaignId}/report`)).body;
    const signedIn = await callApi(session.server, cookie, 'GET', '/api/session');
    for (const body of [
      {
        title: 'Choose the two pilot teams',
        owner: { accountId: signedIn.body.accountId },
        due: '2026-07-31',
      },
      { title: 'Brief every manager', owner: { name: 'Wang Fang', email: 'wang@example.cn' } },
    ]) {
      const added = await callApi(
        session.server,
        cookie,
        'POST',
        `/api/organizations/${report.organizationId}/action-plan`,
        { campaignId, ...body },
      );
      expect(added.status, JSON.stringify(added.body)).toBe(201);
    }
    await page.reload();
    const control = page.getByRole('region', { name: 'The report for the board' });
    await control.waitFor();
    await expect(control.getByLabel('PDF language').inputValue()).resolves.toBe('en');
    await page.screenshot({ path: join(SHOTS, 'control-1280.png') });

    const en = await downloadPdf(page, 'board-en');
    expect(en).toContain(report.summary.title.en.replace(/\s+/g, ''));
    for (const action of report.summary.actions) expect(en).toContain(action.title.en.replace(/\s+/g, ''));
    expect(en).toContain('Choosethetwopilotteams');
    expect(en).toContain(TEST_OWNER.name.replace(/\s+/g, ''));
    expect(en).toContain('WangFang');

    // The page in Chinese: the PDF follows it, unless the reader picks English beside the link.
    await page.getByRole('button', { name: '简体中文' }).click();
    const zhControl = page.getByRole('region', { name: '董事会报告' });
    await expect(zhControl.getByLabel('PDF 语言').inputValue()).resolves.toBe('zh-cn');
    const zh = await downloadPdf(page, 'board-zh');
    expect(zh).toContain(report.summary.title['zh-cn'].replace(/\s+/g, ''));
    for (const action of report.summary.actions)
      expect(zh).toContain(action.title['zh-cn'].replace(/\s+/g, ''));
    expect(zh).toContain('WangFang');
    await zhControl.getByLabel('PDF 语言').selectOption('en');
    expect(await downloadPdf(page, 'board-chosen-en')).toContain('OKRreadiness:reportfortheboard');

    const phone = await session.newPage({ viewport: { width: 390, height: 844 }, signedInLike: page });
    await phone.goto(page.url());
    // The page keeps the language last chosen (Chinese, above).
    await phone.getByRole('region', { name: '董事会报告' }).waitFor();
    await phone.screenshot({ path: join(SHOTS, 'control-390.png') });
  });
});
