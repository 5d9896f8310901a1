// Mailings that survive a restart, and planned reminders, in a real browser against the real server and a
// real SMTP server on loopback: invitations to 20 people at 10 a minute, the server killed (SIGKILL) while
// the second batch waits its turn, started again on the same data; the page shows the mailing interrupted
// with how far it got, Resume sends the other 10 and nobody twice; then reminders are planned (some days
// after the invitations, and on a date), shown with when they fall due, in English and Chinese, and removed.

import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, hasChromium, launchChromium } from '../support/chromium';
import {
  callApi,
  makeDataDir,
  signUpOwner,
  startServer,
  type ServerProcess,
} from '../support/server-process';
import { startTestSmtpServer, type TestSmtpServer } from '../support/test-smtp-server';

const SHOTS = '/tmp/shots/mailing';
const PEOPLE = 20;

function staffCsv(): string {
  const rows = Array.from(
    { length: PEOPLE },
    (_, i) => `person${i + 1}@northwind.example,Person ${i + 1},Sales`,
  );
  return ['email,name,department', ...rows].join('\n');
}

describe.skipIf(!hasChromium)('mailings across a restart, and planned reminders, in the browser', () => {
  let smtp: TestSmtpServer;
  let server: ServerProcess;
  let browser: Browser;
  let dataDir: string;
  const env = () => ({ SMTP_URL: smtp.url, MAIL_PER_MINUTE: '10' });

  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    await mkdir(SHOTS, { recursive: true });
    smtp = await startTestSmtpServer();
    dataDir = await makeDataDir();
    server = await startServer({ dataDir, env: env() });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  async function pageAs(cookie: string, width = 1280): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    return page;
  }

  it('resumes an invitation mailing a killed server left half sent, then plans and removes reminders', async () => {
    const cookie = await signUpOwner(server);
    const api = (method: string, path: string, body?: unknown) => callApi(server, cookie, method, path, body);
    const org = await api('POST', '/api/organizations', {
      name: 'Northwind Trading',
      departments: [{ name: 'Sales', headcount: 30 }],
    });
    const campaign = (
      await api('POST', `/api/organizations/${org.body.id}/campaigns`, {
        name: 'Readiness 2027',
        questionnaireId: 'readiness-okr',
      })
    ).body;
    expect((await api('POST', `/api/campaigns/${campaign.id}/staff`, { csv: staffCsv() })).status).toBe(201);
    expect((await api('POST', `/api/campaigns/${campaign.id}/open`)).status).toBe(200);
    expect((await api('POST', `/api/campaigns/${campaign.id}/mailings`, { kind: 'invitation' })).status).toBe(
      202,
    );

    // The first ten go at once; the next ten wait a minute for the rate limit, and the server dies meanwhile.
    await smtp.waitForMessages(10);
    await expect
      .poll(async () => (await api('GET', `/api/campaigns/${campaign.id}/mailings/latest`)).body.mailing.sent)
      .toBe(10);
    await server.stop('SIGKILL');
    server = await startServer({ dataDir, env: env() });

    // On a loaded machine the rate limit's minute can pass between reading 10 and the kill, so an 11th may
    // have gone; and a read shows an outcome a moment before it is on disk, so the kill may leave the tenth
    // with the mail server, counted "may have gone out" rather than sent. The page must say what the
    // restarted server recorded, however it splits.
    const after = (await api('GET', `/api/campaigns/${campaign.id}/mailings/latest`)).body.mailing;
    const recorded = after.sent as number;
    expect(recorded + after.uncertain).toBeGreaterThanOrEqual(10);
    expect(recorded + after.uncertain).toBeLessThan(PEOPLE);
    const admin = await pageAs(cookie);
    await admin.goto(`${server.url}/campaigns/${campaign.id}`);
    const sending = admin.getByRole('region', { name: 'Invitations and reminders' });
    await sending
      .getByText(`Sending invitations stopped when the server was restarted: ${recorded} of 20 sent.`)
      .waitFor();
    await sending
      .getByText(new RegExp(`^${PEOPLE - recorded - after.uncertain} (people|person) still to send to\\.$`))
      .waitFor();
    await sending.screenshot({ path: `${SHOTS}/01-interrupted.png` });

    await sending.getByRole('button', { name: 'Resume sending' }).click();
    // One left with the mail server by the kill stays "may have gone out", never sent again.
    await sending
      .getByText(`Invitations sent: ${PEOPLE - after.uncertain} of 20.`)
      .waitFor({ timeout: 15_000 });
    const recipients = smtp.messages.map((m) => m.to[0]);
    expect(recipients).toHaveLength(PEOPLE);
    expect(new Set(recipients).size).toBe(PEOPLE);

    // Plan two reminders: three days after the invitations, and on a day ten days from now.
    const plan = sending.getByRole('region', { name: 'Planned reminders' });
    await plan.getByText('No reminders are planned.').waitFor();
    await plan.getByRole('spinbutton', { name: 'Days' }).fill('3');
    await plan.getByRole('button', { name: 'Add to the plan' }).click();
    await plan.getByText(/^3 days after the invitations — due /).waitFor();
    await plan.getByRole('radio', { name: 'On a date (at 9:00 your time)' }).check();
    const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await plan.getByLabel('Date', { exact: true }).fill(inTenDays);
    await plan.getByRole('button', { name: 'Add to the plan' }).click();
    await plan.getByText(/^On .* — not sent yet$/).waitFor();
    await plan.getByText(/^Next reminder: /).waitFor();
    await sending.screenshot({ path: `${SHOTS}/02-plan.png` });

    await admin.locator('header').getByRole('group').getByRole('button', { name: '简体中文' }).click();
    const sendingZh = admin.getByRole('region', { name: '邀请与提醒' });
    await sendingZh
      .getByRole('region', { name: '计划中的提醒' })
      .getByText(/^邀请发出 3 天后：预定 /)
      .waitFor();
    await sendingZh.screenshot({ path: `${SHOTS}/03-plan-zh.png` });
    await admin.locator('header').getByRole('group').getByRole('button', { name: 'English' }).click();

    await plan.getByRole('button', { name: 'Remove the reminder 3 days after the invitations' }).click();
    await expect.poll(() => plan.getByText(/^3 days after the invitations/).count()).toBe(0);
    const stored = await api('GET', `/api/campaigns/${campaign.id}/reminders`);
    expect(stored.body.reminders).toHaveLength(1);
    expect(stored.body.reminders[0]).toMatchObject({ afterDays: null, state: 'planned' });

    const phone = await pageAs(cookie, 390);
    await phone.goto(`${server.url}/campaigns/${campaign.id}`);
    const phoneSending = phone.getByRole('region', { name: 'Invitations and reminders' });
    await phoneSending
      .getByRole('region', { name: 'Planned reminders' })
      .getByText(/^Next reminder: /)
      .waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'the page is no wider than the phone').toBeLessThanOrEqual(0);
    await phoneSending.screenshot({ path: `${SHOTS}/04-plan-phone.png` });
  });
});
