// Drives the survey page the way a respondent does: on each page, click one choice per question, then
// Next, until Complete. Which choice is decided per question by the caller.

import type { Page } from 'playwright-core';

/** The value to click for a question, or undefined to leave it unanswered. */
export type Chooser = (questionName: string) => string | number | undefined;

export async function answerSurvey(page: Page, choose: Chooser): Promise<void> {
  for (let pageIndex = 0; pageIndex < 30; pageIndex += 1) {
    const questions = page.locator('.sd-question[data-name]');
    await questions.first().waitFor();
    const names = await questions.evaluateAll((els) => els.map((el) => el.getAttribute('data-name') ?? ''));
    for (const name of names) {
      const value = choose(name);
      if (value === undefined) continue;
      // A click event on the radio itself, as a screen reader or keyboard user triggers it: Playwright's
      // pointer-click waits for scrolling and animations, which made ten respondents take minutes.
      await page.locator(`.sd-question[data-name="${name}"] input[value="${value}"]`).dispatchEvent('click');
    }
    const complete = page.getByRole('button', { name: 'Complete' });
    if (await complete.isVisible()) {
      await complete.click();
      return;
    }
    const firstName = names[0];
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator(`.sd-question[data-name="${firstName}"]`).waitFor({ state: 'detached' });
  }
  throw new Error('The survey never offered a Complete button');
}
