// Surveying again in a real browser: from a campaign that has run, the owner makes the next wave in one step,
// sees what was copied, and opens the new draft, which asks the same departments with the same settings.

import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session';
import { callAsPage } from '../support/call-as-page';
import { artifactPath, hasChromium } from '../support/chromium';
import { createOwner } from './create-owner';

describe.skipIf(!hasChromium)('the next wave in the browser', () => {
  const session = useBrowserSession();

  const call = callAsPage(() => session.server.url);

  it('makes the next wave of a closed pilot with its staff list, and opens it', async () => {
    const url = session.server.url;
    const page = await session.newPage({ viewport: { width: 1280, height: 900 } });
    await createOwner(page, url);
    const acme = (
      await call(page, 'POST', '/api/organizations', {
        name: 'Acme',
        departments: [
          { name: 'Product', headcount: 8 },
          { name: 'Design', headcount: 6 },
          { name: 'Sales', headcount: 20 },
        ],
      })
    ).body;
    const ids = acme.departments.map((d: { id: string }) => d.id);
    const pilot = await call(page, 'POST', `/api/organizations/${acme.id}/campaigns`, {
      name: 'Pilot Q1',
      questionnaireId: 'readiness-okr-2',
      departmentIds: ids.slice(0, 2),
    });
    expect(pilot.status).toBe(201);
    const csv = 'email,department,name\nli@example.com,Product,Li\nma@example.com,Design,Ma\n';
    expect((await call(page, 'POST', `/api/campaigns/${pilot.body.id}/staff`, { csv })).status).toBe(201);
    expect((await call(page, 'POST', `/api/campaigns/${pilot.body.id}/open`)).status).toBe(200);
    expect((await call(page, 'POST', `/api/campaigns/${pilot.body.id}/close`)).status).toBe(200);

    await page.goto(`${url}/campaigns/${pilot.body.id}`);
    const section = page.getByRole('region', { name: 'Survey again: the next wave' });
    await section.waitFor();
    await expect(section.getByLabel('Name of the next wave').inputValue()).resolves.toBe(
      'Pilot Q1, next wave',
    );
    await section.getByLabel('Name of the next wave').fill('Pilot Q2');
    await section.getByRole('button', { name: 'Make the next wave' }).click();
    const made = section.getByTestId('next-wave-made');
    await made.getByText('“Pilot Q2” is ready as a draft.').waitFor();
    await expect(made.textContent()).resolves.toContain('2 people copied from the staff list.');
    await section.screenshot({ path: artifactPath('next-wave-made.png') });
    await made.getByRole('link', { name: 'Open it' }).click();
    await page.getByRole('heading', { name: 'Pilot Q2' }).waitFor();

    const next = (await call(page, 'GET', `/api/campaigns/${page.url().split('/').pop()}`)).body;
    expect(next.campaign).toMatchObject({
      status: 'draft',
      scope: 'departments',
      departmentIds: ids.slice(0, 2),
      previousWaveId: pilot.body.id,
    });
    expect(next.campaign.staffCounts).toEqual({ [ids[0]]: 1, [ids[1]]: 1 });

    // In Chinese the section keeps its meaning.
    await page.goto(`${url}/campaigns/${pilot.body.id}`);
    await page.getByRole('button', { name: '简体中文' }).click();
    const zh = page.getByRole('region', { name: '再次调研：下一轮' });
    await zh.waitFor();
    await expect(zh.getByLabel('下一轮名称').inputValue()).resolves.toBe('Pilot Q1（下一轮）');
  });
});
