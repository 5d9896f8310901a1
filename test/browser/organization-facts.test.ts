// HR's organization facts in a real browser: HR states three of them while creating a campaign, finds them
// on the draft's settings, changes one, sees them fixed once the campaign opens, and the report reads them
// back beside the Balanced Scorecard route's checks after twelve people have answered.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../server/domain/instrument/questionnaire';
import { useBrowserSession } from '../support/browser-session';
import { artifactPath, hasChromium } from '../support/chromium';
import { PROJECT_ROOT } from '../support/server-process';
import { createOwner } from './create-owner';
import { openFullReport } from '../support/full-report';

const DEPARTMENTS = { Sales: 8, Operations: 8 } as const;

/** What HR states, by question: the traits of the Balanced Scorecard route, and one more. */
const STATED = {
  'How many business units keep their own profit and loss?': '2 to 4',
  'How are KPIs used today?': 'An established KPI system across the organization',
  'Which stage is the organization at?': 'Mature: an established business',
  'Are goal results tied to bonuses or performance ratings?': 'Partly',
};

/** A response with every agreement item in the middle (a score of 50) and every scenario right. */
function middleAnswers(): Record<string, unknown> {
  const json = readFileSync(join(PROJECT_ROOT, 'questionnaires/readiness-okr-2.json'), 'utf8');
  return Object.fromEntries(
    parseQuestionnaire(JSON.parse(json)).questions.flatMap((q) =>
      q.role === 'likert'
        ? [[q.id, 3]]
        : q.role === 'knowledge' && q.correctAnswer !== null
          ? [[q.id, q.correctAnswer]]
          : [],
    ),
  );
}

/**
 * Saves the settings and waits until the page has loaded the changed campaign again: the form then shows
 * the stored values and still says "Saved." (it is not remounted by the reload).
 */
async function save(page: Page) {
  const answered = page.waitForResponse((r) => r.request().method() === 'PATCH');
  const reloaded = page.waitForResponse(
    (r) => r.request().method() === 'GET' && /\/api\/campaigns\/[^/]+$/.test(new URL(r.url()).pathname),
  );
  await page.getByRole('button', { name: 'Save settings' }).click();
  expect((await answered).status()).toBe(200);
  expect((await reloaded).status()).toBe(200);
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
}

const selectedText = (page: Page, question: string) =>
  page.getByLabel(question).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]!.textContent);

describe.skipIf(!hasChromium)('organization facts in the browser', () => {
  const session = useBrowserSession();

  it('lets HR state facts on a new campaign, change them in draft, and read them fixed and in the report', async () => {
    const url = session.server.url;
    const hr = await session.newPage();
    await createOwner(hr, url);
    await hr.getByLabel('Organization name').fill('Harbor Logistics');
    for (const [i, [name, count]] of Object.entries(DEPARTMENTS).entries()) {
      if (i > 0) await hr.getByRole('button', { name: 'Add a department' }).click();
      await hr.getByLabel(`Department ${i + 1}`, { exact: true }).fill(name);
      await hr.getByLabel(`Headcount of department ${i + 1}`).fill(String(count));
    }
    await hr.getByRole('button', { name: 'Create organization' }).click();
    await hr.getByRole('heading', { name: 'Harbor Logistics' }).waitFor();

    // The campaign form asks the facts as an optional group, every one "Not stated" until HR answers.
    const facts = hr.getByRole('group', { name: /About the organization \(for HR\)/ });
    await facts.getByText(/Staff cannot know these facts/).waitFor();
    // The questions arrive from the server after the form.
    await facts.getByLabel('Which industry is the organization mainly in?').waitFor();
    await expect(facts.getByRole('combobox').count()).resolves.toBe(7);
    await expect(selectedText(hr, 'Which industry is the organization mainly in?')).resolves.toBe(
      'Not stated',
    );
    await hr.getByLabel('Campaign name').fill('Routing 2027');
    for (const [question, answer] of Object.entries(STATED))
      await hr.getByLabel(question).selectOption({ label: answer });
    await hr
      .getByRole('form', { name: 'New readiness campaign' })
      .screenshot({ path: artifactPath('facts-01-create-form.png') });
    await hr.getByRole('button', { name: 'Create campaign' }).click();
    await hr.getByRole('heading', { name: 'Routing 2027' }).waitFor();

    // The draft's settings show what HR stated, and one answer changes with the other settings.
    const settings = hr.getByRole('region', { name: 'Settings' });
    for (const [question, answer] of Object.entries(STATED))
      await expect(selectedText(hr, question)).resolves.toBe(answer);
    await expect(selectedText(hr, 'Has the organization used OKRs before?')).resolves.toBe('Not stated');
    await hr.getByLabel('Which stage is the organization at?').selectOption({ label: 'Growing fast' });
    await save(hr);
    await hr.reload();
    await hr.getByRole('heading', { name: 'Routing 2027' }).waitFor();
    await expect(selectedText(hr, 'Which stage is the organization at?')).resolves.toBe('Growing fast');
    await settings.screenshot({ path: artifactPath('facts-02-draft-settings.png') });
    // Back to mature, so the report below has every trait of the route.
    await hr
      .getByLabel('Which stage is the organization at?')
      .selectOption({ label: 'Mature: an established business' });
    await save(hr);
    await settings.screenshot({ path: artifactPath('facts-02b-settings-saved.png') });

    // In Chinese, the questions and answers are the model's Chinese words.
    await hr.locator('header').getByRole('button', { name: '简体中文' }).click();
    const zhSettings = hr.getByRole('region', { name: '设置' });
    await zhSettings.getByRole('group', { name: /关于公司（由 HR 填写）/ }).waitFor();
    await expect(selectedText(hr, '公司有几个独立核算盈亏的业务单元？')).resolves.toBe('2 到 4 个');
    await zhSettings.screenshot({ path: artifactPath('facts-03-draft-settings-zh.png') });
    await hr.locator('header').getByRole('button', { name: 'English' }).click();

    // Once the campaign opens the facts are fixed: read back as text, with the reason.
    await hr.getByRole('button', { name: 'Open the campaign for responses' }).click();
    await hr.getByTestId('campaign-phase').filter({ hasText: 'Open' }).waitFor();
    const fixed = hr.getByTestId('fixed-facts');
    await fixed.waitFor();
    await hr
      .getByText('HR stated these when setting up the campaign; they were fixed when it opened.')
      .waitFor();
    await expect(
      hr.getByLabel('How many business units keep their own profit and loss?').count(),
    ).resolves.toBe(0);
    await expect(fixed.textContent()).resolves.toContain('Mature: an established business');
    await expect(fixed.textContent()).resolves.toContain('Not stated');
    await hr
      .getByRole('region', { name: 'Settings' })
      .screenshot({ path: artifactPath('facts-04-fixed-settings.png') });

    // Six people answer in each department, everything in the middle: dynamism 50 suits the route.
    const campaignId = new URL(hr.url()).pathname.split('/').pop()!;
    const campaign = await hr.evaluate(
      async (id) => (await (await fetch(`/api/campaigns/${id}`)).json()).campaign,
      campaignId,
    );
    const answers = middleAnswers();
    for (const link of campaign.links.filter((l: { departmentId: string | null }) => l.departmentId !== null))
      for (let i = 0; i < 6; i++) {
        const reply = await fetch(`${url}/api/survey/${link.token}/responses`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ answers }),
        });
        expect(reply.status).toBe(201);
      }

    // The report routes to a Balanced Scorecard on HR's word, and says what HR stated.
    await hr.goto(`${url}/campaigns/${campaignId}/report`);
    const verdict = hr.getByTestId('verdict');
    await verdict.waitFor();
    await expect(verdict.textContent()).resolves.toMatch(/Balanced Scorecard/);
    await openFullReport(hr);
    const checks = hr.locator('.verdict table.checks').first();
    const units = checks.getByRole('row', { name: /^Several business units/ });
    await expect(units.getByRole('cell').allTextContents()).resolves.toEqual([
      '2 to 4 (stated by HR)',
      '—',
      '—',
      'Barrier',
    ]);
    const stated = hr.getByRole('region', { name: 'What HR stated about the organization' });
    await expect(stated.getByTestId('stated-facts').textContent()).resolves.toContain('Partly');
    await hr.locator('.verdict').screenshot({ path: artifactPath('facts-05-report-verdict.png') });
    await stated.screenshot({ path: artifactPath('facts-06-report-stated.png') });
    expect(session.cspViolations).toEqual([]);
  });
});
