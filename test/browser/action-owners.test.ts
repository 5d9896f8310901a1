// Choosing who does an action, in a real browser: the owner picks a person of the organization from the list
// (by the keyboard too), gives another action to someone without an account by name and email, changes an
// owner afterwards, and does the same on a phone.

import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session';
import { artifactPath, hasChromium } from '../support/chromium';
import { callApi } from '../support/server-process';
import { createOwner } from './create-owner';

const SHOTS = '/tmp/shots/owners';

describe.skipIf(!hasChromium)('choosing an action’s owner in the browser', () => {
  const session = useBrowserSession();

  it('gives actions to a person of the organization and to someone without an account, at 1280 and 390 px', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const page = await session.newPage({ viewport: { width: 1280, height: 900 } });
    await createOwner(page, session.server.url);
    await page.getByRole('button', { name: 'Load the demo organization' }).click();
    await page.getByRole('region', { name: 'Action plan' }).waitFor();

    // An executive joins the demo organization (invited and accepted through the API).
    const sessionCookie = (await page.context().cookies()).find((c) => c.name === 'gw_session')!;
    const cookie = `gw_session=${sessionCookie.value}`;
    const campaignId = /\/campaigns\/([^/]+)\/report/.exec(page.url())![1]!;
    const report = await callApi(session.server, cookie, 'GET', `/api/campaigns/${campaignId}/report`);
    const organizationId = report.body.organizationId as string;
    const invited = await callApi(
      session.server,
      cookie,
      'POST',
      `/api/organizations/${organizationId}/invitations`,
      {
        email: 'chen.jing@example.cn',
        role: 'executive',
      },
    );
    expect(invited.status).toBe(201);
    const accepted = await callApi(
      session.server,
      '',
      'POST',
      `/api/invitations/${invited.body.token}/accept`,
      {
        name: 'Chen Jing',
        password: 'a long enough password',
      },
    );
    expect(accepted.status).toBe(201);
    await page.reload();
    const plan = page.getByRole('region', { name: 'Action plan' });
    const owner = plan.getByLabel('Owner', { exact: true });
    await owner
      .locator('option', { hasText: 'Chen Jing (chen.jing@example.cn)' })
      .waitFor({ state: 'attached' });

    // A person of the organization, chosen by typing the start of their name on the focused list.
    await plan.getByLabel('Action', { exact: true }).fill('Agree the quarterly objectives');
    await owner.focus();
    await page.keyboard.type('Chen');
    await expect(owner.inputValue()).resolves.toBe(accepted.body.accountId);
    // Picking a person leaves no name or email to write.
    await expect(plan.getByLabel('Owner’s email').count()).resolves.toBe(0);
    await plan.getByLabel('Due', { exact: true }).fill('2026-07-15');
    await plan.getByRole('button', { name: 'Add', exact: true }).click();
    const first = plan.getByRole('row').filter({ hasText: 'Agree the quarterly objectives' });
    await first.getByRole('cell', { name: /^Chen Jing/ }).waitFor();

    // Someone without an account, by name and email.
    await expect(owner.inputValue()).resolves.toBe('');
    await plan.getByLabel('Action', { exact: true }).fill('Brief the works council');
    await plan.getByLabel('Owner’s name (optional)').fill('Wang Fang');
    await plan.getByLabel('Owner’s email').fill('wang.fang@example.cn');
    await plan.getByRole('button', { name: 'Add', exact: true }).click();
    const second = plan.getByRole('row').filter({ hasText: 'Brief the works council' });
    await second.getByText('Wang Fang <wang.fang@example.cn>').waitFor();

    // The first action changes hands: to the owner themselves, picked from the list.
    await first.getByText('Change owner').click();
    await first
      .getByLabel('Owner of “Agree the quarterly objectives”', { exact: true })
      .selectOption({ label: 'Olivia Owner (owner@example.com)' });
    await page.screenshot({ path: `${SHOTS}/change-owner-1280.png`, fullPage: true });
    await first.getByRole('button', { name: 'Save' }).click();
    await first.getByRole('cell', { name: /^Olivia Owner \(you\)/ }).waitFor();
    await plan.screenshot({ path: `${SHOTS}/action-owners-1280.png` });
    await plan.screenshot({ path: artifactPath('action-owners-1280.png') });

    // What the page showed is what the plan holds.
    const stored = await callApi(
      session.server,
      cookie,
      'GET',
      `/api/organizations/${organizationId}/action-plan`,
    );
    const byTitle = Object.fromEntries(
      (stored.body.actions as { title: string; owner: unknown }[]).map((a) => [a.title, a.owner]),
    );
    expect(byTitle).toMatchObject({
      'Agree the quarterly objectives': { accountId: expect.any(String) },
      'Brief the works council': { name: 'Wang Fang', email: 'wang.fang@example.cn' },
    });
    expect(byTitle['Agree the quarterly objectives']).not.toEqual({ accountId: accepted.body.accountId });

    // In Chinese the same choices read in Chinese.
    await page.getByRole('button', { name: '简体中文' }).click();
    const zh = page.getByRole('region', { name: '行动计划' });
    await zh.getByRole('cell', { name: /^Olivia Owner（您）/ }).waitFor();
    await zh
      .getByLabel('负责人', { exact: true })
      .selectOption({ label: 'Chen Jing (chen.jing@example.cn)' });
    await expect(zh.getByLabel('负责人邮箱').count()).resolves.toBe(0);
    await zh.getByLabel('负责人', { exact: true }).selectOption({ label: '无账户的人员，或暂不指定' });
    await zh.getByLabel('负责人邮箱').waitFor();
    await zh.screenshot({ path: `${SHOTS}/action-owners-zh.png` });
    await page.getByRole('button', { name: 'English' }).click();

    // On a phone: the same choices, and the page never scrolls sideways.
    const reportUrl = page.url();
    const phone = await session.newPage({ viewport: { width: 390, height: 900 }, signedInLike: page });
    await page.context().close();
    await phone.goto(reportUrl);
    const onPhone = phone.getByRole('region', { name: 'Action plan' });
    const phoneOwner = onPhone.getByLabel('Owner', { exact: true });
    await phoneOwner.locator('option', { hasText: 'Chen Jing' }).waitFor({ state: 'attached' });
    await onPhone.getByLabel('Action', { exact: true }).fill('Share the results with every team');
    await phoneOwner.selectOption({ label: 'Chen Jing (chen.jing@example.cn)' });
    await onPhone.getByRole('button', { name: 'Add', exact: true }).click();
    await onPhone
      .getByRole('row')
      .filter({ hasText: 'Share the results with every team' })
      .getByRole('cell', { name: /^Chen Jing/ })
      .waitFor();
    const second390 = onPhone.getByRole('row').filter({ hasText: 'Brief the works council' });
    await second390.getByText('Change owner').click();
    await second390.getByLabel('Owner’s email for “Brief the works council”').fill('li.wei@example.cn');
    await second390.getByLabel('Owner’s name for “Brief the works council” (optional)').fill('Li Wei');
    await second390.getByRole('button', { name: 'Save' }).click();
    await second390.getByText('Li Wei <li.wei@example.cn>').waitFor();
    await expect(phone.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(
      390,
    );
    await phone.getByRole('heading', { name: 'Add an action' }).scrollIntoViewIfNeeded();
    await phone.screenshot({ path: `${SHOTS}/add-action-390.png` });
    await onPhone.screenshot({ path: `${SHOTS}/action-owners-390.png` });
    await onPhone.screenshot({ path: artifactPath('action-owners-390.png') });
    await phone.context().close();
    expect(session.cspViolations).toEqual([]);
  }, 180_000);
});
