// What frames every page of the survey, at a phone's width and a desktop's, in both languages: "Page X of N"
// right on every page, the organization that asks, the survey named in the tab and in the page's one <h1>,
// the introduction (its time and its word on anonymity) read once on the first page and never again, a
// header that leaves a phone's screen to the questions, no serious accessibility fault on the first page,
// the last page or the thanks, and thanks that say whose answers are meant.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answersAt } from '../fixtures/answers';
import { V2, V2_JSON } from '../fixtures/campaign-on-v2';
import { describeViolations, expectNoSeriousViolations } from '../support/axe-check';
import { useBrowserSession } from '../support/browser-session';
import { artifactPath, hasChromium } from '../support/chromium';
import { callApi, signUpOwner } from '../support/server-process';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const ORGANIZATION = 'Harbour Logistics';
const CAMPAIGN = 'Goals 2027';

const WORDS = {
  en: {
    switchTo: 'English',
    next: 'Next',
    complete: 'Complete',
    title: {
      'readiness-okr-2': 'How we set goals: a readiness survey',
      'readiness-okr': 'Are we ready for OKRs?',
    },
    progress: (page: number, pages: number) => `Page ${page} of ${pages}`,
    minutes: (n: number) => `It takes about ${n} minutes.`,
    anonymous: /anonymous/g,
    thanks: 'Thank you! Your answers have been received.',
    alreadyDone: 'Your answers to this survey have already been sent from this device. Thank you!',
    thanksDetail:
      'Your answers will be counted together with your colleagues’ answers; nobody will see yours on their own.',
  },
  'zh-cn': {
    switchTo: '简体中文',
    next: '下一页',
    complete: '提交问卷',
    title: { 'readiness-okr-2': '目标管理现状调研', 'readiness-okr': '我们准备好用 OKR 了吗？' },
    progress: (page: number, pages: number) => `第 ${page} 页，共 ${pages} 页`,
    minutes: (n: number) => `问卷大约需要 ${n} 分钟。`,
    anonymous: /匿名/g,
    thanks: '谢谢！您的回答已成功提交。',
    alreadyDone: '您已在本设备上提交过本问卷的回答，谢谢您！',
    thanksDetail: '您的回答将与同事的回答合并统计，任何人都不会单独看到您的回答。',
  },
} as const;
type Language = keyof typeof WORDS;
type QuestionnaireId = 'readiness-okr-2' | 'readiness-okr';

/** Agreement 4 and the right scenario answers: enough for the server to score the response. */
const ANSWERS = answersAt(4, V2);

async function questionNames(page: Page): Promise<string[]> {
  const questions = page.locator('.sd-question[data-name]');
  await questions.first().waitFor();
  return questions.evaluateAll((els) => els.map((el) => el.getAttribute('data-name') ?? ''));
}

/** What frames the page now: its <h1>s, the progress line, how often anonymity is mentioned, the tab. */
async function frame(page: Page, anonymous: RegExp) {
  return page.evaluate((pattern) => {
    const main = document.querySelector('main')!;
    return {
      h1: [...document.querySelectorAll('h1')].map((h) => h.textContent ?? ''),
      progress: document.querySelector('.survey-progress span')?.textContent ?? null,
      anonymityMentions: (main.innerText.match(new RegExp(pattern, 'g')) ?? []).length,
      tab: document.title,
      organization: document.querySelector('.survey-organization')?.textContent ?? null,
    };
  }, anonymous.source);
}

/**
 * How far down the page the survey page's own content starts (the top of its title, else of its first
 * question), in px from the top of the document: everything above it is the page's header.
 */
async function headerHeight(page: Page): Promise<number> {
  return page.evaluate(() => {
    const start = document.querySelector('.sd-page__title') ?? document.querySelector('.sd-question')!;
    return Math.round(start.getBoundingClientRect().top + window.scrollY);
  });
}

async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
  );
  await page.screenshot({ path: artifactPath(`survey-every-page-${name}.png`) });
}

describe.skipIf(!hasChromium)('every page of the survey', () => {
  const session = useBrowserSession();
  let ownerCookie: string | undefined;

  /** An open campaign on `questionnaireId`; the link of its Sales department and its campaign-wide one. */
  async function openCampaign(questionnaireId: QuestionnaireId) {
    const cookie = (ownerCookie ??= await signUpOwner(session.server));
    const org = await callApi(session.server, cookie, 'POST', '/api/organizations', {
      name: ORGANIZATION,
      departments: [
        { name: 'Sales', headcount: 12 },
        { name: 'Operations', headcount: 12 },
      ],
    });
    expect(org.status).toBe(201);
    const created = await callApi(
      session.server,
      cookie,
      'POST',
      `/api/organizations/${org.body.id}/campaigns`,
      {
        name: CAMPAIGN,
        questionnaireId,
      },
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const opened = await callApi(session.server, cookie, 'POST', `/api/campaigns/${created.body.id}/open`);
    expect(opened.status).toBe(200);
    const links = opened.body.links as { token: string; departmentId: string | null }[];
    const sales = (org.body.departments as { id: string; name: string }[]).find((d) => d.name === 'Sales')!;
    const token = links.find((l) => l.departmentId === sales.id)!.token;
    const survey = await callApi(session.server, '', 'GET', `/api/survey/${token}`);
    return {
      token,
      everyone: links.find((l) => l.departmentId === null)!.token,
      pages: (survey.body.questionnaire.pages as unknown[]).length,
      minutes: survey.body.minutes as Record<Language, number>,
    };
  }

  it.each([
    { viewport: PHONE, language: 'en' as const },
    { viewport: PHONE, language: 'zh-cn' as const },
    { viewport: DESKTOP, language: 'en' as const },
  ])(
    'shows "page X of N" right, the survey named once and anonymity said once, $viewport.width px wide in $language',
    async ({ viewport, language }) => {
      const words = WORDS[language];
      const where = (what: string) => `${what} at ${viewport.width}×${viewport.height} in ${language}`;
      const name = `${viewport.width}-${language}`;
      const { token, pages, minutes } = await openCampaign('readiness-okr-2');
      const page = await session.newPage({ viewport });
      await page.goto(`${session.server.url}/s/${token}`);
      await page.getByRole('button', { name: words.switchTo }).click();
      await page.getByText(words.minutes(minutes[language])).waitFor();

      const heights: number[] = [];
      const pageTitles = (V2_JSON.pages as { title: Record<string, string> }[]).map(
        (p) => p.title[language === 'en' ? 'default' : language]!,
      );
      for (let at = 1; at <= pages; at += 1) {
        const names = await questionNames(page);
        const seen = await frame(page, words.anonymous);
        expect(seen.progress, where(`page ${at}`)).toBe(words.progress(at, pages));
        expect(seen.h1, where(`page ${at}`)).toEqual([words.title['readiness-okr-2']]);
        // The page's topic is a heading of the next level, for a screen reader's list of headings.
        await page.getByRole('heading', { level: 2, name: pageTitles[at - 1] }).waitFor();
        expect(seen.tab).toBe(`${CAMPAIGN} · ${ORGANIZATION}`);
        expect(seen.organization).toBe(ORGANIZATION);
        // The introduction says it once, on the first page; past it each page starts with its questions.
        expect(seen.anonymityMentions, where(`anonymity on page ${at}`)).toBe(at === 1 ? 1 : 0);
        expect(await page.getByText(words.minutes(minutes[language])).count()).toBe(at === 1 ? 1 : 0);
        if (at <= 2) heights.push(await headerHeight(page));

        for (const question of names) {
          const value = ANSWERS[question];
          if (typeof value !== 'string' && typeof value !== 'number') continue;
          await page
            .locator(`.sd-question[data-name="${question}"] input[value="${value}"]`)
            .dispatchEvent('click');
        }
        const complete = page.getByRole('button', { name: words.complete, exact: true });
        if (at === 1 || at === pages) {
          const milder = await expectNoSeriousViolations(page, where(`page ${at}`));
          if (milder.length > 0) console.log(describeViolations(milder, where(`page ${at} (milder)`)));
          await shot(page, `${name}-${at === 1 ? 'first' : 'last'}-page`);
        }
        if (at === pages) {
          expect(await complete.isVisible(), 'the last page offers to send').toBe(true);
          await complete.click();
          break;
        }
        await page.getByRole('button', { name: words.next, exact: true }).click();
        await page.locator(`.sd-question[data-name="${names[0]}"]`).waitFor({ state: 'detached' });
        // Turning the page from its foot brings the respondent up to where the new page's count is seen.
        await expect
          .poll(() =>
            page.evaluate(() => document.querySelector('.survey-progress')!.getBoundingClientRect().top),
          )
          .toBeGreaterThanOrEqual(0);
      }
      console.log(`${where('header')}: first page ${heights[0]} px, later pages ${heights[1]} px`);
      if (viewport === PHONE) {
        // Past the first page, what stands above a page's questions takes less than a quarter of the screen;
        // on the first page, with the introduction, the page's questions still start on the first screen.
        expect(heights[1]).toBeLessThan(PHONE.height / 4);
        expect(heights[0]).toBeLessThan(PHONE.height * 0.6);
      }

      await page.getByRole('heading', { name: words.thanks }).waitFor();
      await page.getByText(words.thanksDetail).waitFor();
      expect((await frame(page, words.anonymous)).h1).toEqual([words.title['readiness-okr-2']]);
      const violations = await expectNoSeriousViolations(page, where('the thanks'));
      if (violations.length > 0) console.log(describeViolations(violations, where('the thanks (milder)')));
      await shot(page, `${name}-thanks`);

      // Back on the link later, on the same device: the thanks say the answers were already sent.
      await page.reload();
      await page.getByRole('button', { name: words.switchTo }).click();
      await page.getByRole('heading', { name: words.alreadyDone }).waitFor();
      await page.getByText(words.thanksDetail).waitFor();
      expect(session.cspViolations).toEqual([]);
    },
    300_000,
  );

  it('counts the department question as a page on the link for everyone', async () => {
    const { everyone, pages } = await openCampaign('readiness-okr-2');
    const page = await session.newPage({ viewport: PHONE });
    await page.goto(`${session.server.url}/s/${everyone}`);
    await page.getByRole('button', { name: 'English' }).click();
    await questionNames(page);
    expect((await frame(page, /anonymous/)).progress).toBe(`Page 1 of ${pages + 1}`);
  });

  it.each(['en', 'zh-cn'] as const)(
    'states questionnaire 1’s time and anonymity once, in %s, as the invitation does',
    async (language) => {
      const words = WORDS[language];
      const { token, pages, minutes } = await openCampaign('readiness-okr');
      const page = await session.newPage({ viewport: PHONE });
      await page.goto(`${session.server.url}/s/${token}`);
      await page.getByRole('button', { name: words.switchTo }).click();
      await page.getByText(words.minutes(minutes[language])).waitFor();
      await questionNames(page);
      const seen = await frame(page, words.anonymous);
      expect(seen.anonymityMentions).toBe(1);
      expect(seen.progress).toBe(words.progress(1, pages));
      expect(seen.h1).toEqual([words.title['readiness-okr']]);
      await shot(page, `v1-${language}-first-page`);
    },
  );

  it.each([PHONE, DESKTOP])(
    'lets an access code be typed with no serious accessibility fault, $width px wide',
    async (viewport) => {
      const page = await session.newPage({ viewport });
      await page.goto(`${session.server.url}/code`);
      await page.getByRole('button', { name: 'English' }).click();
      await page
        .getByRole('heading', { level: 1, name: 'Answer the survey with your access code' })
        .waitFor();
      const where = `the access-code page at ${viewport.width}×${viewport.height}`;
      const milder = await expectNoSeriousViolations(page, where);
      if (milder.length > 0) console.log(describeViolations(milder, `${where} (milder)`));
      await page.screenshot({ path: artifactPath(`survey-every-page-code-${viewport.width}.png`) });
    },
  );
});
