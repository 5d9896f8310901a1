// Workplace chat in a real browser against the real server and local receivers that check what Feishu and
// Slack check: HR adds a signed Feishu group robot for Sales and a Slack webhook for the whole campaign,
// sends Feishu a test message, posts the announcement and a reminder, and sees each channel's result; the
// Feishu card carries Sales' link and Slack's the campaign's; neither the webhook addresses nor the secret
// are in the page afterwards; and a Slack that keeps failing shows as failed, with Slack's own answer,
// beside a Feishu that was posted to.

import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session';
import { hasChromium } from '../support/chromium';
import { startChatReceivers, type ChatReceivers } from '../support/chat-receivers';
import { callApi, signUpOwner } from '../support/server-process';

const SHOTS = '/tmp/shots/chat';

/** One person per department: the campaign can open, and each department has its shared link. */
const STAFF = [
  'email,name,department',
  'ann@northwind.example,Ann,Sales',
  'bo@northwind.example,Bo,Engineering',
];

describe.skipIf(!hasChromium)('workplace chat channels in the browser', () => {
  let receivers: ChatReceivers;
  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    receivers = await startChatReceivers();
  });
  afterAll(async () => {
    await receivers?.close();
  });
  // Loopback receivers are allowed as webhook hosts; the embedded store keeps its own secrets key.
  const session = useBrowserSession({ env: () => ({ CHAT_WEBHOOK_HOSTS: receivers.host }) });

  async function openedCampaign() {
    const server = session.server;
    const cookie = await signUpOwner(server);
    const api = (method: string, path: string, body?: unknown) => callApi(server, cookie, method, path, body);
    const org = await api('POST', '/api/organizations', {
      name: 'Northwind Trading',
      departments: [
        { name: 'Sales', headcount: 12 },
        { name: 'Engineering', headcount: 15 },
      ],
    });
    const departmentId = (name: string) =>
      (org.body.departments as { id: string; name: string }[]).find((d) => d.name === name)!.id;
    const created = await api('POST', `/api/organizations/${org.body.id}/campaigns`, {
      name: 'Readiness 2027',
      questionnaireId: 'readiness-okr',
    });
    const id = created.body.id as string;
    expect((await api('POST', `/api/campaigns/${id}/staff`, { csv: STAFF.join('\n') })).status).toBe(201);
    expect((await api('POST', `/api/campaigns/${id}/open`)).status).toBe(200);
    const detail = await api('GET', `/api/campaigns/${id}`);
    const links = detail.body.campaign.links as { token: string; departmentId: string | null }[];
    const tokenOf = (departmentId: string | null) =>
      links.find((l) => l.departmentId === departmentId)!.token;
    const [name, value] = cookie.split('=') as [string, string];
    const page = await session.newPage();
    await page.context().addCookies([{ name, value, url: server.url }]);
    await page.goto(`${server.url}/campaigns/${id}`);
    return { page, salesLink: tokenOf(departmentId('Sales')), campaignLink: tokenOf(null) };
  }

  async function addChannel(
    chat: Locator,
    fields: { platform: string; name: string; group: string; webhookUrl: string; secret?: string },
  ) {
    await chat.getByLabel('Platform').selectOption(fields.platform);
    await chat.getByLabel('Name', { exact: true }).fill(fields.name);
    await chat.getByLabel('Posts into the group of').selectOption({ label: fields.group });
    await chat.getByLabel('Webhook address').fill(fields.webhookUrl);
    if (fields.secret !== undefined) {
      await chat.getByLabel('Signing secret (if you turned signing on)').fill(fields.secret);
    } else {
      await expect(chat.getByLabel('Signing secret (if you turned signing on)').count()).resolves.toBe(0);
    }
    await chat.getByRole('button', { name: 'Add channel' }).click();
    await chat.getByText(`Added “${fields.name}”.`, { exact: false }).waitFor();
    // The form keeps nothing of the address or the secret once the server has them.
    await expect(chat.getByLabel('Webhook address').inputValue()).resolves.toBe('');
  }

  /** Waits until the latest post's table shows each channel's result. */
  async function resultsShow(chat: Locator, expected: Record<string, string>) {
    const table = chat.getByRole('table', { name: 'Result per channel' });
    for (const [channel, state] of Object.entries(expected)) {
      await table
        .getByRole('row')
        .filter({ has: chat.page().getByRole('rowheader', { name: channel, exact: true }) })
        .getByText(state, { exact: true })
        .waitFor({ timeout: 30_000 });
    }
    return table;
  }

  const cardText = (received: { body: unknown }[]) => JSON.stringify(received.at(-1)?.body ?? null);

  it('adds a Feishu and a Slack channel, tests one, posts the announcement and a reminder, and shows a failure', async () => {
    const { page, salesLink, campaignLink } = await openedCampaign();
    const feishu = receivers.add('feishu', { sign: true });
    const slack = receivers.add('slack');
    expect(feishu.secret).not.toBeNull();

    const chat = page.getByRole('region', { name: 'Workplace chat' });
    await chat.getByText('No chat channels yet.').waitFor();
    await addChannel(chat, {
      platform: 'feishu',
      name: 'Sales group',
      group: 'Sales',
      webhookUrl: feishu.webhookUrl,
      secret: feishu.secret!,
    });
    await addChannel(chat, {
      platform: 'slack',
      name: 'Everyone',
      group: 'Whole campaign',
      webhookUrl: slack.webhookUrl,
    });
    const channels = chat.getByRole('table', { name: 'Chat channels' });
    const salesRow = channels.getByRole('row').filter({ hasText: 'Sales group' });
    await expect(salesRow.getByRole('cell').allInnerTexts()).resolves.toEqual([
      'Feishu',
      'Sales',
      'Shared link',
      expect.stringContaining(feishu.token.slice(-4)),
      'Yes',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      expect.stringContaining('Send test message'),
    ]);
    const slackRow = channels.getByRole('row').filter({ hasText: 'Everyone' });
    await expect(slackRow.getByRole('cell').nth(1).innerText()).resolves.toBe('Whole campaign');

    // A test message to Feishu only, signed as Feishu checks it.
    await chat.getByRole('button', { name: 'Send test message (Sales group)' }).click();
    await resultsShow(chat, { 'Sales group': 'Sent' });
    await chat.getByText(/^Test message, started /).waitFor();
    expect(receivers.received(feishu.token)).toHaveLength(1);
    expect(receivers.received(slack.token)).toHaveLength(0);
    expect(receivers.rejected(feishu.token)).toEqual([]);

    // The announcement: Sales' group gets Sales' link, the whole campaign's channel the campaign's.
    await chat.getByRole('button', { name: 'Post announcement' }).click();
    await chat.getByText(/^Announcement, started /).waitFor();
    await resultsShow(chat, { 'Sales group': 'Sent', Everyone: 'Sent' });
    await chat.getByText('Posted to 2 of 2 channels.').waitFor();
    expect(cardText(receivers.received(feishu.token))).toContain(`/s/${salesLink}`);
    expect(cardText(receivers.received(slack.token))).toContain(`/s/${campaignLink}`);
    expect(cardText(receivers.received(slack.token))).not.toContain(salesLink);
    await chat.screenshot({ path: `${SHOTS}/chat-01-announcement.png` });

    await chat.getByRole('button', { name: 'Post reminder' }).click();
    await chat.getByText(/^Reminder, started /).waitFor();
    await resultsShow(chat, { 'Sales group': 'Sent', Everyone: 'Sent' });
    await chat.getByText('Posted to 2 of 2 channels.').waitFor();
    expect(receivers.received(feishu.token)).toHaveLength(3);
    expect(receivers.received(slack.token)).toHaveLength(2);
    expect(receivers.rejected(feishu.token)).toEqual([]);
    expect(receivers.rejected(slack.token)).toEqual([]);

    await expectNothingSecret(page, [
      feishu.webhookUrl,
      slack.webhookUrl,
      feishu.secret!,
      feishu.token,
      slack.token,
    ]);

    // Chinese: the same section, in the reader's language.
    await page.locator('header').getByRole('group').getByRole('button', { name: '简体中文' }).click();
    const chatZh = page.getByRole('region', { name: '工作群聊' });
    await chatZh.getByText('已发到 2/2 个渠道。').waitFor();
    await chatZh.screenshot({ path: `${SHOTS}/chat-02-reminder-zh.png` });
    await page.locator('header').getByRole('group').getByRole('button', { name: 'English' }).click();

    // Slack answers every attempt with a server error: that channel fails with Slack's answer, Feishu is sent.
    receivers.failNext(slack.token, 'server-error', 5);
    await chat.getByRole('button', { name: 'Post reminder' }).click();
    const table = await resultsShow(chat, { 'Sales group': 'Sent', Everyone: 'Failed' });
    await chat.getByText('Posted to 1 of 2 channels.').waitFor();
    const failed = table.getByRole('row').filter({ hasText: 'Everyone' });
    const cells = await failed.getByRole('cell').allInnerTexts();
    expect(cells[0]).toBe('Slack');
    expect(Number(cells[2])).toBeGreaterThan(1);
    expect(cells[3]!.trim()).not.toBe('');
    await chat.screenshot({ path: `${SHOTS}/chat-03-failure.png` });
    await page.screenshot({ path: `${SHOTS}/chat-04-page.png`, fullPage: true });
    await expectNothingSecret(page, [
      feishu.webhookUrl,
      slack.webhookUrl,
      feishu.secret!,
      feishu.token,
      slack.token,
    ]);
    expect(session.cspViolations).toEqual([]);
  });
});

/** The page's HTML, form values included, holds none of the webhooks' addresses, tokens or secrets. */
async function expectNothingSecret(page: Page, secrets: string[]) {
  const html = await page.content();
  const values = await page
    .locator('input')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  for (const secret of secrets) {
    expect(html).not.toContain(secret);
    expect(values.join('\n')).not.toContain(secret);
  }
}
