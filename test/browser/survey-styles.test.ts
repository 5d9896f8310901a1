// The survey page's stylesheet leaves out SurveyJS's rules for what the page never shows
// (client/pages/take-survey/survey-styles-left-out.json). Walking each questionnaire through every page, with
// the required-answer error shown, choices ticked up to a limit and comments typed, on a phone and a
// desktop and in both languages, no element may carry a class of a left-out block: if one did, it would
// be shown without its styles.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import leftOut from '../../client/pages/take-survey/survey-styles-left-out.json';
import { useBrowserSession } from '../support/browser-session';
import { hasChromium } from '../support/chromium';
import { callApi, signUpOwner } from '../support/server-process';

const LEFT_OUT_BLOCKS = new Set(Object.values(leftOut.leftOutBlocks).flat());
/** A class's style block: its name before any BEM element (`__`) or modifier (`--`). */
const styleBlockOf = (className: string) => className.replace(/(__|--).*$/, '');

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** Classes on the page now whose block is left out, with where they were seen. */
async function leftOutClasses(page: Page, where: string): Promise<string[]> {
  const classes = await page.evaluate(() => [
    ...new Set([...document.querySelectorAll('*')].flatMap((el) => [...el.classList])),
  ]);
  return classes.filter((c) => LEFT_OUT_BLOCKS.has(styleBlockOf(c))).map((c) => `${c} on ${where}`);
}

/** Ticks and types on every question of the page: one radio, checkboxes up to three, a comment. */
async function answerPage(page: Page, names: string[]) {
  for (const name of names) {
    const question = page.locator(`.sd-question[data-name="${name}"]`);
    const inputs = question.locator('input');
    const count = await inputs.count();
    const isCheckbox = count > 0 && (await inputs.first().getAttribute('type')) === 'checkbox';
    for (let i = 0; i < (isCheckbox ? Math.min(count - 1, 3) : Math.min(count, 1)); i++)
      await inputs.nth(i).dispatchEvent('click');
    const comment = question.locator('textarea');
    if ((await comment.count()) > 0)
      await comment.first().fill('Fewer goals, better explained. 目标少一些。');
  }
}

describe.skipIf(!hasChromium)('the survey page’s styles', () => {
  const session = useBrowserSession();
  let ownerCookie: string | undefined;

  async function campaignWideLink(questionnaireId: string): Promise<string> {
    const signedIn = (ownerCookie ??= await signUpOwner(session.server));
    const org = await callApi(session.server, signedIn, 'POST', '/api/organizations', {
      name: 'Acme',
      departments: [
        { name: 'Sales', headcount: 12 },
        { name: 'Operations', headcount: 12 },
      ],
    });
    expect(org.status).toBe(201);
    const created = await callApi(
      session.server,
      signedIn,
      'POST',
      `/api/organizations/${org.body.id}/campaigns`,
      { name: 'Goals', questionnaireId },
    );
    expect(created.status).toBe(201);
    const opened = await callApi(session.server, signedIn, 'POST', `/api/campaigns/${created.body.id}/open`);
    expect(opened.status).toBe(200);
    return (opened.body.links as { token: string; departmentId: string | null }[]).find(
      (l) => l.departmentId === null,
    )!.token;
  }

  it.each([
    { questionnaireId: 'readiness-okr-2', viewport: PHONE, locale: 'zh-CN' },
    { questionnaireId: 'readiness-okr-2', viewport: DESKTOP, locale: 'en-US' },
    { questionnaireId: 'readiness-okr', viewport: PHONE, locale: 'en-US' },
  ])(
    'shows nothing styled by a left-out rule: $questionnaireId, $viewport.width px wide, $locale',
    async ({ questionnaireId, viewport, locale }) => {
      const token = await campaignWideLink(questionnaireId);
      const context = await session.browser.newContext({ viewport, locale });
      const page = await context.newPage();
      const found: string[] = [];
      await page.goto(`${session.server.url}/s/${token}`);
      await page.locator('.sd-question[data-name]').first().waitFor();
      // Next without choosing a department shows the required-answer error.
      await page.locator('.sd-navigation__next-btn').click();
      await page.locator('.sd-question--error').first().waitFor();
      found.push(...(await leftOutClasses(page, 'the first page with its error')));
      let completed = false;
      for (let pageIndex = 0; pageIndex < 30 && !completed; pageIndex += 1) {
        const names = await page
          .locator('.sd-question[data-name]')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-name') ?? ''));
        await answerPage(page, names);
        found.push(...(await leftOutClasses(page, `the page of ${names[0]}`)));
        completed = await page.locator('.sd-navigation__complete-btn').isVisible();
        if (!completed) {
          await page.locator('.sd-navigation__next-btn').click();
          await page.locator(`.sd-question[data-name="${names[0]}"]`).waitFor({ state: 'detached' });
        }
      }
      expect(completed, 'the walk reached the last page').toBe(true);
      await context.close();
      expect(found).toEqual([]);
      expect(session.cspViolations).toEqual([]);
    },
    300_000,
  );
});
