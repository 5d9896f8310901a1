// @vitest-environment jsdom
// The chat section as an administrator uses it against the real app: a server without a secrets key says so
// and offers no form; a channel added keeps nothing of its address or secret in the page; without a mail
// server, reminders are planned for the chat channels.

import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import type { AppDeps } from '../../../../server/app-deps';
import { loadQuestionnaires } from '../../../../server/load-questionnaires';
import { createHeldMailer } from '../../../fixtures/held-mailer';
import { setUpCampaign, startTestApp, type TestApp } from '../../../fixtures/test-app';
import { closePage, renderPage } from '../../../support/render-page';

let t: TestApp;
afterEach(async () => {
  closePage();
  await t?.close();
});

const FEISHU_HOOK = 'https://open.feishu.cn/open-apis/bot/v2/hook/2f1e7c4a-9b1d-4c55-8e2a-6d0b3f9a1c7e';
const FEISHU_SECRET = 'mKf0Xc3TnQ2pLr8vYw1Z';

async function chatSection(
  overrides: Partial<Omit<AppDeps, 'storage'>> = {},
  prepare: (campaignId: string) => Promise<void> = async () => undefined,
) {
  t = await startTestApp(
    await loadQuestionnaires(join(import.meta.dirname, '../../../../questionnaires')),
    {},
    overrides,
  );
  const { campaign } = await setUpCampaign(t, { Sales: 10, Operations: 12 });
  await prepare(campaign.id);
  const page = renderPage(t, `/campaigns/${campaign.id}`, t.ownerCookie);
  const section = within(await screen.findByRole('region', { name: 'Workplace chat' }));
  return { campaign, page, section };
}

it('says the server cannot keep webhook addresses secret, and offers no form, without a secrets key', async () => {
  const { section } = await chatSection({ chat: { secretBox: null, extraHosts: [] } });
  expect(await section.findByText(/cannot keep webhook addresses secret yet/)).toBeDefined();
  expect(section.queryByRole('button', { name: 'Add channel' })).toBeNull();
});

it('adds a signed Feishu channel for a department and keeps neither its address nor its secret', async () => {
  const { campaign, page, section } = await chatSection();
  const user = userEvent.setup();
  await user.selectOptions(await section.findByLabelText('Platform'), 'slack');
  // Slack webhooks take no secret: there is no field for one.
  expect(section.queryByLabelText('Signing secret (if you turned signing on)')).toBeNull();
  await user.selectOptions(section.getByLabelText('Platform'), 'feishu');
  await user.type(section.getByLabelText('Name'), 'Sales group');
  await user.selectOptions(section.getByLabelText('Posts into the group of'), 'Sales');
  await user.type(section.getByLabelText('Webhook address'), FEISHU_HOOK);
  await user.type(section.getByLabelText('Signing secret (if you turned signing on)'), FEISHU_SECRET);
  await user.click(section.getByRole('button', { name: 'Add channel' }));

  const row = within(await section.findByRole('row', { name: /Sales group/ }));
  expect(row.getByText('Feishu')).toBeDefined();
  expect(row.getByText('Sales')).toBeDefined();
  expect(row.getByText('open.feishu.cn …1c7e')).toBeDefined();
  expect(page.sent('POST', `/api/campaigns/${campaign.id}/chat/channels`).map((r) => r.body)).toEqual([
    {
      platform: 'feishu',
      label: 'Sales group',
      departmentId: expect.any(String),
      invite: 'link',
      webhookUrl: FEISHU_HOOK,
      secret: FEISHU_SECRET,
    },
  ]);
  expect((section.getByLabelText('Webhook address') as HTMLInputElement).value).toBe('');
  expect(
    (section.getByLabelText('Signing secret (if you turned signing on)') as HTMLInputElement).value,
  ).toBe('');
  expect(document.body.innerHTML).not.toContain(FEISHU_SECRET);
  expect(document.body.innerHTML).not.toContain('2f1e7c4a');
});

it('plans reminders for the chat channels when there is no mail server', async () => {
  const { campaign, page, section } = await chatSection();
  const user = userEvent.setup();
  await user.type(await section.findByLabelText('Name'), 'Everyone');
  await user.selectOptions(section.getByLabelText('Platform'), 'slack');
  await user.type(
    section.getByLabelText('Webhook address'),
    'https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX',
  );
  await user.click(section.getByRole('button', { name: 'Add channel' }));
  const plan = within(await section.findByRole('region', { name: 'Planned reminders' }));
  expect(
    plan.getByText('Reminders are posted in the chat channels: no mail server is set up.'),
  ).toBeDefined();
  await user.click(plan.getByRole('button', { name: 'Add to the plan' }));
  expect(await plan.findByText('(in chat)')).toBeDefined();
  expect(page.sent('POST', `/api/campaigns/${campaign.id}/reminders`).map((r) => r.body)).toEqual([
    { afterDays: 3, via: ['chat'] },
  ]);
});

it('offers email and chat for a planned reminder where both can reach people, and sends the ways ticked', async () => {
  const held = createHeldMailer();
  const { campaign, page } = await chatSection(
    { mail: { mailer: held.mailer, perMinute: 0 } },
    async (campaignId) => {
      const added = await t.call('POST', `/api/campaigns/${campaignId}/chat/channels`, {
        platform: 'wecom',
        label: 'Everyone',
        departmentId: null,
        invite: 'link',
        webhookUrl:
          'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7d1e-4bc4-97a0-0ec2b1fa5a0e',
      });
      expect(added.status).toBe(201);
    },
  );
  // The plan under the emailed invitations asks the server which ways there are.
  const sending = within(await screen.findByRole('region', { name: 'Invitations and reminders' }));
  const plan = within(await sending.findByRole('region', { name: 'Planned reminders' }));
  const user = userEvent.setup();
  await user.click(await plan.findByRole('checkbox', { name: 'Email' }));
  expect((plan.getByRole('checkbox', { name: 'Chat' }) as HTMLInputElement).checked).toBe(true);
  await user.click(plan.getByRole('button', { name: 'Add to the plan' }));
  expect(await plan.findByText('(in chat)')).toBeDefined();
  await user.click(plan.getByRole('checkbox', { name: 'Chat' }));
  await user.click(plan.getByRole('button', { name: 'Add to the plan' }));
  expect(await plan.findByText('Choose email, chat or both.')).toBeDefined();
  expect(page.sent('POST', `/api/campaigns/${campaign.id}/reminders`).map((r) => r.body)).toEqual([
    { afterDays: 3, via: ['chat'] },
  ]);
  held.releaseAll();
});

it('offers chat in the emailed reminders’ plan as soon as a channel is added, without a reload', async () => {
  const held = createHeldMailer();
  const { section } = await chatSection({ mail: { mailer: held.mailer, perMinute: 0 } });
  const sending = within(await screen.findByRole('region', { name: 'Invitations and reminders' }));
  const plan = within(await sending.findByRole('region', { name: 'Planned reminders' }));
  await plan.findByRole('button', { name: 'Add to the plan' });
  expect(plan.queryByRole('checkbox', { name: 'Chat' })).toBeNull();
  const user = userEvent.setup();
  await user.type(await section.findByLabelText('Name'), 'Everyone');
  await user.selectOptions(section.getByLabelText('Platform'), 'slack');
  await user.type(
    section.getByLabelText('Webhook address'),
    'https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX',
  );
  await user.click(section.getByRole('button', { name: 'Add channel' }));
  expect(await plan.findByRole('checkbox', { name: 'Chat' })).toBeDefined();
  held.releaseAll();
});
