// Questionnaire 2 answered on a phone through a campaign's shared link, once in Chinese and once in English:
// what the respondent reads (title, the OKR and KPI definitions, the neutral midpoint, the minutes stated
// for their language), that nothing scrolls sideways, and that the departments question offers "none" and
// never the respondent's own department, even after they go back and change it.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session';
import { artifactPath, hasChromium } from '../support/chromium';
import { callApi, signUpOwner } from '../support/server-process';
import { V2 } from '../fixtures/campaign-on-v2';

const PHONE = { width: 390, height: 844 };
const DEPARTMENT_FIELD = 'groundwork_department';

const WORDS = {
  en: {
    switchTo: 'English',
    next: 'Next',
    previous: 'Previous',
    complete: 'Complete',
    title: 'How we set goals: a readiness survey',
    minutes: (n: number) => `It takes about ${n} minutes.`,
    definitions: ['OKR', 'objectives and key results', 'key performance indicator'],
    midpoint: 'Neither agree nor disagree',
    none: 'None: my department works largely on its own',
    thanks: 'Thank you! Your answers have been received.',
  },
  'zh-cn': {
    switchTo: '简体中文',
    next: '下一页',
    previous: '上一页',
    complete: '提交问卷',
    title: '目标管理现状调研',
    minutes: (n: number) => `问卷大约需要 ${n} 分钟。`,
    definitions: ['OKR', '目标与关键结果', '关键绩效指标'],
    midpoint: '既不同意也不反对',
    none: '都不依赖：我们部门基本独立工作',
    thanks: '谢谢！您的回答已成功提交。',
  },
} as const;
type Language = keyof typeof WORDS;

/** What a respondent clicks for each question: agreement at `level`, scenarios right, first choice else. */
function chooser(level: number): (name: string) => string | number | undefined {
  return (name) => {
    const q = V2.questions.find((x) => x.id === name);
    if (!q || q.role === 'depends-on' || q.accepts.kind === 'text') return undefined;
    if (q.role === 'likert' || q.role === 'outcome') return level;
    if (q.role === 'knowledge' && q.correctAnswer !== null) return q.correctAnswer;
    return q.accepts.kind === 'choice' ? q.accepts.values[0] : undefined;
  };
}

async function questionNames(page: Page): Promise<string[]> {
  const questions = page.locator('.sd-question[data-name]');
  await questions.first().waitFor();
  return questions.evaluateAll((els) => els.map((el) => el.getAttribute('data-name') ?? ''));
}

async function assertNoSidewaysScroll(page: Page, where: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `the page scrolls sideways on ${where}`).toBeLessThanOrEqual(innerWidth);
}

/** Moves one page on or back and waits until the page it left is gone. */
async function turn(page: Page, button: string) {
  const [first] = await questionNames(page);
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.locator(`.sd-question[data-name="${first}"]`).waitFor({ state: 'detached' });
}

/** A phone screen's worth of the page, from the top of the element `selector` matches (else the bottom). */
async function screenAt(page: Page, selector: string | null, path: string) {
  if (selector === null) await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  else
    await page
      .locator(selector)
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  // A choice just ticked fades in: the picture shows it settled (an animation cut short settles too).
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
  );
  await page.screenshot({ path });
}

/** The labels of the choices the departments question shows. */
async function offeredDepartments(page: Page): Promise<string[]> {
  const labels = page.locator(
    '.sd-question[data-name="depends_on"] .sd-item:visible .sd-item__control-label',
  );
  return (await labels.allInnerTexts()).map((t) => t.trim());
}

describe.skipIf(!hasChromium)('questionnaire 2 on a phone through a shared link', () => {
  const session = useBrowserSession();

  async function openCampaign() {
    const cookie = await signUpOwner(session.server);
    const org = await callApi(session.server, cookie, 'POST', '/api/organizations', {
      name: 'Acme',
      departments: [
        { name: 'Sales', headcount: 12 },
        { name: 'Operations', headcount: 12 },
        { name: 'Finance', headcount: 8 },
      ],
    });
    expect(org.status).toBe(201);
    const created = await callApi(
      session.server,
      cookie,
      'POST',
      `/api/organizations/${org.body.id}/campaigns`,
      {
        name: 'Goals 2027',
        questionnaireId: 'readiness-okr-2',
      },
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const opened = await callApi(session.server, cookie, 'POST', `/api/campaigns/${created.body.id}/open`);
    expect(opened.status).toBe(200);
    const token = (opened.body.links as { token: string; departmentId: string | null }[]).find(
      (l) => l.departmentId === null,
    )!.token;
    const departmentId = (name: string) =>
      (org.body.departments as { id: string; name: string }[]).find((d) => d.name === name)!.id;
    const payload = await callApi(session.server, '', 'GET', `/api/survey/${token}`);
    return { token, departmentId, minutes: payload.body.minutes as Record<Language, number> };
  }

  let campaign: Awaited<ReturnType<typeof openCampaign>> | undefined;
  const shared = async () => (campaign ??= await openCampaign());

  it.each([
    { language: 'zh-cn' as const, level: 4 },
    { language: 'en' as const, level: 2 },
  ])(
    'is read and answered in $language, offering "none" and never the respondent’s own department',
    async ({ language, level }) => {
      const { token, departmentId, minutes } = await shared();
      const words = WORDS[language];
      const shot = (name: string) => artifactPath(`survey-v2-phone-${language}-${name}.png`);
      const page = await session.newPage({ viewport: PHONE });
      await page.goto(`${session.server.url}/s/${token}`);
      // Chosen on the page, so the stated minutes must follow the switch from the browser's language.
      await page.getByRole('button', { name: words.switchTo }).click();
      await page.getByText(words.title).first().waitFor();
      await page.getByText(words.minutes(minutes[language])).first().waitFor();
      await assertNoSidewaysScroll(page, 'the department page');
      await page.screenshot({ path: shot('1-start') });

      const choose = chooser(level);
      await page
        .locator(`.sd-question[data-name="${DEPARTMENT_FIELD}"] input[value="${departmentId('Sales')}"]`)
        .dispatchEvent('click');
      await turn(page, words.next);

      // Past the first page a phone shows the title without the introduction.
      await page.getByText(words.title).first().waitFor();
      expect(await page.getByText(words.minutes(minutes[language])).first().isVisible()).toBe(false);
      await screenAt(page, 'main', shot('2-second-page'));
      // The first page of questions defines the terms, and its scale has a neutral midpoint.
      for (const term of words.definitions) await page.getByText(term).first().waitFor();
      await page.getByText(words.midpoint, { exact: true }).first().waitFor();
      await assertNoSidewaysScroll(page, 'the first page of questions');
      await screenAt(page, '[data-name="about_terms"]', shot('3-definitions'));
      await screenAt(page, '.sd-question[data-name="specificity_number"]', shot('4-agreement-scale'));

      let changedDepartment = false;
      for (let pageIndex = 0; pageIndex < 30; pageIndex += 1) {
        const names = await questionNames(page);
        await assertNoSidewaysScroll(page, `the page of ${names[0]}`);
        for (const name of names) {
          const value = choose(name);
          if (value === undefined) continue;
          await page
            .locator(`.sd-question[data-name="${name}"] input[value="${value}"]`)
            .dispatchEvent('click');
        }
        if (names.includes('knowledge_service_level'))
          await screenAt(page, '.sd-question[data-name="knowledge_service_level"]', shot('5-knowledge'));
        if (names.includes('depends_on')) {
          const dependsOn = page.locator('.sd-question[data-name="depends_on"]');
          if (language === 'en' && !changedDepartment) {
            expect(await offeredDepartments(page)).toEqual(['Operations', 'Finance', words.none]);
            // Ticks Operations, then goes back and says they work in Operations after all.
            await dependsOn.locator(`input[value="${departmentId('Operations')}"]`).dispatchEvent('click');
            while (!(await questionNames(page)).includes(DEPARTMENT_FIELD)) await turn(page, words.previous);
            await page.locator(`input[value="${departmentId('Operations')}"]`).dispatchEvent('click');
            changedDepartment = true;
            while (!(await questionNames(page)).includes('depends_on')) await turn(page, words.next);
            expect(await offeredDepartments(page)).toEqual(['Sales', 'Finance', words.none]);
            await expect(dependsOn.locator('input:checked').count()).resolves.toBe(0);
            await dependsOn.locator(`input[value="${departmentId('Finance')}"]`).dispatchEvent('click');
          } else if (language === 'zh-cn') {
            expect(await offeredDepartments(page)).toEqual(['Operations', 'Finance', words.none]);
            await dependsOn.locator('input[value="none"]').dispatchEvent('click');
          }
          await screenAt(page, '.sd-question[data-name="depends_on"]', shot('6-depends-on'));
        }
        const complete = page.getByRole('button', { name: words.complete, exact: true });
        if (await complete.isVisible()) {
          await screenAt(page, null, shot('7-last-page'));
          await complete.click();
          break;
        }
        await turn(page, words.next);
      }
      await page.getByRole('heading', { name: words.thanks }).waitFor();
      await assertNoSidewaysScroll(page, 'the thank-you page');
      await page.screenshot({ path: shot('8-thanks') });
      if (language === 'en') expect(changedDepartment).toBe(true);
      expect(session.cspViolations).toEqual([]);
    },
    300_000,
  );
});
