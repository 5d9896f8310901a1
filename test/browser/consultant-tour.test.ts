// The consultant's tour of issue 17 in a real browser: an owner loads the demo organization, makes a second
// client organization whose closed campaign asked people's level, and pools enough organizations for the
// benchmark; a consultant invited to both finds them on the start page, and in the demo's report opens a
// dimension into its scales and a scale into its questions, compares two units and reads the questions of
// one; in the second's report groups the heatmap and the questions by level (the small group hidden and
// labelled) and reads where it stands among other organizations. In English and Chinese, at 1280 and 390 px
// (the page never scrolls sideways on the phone), with an axe check of each report and a screenshot of
// each view.

import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type {
  Campaign,
  CampaignQuestions,
  CampaignReport,
  OrganizationListItem,
} from '../../server/http/api-types';
import { answersAt } from '../fixtures/answers';
import { levelsOf } from '../fixtures/benchmark-pool';
import { V2 } from '../fixtures/campaign-on-v2';
import { expectNoSeriousViolations } from '../support/axe-check';
import { useBrowserSession } from '../support/browser-session';
import { hasChromium } from '../support/chromium';
import { openFullReport } from '../support/full-report';
import { createOwner } from './create-owner';

const SHOTS = '/tmp/shots/tour';
const shot = (name: string) => {
  mkdirSync(SHOTS, { recursive: true });
  return `${SHOTS}/${name}`;
};

const DEMO = 'Northwind Devices (demo)';
const SECOND = 'Harbour Logistics';
const CONSULTANT = { name: 'Cora Consultant', email: 'cora@example.com', password: 'consultant password 1' };
const ANSWERS = answersAt(4, V2) as Record<string, string | number>;

/** A call to the API from a page's browser context, with its cookies and the same-origin header. */
async function call(
  page: Page,
  url: string,
  method: 'POST' | 'GET' | 'PATCH' | 'PUT',
  path: string,
  data?: object,
) {
  const reply = await page.request.fetch(`${url}${path}`, {
    method,
    ...(data ? { data } : {}),
    headers: { origin: url },
  });
  expect(reply.status(), `${method} ${path}: ${await reply.text()}`).toBeLessThan(300);
  return reply.json();
}

/** The page in `language`, whatever it opened in: the switch's buttons are always there. */
async function inLanguage(page: Page, language: 'en' | 'zh-cn') {
  const button = page.getByRole('button', { name: language === 'en' ? 'English' : '简体中文' });
  await button.click();
  await expect(button.getAttribute('aria-pressed')).resolves.toBe('true');
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** The second client: two departments, a campaign on questionnaire 2 asking the level, answered, closed. */
async function seedSecondClient(owner: Page, url: string) {
  const organization = await call(owner, url, 'POST', '/api/organizations', {
    name: SECOND,
    departments: [
      { name: 'Warehouse', headcount: 40 },
      { name: 'Office', headcount: 10 },
    ],
  });
  const draft = (await call(owner, url, 'POST', `/api/organizations/${organization.id}/campaigns`, {
    name: 'Goals 2027',
    questionnaireId: 'readiness-okr-2',
  })) as Campaign;
  await call(owner, url, 'PATCH', `/api/campaigns/${draft.id}`, { cuts: [{ id: 'level' }] });
  const campaign = (await call(owner, url, 'POST', `/api/campaigns/${draft.id}/open`)) as Campaign;
  const tokenOf = (name: string) => {
    const id = organization.departments.find((d: { name: string }) => d.name === name).id;
    return campaign.links.find((l) => l.departmentId === id)!.token;
  };
  // 10 staff and 13 managers shown; one executive, too few, hidden; some skip the optional question.
  const times = (n: number, who: [string, string | null]) => Array.from({ length: n }, () => who);
  const people = [
    ...times(10, ['Warehouse', 'staff']),
    ...times(13, ['Warehouse', 'manager']),
    ...times(1, ['Warehouse', 'executive']),
    ...times(1, ['Warehouse', null]),
    ...times(5, ['Office', null]),
  ];
  for (const [department, level] of people)
    await call(owner, url, 'POST', `/api/survey/${tokenOf(department)}/responses`, {
      answers: { ...ANSWERS, ...(level ? { 'about.level': level } : {}) },
    });
  await call(owner, url, 'POST', `/api/campaigns/${campaign.id}/close`);
  await call(owner, url, 'PUT', `/api/organizations/${organization.id}/benchmark-opt-in`, {
    benchmarkOptIn: true,
  });
  return { organizationId: organization.id as string, campaignId: campaign.id };
}

/** Nine more opted-in organizations with closed campaigns on the same questionnaire: ten in the pool. */
async function seedPool(owner: Page, url: string) {
  for (let i = 0; i < 9; i++) {
    const organization = await call(owner, url, 'POST', '/api/organizations', {
      name: `Pooled client ${i + 1}`,
      departments: [{ name: 'Team', headcount: 30 }],
    });
    const draft = await call(owner, url, 'POST', `/api/organizations/${organization.id}/campaigns`, {
      name: 'Readiness baseline',
      questionnaireId: 'readiness-okr-2',
    });
    const campaign = (await call(owner, url, 'POST', `/api/campaigns/${draft.id}/open`)) as Campaign;
    const token = campaign.links.find((l) => l.departmentId !== null)!.token;
    for (const level of levelsOf(i))
      await call(owner, url, 'POST', `/api/survey/${token}/responses`, { answers: answersAt(level, V2) });
    await call(owner, url, 'POST', `/api/campaigns/${campaign.id}/close`);
    await call(owner, url, 'PUT', `/api/organizations/${organization.id}/benchmark-opt-in`, {
      benchmarkOptIn: true,
    });
  }
}

/** The item columns drawn in the heatmap, and each row's figures in them. */
const itemColumns = (heatmap: Locator) =>
  heatmap.locator('thead th.heatmap-item').evaluateAll((ths) =>
    ths.map((th) => ({
      column: th.getAttribute('data-column')!,
      text: th.textContent,
      title: th.getAttribute('title'),
    })),
  );
const itemCell = (heatmap: Locator, unit: string, column: string) =>
  heatmap.locator(`tr[data-unit="${unit}"] td[data-column="${column}"]`);

/** Opens the culture dimension, then its first scale's questions; returns that scale's id. */
async function openCultureItems(heatmap: Locator, report: CampaignReport, language: 'en' | 'zh-cn') {
  const culture = report.dimensions.find((d) => d.id === 'culture')!;
  const words = language === 'en' ? ['Show the scales of ', 'Show the questions of '] : ['展开“', '展开“'];
  await heatmap
    .getByRole('button', {
      name: `${words[0]}${culture.title[language]}${language === 'en' ? '' : '”的各量表'}`,
    })
    .click();
  const scale = culture.scales[0]!;
  await heatmap.locator(`thead th[data-column="${scale.id}"] .heatmap-expand`).click();
  await heatmap.locator('thead th.heatmap-item').first().waitFor();
  await expect(
    heatmap.locator(`thead th[data-column="${scale.id}"] .heatmap-expand`).getAttribute('aria-expanded'),
  ).resolves.toBe('true');
  return scale.id;
}

describe.skipIf(!hasChromium)('the consultant’s tour of two client organizations', () => {
  const session = useBrowserSession();

  it('compares units, questions, levels and other organizations, in both languages, wide and narrow', async () => {
    const url = session.server.url;
    const owner = await session.newPage({ viewport: { width: 1280, height: 900 } });
    await createOwner(owner, url);
    await owner.getByRole('button', { name: 'Load the demo organization' }).click();
    await owner.getByRole('region', { name: 'In short' }).waitFor();
    const demoReportUrl = owner.url();
    const demoCampaign = /campaigns\/([^/]+)\/report/.exec(demoReportUrl)![1]!;
    const second = await seedSecondClient(owner, url);
    await seedPool(owner, url);
    const demoId = ((await call(owner, url, 'GET', '/api/organizations')) as OrganizationListItem[]).find(
      (o) => o.name === DEMO,
    )!.id;

    const page = await session.newPage({ viewport: { width: 1280, height: 900 } });
    for (const [i, id] of [demoId, second.organizationId].entries()) {
      const { token } = await call(owner, url, 'POST', `/api/organizations/${id}/invitations`, {
        email: CONSULTANT.email,
        role: 'consultant',
      });
      await call(page, url, 'POST', `/api/invitations/${token}/accept`, {
        ...(i === 0 ? { name: CONSULTANT.name } : {}),
        password: CONSULTANT.password,
      });
    }
    await owner.context().close();

    // The start page: both clients, and only those, as the consultant's portfolio.
    await page.goto(url);
    const cards = page.getByTestId('portfolio-card');
    await cards.nth(1).waitFor();
    await expect(cards.count()).resolves.toBe(2);
    await page.getByRole('link', { name: DEMO, exact: true }).waitFor();
    await page.getByRole('link', { name: SECOND, exact: true }).waitFor();
    await page.screenshot({ path: shot('portfolio-en-1280.png'), fullPage: true });
    await expectNoSeriousViolations(page, 'the portfolio in English at 1280');

    // The demo's report: a dimension into scales, a scale into its questions, sorted by one.
    await page.getByRole('link', { name: `Open the report of ${DEMO}` }).click();
    await page.waitForURL(demoReportUrl);
    await page.getByRole('region', { name: 'In short' }).waitFor();
    const report = (await page.evaluate(
      (id) => fetch(`/api/campaigns/${id}/report`).then((r) => r.json()),
      demoCampaign,
    )) as CampaignReport;
    const questions = (await page.evaluate(
      (id) => fetch(`/api/campaigns/${id}/questions`).then((r) => r.json()),
      demoCampaign,
    )) as CampaignQuestions;
    const shown = report.departments.filter((d) => !d.hidden);
    const hidden = report.departments.filter((d) => d.hidden);
    expect(shown.length).toBeGreaterThanOrEqual(2);
    await openFullReport(page);
    let heatmap = page.getByTestId('heatmap');
    await heatmap.scrollIntoViewIfNeeded();
    const scale = await openCultureItems(heatmap, report, 'en');
    const items = questions.results.dimensions.flatMap((d) => d.questions).filter((q) => q.scale === scale);
    const drawn = await itemColumns(heatmap);
    expect(drawn.map((c) => c.column)).toEqual(items.map((q) => `item:${q.questionId}`));
    for (const [k, column] of drawn.entries()) {
      expect(column.text).toMatch(/^Q\d+/);
      expect(column.title).toBe(`${column.text!.replace(/[▲▼ ]/g, '')}: ${items[k]!.title.en}`);
    }
    // Each shown unit's figure is its favourable share from the per-question reply; a hidden unit has none.
    for (const unit of shown) {
      const shares = items[0]!.groups.find((g) => g.groupId === unit.departmentId)!.shares;
      const cell = itemCell(heatmap, unit.departmentId, drawn[0]!.column);
      await expect(cell.textContent()).resolves.toBe(
        shares === null ? '—' : `${Math.round(shares.shares.favourable * 100)}%`,
      );
      if (shares !== null)
        await expect(cell.getAttribute('aria-label')).resolves.toContain(`(${shares.n} answered)`);
    }
    for (const unit of hidden)
      await expect(
        heatmap.locator(`tr[data-unit="${unit.departmentId}"]`).textContent(),
      ).resolves.not.toMatch(/\d+%/);
    const itemHeader = heatmap.locator(`thead th[data-column="${drawn[0]!.column}"]`);
    await itemHeader.locator('.heatmap-sort').click();
    await expect(itemHeader.getAttribute('aria-sort')).resolves.toBe('descending');
    const sorted = await heatmap
      .locator(`td[data-column="${drawn[0]!.column}"]`)
      .evaluateAll((cells) =>
        cells.map((c) => parseInt(c.textContent ?? '', 10)).filter((n) => !Number.isNaN(n)),
      );
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
    await heatmap.screenshot({ path: shot('demo-heatmap-items-en-1280.png') });

    // Two units side by side.
    const pairwise = page.getByTestId('pairwise');
    await pairwise.scrollIntoViewIfNeeded();
    await pairwise.getByLabel('First unit').selectOption(shown[0]!.departmentId);
    await pairwise.getByLabel('Second unit').selectOption(shown[1]!.departmentId);
    await pairwise
      .getByRole('table', { name: `${shown[0]!.name} compared with ${shown[1]!.name}` })
      .waitFor();
    await pairwise.screenshot({ path: shot('demo-pairwise-en-1280.png') });

    // Question by question, for one unit.
    const section = page.getByTestId('question-section');
    await section.scrollIntoViewIfNeeded();
    await section.getByLabel('Show the answers of').selectOption(`group:${shown[0]!.departmentId}`);
    await section.locator('details.question-list > summary').first().click();
    await section.locator(`[data-bar="group:${shown[0]!.departmentId}"]`).first().waitFor();
    await section.screenshot({ path: shot('demo-questions-en-1280.png') });
    await expectNoSeriousViolations(page, 'the demo report in English at 1280');

    // The second client's report: the heatmap and the questions by level, then the benchmark.
    const secondReportUrl = `${url}/campaigns/${second.campaignId}/report`;
    await page.goto(url);
    await page.getByRole('link', { name: `Open the report of ${SECOND}` }).click();
    await page.waitForURL(secondReportUrl);
    await openFullReport(page);
    const secondReport = (await page.evaluate(
      (id) => fetch(`/api/campaigns/${id}/report`).then((r) => r.json()),
      second.campaignId,
    )) as CampaignReport;
    heatmap = page.getByTestId('heatmap');
    await heatmap.scrollIntoViewIfNeeded();
    await heatmap.getByLabel('Group by').selectOption('level');
    await page.locator('[data-cut="level"] [data-testid="heatmap"]').waitFor();
    heatmap = page.getByTestId('heatmap');
    const executive = heatmap.locator('tr[data-unit="executive"]');
    await expect(executive.getAttribute('class')).resolves.toBe('hidden-group');
    await expect(executive.locator('td').textContent()).resolves.toMatch(/fewer than 5/i);
    const cut = await page.evaluate(
      (id) => fetch(`/api/campaigns/${id}/cuts/level`).then((r) => r.json()),
      second.campaignId,
    );
    await openCultureItems(heatmap, secondReport, 'en');
    const levelItems = await itemColumns(heatmap);
    expect(levelItems.length).toBeGreaterThan(0);
    // The managers' figure is the cut's own per-item count; the executives' row has none.
    const questionId = levelItems[0]!.column.replace(/^item:/, '');
    const counts = cut.groups.find((g: { value: string }) => g.value === 'manager').answers[questionId];
    const n = counts.favourable + counts.neutral + counts.unfavourable + counts.dontKnow;
    await expect(itemCell(heatmap, 'manager', levelItems[0]!.column).textContent()).resolves.toBe(
      `${Math.round((counts.favourable / n) * 100)}%`,
    );
    await expect(executive.textContent()).resolves.not.toMatch(/\d+%/);
    await heatmap.screenshot({ path: shot('second-heatmap-level-items-en-1280.png') });

    const byLevel = page.getByTestId('question-section');
    await byLevel.scrollIntoViewIfNeeded();
    await byLevel.getByLabel('Group by').selectOption('level');
    const view = byLevel.locator('.question-view select');
    await expect(
      view.locator('option[value="group:executive"]').evaluate((o) => (o as HTMLOptionElement).disabled),
    ).resolves.toBe(true);
    await view.selectOption('all');
    await byLevel.locator('details.question-list > summary').first().click();
    await expect(byLevel.locator('[data-bar="group:executive"]').first().textContent()).resolves.toMatch(
      /fewer than 5/i,
    );
    await expect(
      byLevel.getByRole('link', { name: 'Download these answers as CSV' }).getAttribute('href'),
    ).resolves.toBe(`/api/campaigns/${second.campaignId}/cuts/level?format=csv&table=questions&lang=en`);
    // The file behind that link: the levels' rows, the executives' with no figure.
    const file = await page.evaluate(
      (href) => fetch(href).then((r) => r.text()),
      `/api/campaigns/${second.campaignId}/cuts/level?format=csv&table=questions&lang=en`,
    );
    const lines = file
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(/^Dimension,Scale,Question id,/);
    const executives = lines.filter((l) => l.includes(',Executive,'));
    expect(executives.length).toBeGreaterThan(10);
    for (const line of executives) expect(line).toMatch(/,,,,,$/);
    expect(lines.filter((l) => l.includes(',Manager,shown,')).length).toBe(executives.length);
    await byLevel.screenshot({ path: shot('second-questions-level-en-1280.png') });

    const benchmark = page.getByTestId('benchmark-section');
    await benchmark.scrollIntoViewIfNeeded();
    await benchmark.getByRole('heading', { name: 'Among other organizations' }).waitFor();
    await expect(benchmark.locator('.band-strip').count()).resolves.toBeGreaterThan(5);
    await benchmark.screenshot({ path: shot('second-benchmark-en-1280.png') });
    await expectNoSeriousViolations(page, 'the second report in English at 1280');

    // The same in Chinese.
    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('heading', { name: '与其他组织相比' }).waitFor();
    heatmap = page.getByTestId('heatmap');
    // The grouping and the opened columns stay as they were; their words change.
    await heatmap.locator('tr[data-unit="executive"] th', { hasText: '高层管理者' }).waitFor();
    await expect(heatmap.locator('thead th.heatmap-item').first().textContent()).resolves.toMatch(/^第\d+题/);
    await heatmap.screenshot({ path: shot('second-heatmap-level-items-zh-1280.png') });
    await page.getByTestId('benchmark-section').screenshot({ path: shot('second-benchmark-zh-1280.png') });
    await expectNoSeriousViolations(page, 'the second report in Chinese at 1280');
    await page.goto(demoReportUrl);
    await inLanguage(page, 'zh-cn');
    await openFullReport(page);
    heatmap = page.getByTestId('heatmap');
    await heatmap.scrollIntoViewIfNeeded();
    await openCultureItems(heatmap, report, 'zh-cn');
    await heatmap.screenshot({ path: shot('demo-heatmap-items-zh-1280.png') });
    await page.getByTestId('question-section').scrollIntoViewIfNeeded();
    await page.getByTestId('question-section').screenshot({ path: shot('demo-questions-zh-1280.png') });
    await expectNoSeriousViolations(page, 'the demo report in Chinese at 1280');

    // On a phone, in Chinese then English: the portfolio, both reports, nothing running past the screen.
    const phone = await session.newPage({ viewport: { width: 390, height: 844 }, signedInLike: page });
    await page.context().close();
    for (const language of ['zh-cn', 'en'] as const) {
      await phone.goto(url);
      await inLanguage(phone, language);
      await phone.getByTestId('portfolio-card').nth(1).waitFor();
      await expect(noSidewaysScroll(phone)).resolves.toBe(true);
      await phone.screenshot({ path: shot(`portfolio-${language}-390.png`), fullPage: true });

      await phone.goto(demoReportUrl);
      await inLanguage(phone, language);
      await openFullReport(phone);
      let small = phone.getByTestId('heatmap');
      await small.scrollIntoViewIfNeeded();
      await openCultureItems(small, report, language);
      await expect(noSidewaysScroll(phone)).resolves.toBe(true);
      await small.screenshot({ path: shot(`demo-heatmap-items-${language}-390.png`) });
      const pair = phone.getByTestId('pairwise');
      await pair.scrollIntoViewIfNeeded();
      await pair.getByTestId('pairwise-table').waitFor();
      await pair.screenshot({ path: shot(`demo-pairwise-${language}-390.png`) });
      const q = phone.getByTestId('question-section');
      await q.scrollIntoViewIfNeeded();
      await q.screenshot({ path: shot(`demo-questions-${language}-390.png`) });
      await expect(noSidewaysScroll(phone)).resolves.toBe(true);
      await expectNoSeriousViolations(phone, `the demo report in ${language} at 390`);

      await phone.goto(secondReportUrl);
      await inLanguage(phone, language);
      await openFullReport(phone);
      small = phone.getByTestId('heatmap');
      await small.scrollIntoViewIfNeeded();
      await small.getByLabel(language === 'en' ? 'Group by' : '分组方式').selectOption('level');
      await phone.locator('tr[data-unit="executive"]').waitFor();
      await openCultureItems(phone.getByTestId('heatmap'), secondReport, language);
      await expect(noSidewaysScroll(phone)).resolves.toBe(true);
      await phone
        .getByTestId('heatmap')
        .screenshot({ path: shot(`second-heatmap-level-${language}-390.png`) });
      const bench = phone.getByTestId('benchmark-section');
      await bench.scrollIntoViewIfNeeded();
      await bench.locator('.band-strip').first().waitFor();
      await bench.screenshot({ path: shot(`second-benchmark-${language}-390.png`) });
      await expect(noSidewaysScroll(phone)).resolves.toBe(true);
      await expectNoSeriousViolations(phone, `the second report in ${language} at 390`);
    }
    await phone.context().close();
    expect(session.cspViolations).toEqual([]);
  }, 300_000);
});
