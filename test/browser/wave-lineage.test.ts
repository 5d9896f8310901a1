// Declaring a split on the campaign page in a real browser: the next wave's page lists the departments of
// the wave before and of this one; the administrator ticks the one that was split and the two it became,
// adds it, sees it listed, and the report's comparison then says the group was split.

import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { respondentAnswers } from '../fixtures/answers';
import { expectNoSeriousViolations } from '../support/axe-check';
import { useBrowserSession } from '../support/browser-session';
import { callAsPage } from '../support/call-as-page';
import { hasChromium } from '../support/chromium';
import { createOwner } from './create-owner';

const SHOTS = '/tmp/shots/lineage';

describe.skipIf(!hasChromium)('declaring what became of the departments in the browser', () => {
  const session = useBrowserSession();

  const call = callAsPage(() => session.server.url);

  async function answer(page: Page, token: string, from: number, count: number) {
    for (let i = from; i < from + count; i++) {
      const sent = await call(page, 'POST', `/api/survey/${token}/responses`, {
        answers: respondentAnswers(i),
      });
      expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    }
  }

  /** Sales and Operations answer a first wave; Operations is then split into Operations and Field ops. */
  async function splitBetweenWaves(page: Page) {
    const acme = (
      await call(page, 'POST', '/api/organizations', {
        name: 'Acme',
        departments: ['Sales', 'Operations'].map((name) => ({ name, headcount: 40 })),
      })
    ).body;
    const first = await call(page, 'POST', `/api/organizations/${acme.id}/campaigns`, {
      name: 'Baseline',
      questionnaireId: 'readiness-okr',
    });
    const opened = (await call(page, 'POST', `/api/campaigns/${first.body.id}/open`)).body;
    for (const link of opened.links.filter((l: { departmentId: string | null }) => l.departmentId))
      await answer(page, link.token, 0, 10);
    expect((await call(page, 'POST', `/api/campaigns/${first.body.id}/close`)).status).toBe(200);
    const [sales, operations] = acme.departments;
    const edited = await call(page, 'PATCH', `/api/organizations/${acme.id}`, {
      departments: [
        { id: sales.id, name: 'Sales', headcount: 40 },
        { id: operations.id, name: 'Operations', headcount: 20 },
        { name: 'Field ops', headcount: 20 },
      ],
    });
    expect(edited.status).toBe(200);
    const made = await call(page, 'POST', `/api/campaigns/${first.body.id}/next-wave`, { name: 'Q2' });
    expect(made.status).toBe(201);
    const next = (await call(page, 'POST', `/api/campaigns/${made.body.campaign.id}/open`)).body;
    const counts: Record<string, number> = { [sales.id]: 10, [operations.id]: 5 };
    for (const link of next.links.filter((l: { departmentId: string | null }) => l.departmentId))
      await answer(page, link.token, 1000, counts[link.departmentId] ?? 5);
    return { first: first.body.id as string, second: next.id as string };
  }

  it('declares a split on the campaign page, and the report compares the split group', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const url = session.server.url;
    const page = await session.newPage({ viewport: { width: 1280, height: 900 } });
    await createOwner(page, url);
    const { second } = await splitBetweenWaves(page);

    await page.goto(`${url}/campaigns/${second}`);
    const section = page.getByRole('region', { name: 'Departments since the last wave' });
    await section.waitFor();
    await section.getByText('Nothing declared').waitFor();
    const before = section.getByRole('group', { name: 'In “Baseline”' });
    const now = section.getByRole('group', { name: 'In this wave' });
    await expect(before.getByRole('checkbox').count()).resolves.toBe(2);
    await expect(now.getByRole('checkbox').count()).resolves.toBe(3);

    // One side only is refused before anything is sent.
    await before.getByLabel('Operations').check();
    await section.getByRole('button', { name: 'Add: these became that' }).click();
    await section.getByRole('alert').getByText('Tick at least one department on each side.').waitFor();

    await now.getByLabel('Operations').check();
    await now.getByLabel('Field ops').check();
    await section.getByRole('button', { name: 'Add: these became that' }).click();
    await section.getByText('Operations → Operations, Field ops (split)').waitFor();
    await expect(section.getByRole('alert').count()).resolves.toBe(0);
    await section.screenshot({ path: `${SHOTS}/split-declared-en.png` });
    await expectNoSeriousViolations(page, 'departments since the last wave at 1280', {
      include: '[data-testid="wave-lineage"]',
    });
    // Operations again, into Field ops alone: the server refuses it, said with the departments' names.
    await before.getByLabel('Operations').check();
    await now.getByLabel('Field ops').check();
    await section.getByRole('button', { name: 'Add: these became that' }).click();
    await section
      .getByRole('alert')
      .getByText('Operations is already in another declaration', { exact: false })
      .waitFor();
    await section.screenshot({ path: `${SHOTS}/overlap-refused-en.png` });
    const stored = (await call(page, 'GET', `/api/campaigns/${second}`)).body.campaign.lineage;
    expect(stored).toHaveLength(1);
    expect(stored[0].later).toHaveLength(2);

    // The report's comparison says so.
    await page.goto(`${url}/campaigns/${second}/report`);
    const waves = page.getByRole('region', { name: 'Across waves' });
    await waves.waitFor();
    await waves.getByText('split since the last wave', { exact: false }).first().waitFor();
    await waves.screenshot({ path: `${SHOTS}/report-split-en.png` });

    // In Chinese, and removing the declaration takes it back.
    await page.goto(`${url}/campaigns/${second}`);
    await page.getByRole('button', { name: '简体中文' }).click();
    const zh = page.getByRole('region', { name: '与上一轮相比的部门变化' });
    await zh.getByText('Operations → Operations、Field ops（拆分）', { exact: false }).waitFor();
    await zh.screenshot({ path: `${SHOTS}/split-declared-zh.png` });
    // On a phone the two sides stack, and nothing scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await zh.screenshot({ path: `${SHOTS}/split-declared-zh-phone.png` });
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    await zh.getByRole('button', { name: /^删除/ }).click();
    await zh.getByText('尚未声明', { exact: false }).waitFor();
    expect((await call(page, 'GET', `/api/campaigns/${second}`)).body.campaign.lineage).toEqual([]);
  });
});
