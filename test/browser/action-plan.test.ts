// The action plan on the report, in a real browser: the owner loads the demo, adds an action from a
// recommendation for someone without an account, moves it to done and sees the progress follow, in English
// and in Chinese.

import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session';
import { artifactPath, hasChromium } from '../support/chromium';
import { createOwner } from './create-owner';

describe.skipIf(!hasChromium)('the action plan in the browser', () => {
  const session = useBrowserSession();

  it('adds an action from a recommendation, marks it done and shows the progress, in English and Chinese', async () => {
    const page = await session.newPage({ viewport: { width: 1280, height: 900 } });
    await createOwner(page, session.server.url);
    await page.getByRole('button', { name: 'Load the demo organization' }).click();
    const plan = page.getByRole('region', { name: 'Action plan' });
    await plan.waitFor();
    await expect(plan.getByTestId('action-progress').textContent()).resolves.toBe('0 of 0 done');

    // Picking a recommendation fills the title with its own; the owner has no account.
    const recommendation = plan.getByLabel('Recommendation');
    const first = (await recommendation.locator('option').nth(1).textContent())!;
    await recommendation.selectOption({ label: first });
    await expect(plan.getByLabel('Action', { exact: true }).inputValue()).resolves.toBe(first);
    await plan.getByLabel('Owner’s name (optional)').fill('Wang Fang');
    await plan.getByLabel('Owner’s email').fill('wang@example.cn');
    await plan.getByLabel('Due', { exact: true }).fill('2026-06-30');
    await plan.getByRole('button', { name: 'Add', exact: true }).click();

    const row = plan.getByRole('row', { name: new RegExp(first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await row.getByText('Wang Fang <wang@example.cn>').waitFor();
    await expect(row.getByRole('cell', { name: '2026-06-30' }).count()).resolves.toBe(1);
    await expect(plan.getByTestId('action-progress').textContent()).resolves.toBe('0 of 1 done');
    // The form is ready for the next action.
    await expect(plan.getByLabel('Owner’s email').inputValue()).resolves.toBe('');
    await plan.getByLabel(`Status of “${first}”`).selectOption('done');
    await plan.getByText('1 of 1 done').waitFor();
    await row.getByText('0 comments').click();
    await row.getByLabel(`Comment on “${first}”`).fill('Agree the measure before the quarter starts');
    await row.getByRole('button', { name: 'Comment', exact: true }).click();
    await row.getByText('1 comment', { exact: true }).waitFor();
    await row.getByText(/^Agree the measure before the quarter starts/).waitFor();

    mkdirSync('/tmp/shots/plan', { recursive: true });
    await plan.screenshot({ path: artifactPath('action-plan-en.png') });
    await plan.screenshot({ path: '/tmp/shots/plan/action-plan-en.png' });

    await page.getByRole('button', { name: '简体中文' }).click();
    const zh = page.getByRole('region', { name: '行动计划' });
    await zh.getByText('已完成 1 / 1 项').waitFor();
    await expect(zh.getByRole('cell', { name: '2026-06-30' }).count()).resolves.toBe(1);
    await zh.screenshot({ path: artifactPath('action-plan-zh.png') });
    await zh.screenshot({ path: '/tmp/shots/plan/action-plan-zh.png' });

    // On a phone the plan's table scrolls in its own box: the page never scrolls sideways.
    const reportUrl = page.url();
    const phone = await session.newPage({ viewport: { width: 390, height: 900 }, signedInLike: page });
    await page.context().close();
    await phone.goto(reportUrl);
    const onPhone = phone.getByRole('region', { name: '行动计划' });
    await onPhone.getByText('已完成 1 / 1 项').waitFor();
    await expect(phone.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(
      390,
    );
    await onPhone.screenshot({ path: artifactPath('action-plan-phone.png') });
    await onPhone.screenshot({ path: '/tmp/shots/plan/action-plan-phone.png' });
    await phone.context().close();
    expect(session.cspViolations).toEqual([]);
  }, 180_000);
});
