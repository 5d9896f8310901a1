// The heatmap opened into a dimension's scales and two units compared side by side, in a real browser, by a
// consultant with two client organizations reading the demo's report: the pair's table agrees with what the
// compare endpoint answers, hidden units cannot be picked, in English and Chinese, at desktop and phone
// width, with no serious axe finding.

import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CampaignReport, Pairwise } from '../../server/http/api-types';
import { expectNoSeriousViolations } from '../support/axe-check';
import { useBrowserSession } from '../support/browser-session';
import { hasChromium } from '../support/chromium';
import { openFullReport } from '../support/full-report';
import { createOwner } from './create-owner';

const SHOTS = '/tmp/shots/pairwise';
const shot = (name: string) => {
  mkdirSync(SHOTS, { recursive: true });
  return `${SHOTS}/${name}`;
};

const CONSULTANT = { name: 'Cora Consultant', email: 'cora@example.com', password: 'consultant password 1' };

/** A call to the API from a page's browser context, with its cookies and the same-origin header. */
async function post(page: Page, url: string, path: string, data: object) {
  const reply = await page.request.post(`${url}${path}`, { data, headers: { origin: url } });
  expect(reply.status(), await reply.text()).toBeLessThan(300);
  return reply.json();
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** The rows of the pair's table as drawn: the row's key and whether its gap is marked credible. */
const tableRows = (page: Page) =>
  page
    .getByTestId('pairwise-table')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((tr) => ({
        key: tr.getAttribute('data-row'),
        credible: tr.querySelector('[data-credible]')?.getAttribute('data-credible') ?? null,
        cells: [...tr.querySelectorAll('td')].map((td) => td.textContent),
      })),
    );

describe.skipIf(!hasChromium)('heatmap scales and two units compared, in the browser', () => {
  const session = useBrowserSession();

  it('lets a consultant open a dimension into its scales and compare two shown units, in both languages and on a phone', async () => {
    // The owner loads the demo and makes a second client organization; a consultant is invited to both
    // and reads the demo's report.
    const url = session.server.url;
    const owner = await session.newPage({ viewport: { width: 1280, height: 900 } });
    await createOwner(owner, url);
    await owner.getByRole('button', { name: 'Load the demo organization' }).click();
    await owner.getByRole('region', { name: 'In short' }).waitFor();
    const reportUrl = owner.url();
    const harbor = await post(owner, url, '/api/organizations', {
      name: 'Harbor Logistics',
      departments: [{ name: 'Warehouse', headcount: 40 }],
    });
    const demoId = (await (await owner.request.get(`${url}/api/organizations`)).json()).find(
      (o: { id: string }) => o.id !== harbor.id,
    ).id as string;
    const page = await session.newPage({ viewport: { width: 1280, height: 900 } });
    for (const [i, id] of [demoId, harbor.id as string].entries()) {
      const { token } = await post(owner, url, `/api/organizations/${id}/invitations`, {
        email: CONSULTANT.email,
        role: 'consultant',
      });
      await post(page, url, `/api/invitations/${token}/accept`, {
        ...(i === 0 ? { name: CONSULTANT.name } : {}),
        password: CONSULTANT.password,
      });
    }
    await owner.context().close();
    await page.goto(reportUrl);
    await page.getByRole('region', { name: 'In short' }).waitFor();
    const campaignId = /campaigns\/([^/]+)\/report/.exec(reportUrl)![1]!;
    const report = (await page.evaluate(
      (id) => fetch(`/api/campaigns/${id}/report`).then((r) => r.json()),
      campaignId,
    )) as CampaignReport;
    const shown = report.departments.filter((d) => !d.hidden);
    const hidden = report.departments.filter((d) => d.hidden);
    expect(shown.length).toBeGreaterThanOrEqual(3);
    await openFullReport(page);

    // The heatmap: open the culture dimension into its scales, then sort by its first scale.
    const heatmap = page.getByTestId('heatmap');
    await heatmap.scrollIntoViewIfNeeded();
    const culture = report.dimensions.find((d) => d.id === 'culture')!;
    await heatmap.getByRole('button', { name: `Show the scales of ${culture.title.en}` }).click();
    const columns = await heatmap
      .locator('thead th[data-column]')
      .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-column')));
    const at = columns.indexOf('culture');
    expect(columns.slice(at, at + 1 + culture.scales.length)).toEqual([
      'culture',
      ...culture.scales.map((s) => s.id),
    ]);
    const firstScale = culture.scales[0]!;
    const scaleHeader = heatmap.locator(`thead th[data-column="${firstScale.id}"]`);
    await scaleHeader.locator('.heatmap-sort').click();
    await expect(scaleHeader.getAttribute('aria-sort')).resolves.toBe('descending');
    const scaleScores = await heatmap
      .locator(`td[data-column="${firstScale.id}"]`)
      .evaluateAll((cells) => cells.map((c) => Number(c.textContent)).filter((n) => Number.isFinite(n)));
    expect(scaleScores).toEqual([...scaleScores].sort((a, b) => b - a));
    // Each shown unit's scale figure is the report's own, rounded.
    for (const unit of shown) {
      const text = await heatmap
        .locator(`tr[data-unit="${unit.departmentId}"] td[data-column="${firstScale.id}"]`)
        .textContent();
      const mean = unit.summary!.scales[firstScale.id]?.estimate.mean ?? null;
      expect(text).toBe(mean === null ? '—' : String(Math.round(mean)));
    }
    for (const unit of hidden) {
      const row = heatmap.locator(`tr[data-unit="${unit.departmentId}"]`);
      await expect(row.textContent()).resolves.not.toMatch(/\d{2}/);
    }
    await expect(
      heatmap.getByRole('link', { name: 'Download the heatmap (CSV)' }).getAttribute('href'),
    ).resolves.toBe(`/api/campaigns/${campaignId}/heatmap.csv?lang=en`);
    await heatmap.screenshot({ path: shot('heatmap-scales-en-1280.png') });
    await expectNoSeriousViolations(page, 'heatmap with scales in English at 1280', {
      include: '[data-testid="heatmap"]',
    });

    // Two units compared: only shown units are offered; the table is the compare endpoint's answer.
    const pairwise = page.getByTestId('pairwise');
    await pairwise.scrollIntoViewIfNeeded();
    const first = pairwise.getByLabel('First unit');
    const second = pairwise.getByLabel('Second unit');
    const offered = await first
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toEqual(shown.map((d) => d.departmentId));
    const [a, , c] = shown;
    await first.selectOption(a!.departmentId);
    await second.selectOption(c!.departmentId);
    await pairwise.getByRole('table', { name: `${a!.name} compared with ${c!.name}` }).waitFor();
    const answer = (await page.evaluate(
      ([id, x, y]) => fetch(`/api/campaigns/${id}/compare?a=${x}&b=${y}`).then((r) => r.json()),
      [campaignId, a!.departmentId, c!.departmentId] as const,
    )) as Pairwise;
    const rows = await tableRows(page);
    expect(rows.map((r) => r.key).sort()).toEqual(
      answer.comparison.rows.map((r) => `${r.measure}:${r.id}`).sort(),
    );
    for (const row of answer.comparison.rows) {
      const drawn = rows.find((r) => r.key === `${row.measure}:${row.id}`)!;
      if (row.result.compared) {
        expect(drawn.credible).toBe(row.result.verdict === 'within-noise' ? 'false' : 'true');
        expect(drawn.cells[0]).toBe(
          row.a!.low === null
            ? row.a!.mean.toFixed(1)
            : `${row.a!.mean.toFixed(1)} (${row.a!.low.toFixed(1)}–${row.a!.high!.toFixed(1)})`,
        );
      } else {
        expect(drawn.credible).toBeNull();
      }
    }
    await pairwise.screenshot({ path: shot('pairwise-en-1280.png') });
    await expectNoSeriousViolations(page, 'pairwise in English at 1280', {
      include: '[data-testid="pairwise"]',
    });
    await expect(noSidewaysScroll(page)).resolves.toBe(true);

    // The same unit twice asks for another, and asks the server nothing.
    await second.selectOption(a!.departmentId);
    await pairwise.getByText('Pick two different units.').waitFor();
    await second.selectOption(c!.departmentId);
    await pairwise.getByTestId('pairwise-table').waitFor();

    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('heading', { name: '比较两个单位' }).waitFor();
    await pairwise.getByRole('table', { name: `${a!.name}与${c!.name}的比较` }).waitFor();
    await pairwise.screenshot({ path: shot('pairwise-zh-1280.png') });
    await expectNoSeriousViolations(page, 'pairwise in Chinese at 1280', {
      include: '[data-testid="pairwise"]',
    });

    // On a phone: the page keeps its width; both tables scroll inside their boxes.
    const phone = await session.newPage({ viewport: { width: 390, height: 900 }, signedInLike: page });
    await page.context().close();
    await phone.goto(reportUrl);
    await openFullReport(phone);
    const small = phone.getByTestId('heatmap');
    await small.scrollIntoViewIfNeeded();
    await small
      .getByRole('button', { name: /^Show the scales of|^展开/ })
      .first()
      .click();
    await expect(noSidewaysScroll(phone)).resolves.toBe(true);
    const scroller = small.locator('.table-scroll');
    const firstCell = small.locator('tbody th[scope="row"]').first();
    const before = (await firstCell.boundingBox())!.x;
    await scroller.evaluate((box) => (box.scrollLeft = box.scrollWidth));
    await expect(firstCell.boundingBox().then((b) => b!.x)).resolves.toBe(before);
    await small.screenshot({ path: shot('heatmap-scales-390-scrolled.png') });
    const phonePair = phone.getByTestId('pairwise');
    await phonePair.scrollIntoViewIfNeeded();
    await phonePair.getByTestId('pairwise-table').waitFor();
    await expect(noSidewaysScroll(phone)).resolves.toBe(true);
    await phonePair.screenshot({ path: shot('pairwise-390.png') });
    await expectNoSeriousViolations(phone, 'pairwise at 390', { include: '[data-testid="pairwise"]' });
    await expectNoSeriousViolations(phone, 'heatmap with scales at 390', {
      include: '[data-testid="heatmap"]',
    });
    await phone.context().close();
    expect(session.cspViolations).toEqual([]);
  }, 180_000);
});
