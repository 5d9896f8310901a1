// The report grouped by a demographic cut, in a real browser: an administrator chooses the level and
// location questions on a draft, respondents answer the optional page (some skip it, one answers in
// Chinese), the cut says it is shown once closed, and after closing the heatmap grouped by level shows its
// groups with the one small group hidden and labelled, in English and Chinese, at 1280 and 390 px, with no
// serious axe finding.

import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Campaign, CutReport } from '../../server/http/api-types';
import { answersAt } from '../fixtures/answers';
import { V2 } from '../fixtures/campaign-on-v2';
import { expectNoSeriousViolations } from '../support/axe-check';
import { useBrowserSession } from '../support/browser-session';
import { hasChromium } from '../support/chromium';
import { openFullReport } from '../support/full-report';
import { createOwner } from './create-owner';

const SHOTS = '/tmp/shots/cuts';
const shot = (name: string) => {
  mkdirSync(SHOTS, { recursive: true });
  return `${SHOTS}/${name}`;
};

const ANSWERS = answersAt(4, V2) as Record<string, string | number>;

async function call(page: Page, url: string, method: 'POST' | 'GET', path: string, data?: object) {
  const reply = await page.request.fetch(`${url}${path}`, {
    method,
    ...(data ? { data } : {}),
    headers: { origin: url },
  });
  expect(reply.status(), await reply.text()).toBeLessThan(300);
  return reply.json();
}

const WORDS = {
  en: {
    next: 'Next',
    complete: 'Complete',
    about: 'About you (optional)',
    level: 'Which best describes your role?',
  },
  'zh-cn': {
    next: '下一页',
    complete: '提交问卷',
    about: '关于您（选答）',
    level: '以下哪一项最符合您的岗位？',
  },
};

/** Answers the survey page by page; on the optional page about people, checks its words and chooses. */
async function answerWithAboutPage(page: Page, language: 'en' | 'zh-cn', about: Record<string, string>) {
  const words = WORDS[language];
  for (let at = 0; at < 30; at += 1) {
    const questions = page.locator('.sd-question[data-name]');
    await questions.first().waitFor();
    const names = await questions.evaluateAll((els) => els.map((el) => el.getAttribute('data-name') ?? ''));
    if (names.includes('about.level')) {
      await page.getByText(words.about).first().waitFor();
      await page.getByText(words.level).waitFor();
      await page.screenshot({ path: shot(`about-page-${language}-390.png`), fullPage: true });
      await expectNoSeriousViolations(page, `the optional page in ${language}`);
    }
    for (const name of names) {
      const value = name in about ? about[name] : ANSWERS[name];
      if (value === undefined) continue;
      await page.locator(`.sd-question[data-name="${name}"] input[value="${value}"]`).dispatchEvent('click');
    }
    const complete = page.getByRole('button', { name: words.complete });
    if (await complete.isVisible()) {
      expect(names).toContain('about.level');
      await complete.click();
      return;
    }
    await page.getByRole('button', { name: words.next }).click();
    await page.locator(`.sd-question[data-name="${names[0]}"]`).waitFor({ state: 'detached' });
  }
  throw new Error('The survey never offered its Complete button');
}

describe.skipIf(!hasChromium)('a report grouped by level, in the browser', () => {
  const session = useBrowserSession();

  it('lets an administrator choose the questions, respondents answer them, and the closed report group by level', async () => {
    const url = session.server.url;
    const page = await session.newPage({ viewport: { width: 1280, height: 900 } });
    await createOwner(page, url);
    const organization = await call(page, url, 'POST', '/api/organizations', {
      name: 'Harbour Logistics',
      departments: [
        { name: 'Warehouse', headcount: 40 },
        { name: 'Office', headcount: 10 },
      ],
    });
    const draft = (await call(page, url, 'POST', `/api/organizations/${organization.id}/campaigns`, {
      name: 'Goals 2027',
      questionnaireId: 'readiness-okr-2',
    })) as Campaign;

    // The administrator chooses level and location on the draft's page.
    await page.goto(`${url}/campaigns/${draft.id}`);
    const section = page.getByRole('region', { name: 'Questions about people (optional)' });
    await section.waitFor();
    await section.getByLabel('Level (staff, manager, executive)').check();
    await section.getByLabel('Location').check();
    await section.getByLabel('Locations, one per line (2 to 20)').fill('Harbour\nHill');
    await section.getByRole('button', { name: 'Save these questions' }).click();
    await section.getByText('Saved.').waitFor();
    await section.screenshot({ path: shot('draft-choice-en-1280.png') });
    await expectNoSeriousViolations(page, 'the choice of questions about people', {
      include: '[aria-labelledby="cuts-heading"]',
    });
    const chosen = (await call(page, url, 'GET', `/api/campaigns/${draft.id}`)).campaign as Campaign;
    expect(chosen.cuts).toEqual([{ id: 'level' }, { id: 'location', locations: ['Harbour', 'Hill'] }]);
    const campaign = (await call(page, url, 'POST', `/api/campaigns/${draft.id}/open`)) as Campaign;
    const tokenOf = (name: string) => {
      const id = organization.departments.find((d: { name: string }) => d.name === name).id;
      return campaign.links.find((l) => l.departmentId === id)!.token;
    };

    // Two respondents answer in the browser on a phone, one in English and one in Chinese.
    for (const language of ['en', 'zh-cn'] as const) {
      const respondent = await session.newPage({ viewport: { width: 390, height: 844 } });
      await respondent.goto(`${url}/s/${tokenOf('Warehouse')}`);
      if (language === 'zh-cn') await respondent.getByRole('button', { name: '简体中文' }).click();
      await answerWithAboutPage(respondent, language, {
        'about.level': 'manager',
        'about.location': 'location-1',
      });
      await respondent.context().close();
    }
    // The others by the API: 10 staff, 11 more managers, 1 executive and 1 who skips in the warehouse; the
    // office's 5 all skip the optional page.
    const times = (n: number, who: [string, string | null]) => Array.from({ length: n }, () => who);
    const people = [
      ...times(10, ['Warehouse', 'staff']),
      ...times(11, ['Warehouse', 'manager']),
      ...times(1, ['Warehouse', 'executive']),
      ...times(1, ['Warehouse', null]),
      ...times(5, ['Office', null]),
    ];
    for (const [department, level] of people)
      await call(page, url, 'POST', `/api/survey/${tokenOf(department)}/responses`, {
        answers: { ...ANSWERS, ...(level ? { 'about.level': level } : {}) },
      });

    // Before closing, the grouping says why it is not shown.
    const reportUrl = `${url}/campaigns/${campaign.id}/report`;
    await page.goto(reportUrl);
    await openFullReport(page);
    let heatmap = page.getByTestId('heatmap');
    await heatmap.scrollIntoViewIfNeeded();
    await heatmap.getByLabel('Group by').selectOption('level');
    await page.getByText('Shown once the campaign is closed, so that the groups no longer change.').waitFor();
    await page.getByTestId('heatmap').screenshot({ path: shot('level-not-closed-en-1280.png') });

    await call(page, url, 'POST', `/api/campaigns/${campaign.id}/close`);
    const cut = (await call(page, url, 'GET', `/api/campaigns/${campaign.id}/cuts/level`)) as CutReport;
    expect(cut.groups.map((g) => [g.value, g.hidden, g.n])).toEqual([
      ['staff', false, 10],
      ['manager', false, 13],
      ['executive', true, null],
    ]);

    await page.goto(reportUrl);
    await openFullReport(page);
    heatmap = page.getByTestId('heatmap');
    await heatmap.scrollIntoViewIfNeeded();
    const rowsOf = () =>
      page
        .getByTestId('heatmap')
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [tr.getAttribute('data-unit'), tr.querySelector('th')?.textContent]),
        );
    expect((await rowsOf()).map((r) => r[1]).sort()).toEqual(['Office', 'Warehouse']);
    await heatmap.getByLabel('Group by').selectOption('level');
    await page.locator('[data-cut="level"] [data-testid="heatmap"]').waitFor();
    heatmap = page.getByTestId('heatmap');
    expect(await rowsOf()).toEqual([
      ['staff', 'Staff'],
      ['manager', 'Manager'],
      ['executive', 'Executive'],
    ]);
    const hidden = heatmap.locator('tr[data-unit="executive"]');
    await expect(hidden.getAttribute('class')).resolves.toBe('hidden-group');
    await expect(hidden.locator('td').textContent()).resolves.toMatch(/fewer than 5/i);
    await expect(heatmap.locator('tr[data-unit="manager"] td').first().textContent()).resolves.toMatch(
      /^\d+$/,
    );
    await expect(
      heatmap.getByRole('link', { name: 'Download the heatmap (CSV)' }).getAttribute('href'),
    ).resolves.toBe(`/api/campaigns/${campaign.id}/cuts/level?format=csv&lang=en`);
    await heatmap.screenshot({ path: shot('level-en-1280.png') });
    await expectNoSeriousViolations(page, 'the heatmap grouped by level in English at 1280', {
      include: '[data-testid="heatmap"]',
    });

    // The question-by-question section offers the same grouping: its views become the levels.
    const questions = page.getByTestId('question-section');
    await questions.scrollIntoViewIfNeeded();
    await questions.getByLabel('Group by').selectOption('level');
    const viewSelect = questions.locator('.question-view select');
    await expect(
      viewSelect.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)),
    ).resolves.toEqual(
      expect.arrayContaining(['organization', 'all', 'group:staff', 'group:manager', 'group:executive']),
    );
    await viewSelect.selectOption('all');
    await questions.locator('details.question-list').first().locator('summary').click();
    const manager = questions.locator('[data-bar="group:manager"]').first();
    await expect(manager.textContent()).resolves.toMatch(/13/);
    await expect(
      questions.locator('[data-bar="group:executive"]').first().locator('.answer-bar').count(),
    ).resolves.toBe(0);
    await questions.screenshot({ path: shot('questions-level-en-1280.png') });
    await expectNoSeriousViolations(page, 'the questions grouped by level in English at 1280', {
      include: '[data-testid="question-section"]',
    });

    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('heading', { name: '热力图' }).waitFor();
    heatmap = page.getByTestId('heatmap');
    await heatmap.getByLabel('分组方式').selectOption('level');
    await heatmap.locator('tr[data-unit="staff"] th', { hasText: '普通员工' }).waitFor();
    await heatmap.screenshot({ path: shot('level-zh-1280.png') });
    await expectNoSeriousViolations(page, 'the heatmap grouped by level in Chinese at 1280', {
      include: '[data-testid="heatmap"]',
    });

    const phone = await session.newPage({ viewport: { width: 390, height: 900 }, signedInLike: page });
    await page.context().close();
    await phone.goto(reportUrl);
    await openFullReport(phone);
    const small = phone.getByTestId('heatmap');
    await small.scrollIntoViewIfNeeded();
    await small.getByLabel('分组方式').selectOption('level');
    await phone.locator('tr[data-unit="executive"]').waitFor();
    await expect(
      phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).resolves.toBe(true);
    await phone.getByTestId('heatmap').screenshot({ path: shot('level-zh-390.png') });
    await expectNoSeriousViolations(phone, 'the heatmap grouped by level in Chinese at 390', {
      include: '[data-testid="heatmap"]',
    });
  });
});
