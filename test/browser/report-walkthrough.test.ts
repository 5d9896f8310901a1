// A reader's walk through reports that advise differently: four organizations seeded through the public
// API (ready, pilot first, fix the foundations first, and an alternative to OKR), each opened as its owner
// would, checking the summary a reader sees first (the verdict in one sentence, what holds them back with
// its figure, where to start), in English and in Chinese; then an action plan is built on the alternative's
// report: an action from a recommendation with an owner and a due day, and the verdict's starter plan.

import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session';
import { hasPoppler } from '../support/poppler';
import { artifactPath, hasChromium } from '../support/chromium';
import { seedVerdictCase } from '../support/seed-verdict-case';
import { callApi } from '../support/server-process';
import { createOwner } from './create-owner';

const run = promisify(execFile);

// README_SHOTS=docs/screenshots keeps the README's pictures; otherwise they go with the test artifacts.
const README_SHOTS = process.env.README_SHOTS;
const shot = (name: string) => {
  const dir = README_SHOTS ?? artifactPath('walkthrough');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
};

interface LocalText {
  en: string;
  'zh-cn': string;
}
interface Check {
  subject: string;
  label: LocalText;
}
interface ReportReply {
  summary: { verdict: string; barriers: Check[]; actions: { id: string; title: LocalText }[] };
  recommendations: { id: string; title: LocalText; plan: { actions: LocalText[] }[] | null }[];
}

const CASES = [
  { name: 'agile-ready', verdict: 'ready', en: 'Ready for OKR', zh: '可以推行 OKR' },
  { name: 'product-only-pilot', verdict: 'pilot-first', en: 'Pilot first (MVP)', zh: '先试点（MVP）' },
  { name: 'layoffs', verdict: 'fix-hygiene', en: 'Fix hygiene first', zh: '先解决保健因素' },
  {
    name: 'traditional-manufacturer',
    verdict: 'kpi-projects',
    en: 'Use KPI + projects',
    zh: '采用 KPI + 项目制',
  },
] as const;

const LANGUAGES = [
  {
    tag: 'en',
    switchTo: 'English',
    heading: 'In short',
    noBarriers: 'No measure you may see falls below its line.',
  },
  { tag: 'zh-cn', switchTo: '简体中文', heading: '要点概览', noBarriers: null },
] as const;

/** Reads the first screen as a reader does and checks it says what the report's summary holds. */
async function checkSummary(
  page: Page,
  report: ReportReply,
  title: string,
  language: (typeof LANGUAGES)[number],
) {
  const summary = page.getByRole('region', { name: language.heading });
  await summary.waitFor();
  await expect(summary.getByTestId('verdict').textContent()).resolves.toBe(title);
  // The verdict in one sentence, in the reader's language.
  const meaning = (await summary.getByTestId('summary-meaning').textContent())!;
  expect(meaning.length).toBeGreaterThan(20);
  expect(meaning).toMatch(language.tag === 'en' ? /^[A-Z][^\u4e00-\u9fff]+\.$/ : /^[\u4e00-\u9fff].*。$/);
  // What holds them back, each with its figure; a ready organization has none below its line.
  const barriers = summary.getByTestId('summary-barriers').getByRole('listitem');
  if (report.summary.barriers.length === 0) {
    await expect(barriers.count()).resolves.toBe(0);
    if (language.noBarriers) await summary.getByText(language.noBarriers).waitFor();
  } else {
    expect(report.summary.barriers.length).toBeLessThanOrEqual(3);
    await expect(barriers.count()).resolves.toBe(report.summary.barriers.length);
    for (const [i, barrier] of report.summary.barriers.entries()) {
      const item = barriers.nth(i);
      await expect(item.textContent()).resolves.toContain(barrier.label[language.tag]);
      await expect(item.locator('.summary-figure').textContent()).resolves.toMatch(/^\d/);
    }
  }
  // Three actions to start with, the report's first recommendations.
  const actions = summary.getByTestId('summary-actions').getByRole('listitem');
  await expect(actions.allTextContents()).resolves.toEqual(
    report.summary.actions.map((a) => a.title[language.tag]),
  );
  expect(report.summary.actions).toHaveLength(3);
  await expect(summary.getByTestId('summary-trust').textContent()).resolves.toMatch(/\d+%/);
}

describe.skipIf(!hasChromium || !hasPoppler)('reports that advise differently, read and acted on', () => {
  // Four organizations' answers from one test client: the per-address submission limit would stop them.
  const session = useBrowserSession({ env: () => ({ SUBMISSIONS_PER_MINUTE: '0' }) });

  it('shows each verdict’s summary and builds an action plan, in English and Chinese', async () => {
    const url = session.server.url;
    const page = await session.newPage({ viewport: { width: 1280, height: 900 } });
    await createOwner(page, url);
    const sessionCookie = (await page.context().cookies()).find((c) => c.name === 'gw_session')!;
    const cookie = `gw_session=${sessionCookie.value}`;

    const seeded = [];
    for (const c of CASES) {
      const s = await seedVerdictCase(session.server, cookie, c.name);
      // The case is shaped for this verdict (test/scenarios); the report must reach it.
      expect(s.expected.verdict).toBe(c.verdict);
      const report = (await callApi(session.server, cookie, 'GET', `/api/campaigns/${s.campaignId}/report`))
        .body as ReportReply;
      expect(report.summary.verdict).toBe(c.verdict);
      seeded.push({ ...c, ...s, report });
    }

    for (const c of seeded) {
      await page.goto(`${url}/campaigns/${c.campaignId}/report`);
      await checkSummary(page, c.report, c.en, LANGUAGES[0]);
      if (c.verdict === 'ready' || c.verdict === 'fix-hygiene') {
        await page.screenshot({ path: shot(`summary-${c.verdict}-en.png`) });
      }
      await page.getByRole('button', { name: '简体中文' }).click();
      await checkSummary(page, c.report, c.zh, LANGUAGES[1]);
      if (c.verdict === 'kpi-projects') await page.screenshot({ path: shot(`summary-${c.verdict}-zh.png`) });
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('region', { name: 'In short' }).waitFor();
    }

    // On a phone the first screen fits the width: the page never scrolls sideways.
    const pilot = seeded.find((c) => c.verdict === 'pilot-first')!;
    const phone = await session.newPage({ viewport: { width: 390, height: 844 }, signedInLike: page });
    await phone.goto(`${url}/campaigns/${pilot.campaignId}/report`);
    await checkSummary(phone, pilot.report, pilot.en, LANGUAGES[0]);
    await expect(phone.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(
      390,
    );
    await phone.screenshot({ path: shot('summary-pilot-first-phone.png') });
    await phone.context().close();

    // The action plan on the alternative's report: one action from a recommendation, owned and dated, then
    // the verdict's starter plan in one step.
    const alternative = seeded.find((c) => c.verdict === 'kpi-projects')!;
    await page.goto(`${url}/campaigns/${alternative.campaignId}/report`);
    const plan = page.getByRole('region', { name: 'Action plan' });
    await plan.getByTestId('action-progress').getByText('0 of 0 done').waitFor();
    const [first, second] = alternative.report.recommendations;
    await plan.getByLabel('Recommendation').selectOption({ label: first!.title.en });
    await expect(plan.getByLabel('Action', { exact: true }).inputValue()).resolves.toBe(first!.title.en);
    await plan.getByLabel('Owner’s name (optional)').fill('Li Wei');
    await plan.getByLabel('Owner’s email').fill('li.wei@example.cn');
    await plan.getByLabel('Due', { exact: true }).fill('2026-09-30');
    await plan.getByRole('button', { name: 'Add', exact: true }).click();
    const row = plan.getByRole('row').filter({ hasText: 'Li Wei <li.wei@example.cn>' });
    await row.waitFor();
    await expect(row.getByRole('cell', { name: '2026-09-30' }).count()).resolves.toBe(1);
    await expect(row.textContent()).resolves.toContain(first!.title.en);
    await plan.getByText('0 of 1 done').waitFor();

    const withPlan = alternative.report.recommendations.find((r) => r.plan !== null);
    expect(withPlan, 'the alternative verdict offers a starter plan').toBeDefined();
    const starterActions = withPlan!.plan!.flatMap((section) => section.actions);
    await plan
      .getByRole('button', { name: `Add the starter plan of “${withPlan!.title.en}” as actions` })
      .click();
    const total = 1 + starterActions.length;
    await plan.getByText(`0 of ${total} done`).waitFor();
    for (const action of starterActions) {
      await plan.getByRole('row').filter({ hasText: action.en }).first().waitFor();
    }
    await plan.screenshot({ path: shot('action-plan-en.png') });

    // In Chinese the same plan reads in Chinese, and an action added there keeps its owner and day.
    await page.getByRole('button', { name: '简体中文' }).click();
    const zh = page.getByRole('region', { name: '行动计划' });
    await zh.getByText(`已完成 0 / ${total} 项`).waitFor();
    await zh.getByLabel('建议').selectOption({ label: second!.title['zh-cn'] });
    await expect(zh.getByLabel('行动', { exact: true }).inputValue()).resolves.toBe(second!.title['zh-cn']);
    await zh.getByLabel('负责人姓名（选填）').fill('王芳');
    await zh.getByLabel('负责人邮箱').fill('wang.fang@example.cn');
    await zh.getByLabel('截止日期', { exact: true }).fill('2026-10-31');
    await zh.getByRole('button', { name: '添加', exact: true }).click();
    const zhRow = zh.getByRole('row').filter({ hasText: '王芳 <wang.fang@example.cn>' });
    await zhRow.waitFor();
    await expect(zhRow.getByRole('cell', { name: '2026-10-31' }).count()).resolves.toBe(1);
    await zh.getByText(`已完成 0 / ${total + 1} 项`).waitFor();
    await zh.screenshot({ path: artifactPath('action-plan-zh.png') });

    // What the page showed is what the organization's plan holds.
    const stored = await callApi(
      session.server,
      cookie,
      'GET',
      `/api/organizations/${alternative.organizationId}/action-plan?campaignId=${alternative.campaignId}`,
    );
    expect(stored.status).toBe(200);
    const owned = (stored.body.actions as { owner: { name?: string } | null; due: string | null }[])
      .filter((a) => a.owner !== null)
      .map((a) => [a.owner!.name, a.due]);
    expect(owned.sort()).toEqual([
      ['Li Wei', '2026-09-30'],
      ['王芳', '2026-10-31'],
    ]);

    // The board's PDF, downloaded from the report in each language: it holds the verdict, the actions and
    // their owners, as text a reader can search; its pages are rendered to look at.
    for (const language of [
      { switchTo: 'English', control: 'Download PDF for the board', verdict: alternative.en },
      { switchTo: '简体中文', control: '下载董事会 PDF 报告', verdict: alternative.zh },
    ]) {
      await page.getByRole('button', { name: language.switchTo, exact: true }).click();
      const control = page.getByRole('link', { name: language.control, exact: true });
      const [download] = await Promise.all([page.waitForEvent('download'), control.click()]);
      const name = `board-${language.switchTo === 'English' ? 'en' : 'zh'}`;
      mkdirSync(artifactPath('walkthrough'), { recursive: true });
      const path = artifactPath(`walkthrough/${name}.pdf`);
      await download.saveAs(path);
      const { stdout: info } = await run('pdfinfo', [path]);
      expect(info).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);
      const text = (await run('pdftotext', [path, '-'])).stdout.replace(/\s+/g, ' ');
      expect(text).toContain(language.verdict);
      // The plan's table, read as laid out: each row's first line starts with its action's first words and,
      // beside them, its owner and due day.
      const lines = (await run('pdftotext', ['-layout', path, '-'])).stdout.split('\n');
      const rowStarting = (title: string) =>
        lines.filter((line) =>
          line
            .trimStart()
            .startsWith(title.includes(' ') ? title.split(' ').slice(0, 4).join(' ') : title.slice(0, 6)),
        );
      for (const owned of [
        { title: first!.title.en, owner: 'Li Wei <li.wei@example.cn>', due: '2026-09-30' },
        { title: second!.title['zh-cn'], owner: '王芳 <wang.fang@example.cn>', due: '2026-10-31' },
      ]) {
        expect(
          rowStarting(owned.title).some((line) => line.includes(owned.owner) && line.includes(owned.due)),
          owned.title,
        ).toBe(true);
      }
      for (const action of starterActions) expect(rowStarting(action.en), action.en).not.toEqual([]);
      await run('pdftoppm', ['-r', '60', '-png', path, artifactPath(`walkthrough/${name}`)]);
    }

    await page.context().close();
    expect(session.cspViolations).toEqual([]);
  }, 300_000);
});
