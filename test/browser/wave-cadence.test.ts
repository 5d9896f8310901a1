// A calibration cadence in a real browser: the owner sets a quarterly cadence on the organization's page,
// reads the series of two waves with their verdicts, sees on the start page when the next wave is due and
// makes it from there, landing on the new draft; in English and Chinese, on a laptop and a phone.

import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../server/domain/waves/wave-cadence';
import { expectNoSeriousViolations } from '../support/axe-check';
import { seedVerdictCase } from '../support/seed-verdict-case';
import { useBrowserSession } from '../support/browser-session';
import { hasChromium } from '../support/chromium';
import { callApi } from '../support/server-process';
import { createOwner } from './create-owner';

const SHOTS = '/tmp/shots/cadence';

describe.skipIf(!hasChromium)('a calibration cadence in the browser', () => {
  // The seeded wave's answers all come from this test's one address.
  const session = useBrowserSession({ env: () => ({ SUBMISSIONS_PER_MINUTE: '0' }) });

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

  it('sets a quarterly cadence, shows the series and makes the next wave when it is due', async () => {
    await mkdir(SHOTS, { recursive: true });
    const url = session.server.url;
    const page = await session.newPage({ viewport: { width: 1280, height: 900 } });
    await createOwner(page, url);
    const sessionCookie = (await page.context().cookies()).find((c) => c.name === 'gw_session')!;
    const cookie = `gw_session=${sessionCookie.value}`;
    const call = async (method: string, path: string, body?: unknown) => {
      const reply = await callApi(session.server, cookie, method, path, body);
      expect(reply.status, `${method} ${path}: ${JSON.stringify(reply.body)}`).toBeLessThan(300);
      return reply.body;
    };

    // Wave 1 answered by the seeded organization, then wave 2 made from it, opened and closed.
    const seeded = await seedVerdictCase(session.server, cookie, 'product-only-pilot');
    await call('POST', `/api/campaigns/${seeded.campaignId}/close`);
    const second = (await call('POST', `/api/campaigns/${seeded.campaignId}/next-wave`, { name: 'Wave 2' }))
      .campaign;
    await call('POST', `/api/campaigns/${second.id}/open`);
    const closed = await call('POST', `/api/campaigns/${second.id}/close`);
    const organization = await call('GET', `/api/organizations/${seeded.organizationId}`);
    const first = organization.campaigns.find((c: { id: string }) => c.id === seeded.campaignId);
    const history = (await call('GET', `/api/campaigns/${second.id}/waves`)).history as {
      campaignId: string;
      verdict: string;
      title: { en: string; 'zh-cn': string };
    }[];
    const verdictOf = (id: string) => history.find((h) => h.campaignId === id)!.verdict;
    // The verdict in the model's words, as the waves reply carries them.
    const titleOf = (id: string) => history.find((h) => h.campaignId === id)!.title;
    expect(verdictOf(seeded.campaignId)).toBe(seeded.expected.verdict);

    // The cadence, set on the organization's page.
    await page.goto(`${url}/organizations/${seeded.organizationId}`);
    const waves = page.getByRole('region', { name: 'Waves and calibration cadence' });
    await waves.getByText('Calibration cadence: none (a next wave is made whenever you choose)').waitFor();
    await waves.getByRole('button', { name: 'Set a cadence' }).click();
    await waves.getByLabel('Survey again').selectOption({ label: 'Every 3 months (quarterly)' });
    await waves.screenshot({ path: `${SHOTS}/cadence-form-en.png` });
    await waves.getByRole('button', { name: 'Save the cadence' }).click();
    await waves.getByText('Calibration cadence: Every 3 months (quarterly)').waitFor();
    expect((await call('GET', `/api/organizations/${seeded.organizationId}`)).cadenceMonths).toBe(3);

    // The series: both waves, oldest first, each with its verdict, whom it asked and what it was made from.
    const series = waves.getByTestId('series');
    await series.getByTestId('wave-Wave 2').waitFor();
    const items = await series.locator('li').allTextContents();
    expect(items).toHaveLength(2);
    const quarter = (day: string) => `${day.slice(0, 4)} Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;
    expect(items[0]).toContain(`${quarter(first.closedOn)} · ${first.name}: `);
    expect(items[0]).toContain(titleOf(seeded.campaignId).en);
    expect(items[1]).toContain(`${quarter(closed.closedOn)} · Wave 2: `);
    expect(items[1]).toContain(titleOf(second.id).en);
    expect(items[1]).toContain(`made from ${first.name}`);
    const scope = first.scope === 'organization' ? 'whole organization' : 'pilot: ';
    expect(items[0]).toContain(scope);
    await shot(page, 'organization-series-en');

    // The start page: when the next wave is due, counted from wave 2's closing day.
    const dueOn = addMonths(closed.closedOn, 3);
    await page.goto(url);
    const due = page.getByTestId('next-wave-due');
    await due.getByText(`Next wave due on ${dueOn}`).waitFor();
    await expect(due.textContent()).resolves.toContain(
      `Quarterly, counted from “Wave 2”, closed on ${closed.closedOn}.`,
    );
    await shot(page, 'home-due-en');

    // In Chinese, on a phone.
    const phone = await session.newPage({ viewport: { width: 390, height: 844 }, signedInLike: page });
    await phone.goto(url);
    await phone.getByRole('button', { name: '简体中文' }).click();
    await phone.getByTestId('next-wave-due').getByText(`下一轮调研的到期日为 ${dueOn}`).waitFor();
    await phone.getByRole('button', { name: '立即创建下一轮' }).waitFor();
    await shot(phone, 'home-due-zh-390');
    await expectNoSeriousViolations(phone, 'start page with a wave due at 390 px');
    await phone.goto(`${url}/organizations/${seeded.organizationId}`);
    const zh = phone.getByRole('region', { name: '调研轮次与校准周期' });
    await zh.getByText('校准周期：每 3 个月（每季度）').waitFor();
    // The series comes in a request of its own, after the page.
    await zh.getByTestId('wave-Wave 2').waitFor();
    const zhItems = await zh.getByTestId('series').locator('li').allTextContents();
    expect(zhItems[1]).toContain(titleOf(second.id)['zh-cn']);
    expect(zhItems[1]).toContain(`由“${first.name}”生成`);
    const hasOverflow = await phone.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(hasOverflow).toBe(false);
    await shot(phone, 'organization-series-zh-390');
    await zh.screenshot({ path: `${SHOTS}/waves-section-zh-390.png` });
    await zh.getByRole('button', { name: '修改周期' }).click();
    await zh.getByLabel('再次调研的间隔').selectOption({ label: '其他月数' });
    await zh.getByLabel('两轮之间的月数（1 至 24）').waitFor();
    await expectNoSeriousViolations(phone, 'organization page with the cadence form open at 390 px');
    await zh.screenshot({ path: `${SHOTS}/cadence-form-zh-390.png` });

    // Made from the start page: the next wave is a draft named for its quarter, and the start page then
    // says it is under way instead of offering to make another.
    await page.getByRole('button', { name: 'Make the next wave now' }).click();
    const name = `${dueOn.slice(0, 4)} Q${Math.ceil(Number(dueOn.slice(5, 7)) / 3)} wave`;
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    const made = await call('GET', `/api/campaigns/${page.url().split('/').pop()}`);
    expect(made.campaign).toMatchObject({ status: 'draft', previousWaveId: second.id, name });
    await page.goto(url);
    await page
      .getByTestId('next-wave-due')
      .getByText(`The next wave, “${name}”, is being prepared as a draft:`)
      .waitFor();
    await expect(page.getByRole('button', { name: 'Make the next wave now' }).count()).resolves.toBe(0);
    await shot(page, 'home-underway-en');
  });
});
