// The report among its waves in a real browser: two waves of a three-department organization made through
// the API, the second's answers raised; its report shows the advice wave by wave, draws the trend, and says
// what rose beyond the noise and what stayed within it, in English and Chinese, on a desk and on a phone.

import type { Locator, Page } from 'playwright-core';
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { respondentAnswers } from '../fixtures/answers';
import { expectNoSeriousViolations } from '../support/axe-check';
import { useBrowserSession } from '../support/browser-session';
import { hasPoppler } from '../support/poppler';
import { callAsPage } from '../support/call-as-page';
import { hasChromium } from '../support/chromium';
import { createOwner } from './create-owner';

const SHOTS = '/tmp/shots/waves';
const run = promisify(execFile);

/** Respondent `i`'s answers, every agreement item raised by `lift` points (at most 5). */
const answers = (i: number, lift: number) =>
  Object.fromEntries(
    Object.entries(respondentAnswers(i)).map(([k, v]) => [
      k,
      typeof v === 'number' ? Math.min(5, v + lift) : v,
    ]),
  );

/** How many of the canvas's pixels are painted, and in how many colours: a blank canvas has none. */
const paintOf = (canvas: Locator) =>
  canvas.evaluate((c: HTMLCanvasElement) => {
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    const colours = new Set<number>();
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) continue;
      painted++;
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    }
    return { painted, colours: colours.size };
  });

describe.skipIf(!hasChromium || !hasPoppler)('the report across waves in the browser', () => {
  const session = useBrowserSession();

  const call = callAsPage(() => session.server.url);

  async function answer(page: Page, token: string, from: number, lift: number) {
    for (let i = from; i < from + 15; i++) {
      const sent = await call(page, 'POST', `/api/survey/${token}/responses`, { answers: answers(i, lift) });
      expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    }
  }

  /** The second of two waves of Sales, Operations and Legal, its answers raised (Sales' most). */
  async function twoWaves(page: Page): Promise<string> {
    const acme = (
      await call(page, 'POST', '/api/organizations', {
        name: 'Acme',
        departments: ['Sales', 'Operations', 'Legal'].map((name) => ({ name, headcount: 40 })),
      })
    ).body;
    const first = await call(page, 'POST', `/api/organizations/${acme.id}/campaigns`, {
      name: 'Baseline',
      questionnaireId: 'readiness-okr',
    });
    expect(first.status).toBe(201);
    const opened = (await call(page, 'POST', `/api/campaigns/${first.body.id}/open`)).body;
    for (const link of opened.links.filter((l: { departmentId: string | null }) => l.departmentId)) {
      await answer(page, link.token, 0, 0);
    }
    expect((await call(page, 'POST', `/api/campaigns/${first.body.id}/close`)).status).toBe(200);
    const made = await call(page, 'POST', `/api/campaigns/${first.body.id}/next-wave`, { name: 'Q2' });
    expect(made.status).toBe(201);
    const next = (await call(page, 'POST', `/api/campaigns/${made.body.campaign.id}/open`)).body;
    const sales = acme.departments.find((d: { name: string }) => d.name === 'Sales').id;
    for (const link of next.links.filter((l: { departmentId: string | null }) => l.departmentId)) {
      await answer(page, link.token, 1000, link.departmentId === sales ? 2 : 1);
    }
    return next.id;
  }

  it('shows the history, draws the trend and says what rose beyond the noise, at 1280 and 390 px', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const url = session.server.url;
    const page = await session.newPage({ viewport: { width: 1280, height: 900 } });
    await createOwner(page, url);
    const second = await twoWaves(page);

    await page.goto(`${url}/campaigns/${second}/report`);
    const section = page.getByRole('region', { name: 'Across waves' });
    await section.waitFor();
    // Both waves ran today, so each label carries the quarter the server's clock is in, and the wave's name.
    await expect(section.getByTestId('wave-history').textContent()).resolves.toMatch(
      /^Not enough evidence yet from (\d{4} Q[1-4]) \(Baseline\) to \1 \(Q2\)\.$/,
    );
    const canvas = section.locator('canvas[role="img"]');
    await canvas.waitFor();
    const paint = await paintOf(canvas);
    expect(paint.painted).toBeGreaterThan(2000);
    // The dimensions' colours and the two guide lines, not one flat fill.
    expect(paint.colours).toBeGreaterThan(5);

    const organization = section.getByRole('table', { name: 'The whole organization: what changed' });
    await expect(organization.getByText('rose beyond the noise').count()).resolves.toBeGreaterThan(0);
    await expect(section.getByText('within the noise').count()).resolves.toBeGreaterThan(0);
    await section.screenshot({ path: `${SHOTS}/waves-en-1280.png` });
    await expectNoSeriousViolations(page, 'waves section at 1280', { include: '.waves-section' });

    // On paper: the section prints with its tables, the scales opened for printing.
    writeFileSync(`${SHOTS}/waves-print.pdf`, await page.pdf({ format: 'A4' }));
    const { stdout: paper } = await run('pdftotext', ['-layout', `${SHOTS}/waves-print.pdf`, '-']);
    expect(paper).toContain('Across waves');
    expect(paper).toContain('What changed since');
    expect(paper).toMatch(/Hygiene factors\s+rose beyond the/);
    expect(paper).toContain('Did the pilot work?');
    await run('pdftoppm', ['-r', '50', '-png', `${SHOTS}/waves-print.pdf`, `${SHOTS}/waves-print`]);

    await page.getByRole('button', { name: '简体中文' }).click();
    const chinese = page.getByRole('region', { name: '历次调研对比' });
    await chinese.waitFor();
    await expect(chinese.getByTestId('wave-history').textContent()).resolves.toMatch(
      /^(\d{4} 年第[一二三四]季度)（Baseline）至\1（Q2）：证据尚不充分。$/,
    );
    const zhOrganization = chinese.getByRole('table', { name: '整个组织：变化' });
    await expect(zhOrganization.getByText('上升，超出随机波动').count()).resolves.toBeGreaterThan(0);
    await expect(chinese.getByText('在随机波动范围内').count()).resolves.toBeGreaterThan(0);
    await chinese.screenshot({ path: `${SHOTS}/waves-zh-1280.png` });

    // The same page on a phone's width, loaded afresh, as someone opening the report there would see it.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    const phone = page;
    const small = phone.getByRole('region', { name: /^(Across waves|历次调研对比)$/ });
    await small.waitFor();
    await phone.getByRole('button', { name: 'English' }).click();
    await small.getByTestId('wave-history').filter({ hasText: 'Not enough evidence yet' }).waitFor();
    const phoneCanvas = small.locator('canvas[role="img"]');
    await phoneCanvas.waitFor();
    expect((await paintOf(phoneCanvas)).painted).toBeGreaterThan(1000);
    const box = await phoneCanvas.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.width).toBeLessThanOrEqual(390);
    await expect(
      small
        .getByRole('table', { name: 'The whole organization: what changed' })
        .getByText('rose beyond the noise')
        .count(),
    ).resolves.toBeGreaterThan(0);
    await expect(phone.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(
      390,
    );
    await small.screenshot({ path: `${SHOTS}/waves-en-390.png` });
    // The parts a phone shows at its own size, for a closer look than the whole section's long picture.
    await small.locator('.wave-trend-chart').screenshot({ path: `${SHOTS}/waves-chart-en-390.png` });
    await small
      .getByTestId('wave-unit')
      .first()
      .screenshot({ path: `${SHOTS}/waves-table-en-390.png` });
    await small.getByTestId('pilot-evaluation').screenshot({ path: `${SHOTS}/waves-pilot-en-390.png` });
    await expectNoSeriousViolations(phone, 'waves section at 390', { include: '.waves-section' });

    await phone.getByRole('button', { name: '简体中文' }).click();
    await small.getByTestId('wave-history').filter({ hasText: '证据尚不充分' }).waitFor();
    await expect(small.getByText('在随机波动范围内').count()).resolves.toBeGreaterThan(0);
    await expect(phone.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(
      390,
    );
    await small.screenshot({ path: `${SHOTS}/waves-zh-390.png` });
    expect(session.cspViolations).toEqual([]);
  }, 600_000);
});
