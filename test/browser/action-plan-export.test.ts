// The plan's downloads from the report page, as a reader gets them: each link saves a file that holds the
// plan's actions (the Jira CSV, the workbook with Chinese headers, the calendar), and the section says how
// many actions the calendar leaves out.

import { readFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session';
import { artifactPath, hasChromium } from '../support/chromium';
import { callApi } from '../support/server-process';
import { createOwner } from './create-owner';

const SHOTS = '/tmp/shots/exports';

/** Clicks a download link and answers the saved file's name and bytes. */
async function save(page: Page, link: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: link, exact: true }).click(),
  ]);
  const path = join(SHOTS, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

describe.skipIf(!hasChromium)('downloading the action plan from the report page', () => {
  const session = useBrowserSession();

  it('saves the Jira CSV, the Chinese workbook and the calendar, each holding the plan', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const page = await session.newPage({ viewport: { width: 1280, height: 900 } });
    await createOwner(page, session.server.url);
    await page.getByRole('button', { name: 'Load the demo organization' }).click();
    await page.getByRole('region', { name: 'Action plan' }).waitFor();
    const campaignId = /\/campaigns\/([^/]+)\/report/.exec(page.url())![1]!;
    const sessionCookie = (await page.context().cookies()).find((c) => c.name === 'gw_session')!;
    const cookie = `gw_session=${sessionCookie.value}`;
    const { organizationId } = (
      await callApi(session.server, cookie, 'GET', `/api/campaigns/${campaignId}/report`)
    ).body as { organizationId: string };
    for (const body of [
      {
        title: 'Choose the two pilot teams',
        owner: { name: 'Wang Fang', email: 'wang@example.cn' },
        due: '2026-07-31',
      },
      { title: 'Agree what success means' },
    ]) {
      const added = await callApi(
        session.server,
        cookie,
        'POST',
        `/api/organizations/${organizationId}/action-plan`,
        {
          campaignId,
          ...body,
        },
      );
      expect(added.status, JSON.stringify(added.body)).toBe(201);
    }
    await page.reload();
    const downloads = page.getByRole('group', { name: 'Download the plan' });
    await downloads.getByText('1 action without a due date is left out of the calendar.').waitFor();
    await downloads.getByText('set the date format to yyyy-MM-dd', { exact: false }).waitFor();
    await page
      .getByRole('region', { name: 'Action plan' })
      .screenshot({ path: join(SHOTS, 'downloads-en.png') });

    const csv = await save(page, 'Jira CSV');
    expect(csv.name).toMatch(/^action-plan-.+-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.bytes.toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Summary,Description,Assignee,Due date,Labels,Labels,Priority,Status');
    expect(
      lines.some(
        (l) => l.startsWith('Choose the two pilot teams,') && l.includes('wang@example.cn,2026-07-31'),
      ),
    ).toBe(true);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await save(page, 'Excel (Chinese headers)')).bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 3)).toEqual(['任务标题', '任务描述']);
    expect(sheet.getCell('A2').value).toBe('Choose the two pilot teams');
    expect(sheet.getCell('E2').value).toEqual(new Date(Date.UTC(2026, 6, 31)));

    const calendar = (await save(page, 'Calendar (.ics)')).bytes.toString('utf8');
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(calendar).toContain('SUMMARY:Choose the two pilot teams');
    expect(calendar).toContain('DTSTART;VALUE=DATE:20260731');

    await page.getByRole('button', { name: '简体中文' }).click();
    const zh = page.getByRole('group', { name: '下载行动计划' });
    await zh.getByText('有 1 项行动没有截止日期，未放入日历。').waitFor();
    await page
      .getByRole('region', { name: '行动计划' })
      .screenshot({ path: join(SHOTS, 'downloads-zh.png') });
    await zh.screenshot({ path: artifactPath('action-plan-downloads-zh.png') });

    // On a phone the links wrap within the page: it never scrolls sideways.
    const phone = await session.newPage({ viewport: { width: 390, height: 900 }, signedInLike: page });
    await phone.goto(page.url());
    // The language chosen stays with the browser's storage: the page is in Chinese.
    const onPhone = phone.getByRole('group', { name: '下载行动计划' });
    await onPhone.waitFor();
    await expect(phone.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(
      390,
    );
    await onPhone.screenshot({ path: join(SHOTS, 'downloads-phone.png') });
    expect(session.cspViolations).toEqual([]);
  }, 180_000);
});
