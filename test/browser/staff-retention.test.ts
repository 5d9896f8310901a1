// Tracking and a staff list's retention in a real browser against the real server: a campaign answered
// through personal links and access codes shows each way's counts apart, closes, and its staff list is
// erased at once by the administrator typing the campaign's name. The tracking figures and the report read
// the same afterwards, and a personal link then leads to no survey.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session';
import { hasChromium } from '../support/chromium';
import { callApi, signUpOwner } from '../support/server-process';
import { scoreable } from '../fixtures/answers';

const SHOTS = '/tmp/shots/retention';

/** The campaign page's section under a heading, as the reader sees its text. */
const sectionText = (page: Page, heading: string) => page.getByRole('region', { name: heading }).innerText();

describe.skipIf(!hasChromium)('tracking and staff-list retention in the browser', () => {
  const session = useBrowserSession();

  it('shows answers by the way they came, erases the list for good and leaves every figure as it was', async () => {
    const server = session.server;
    const cookie = await signUpOwner(server);
    const api = (method: string, path: string, body?: unknown) => callApi(server, cookie, method, path, body);

    const org = await api('POST', '/api/organizations', {
      name: 'Northwind Trading',
      departments: [
        { name: 'Sales', headcount: 12 },
        { name: 'Operations', headcount: 8 },
      ],
    });
    const departmentId = (name: string) =>
      (org.body.departments as { id: string; name: string }[]).find((d) => d.name === name)!.id;
    const created = await api('POST', `/api/organizations/${org.body.id}/campaigns`, {
      name: 'Readiness 2027',
      questionnaireId: 'readiness-okr',
    });
    const id = created.body.id as string;
    expect((await api('POST', `/api/campaigns/${id}/open`)).status).toBe(200);
    // Codes for three Sales people without email, then the list of everyone with one.
    const codes = await api('POST', `/api/campaigns/${id}/access-codes`, {
      departmentId: departmentId('Sales'),
      count: 3,
    });
    for (const code of codes.body.codes as string[])
      expect((await api('POST', `/api/survey/${code}/responses`, { answers: scoreable() })).status).toBe(201);
    const csv = [
      'email,name,department',
      ...Array.from({ length: 8 }, (_, i) => `sales${i + 1}@northwind.example,Sales Person ${i + 1},Sales`),
      ...Array.from({ length: 6 }, (_, i) => `ops${i + 1}@northwind.example,Ops Person ${i + 1},Operations`),
    ].join('\n');
    expect((await api('POST', `/api/campaigns/${id}/staff`, { csv })).status).toBe(201);
    const merge = await fetch(`${server.url}/api/campaigns/${id}/mail-merge`, {
      method: 'POST',
      headers: { origin: server.url, cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'invitation' }),
    });
    const links = [
      ...(await merge.text()).matchAll(/([a-z0-9]+@northwind\.example).*?\/s\/([A-Za-z0-9_-]+)/g),
    ].map((m) => ({ email: m[1]!, token: m[2]! }));
    expect(links).toHaveLength(14);
    for (const { email, token } of links) {
      if (/^sales[78]@/.test(email)) continue;
      expect((await fetch(`${server.url}/api/survey/${token}`)).status).toBe(200);
      if (email === 'ops1@northwind.example') continue;
      expect((await api('POST', `/api/survey/${token}/responses`, { answers: scoreable() })).status).toBe(
        201,
      );
    }

    const admin = await session.newPage();
    await admin.context().addCookies([{ name: 'gw_session', value: cookie.split('=')[1]!, url: server.url }]);
    await admin.goto(`${server.url}/campaigns/${id}`);
    const tracking = admin.getByRole('region', { name: 'Response tracking' });
    await tracking.getByRole('columnheader', { name: 'Access codes and shared links' }).waitFor();
    await tracking.screenshot({ path: `${SHOTS}/01-tracking-en.png` });
    await expect(sectionText(admin, 'Response tracking')).resolves.toContain(
      '14 personal invitations: 12 opened, 11 answered.',
    );
    // Once open, no empty "Opens on (optional)" field is left.
    await expect(admin.getByText('Opens on (optional)').count()).resolves.toBe(0);

    // Closing schedules the erasure; the staff section says when.
    await admin.getByRole('button', { name: 'Close the campaign' }).click();
    const staff = admin.getByRole('region', { name: 'Staff list' });
    await staff.getByText(/This list will be erased on \d{4}-\d{2}-\d{2}, 90 days after/).waitFor();
    await staff.screenshot({ path: `${SHOTS}/02-staff-scheduled-en.png` });
    const trackingBefore = await sectionText(admin, 'Response tracking');
    const reportBefore = await api('GET', `/api/campaigns/${id}/report`);
    expect(reportBefore.status).toBe(200);

    await staff.getByRole('button', { name: 'Erase the list now' }).click();
    await staff.getByRole('textbox', { name: 'Campaign name' }).fill('Readiness 2027');
    await staff.screenshot({ path: `${SHOTS}/03-staff-confirm-en.png` });
    await staff.getByRole('button', { name: 'Erase for good' }).click();
    await staff.getByText(/This list was erased on \d{4}-\d{2}-\d{2}/).waitFor();
    await staff.screenshot({ path: `${SHOTS}/04-staff-erased-en.png` });
    await expect(staff.getByText('sales1@northwind.example').count()).resolves.toBe(0);

    await expect(sectionText(admin, 'Response tracking')).resolves.toBe(trackingBefore);
    expect(JSON.stringify((await api('GET', `/api/campaigns/${id}/report`)).body)).toBe(
      JSON.stringify(reportBefore.body),
    );
    const audit = await api('GET', `/api/campaigns/${id}/staff-retention`);
    expect(audit.body.state).toBe('erased');

    // The person who never answered finds no survey behind their link any more.
    const late = await session.newPage();
    await late.goto(`${server.url}/s/${links.find((l) => l.email === 'sales8@northwind.example')!.token}`);
    await late.getByText('There is no survey at this link.', { exact: false }).waitFor();

    // The same page in Chinese, and at phone width.
    await admin.locator('header').getByRole('group').getByRole('button', { name: '简体中文' }).click();
    await admin
      .getByRole('region', { name: '员工名单' })
      .getByText(/这份名单已于/)
      .waitFor();
    await admin.getByRole('region', { name: '回复进度' }).screenshot({ path: `${SHOTS}/05-tracking-zh.png` });
    await admin
      .getByRole('region', { name: '员工名单' })
      .screenshot({ path: `${SHOTS}/06-staff-erased-zh.png` });
    await admin
      .getByRole('region', { name: '设置' })
      .screenshot({ path: `${SHOTS}/07-settings-closed-zh.png` });
    const phone = await session.newPage({ viewport: { width: 390, height: 844 }, signedInLike: admin });
    await phone.goto(`${server.url}/campaigns/${id}`);
    // The language chosen travels with the signed-in browser.
    await phone.getByRole('region', { name: '回复进度' }).waitFor();
    await phone.screenshot({ path: `${SHOTS}/08-campaign-phone-zh.png`, fullPage: true });
    await phone
      .getByRole('region', { name: '回复进度' })
      .screenshot({ path: `${SHOTS}/09-tracking-phone-zh.png` });
    expect(session.cspViolations).toEqual([]);
  });
});
