// A consultant invited to two client organizations sees the start page as a portfolio: a card each, the
// one with an answered campaign showing its verdict, response rate and readiness scores (as a chart and,
// for a screen reader, as text), the other saying no campaign has opened yet. In English and in Chinese,
// on a wide screen and on a phone.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { OrganizationListItem } from '../../server/http/api-types';
import { expectNoSeriousViolations } from '../support/axe-check';
import { useBrowserSession } from '../support/browser-session';
import { hasChromium } from '../support/chromium';
import { createOwner } from './create-owner';

const DEMO = 'Northwind Devices (demo)';
const SECOND = 'Harbor Logistics';
const CONSULTANT = { name: 'Cora Consultant', email: 'cora@example.com', password: 'consultant password 1' };
const SHOTS = '/tmp/shots/portfolio';

/** A call to the API from a page's browser context, with its cookies and the same-origin header. */
async function post(page: Page, url: string, path: string, data: object) {
  const reply = await page.request.post(`${url}${path}`, { data, headers: { origin: url } });
  expect(reply.status(), await reply.text()).toBeLessThan(300);
  return reply.json();
}

describe.skipIf(!hasChromium)('a consultant’s portfolio on the start page', () => {
  const session = useBrowserSession();

  it('shows each client organization’s latest verdict and scores, in both languages, wide and narrow', async () => {
    const url = session.server.url;
    const owner = await session.newPage();
    await createOwner(owner, url);
    await owner.getByRole('button', { name: 'Load the demo organization' }).click();
    await owner.getByTestId('verdict').waitFor();
    const second = await post(owner, url, '/api/organizations', {
      name: SECOND,
      departments: [
        { name: 'Warehouse', headcount: 40 },
        { name: 'Drivers', headcount: 25 },
      ],
    });
    const list = (await (
      await owner.request.get(`${url}/api/organizations`)
    ).json()) as OrganizationListItem[];
    const demo = list.find((o) => o.name === DEMO)!;

    const consultant = await session.newPage();
    for (const [i, id] of [demo.id, second.id].entries()) {
      const { token } = await post(owner, url, `/api/organizations/${id}/invitations`, {
        email: CONSULTANT.email,
        role: 'consultant',
      });
      // The first acceptance makes the account; the second, for the same address, asks only its password.
      await post(consultant, url, `/api/invitations/${token}/accept`, {
        ...(i === 0 ? { name: CONSULTANT.name } : {}),
        password: CONSULTANT.password,
      });
    }

    await consultant.goto(url);
    const cards = consultant.getByTestId('portfolio-card');
    await cards.nth(1).waitFor();
    await expect(cards.count()).resolves.toBe(2);
    const demoCard = cards.filter({ has: consultant.getByRole('link', { name: DEMO }) });
    const secondCard = cards.filter({ has: consultant.getByRole('link', { name: SECOND }) });
    const latest = demo.latest!;
    await demoCard.getByText(latest.title.en, { exact: true }).waitFor();
    await expect(demoCard.getByText(/^Response rate \d+%$/).isVisible()).resolves.toBe(true);
    await expect(demoCard.locator('canvas').isVisible()).resolves.toBe(true);
    // The same figures as text, for a screen reader: a row per readiness dimension with its whole score.
    const table = demoCard.getByRole('table', { name: `Readiness scores of ${DEMO}, out of 100` });
    for (const d of latest.dimensions) {
      const row = table.getByRole('row', { name: d.title.en });
      await expect(row.getByRole('cell').textContent()).resolves.toBe(String(Math.round(d.score!)));
    }
    await expect(
      demoCard.getByRole('link', { name: `Open the report of ${DEMO}` }).getAttribute('href'),
    ).resolves.toBe(`/campaigns/${latest.campaignId}/report`);
    await secondCard.getByText('No campaign has opened yet.').waitFor();
    await expect(secondCard.locator('canvas').count()).resolves.toBe(0);
    await consultant.screenshot({ path: `${SHOTS}/portfolio-en-1280.png`, fullPage: true });
    await expectNoSeriousViolations(consultant, 'portfolio at 1280 px');

    await consultant.setViewportSize({ width: 390, height: 844 });
    await expect(demoCard.locator('canvas').isVisible()).resolves.toBe(true);
    await consultant.screenshot({ path: `${SHOTS}/portfolio-en-390.png`, fullPage: true });
    // Nothing runs past a phone's screen.
    const wide = await consultant.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => !e.closest('.visually-hidden') && e.getBoundingClientRect().right > 391)
        .map((e) => `${e.tagName}.${e.className}`)
        .slice(0, 8),
    );
    expect(wide).toEqual([]);
    await expect(consultant.evaluate(() => document.documentElement.scrollWidth)).resolves.toBe(390);

    await consultant.getByRole('button', { name: '简体中文' }).click();
    await demoCard.getByText(latest.title['zh-cn'], { exact: true }).waitFor();
    await demoCard.getByText(/^应答率 \d+%$/).waitFor();
    await secondCard.getByText('尚无已开始的调研。').waitFor();
    const zhTable = demoCard.getByRole('table', { name: `${DEMO}的各项准备度得分（满分 100）` });
    await expect(zhTable.getByRole('row').count()).resolves.toBe(latest.dimensions.length);
    await consultant.screenshot({ path: `${SHOTS}/portfolio-zh-390.png`, fullPage: true });
    await expectNoSeriousViolations(consultant, 'portfolio in Chinese at 390 px');
    await consultant.setViewportSize({ width: 1280, height: 900 });
    await demoCard.locator('canvas').waitFor();
    await consultant.screenshot({ path: `${SHOTS}/portfolio-zh-1280.png`, fullPage: true });
    expect(session.cspViolations).toEqual([]);
  });
});
