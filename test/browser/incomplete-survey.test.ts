// A respondent who clicks through the survey answering almost nothing is told, in their language, that the
// answers are too few to count and which topics still need answers; going back keeps what they gave, and
// once they answer, the survey is received.

import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session';
import { artifactPath, hasChromium } from '../support/chromium';
import { callApi, signUpOwner } from '../support/server-process';
import { CORRECT_ANSWERS } from '../fixtures/answers';
import { answerSurvey } from './answer-survey';

const PHONE = { width: 390, height: 844 };

describe.skipIf(!hasChromium)('a survey with too few answers', () => {
  const session = useBrowserSession();

  it('says what is missing, keeps the answers given, and takes the survey once it is answered', async () => {
    const cookie = await signUpOwner(session.server);
    const org = await callApi(session.server, cookie, 'POST', '/api/organizations', {
      name: 'Acme',
      departments: [{ name: 'Sales', headcount: 12 }],
    });
    const created = await callApi(
      session.server,
      cookie,
      'POST',
      `/api/organizations/${org.body.id}/campaigns`,
      {
        name: 'Wave 1',
        questionnaireId: 'readiness-okr',
      },
    );
    await callApi(session.server, cookie, 'POST', `/api/campaigns/${created.body.id}/open`);
    const link = (created.body.links as { token: string; departmentId: string | null }[]).find(
      (l) => l.departmentId !== null,
    )!;

    const page = await session.newPage({ viewport: PHONE });
    await page.goto(`${session.server.url}/s/${link.token}`);
    // Only the first question is answered; everything else is skipped.
    let first = true;
    await answerSurvey(page, () => {
      if (!first) return undefined;
      first = false;
      return 4;
    });
    const alert = page.getByRole('alert');
    await alert.getByText('There are not yet enough answers to count').waitFor();
    await expect(alert.locator('li').count()).resolves.toBeGreaterThan(3);
    await page.screenshot({ path: artifactPath('incomplete-survey-en.png'), fullPage: true });

    await page.getByRole('button', { name: 'Back to the questions' }).click();
    await page.locator('.sd-question').first().waitFor();
    await expect(page.locator('.sd-question input[type="radio"]:checked').count()).resolves.toBe(1);
    await answerSurvey(
      page,
      (name) =>
        CORRECT_ANSWERS.get(name) ??
        (/^(comment|sample|success|profile|depends|groundwork)/.test(name) ? undefined : 4),
    );
    await page.getByRole('heading', { name: 'Thank you! Your answers have been received.' }).waitFor();
    expect(session.cspViolations).toEqual([]);
  }, 300_000);
});
