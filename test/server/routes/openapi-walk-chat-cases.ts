// The walk's cases for the chat operations (openapi-walk-cases.ts spreads them in): each reaches its
// documented success through the real app, posting to the local platform receivers the walker started.

import { expect } from 'vitest';
import { setUpCampaign, type Reply, type TestApp } from '../../fixtures/test-app';
import type { WalkCase, Walker } from './openapi-walk-cases';

async function ok(reply: Promise<Reply>, status: number): Promise<Reply> {
  const r = await reply;
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r;
}

/** An open campaign with a signed Feishu channel for Sales and a Slack one for everyone. */
async function withChannels({ t, chat }: Walker) {
  const setup = await setUpCampaign(t, { Sales: 10, Operations: 12 });
  const channels = [];
  for (const [platform, departmentId] of [
    ['feishu', setup.departmentId('Sales')],
    ['slack', null],
  ] as const) {
    const hook = chat.add(platform, { sign: platform === 'feishu' });
    const added = await ok(
      t.call('POST', `/api/campaigns/${setup.campaign.id}/chat/channels`, {
        platform,
        label: `${platform} group`,
        departmentId,
        invite: 'link',
        webhookUrl: hook.webhookUrl,
        ...(hook.secret ? { secret: hook.secret } : {}),
      }),
      201,
    );
    channels.push(added.body.channel as { id: string });
  }
  return { ...setup, channels };
}

async function postFinished(t: TestApp, campaignId: string): Promise<Reply> {
  for (;;) {
    const latest = await t.call('GET', `/api/campaigns/${campaignId}/chat/posts/latest`);
    if (latest.body.post?.finished) return latest;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export const CHAT_WALK_CASES: Record<string, WalkCase> = {
  'get /campaigns/{id}/chat': async (w) => {
    const empty = await setUpCampaign(w.t);
    const none = await w.t.call('GET', `/api/campaigns/${empty.campaign.id}/chat`);
    const { campaign } = await withChannels(w);
    await ok(w.t.call('POST', `/api/campaigns/${campaign.id}/chat/posts`, { kind: 'announcement' }), 202);
    await postFinished(w.t, campaign.id);
    return [none, await w.t.call('GET', `/api/campaigns/${campaign.id}/chat`)];
  },
  'post /campaigns/{id}/chat/channels': async ({ t, chat }) => {
    const { campaign } = await setUpCampaign(t);
    const hook = chat.add('dingtalk', { sign: true });
    return t.call('POST', `/api/campaigns/${campaign.id}/chat/channels`, {
      platform: 'dingtalk',
      label: 'Everyone',
      departmentId: null,
      invite: 'access-code',
      webhookUrl: hook.webhookUrl,
      secret: hook.secret,
    });
  },
  'delete /campaigns/{id}/chat/channels/{channelId}': async (w) => {
    const { campaign, channels } = await withChannels(w);
    return w.t.call('DELETE', `/api/campaigns/${campaign.id}/chat/channels/${channels[1]!.id}`);
  },
  'post /campaigns/{id}/chat/channels/{channelId}/test': async (w) => {
    const { campaign, channels } = await withChannels(w);
    const started = await w.t.call(
      'POST',
      `/api/campaigns/${campaign.id}/chat/channels/${channels[0]!.id}/test`,
    );
    await postFinished(w.t, campaign.id);
    return started;
  },
  'post /campaigns/{id}/chat/posts': async (w) => {
    const { campaign } = await withChannels(w);
    const started = await w.t.call('POST', `/api/campaigns/${campaign.id}/chat/posts`, { kind: 'reminder' });
    await postFinished(w.t, campaign.id);
    return started;
  },
  'get /campaigns/{id}/chat/posts/latest': async (w) => {
    const { campaign } = await withChannels(w);
    const none = await w.t.call('GET', `/api/campaigns/${campaign.id}/chat/posts/latest`);
    await ok(w.t.call('POST', `/api/campaigns/${campaign.id}/chat/posts`, { kind: 'announcement' }), 202);
    return [none, await postFinished(w.t, campaign.id)];
  },
};
