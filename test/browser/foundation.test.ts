// The whole first story in a real browser: on a new server the first visitor creates the owner account,
// sets up an organization and a campaign, ten employees answer through the shared links (no account
// needed), and the report shows a verdict with its chart.

import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session';
import { artifactPath, hasChromium } from '../support/chromium';
import { answerSurvey } from './answer-survey';
import { createOwner } from './create-owner';
import { CORRECT_ANSWERS } from '../fixtures/answers';
import { openFullReport } from '../support/full-report';

interface QuestionInfo {
  name: string;
  role?: string;
  reverse?: boolean;
  scale?: string;
}

describe.skipIf(!hasChromium)('foundation story in the browser', () => {
  const session = useBrowserSession();
  const newPage = () => session.newPage();

  it('takes the owner of a new server from creating their account to a report with a verdict and a radar chart', async () => {
    const admin = await newPage();
    await createOwner(admin, session.server.url, artifactPath('00-setup.png'));
    await admin.getByRole('button', { name: 'Load the demo organization' }).waitFor();
    await admin.screenshot({ path: artifactPath('01-home-empty.png'), fullPage: true });

    await admin.getByLabel('Organization name').fill('Acme Robotics');
    await admin.getByLabel('Department 1', { exact: true }).fill('Marketing');
    await admin.getByLabel('Headcount of department 1').fill('8');
    await admin.getByLabel('Department 2', { exact: true }).fill('R&D');
    await admin.getByLabel('Headcount of department 2').fill('8');
    await admin.getByRole('button', { name: 'Create organization' }).click();
    await admin.getByRole('heading', { name: 'Acme Robotics' }).waitFor();

    await admin.getByLabel('Campaign name').fill('Q1 readiness');
    await admin.getByRole('button', { name: 'Create campaign' }).click();
    await admin.getByRole('heading', { name: 'Q1 readiness' }).waitFor();
    // Before opening, the administrator sees which departments the reports would hide: none here.
    await admin.getByRole('heading', { name: 'Who the reports will show' }).waitFor();
    await expect(admin.locator('tr[data-disclosure="shown"]').count()).resolves.toBe(2);
    await admin.screenshot({ path: artifactPath('02a-campaign-draft.png'), fullPage: true });
    await admin.getByRole('button', { name: 'Open the campaign for responses' }).click();
    await admin.getByText('Open', { exact: true }).waitFor();
    await admin.screenshot({ path: artifactPath('02-campaign-open.png'), fullPage: true });

    const everyoneLink = await admin.locator('tr[data-department="all"] a.survey-link').getAttribute('href');
    const marketingRow = admin
      .locator('tr', { hasText: 'Marketing' })
      .filter({ has: admin.locator('a.survey-link') });
    const marketingLink = await marketingRow.locator('a.survey-link').getAttribute('href');
    expect(everyoneLink).toMatch(/\/s\/[A-Za-z0-9_-]{20,}$/);
    expect(marketingLink).toMatch(/\/s\/[A-Za-z0-9_-]{20,}$/);

    // The test answers like people who are positive about everything except their job security.
    const token = everyoneLink!.split('/s/')[1]!;
    const survey = (await (await fetch(`${session.server.url}/api/survey/${token}`)).json()) as {
      questionnaire: { pages: { elements: QuestionInfo[] }[] };
    };
    const questions = new Map(survey.questionnaire.pages.flatMap((p) => p.elements).map((q) => [q.name, q]));
    const choose = (department: 'Marketing' | 'R&D') => (name: string) => {
      if (name === 'groundwork_department') return undefined; // chosen by label below
      const q = questions.get(name);
      if (!q) return undefined;
      if (q.role === 'knowledge') return CORRECT_ANSWERS.get(name) as string | undefined;
      if (q.role !== 'likert') return undefined;
      const worried = q.scale === 'hygiene.security';
      const agree = department === 'Marketing' ? 5 : 4;
      const keyedFavourable = worried ? 2 : agree;
      return q.reverse ? 6 - keyedFavourable : keyedFavourable;
    };

    // Five answer through the Marketing link; five through the shared link, choosing R&D there.
    async function respond(i: number) {
      const respondent = await newPage();
      const isMarketing = i % 2 === 0;
      await respondent.goto(isMarketing ? marketingLink! : everyoneLink!);
      await respondent.locator('.sd-question').first().waitFor();
      if (i === 0)
        await respondent.screenshot({ path: artifactPath('03-survey-first-page.png'), fullPage: true });
      if (!isMarketing) await respondent.getByText('R&D', { exact: true }).click();
      await answerSurvey(respondent, choose(isMarketing ? 'Marketing' : 'R&D'));
      await respondent
        .getByRole('heading', { name: 'Thank you! Your answers have been received.' })
        .waitFor();
      if (i === 0) await respondent.screenshot({ path: artifactPath('04-survey-thanks.png') });
      await respondent.context().close();
    }
    for (let i = 0; i < 10; i += 2) await Promise.all([respond(i), respond(i + 1)]);

    await admin.getByRole('button', { name: 'Refresh' }).click();
    await admin.getByTestId('total-responses').filter({ hasText: /^10$/ }).waitFor();
    await admin.getByRole('link', { name: 'View the readiness report' }).click();
    const verdict = admin.getByTestId('verdict');
    await verdict.waitFor();
    await expect(verdict.textContent()).resolves.toBe('Fix hygiene first');
    await openFullReport(admin);
    await expect(admin.getByText('Job security').first().isVisible()).resolves.toBe(true);
    const chart = admin.locator('canvas[role="img"]');
    await chart.waitFor();
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    await admin.screenshot({ path: artifactPath('05-report.png'), fullPage: true });

    await admin.getByRole('button', { name: '简体中文' }).click();
    await verdict.filter({ hasText: '先解决保健因素' }).waitFor();
    await admin.screenshot({ path: artifactPath('06-report-zh.png'), fullPage: true });
    expect(session.cspViolations).toEqual([]);
  }, 600_000);
});
