// A campaign's chat channels through the real app and real HTTP: local receivers stand in for Feishu, Slack
// and the others (each checking the address, the signature and its window, the card's schema and its rate
// limit, and answering as the platform does). Webhooks are never shown or stored in the clear; posts reach
// each group once, with the group's own link and only the figures the disclosure rule allows.

import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatPlatform } from '../../../server/domain/chat/campaign-chat';
import { createSecretBox } from '../../../server/security/secret-box';
import { expectProblem, setUpCampaign, startTestApp, submit, type TestApp } from '../../fixtures/test-app';
import { auditLines } from '../../fixtures/test-storage';
import { startChatReceivers, type ChatReceivers } from '../../support/chat-receivers';

let t: TestApp;
let receivers: ChatReceivers;

afterEach(async () => {
  // Let a post in flight settle before its storage goes away.
  await new Promise((resolve) => setTimeout(resolve, 20));
  await t.close();
  await receivers.close();
});

async function start(chat: 'on' | 'no-key' = 'on') {
  receivers = await startChatReceivers();
  t = await startTestApp(
    undefined,
    {},
    {
      chat:
        chat === 'on'
          ? {
              secretBox: createSecretBox(randomBytes(32)),
              extraHosts: [receivers.host],
              retryDelaysMs: [20, 20],
              maxWaitMs: 5_000,
            }
          : { secretBox: null, extraHosts: [receivers.host] },
    },
  );
  // The receivers check signatures' timestamps against the app's clock, which tests pin.
  receivers.setClock(t.deps.now());
}

async function addChannel(
  campaignId: string,
  platform: ChatPlatform,
  extra: {
    label?: string;
    departmentId?: string | null;
    invite?: 'link' | 'access-code';
    sign?: boolean;
  } = {},
) {
  const hook = receivers.add(platform, { sign: extra.sign ?? false });
  const reply = await t.call('POST', `/api/campaigns/${campaignId}/chat/channels`, {
    platform,
    label: extra.label ?? `${platform} group`,
    departmentId: extra.departmentId ?? null,
    invite: extra.invite ?? 'link',
    webhookUrl: hook.webhookUrl,
    ...(hook.secret ? { secret: hook.secret } : {}),
  });
  expect(reply.status).toBe(201);
  return { hook, channel: reply.body.channel };
}

async function finishedPost(campaignId: string) {
  for (let i = 0; i < 500; i++) {
    const reply = await t.call('GET', `/api/campaigns/${campaignId}/chat/posts/latest`);
    expect(reply.status).toBe(200);
    if (reply.body.post?.finished) return reply.body.post;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('The post did not finish');
}

const text = (body: unknown) => JSON.stringify(body);

describe('adding chat channels', () => {
  it('keeps the webhook and the secret sealed: never answered, never stored or audited in the clear', async () => {
    await start();
    const { campaign, departmentId } = await setUpCampaign(t);
    const { hook, channel } = await addChannel(campaign.id, 'feishu', {
      departmentId: departmentId('Sales'),
      sign: true,
    });
    expect(channel).toMatchObject({ platform: 'feishu', signed: true, departmentId: departmentId('Sales') });
    expect(channel.hint).toBe(`${receivers.host} …${hook.webhookUrl.slice(-4)}`);
    const read = await t.call('GET', `/api/campaigns/${campaign.id}/chat`);
    expect(read.body.channels).toHaveLength(1);
    for (const shown of [text(channel), text(read.body)]) {
      expect(shown).not.toContain(hook.token);
      expect(shown).not.toContain(hook.secret);
    }
    const stored = await t.store.dump();
    expect(stored).not.toContain(hook.token);
    expect(stored).not.toContain(hook.secret);
    expect((await auditLines(t)).join('\n')).not.toContain(hook.token);
  });

  it.each([
    [
      'a host that is not the platform’s',
      'feishu',
      'https://example.com/open-apis/bot/v2/hook/abc',
      'chat.webhook-host',
    ],
    [
      'another platform’s address',
      'slack',
      'https://open.feishu.cn/open-apis/bot/v2/hook/abc',
      'chat.webhook-host',
    ],
    [
      'plain http to the platform',
      'wecom',
      'http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc',
      'chat.webhook-host',
    ],
    [
      'the platform’s host with another path',
      'dingtalk',
      'https://oapi.dingtalk.com/robot/other?access_token=x',
      'chat.webhook-shape',
    ],
    ['not an address at all', 'slack', 'hooks.slack.com/services/T1/B2/c3', 'chat.webhook-shape'],
  ] as const)('refuses %s and stores nothing', async (_, platform, webhookUrl, code) => {
    await start();
    const { campaign } = await setUpCampaign(t);
    const before = await t.store.dump();
    const reply = await t.call('POST', `/api/campaigns/${campaign.id}/chat/channels`, {
      platform,
      label: 'Group',
      departmentId: null,
      invite: 'link',
      webhookUrl,
    });
    expectProblem(reply, 422);
    expect(reply.body.code).toBe(code);
    expect(await t.store.dump()).toBe(before);
  });

  it.each([
    [
      'a secret for a platform that signs nothing',
      { platform: 'slack', secret: 's3cret' },
      422,
      'chat.secret-not-used',
    ],
    ['a department outside the campaign', { departmentId: 'nope' }, 422, 'chat.department-unknown'],
    ['an unknown platform', { platform: 'telegram' }, 422, undefined],
    ['an empty name', { label: '  ' }, 422, undefined],
    ['an extra field', { colour: 'red' }, 422, undefined],
  ] as const)('refuses %s', async (_, change, status, code) => {
    await start();
    const { campaign } = await setUpCampaign(t);
    const hook = receivers.add('slack');
    const reply = await t.call('POST', `/api/campaigns/${campaign.id}/chat/channels`, {
      platform: 'slack',
      label: 'Group',
      departmentId: null,
      invite: 'link',
      webhookUrl: hook.webhookUrl,
      ...change,
    });
    expectProblem(reply, status);
    if (code) expect(reply.body.code).toBe(code);
    expect((await t.call('GET', `/api/campaigns/${campaign.id}/chat`)).body.channels).toEqual([]);
  });

  it('refuses a second channel of the same name', async () => {
    await start();
    const { campaign } = await setUpCampaign(t);
    await addChannel(campaign.id, 'slack', { label: 'All staff' });
    const hook = receivers.add('wecom');
    const reply = await t.call('POST', `/api/campaigns/${campaign.id}/chat/channels`, {
      platform: 'wecom',
      label: 'all staff ',
      departmentId: null,
      invite: 'link',
      webhookUrl: hook.webhookUrl,
    });
    expectProblem(reply, 409);
    expect(reply.body.code).toBe('chat.label-taken');
  });

  it('refuses one group’s webhook added twice (every post would reach it twice), yet allows it in another campaign', async () => {
    await start();
    const first = await setUpCampaign(t);
    const { hook } = await addChannel(first.campaign.id, 'slack', { label: 'All staff' });
    const again = await t.call('POST', `/api/campaigns/${first.campaign.id}/chat/channels`, {
      platform: 'slack',
      label: 'Everyone, again',
      departmentId: null,
      invite: 'link',
      webhookUrl: hook.webhookUrl,
    });
    expectProblem(again, 409);
    expect(again.body.code).toBe('chat.webhook-taken');
    const second = await setUpCampaign(t);
    const elsewhere = await t.call('POST', `/api/campaigns/${second.campaign.id}/chat/channels`, {
      platform: 'slack',
      label: 'All staff',
      departmentId: null,
      invite: 'link',
      webhookUrl: hook.webhookUrl,
    });
    expect(elsewhere.status).toBe(201);
    expect(JSON.stringify(elsewhere.body)).not.toContain('fingerprint');
  });

  it('says chat is unavailable, and adds nothing, where the server has no key to seal webhooks with', async () => {
    await start('no-key');
    const { campaign } = await setUpCampaign(t);
    expect((await t.call('GET', `/api/campaigns/${campaign.id}/chat`)).body.available).toBe(false);
    const hook = receivers.add('slack');
    const reply = await t.call('POST', `/api/campaigns/${campaign.id}/chat/channels`, {
      platform: 'slack',
      label: 'Group',
      departmentId: null,
      invite: 'link',
      webhookUrl: hook.webhookUrl,
    });
    expectProblem(reply, 409);
    expect(reply.body.code).toBe('chat.no-secrets-key');
  });
});

describe('posting', () => {
  it('sends a signed test message that the platform accepts, and shows the result per channel', async () => {
    await start();
    const { campaign } = await setUpCampaign(t);
    const { hook, channel } = await addChannel(campaign.id, 'dingtalk', { sign: true });
    const started = await t.call('POST', `/api/campaigns/${campaign.id}/chat/channels/${channel.id}/test`);
    expect(started.status).toBe(202);
    const post = await finishedPost(campaign.id);
    expect(post).toMatchObject({ kind: 'test', state: 'finished' });
    expect(post.deliveries).toEqual([
      expect.objectContaining({ channelId: channel.id, state: 'sent', attempts: 1, error: null }),
    ]);
    expect(receivers.received(hook.token)).toHaveLength(1);
    expect(receivers.rejected(hook.token)).toEqual([]);
  });

  it('announces with each group’s own link, or the page for access codes, in the campaign’s languages', async () => {
    await start();
    const { campaign, departmentId, tokenOf, wideToken } = await setUpCampaign(t);
    const sales = await addChannel(campaign.id, 'feishu', {
      departmentId: departmentId('Sales'),
      sign: true,
    });
    const all = await addChannel(campaign.id, 'slack');
    const ops = await addChannel(campaign.id, 'wecom', {
      departmentId: departmentId('Operations'),
      invite: 'access-code',
    });
    const started = await t.call('POST', `/api/campaigns/${campaign.id}/chat/posts`, {
      kind: 'announcement',
    });
    expect(started.status).toBe(202);
    const post = await finishedPost(campaign.id);
    expect(post.deliveries.map((d: { state: string }) => d.state)).toEqual(['sent', 'sent', 'sent']);
    const [salesPost] = receivers.received(sales.hook.token);
    const [allPost] = receivers.received(all.hook.token);
    const [opsPost] = receivers.received(ops.hook.token);
    expect(text(salesPost!.body)).toContain(`/s/${tokenOf('Sales')}`);
    expect(text(salesPost!.body)).toContain('Sales');
    expect(text(allPost!.body)).toContain(`/s/${wideToken}`);
    expect(text(opsPost!.body)).toContain('/code');
    expect(text(opsPost!.body)).not.toContain('/s/');
    // Both languages the campaign runs in.
    expect(text(salesPost!.body)).toMatch(/[\u4e00-\u9fff]/);
    // The link posted opens the survey for that department.
    const opened = await t.call('GET', `/api/survey/${tokenOf('Sales')}`);
    expect(opened.status).toBe(200);
  });

  it('reminds with a group’s progress only when the rule allows it: never a figure for a group below the minimum', async () => {
    await start();
    const { campaign, departmentId, tokenOf } = await setUpCampaign(t, {
      Sales: 10,
      Operations: 12,
      Finance: 8,
    });
    await submit(t, tokenOf('Sales'), 6);
    await submit(t, tokenOf('Operations'), 5);
    await submit(t, tokenOf('Finance'), 2);
    const sales = await addChannel(campaign.id, 'slack', { departmentId: departmentId('Sales') });
    const finance = await addChannel(campaign.id, 'teams', { departmentId: departmentId('Finance') });
    const all = await addChannel(campaign.id, 'wecom');
    await t.call('POST', `/api/campaigns/${campaign.id}/chat/posts`, { kind: 'reminder' });
    await finishedPost(campaign.id);
    expect(text(receivers.received(sales.hook.token)[0]!.body)).toContain('6 of 10 people in Sales');
    const financeText = text(receivers.received(finance.hook.token)[0]!.body);
    expect(financeText).toContain('Every answer counts');
    expect(financeText).not.toMatch(/\b2 of\b|\b2\/8\b|25%/);
    expect(financeText).not.toMatch(/\d+ of \d+/);
    expect(text(receivers.received(all.hook.token)[0]!.body)).toContain('13 of 30 people');
  });

  it('retries a server error and a rate limit, and reports a setup error as the platform words it', async () => {
    await start();
    const { campaign } = await setUpCampaign(t);
    const flaky = await addChannel(campaign.id, 'slack', { label: 'Flaky' });
    const limited = await addChannel(campaign.id, 'wecom', { label: 'Limited' });
    const broken = await addChannel(campaign.id, 'feishu', { label: 'Broken', sign: true });
    receivers.failNext(flaky.hook.token, 'server-error', 1);
    receivers.failNext(limited.hook.token, 'rate-limit', 1);
    receivers.failNext(broken.hook.token, 'server-error', 5);
    await t.call('POST', `/api/campaigns/${campaign.id}/chat/posts`, { kind: 'announcement' });
    const post = await finishedPost(campaign.id);
    const byLabel = Object.fromEntries(post.deliveries.map((d: { label: string }) => [d.label, d]));
    expect(byLabel.Flaky).toMatchObject({ state: 'sent', attempts: 2 });
    expect(byLabel.Limited).toMatchObject({ state: 'sent', attempts: 2 });
    expect(byLabel.Broken).toMatchObject({ state: 'failed', attempts: 3 });
    expect(byLabel.Broken.error).toEqual(expect.any(String));
    expect(byLabel.Broken.error).not.toContain(broken.hook.token);
    expect(receivers.received(flaky.hook.token)).toHaveLength(1);
    expect(receivers.received(broken.hook.token)).toHaveLength(0);
  });

  it('refuses a post naming one channel twice, and plans a reminder nowhere without mail or chat', async () => {
    await start('no-key');
    const { campaign } = await setUpCampaign(t);
    const twice = await t.call('POST', `/api/campaigns/${campaign.id}/chat/posts`, {
      kind: 'announcement',
      channelIds: ['a1', 'a1'],
    });
    expectProblem(twice, 422, ['channelIds']);
    const planned = await t.call('POST', `/api/campaigns/${campaign.id}/reminders`, { afterDays: 3 });
    expectProblem(planned, 409);
    expect(planned.body.code).toBe('mailing.no-mail-server');
    const byChat = await t.call('POST', `/api/campaigns/${campaign.id}/reminders`, {
      afterDays: 3,
      via: ['chat'],
    });
    expect(byChat.body.code).toBe('chat.no-secrets-key');
  });

  it('gives up on a platform that keeps asking to wait, so the campaign’s chat is not held forever', async () => {
    await start();
    const { campaign } = await setUpCampaign(t);
    const limited = await addChannel(campaign.id, 'slack', { label: 'Always busy' });
    receivers.failNext(limited.hook.token, 'rate-limit', 50);
    await t.call('POST', `/api/campaigns/${campaign.id}/chat/posts`, { kind: 'announcement' });
    const post = await finishedPost(campaign.id);
    expect(post.deliveries[0]).toMatchObject({ state: 'failed', attempts: 3 });
    expect(
      (await t.call('POST', `/api/campaigns/${campaign.id}/chat/posts`, { kind: 'reminder' })).status,
    ).toBe(202);
  });

  it('posts once when two presses come at once: one starts, the other is told a post is going out', async () => {
    await start();
    const { campaign } = await setUpCampaign(t);
    const a = await addChannel(campaign.id, 'slack');
    const b = await addChannel(campaign.id, 'dingtalk', { sign: true });
    const replies = await Promise.all([
      t.call('POST', `/api/campaigns/${campaign.id}/chat/posts`, { kind: 'announcement' }),
      t.call('POST', `/api/campaigns/${campaign.id}/chat/posts`, { kind: 'announcement' }),
    ]);
    expect(replies.map((r) => r.status).sort()).toEqual([202, 409]);
    expect(replies.find((r) => r.status === 409)!.body.code).toBe('chat.in-progress');
    await finishedPost(campaign.id);
    expect(receivers.received(a.hook.token)).toHaveLength(1);
    expect(receivers.received(b.hook.token)).toHaveLength(1);
  });

  it('sends the closing notice only once the campaign has closed, without a link', async () => {
    await start();
    const { campaign } = await setUpCampaign(t);
    const all = await addChannel(campaign.id, 'teams');
    const early = await t.call('POST', `/api/campaigns/${campaign.id}/chat/posts`, { kind: 'closing' });
    expectProblem(early, 409);
    expect(early.body.code).toBe('chat.not-closed');
    expect((await t.call('POST', `/api/campaigns/${campaign.id}/close`)).status).toBe(200);
    const late = await t.call('POST', `/api/campaigns/${campaign.id}/chat/posts`, { kind: 'announcement' });
    expectProblem(late, 409);
    expect(
      (await t.call('POST', `/api/campaigns/${campaign.id}/chat/posts`, { kind: 'closing' })).status,
    ).toBe(202);
    await finishedPost(campaign.id);
    const [closing] = receivers.received(all.hook.token);
    expect(text(closing!.body)).toContain('closed');
    expect(text(closing!.body)).not.toContain('/s/');
  });

  it('reads a post cut short by a stop as interrupted: claimed channels maybe sent, the rest not, none sent again', async () => {
    await start();
    const { campaign } = await setUpCampaign(t);
    const a = await addChannel(campaign.id, 'slack');
    const b = await addChannel(campaign.id, 'wecom');
    // What a crash leaves: a post still sending, one channel claimed, the other not.
    await t.storage.chats.change(campaign.id, campaign.organizationId, (chat) => ({
      ...chat,
      posts: [
        {
          id: 'cut',
          kind: 'announcement',
          reminderId: null,
          startedAt: '2026-03-02T11:00Z',
          state: 'sending',
          deliveries: [
            {
              channelId: a.channel.id,
              label: 'a',
              platform: 'slack',
              state: 'claimed',
              attempts: 0,
              error: null,
              at: null,
            },
            {
              channelId: b.channel.id,
              label: 'b',
              platform: 'wecom',
              state: 'waiting',
              attempts: 0,
              error: null,
              at: null,
            },
          ],
        },
      ],
    }));
    const read = await t.call('GET', `/api/campaigns/${campaign.id}/chat/posts/latest`);
    expect(read.body.post).toMatchObject({ state: 'interrupted', finished: true });
    expect(read.body.post.deliveries.map((d: { state: string }) => d.state)).toEqual([
      'uncertain',
      'not-sent',
    ]);
    expect(receivers.received(a.hook.token)).toEqual([]);
    expect(
      (await t.call('POST', `/api/campaigns/${campaign.id}/chat/posts`, { kind: 'reminder' })).status,
    ).toBe(202);
    await finishedPost(campaign.id);
  });

  it('reports a channel whose webhook this server cannot open (another key) as failed, saying what to do', async () => {
    await start();
    const { campaign } = await setUpCampaign(t);
    const { hook } = await addChannel(campaign.id, 'slack');
    // What a restore under another SECRETS_KEY leaves: the sealed value no longer opens.
    await t.storage.chats.change(campaign.id, campaign.organizationId, (chat) => ({
      ...chat,
      channels: chat.channels.map((c) => ({ ...c, sealed: createSecretBox(randomBytes(32)).seal('x', 'y') })),
    }));
    await t.call('POST', `/api/campaigns/${campaign.id}/chat/posts`, { kind: 'announcement' });
    const post = await finishedPost(campaign.id);
    expect(post.state).toBe('finished');
    expect(post.deliveries[0]).toMatchObject({ state: 'failed' });
    expect(post.deliveries[0].error).toMatch(/remove the channel and add it again/);
    expect(receivers.received(hook.token)).toEqual([]);
  });

  it('answers 404 for a channel of another campaign, and nothing to a reader of another organization', async () => {
    await start();
    const first = await setUpCampaign(t);
    const { channel } = await addChannel(first.campaign.id, 'slack');
    const second = await setUpCampaign(t);
    const reply = await t.call(
      'POST',
      `/api/campaigns/${second.campaign.id}/chat/channels/${channel.id}/test`,
    );
    expectProblem(reply, 404);
    expect(reply.body.code).toBe('chat.no-such-channel');
    const removed = await t.call(
      'DELETE',
      `/api/campaigns/${second.campaign.id}/chat/channels/${channel.id}`,
    );
    expectProblem(removed, 404);
    expect((await t.call('GET', `/api/campaigns/${first.campaign.id}/chat`)).body.channels).toHaveLength(1);
  });

  it('forgets the channels with the campaign when it is deleted', async () => {
    await start();
    const { campaign } = await setUpCampaign(t);
    const { hook } = await addChannel(campaign.id, 'slack');
    expect((await t.call('POST', `/api/campaigns/${campaign.id}/close`)).status).toBe(200);
    const deleted = await t.call('DELETE', `/api/campaigns/${campaign.id}`, { confirmName: campaign.name });
    expect(deleted.status).toBe(200);
    expect(await t.storage.chats.get(campaign.id, campaign.organizationId)).toMatchObject({
      channels: [],
      posts: [],
    });
    expect(hook.token).toBeTruthy();
  });
});
