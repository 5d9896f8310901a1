// A pilot campaign set up in a real browser: the owner asks two of three departments, and the report's
// first screen says it speaks for those two and not for the organization, in English and Chinese.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuestionnaire } from '../../server/domain/instrument/questionnaire';
import { answersAt } from '../fixtures/answers';
import { useBrowserSession } from '../support/browser-session';
import { callAsPage } from '../support/call-as-page';
import { artifactPath, hasChromium } from '../support/chromium';
import { createOwner } from './create-owner';

// The form offers the current questionnaire first.
const CURRENT = parseQuestionnaire(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../questionnaires/readiness-okr-2.json'), 'utf8')),
);

describe.skipIf(!hasChromium)('a campaign of chosen departments in the browser', () => {
  const session = useBrowserSession();

  const call = callAsPage(() => session.server.url);

  it('creates a pilot of two departments from the form, and its report says whom it speaks for', async () => {
    const url = session.server.url;
    const page = await session.newPage({ viewport: { width: 1280, height: 900 } });
    await createOwner(page, url);
    const acme = await call(page, 'POST', '/api/organizations', {
      name: 'Acme',
      departments: [
        { name: 'Product', headcount: 8 },
        { name: 'Design', headcount: 6 },
        { name: 'Sales', headcount: 20 },
      ],
    });
    expect(acme.status).toBe(201);
    await page.goto(`${url}/organizations/${acme.body.id}`);

    const form = page.getByRole('form', { name: 'New readiness campaign' });
    await form.getByLabel('Campaign name').fill('Pilot, first quarter');
    await form.getByLabel('Chosen departments only (a pilot, one division)').check();
    const choice = form.getByRole('group', { name: 'Chosen departments only (a pilot, one division)' });
    await choice.getByLabel('Design').check();
    await choice.getByLabel('Product').check();
    await form.screenshot({ path: artifactPath('scoped-campaign-form.png') });
    await form.getByRole('button', { name: 'Create campaign' }).click();
    await page.waitForURL(/\/campaigns\/[^/]+$/);
    const campaignId = page.url().split('/').pop()!;

    const created = (await call(page, 'GET', `/api/campaigns/${campaignId}`)).body;
    expect(created.campaign.scope).toBe('departments');
    expect(created.progress.departments.map((d: { name: string }) => d.name)).toEqual(['Product', 'Design']);
    expect((await call(page, 'POST', `/api/campaigns/${campaignId}/open`)).status).toBe(200);
    const opened = (await call(page, 'GET', `/api/campaigns/${campaignId}`)).body.campaign;
    const product = acme.body.departments.find((d: { name: string }) => d.name === 'Product').id;
    const design = acme.body.departments.find((d: { name: string }) => d.name === 'Design').id;
    for (const [departmentId, count] of [
      [product, 6],
      [design, 5],
    ] as const) {
      const token = opened.links.find(
        (l: { departmentId: string | null }) => l.departmentId === departmentId,
      ).token;
      for (let i = 0; i < count; i++) {
        const sent = await call(page, 'POST', `/api/survey/${token}/responses`, {
          answers: answersAt(4, CURRENT),
        });
        expect(sent.status, JSON.stringify(sent.body)).toBe(201);
      }
    }

    await page.goto(`${url}/campaigns/${campaignId}/report`);
    const scope = page.getByTestId('summary-scope');
    await scope.waitFor();
    await expect(scope.textContent()).resolves.toBe(
      'This survey asked Product, Design only. Its advice is for those departments, not for the whole organization.',
    );
    await page
      .getByRole('region', { name: 'In short' })
      .screenshot({ path: artifactPath('scoped-summary-en.png') });
    await page.getByRole('button', { name: '简体中文' }).click();
    await expect(page.getByTestId('summary-scope').textContent()).resolves.toBe(
      '本次调研只覆盖Product、Design，建议仅针对这些部门，不代表整个组织。',
    );
  });
});
