// The executive report beyond the verdict, in a real browser: create the owner on a new server and load
// the demo from the start page, then read
// what to do, how far to trust the numbers, the conflicts over what "better" means and the goal audit,
// in English, in Chinese and on a phone.

import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session';
import { artifactPath, hasChromium } from '../support/chromium';
import { createOwner } from './create-owner';
import { openFullReport } from '../support/full-report';

// Finance (3 answers) is hidden; the others answered in whole batches of five and are all shown.
const SHOWN_DEPARTMENTS = ['Product & R&D', 'Marketing', 'Sales', 'Operations'];

describe.skipIf(!hasChromium)('report analysis in the browser', () => {
  const session = useBrowserSession();
  const viewport = (width: number) => ({ width, height: 900 });

  it('shows the demo’s advice, trust, conflicts and goal audit in English, Chinese and on a phone', async () => {
    const page = await session.newPage({ viewport: viewport(1280) });
    await createOwner(page, session.server.url);
    await page.getByRole('button', { name: 'Load the demo organization' }).click();
    const verdict = page.getByTestId('verdict');
    await verdict.waitFor();
    await expect(verdict.textContent()).resolves.toBe('Pilot first (MVP)');
    const reportUrl = page.url();
    await openFullReport(page);

    const todo = page.getByRole('region', { name: 'What to do' });
    await todo.waitFor();
    const pilot = todo.locator('article[data-recommendation="mvp-pilot"]');
    const named = await pilot.locator('p', { hasText: /^Pilot departments:/ }).textContent();
    const pilotDepartments = named!.replace('Pilot departments:', '').trim().split(', ');
    expect(pilotDepartments).toHaveLength(2);
    for (const name of pilotDepartments) expect(SHOWN_DEPARTMENTS).toContain(name);
    await expect(
      pilot.getByText(/^Chosen (because they depend on each other|only because)/).count(),
    ).resolves.toBe(1);

    const trust = page.getByRole('region', { name: 'How far to trust these numbers' });
    const reliability = trust.getByRole('table');
    await expect(reliability.getByRole('columnheader', { name: 'α' }).count()).resolves.toBe(1);
    const fairPay = reliability.getByRole('row', { name: /^Fair pay/ });
    // Each scale's α with its reading (the demo's synthetic answers put fair pay near the .70 line).
    await expect(fairPay.textContent()).resolves.toMatch(/0\.\d\d(✓ Acceptable|! Questionable)/);
    await expect(reliability.getByRole('row').count()).resolves.toBeGreaterThan(10);
    await expect(trust.getByTestId('agreement-share').textContent()).resolves.toMatch(
      new RegExp(`^In \\d of ${SHOWN_DEPARTMENTS.length} departments shown`),
    );

    const meanings = page.getByRole('region', { name: 'What “better” means' });
    const conflicting = meanings.locator('tr.in-conflict');
    await expect(conflicting.count()).resolves.toBe(4);
    await expect(conflicting.first().textContent()).resolves.toContain('⚠ Conflicts with');

    const goals = page.getByRole('region', { name: 'Goals as written today' });
    const goalTable = goals.getByRole('table');
    await expect(
      goalTable.getByRole('columnheader', { name: /Whole organization\s*n = \d+/ }).count(),
    ).resolves.toBe(1);
    const everyCheck = await goalTable
      .getByRole('row', { name: /^Passes every check/ })
      .getByRole('cell')
      .allTextContents();
    expect(everyCheck).toHaveLength(1 + SHOWN_DEPARTMENTS.length);
    for (const cell of everyCheck) expect(cell).toMatch(/^\d{1,3}%$/);

    await page.screenshot({ path: artifactPath('report-analysis-en.png'), fullPage: true });

    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('heading', { name: '下一步怎么做' }).waitFor();
    await expect(page.getByRole('heading', { name: '这些数字有多可信' }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: artifactPath('report-analysis-zh.png'), fullPage: true });

    // On a phone the page itself never scrolls sideways: wide tables scroll inside their own box. The phone
    // starts from this browser's storage, so it keeps the language chosen above.
    const phone = await session.newPage({ viewport: viewport(390), signedInLike: page });
    await page.context().close();
    await phone.goto(reportUrl);
    await openFullReport(phone);
    await phone.getByRole('region', { name: '下一步怎么做' }).waitFor();
    await expect(phone.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(
      390,
    );
    await phone.screenshot({ path: artifactPath('report-analysis-phone.png'), fullPage: true });
    await phone.context().close();
    expect(session.cspViolations).toEqual([]);
  }, 180_000);
});
