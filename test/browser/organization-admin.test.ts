// Everyday administration of organizations in a real browser: the owner loads the demo, closes its campaign,
// renames and re-counts a department (the closed campaign's report stays byte for byte the same), archives
// the campaign and takes it back, reads the organization page in Chinese, archives the organization and
// finds it among the archived on the start page, then deletes the demo's campaign and the organization,
// each once its name is typed. Screenshots of each step go to the artifacts folder.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from '../support/axe-check';
import { useBrowserSession } from '../support/browser-session';
import { artifactPath, hasChromium } from '../support/chromium';
import { createOwner } from './create-owner';

const shot = (page: Page, name: string) =>
  page.screenshot({ path: artifactPath(`organization-admin-${name}.png`), fullPage: true });

describe.skipIf(!hasChromium)('organization administration in the browser', () => {
  const session = useBrowserSession();

  it('edits departments without touching a closed report, archives, and deletes with the name typed', async () => {
    const url = session.server.url;
    const owner = await session.newPage();
    await createOwner(owner, url);
    await owner.getByRole('button', { name: 'Load the demo organization' }).click();
    await owner.waitForURL(/\/campaigns\/[^/]+\/report$/);
    const campaignId = new URL(owner.url()).pathname.split('/')[2]!;
    const reportJson = async () =>
      (await owner.request.get(`${url}/api/campaigns/${campaignId}/report`)).text();

    // The demo's campaign is open: it is closed first, from its page.
    await owner.goto(`${url}/campaigns/${campaignId}`);
    await owner.getByRole('button', { name: 'Close the campaign' }).click();
    await owner.getByText('This campaign is closed: no more answers are accepted.').first().waitFor();
    const before = await reportJson();
    expect(before).toContain('"Marketing"');

    await owner.getByRole('link', { name: 'Northwind Devices (demo)' }).first().click();
    await owner.getByRole('heading', { level: 1, name: 'Northwind Devices (demo)' }).waitFor();
    await owner.getByRole('button', { name: 'Edit the organization' }).click();
    const form = owner.getByRole('form', { name: 'Edit the organization and its departments' });
    await form.getByLabel('Department 2', { exact: true }).fill('Brand & Growth');
    await form.getByLabel('Headcount of department 2').fill('40');
    await form.getByRole('button', { name: 'Add a department' }).click();
    await form.getByLabel('Department 6', { exact: true }).fill('Customer Care');
    await form.getByLabel('Headcount of department 6').fill('9');
    await shot(owner, '01-edit-form');
    await expectNoSeriousViolations(owner, 'organization page, editing at 1280×900');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await owner.getByRole('cell', { name: 'Customer Care' }).waitFor();
    await owner.getByRole('cell', { name: 'Brand & Growth' }).waitFor();
    await shot(owner, '02-edited');

    // The closed campaign's report is the one read before, to the byte.
    expect(await reportJson()).toBe(before);

    await owner.getByRole('button', { name: 'Archive campaign Readiness baseline (demo)' }).click();
    await owner.getByText('Archived campaigns (1)').click();
    await owner.getByRole('button', { name: 'Take back campaign Readiness baseline (demo)' }).waitFor();
    await shot(owner, '03-campaign-archived');

    // The same page in Chinese, at phone width.
    const phone = await session.newPage({ viewport: { width: 390, height: 844 }, signedInLike: owner });
    await phone.goto(owner.url());
    await phone.locator('header').getByRole('group').getByRole('button', { name: '简体中文' }).click();
    await phone.getByRole('button', { name: '编辑组织' }).click();
    await phone.getByRole('form', { name: '编辑组织及其部门' }).waitFor();
    await phone.getByText('已归档的调查活动（1）').click();
    await phone.getByRole('button', { name: '删除调查活动“Readiness baseline (demo)”…' }).click();
    await phone.getByRole('form', { name: '永久删除“Readiness baseline (demo)”' }).waitFor();
    await shot(phone, '04-organization-zh-phone');
    await phone
      .getByRole('form', { name: '编辑组织及其部门' })
      .screenshot({ path: artifactPath('organization-admin-04a-editor-zh-phone.png') });
    await phone
      .locator('section', { has: phone.getByRole('heading', { name: '调查活动', exact: true }) })
      .screenshot({ path: artifactPath('organization-admin-04b-campaigns-zh-phone.png') });
    await expectNoSeriousViolations(phone, 'organization page in Chinese at 390×844');

    // Deleting the campaign asks for its exact name.
    await owner.getByRole('button', { name: 'Delete campaign Readiness baseline (demo)…' }).click();
    const confirm = owner.getByRole('form', { name: 'Delete "Readiness baseline (demo)" for good' });
    const typed = confirm.getByLabel('Type the name "Readiness baseline (demo)" to confirm');
    await typed.fill('Readiness baseline');
    await expect(confirm.getByRole('button', { name: 'Delete for good' }).isDisabled()).resolves.toBe(true);
    await typed.fill('Readiness baseline (demo)');
    await shot(owner, '05-confirm-campaign-deletion');
    await confirm.getByRole('button', { name: 'Delete for good' }).click();
    await owner.getByText('No campaign yet. Create one below to get survey links.').waitFor();
    expect((await owner.request.get(`${url}/api/campaigns/${campaignId}`)).status()).toBe(404);

    // Archived, the organization leaves the start page's list and is found among the archived.
    await owner.getByRole('button', { name: 'Archive the organization' }).click();
    await owner.getByRole('status').filter({ hasText: 'This organization was archived on' }).waitFor();
    await owner.goto(url);
    await owner.getByRole('heading', { name: 'New here?' }).waitFor();
    await owner.getByText('Archived organizations').click();
    await owner.getByRole('button', { name: 'Take back Northwind Devices (demo)' }).waitFor();
    await shot(owner, '06-home-archived');
    await expectNoSeriousViolations(owner, 'start page with archived organizations at 1280×900');
    await owner.getByRole('link', { name: 'Northwind Devices (demo)' }).click();

    await owner.getByRole('button', { name: 'Delete the organization…' }).click();
    const confirmOrganization = owner.getByRole('form', {
      name: 'Delete "Northwind Devices (demo)" for good',
    });
    await confirmOrganization
      .getByLabel('Type the name "Northwind Devices (demo)" to confirm')
      .fill('Northwind Devices (demo)');
    await shot(owner, '07-confirm-organization-deletion');
    await confirmOrganization.getByRole('button', { name: 'Delete for good' }).click();
    await owner.waitForURL(`${url}/`);
    await owner.getByText('Archived organizations').click();
    await owner.getByText('No organization is archived.').waitFor();
    expect(session.cspViolations).toEqual([]);
  });
});
