// Each adapter's requests, sent over HTTP to the local receivers that check what each platform checks: what
// the adapters send is taken, and what the platforms refuse (a wrong signature, an old timestamp, an unknown
// token, a message missing its fields, a missing keyword, too many posts) comes back in the platform's own
// answer, which the adapter reads as a setup error (no retry) or as "later" (retry).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_ADAPTERS, checkWebhookUrl } from '../../../server/chat/chat-platforms';
import type { WebhookRequest } from '../../../server/chat/chat-platform';
import type { ChatPlatform } from '../../../server/domain/chat/campaign-chat';
import type { ChatMessage } from '../../../server/domain/chat/chat-message';
import { startChatReceivers, type ChatReceivers } from '../../support/chat-receivers';

const message: ChatMessage = {
  title: 'Staff survey / 员工调查',
  sections: [
    { language: 'en', title: 'Staff survey', paragraphs: ['Please answer by Friday. <b>*Thanks*</b>'] },
    { language: 'zh-cn', title: '员工调查', paragraphs: ['请在周五前作答。'] },
  ],
  action: { label: 'Open the survey / 打开调查', url: 'https://survey.example.com/s/abc?d=1&x=2' },
};

const PLATFORMS: ChatPlatform[] = ['feishu', 'lark', 'dingtalk', 'wecom', 'slack', 'teams'];
const SIGNING: ChatPlatform[] = ['feishu', 'lark', 'dingtalk'];
const HOUR = 3_600_000;

let receivers: ChatReceivers;
beforeAll(async () => {
  receivers = await startChatReceivers();
});
afterAll(async () => {
  await receivers.close();
});

async function post(request: WebhookRequest) {
  const res = await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.text() };
}

/** Sends `message` (or a raw body) through the platform's adapter and reads the answer with it. */
async function send(
  platform: ChatPlatform,
  hook: { webhookUrl: string; secret: string | null },
  options: { secret?: string | null; now?: number; body?: object } = {},
) {
  const adapter = CHAT_ADAPTERS[platform];
  const secret = options.secret === undefined ? hook.secret : options.secret;
  const request = adapter.request({ url: hook.webhookUrl, secret }, message, options.now ?? Date.now());
  if (options.body) request.body = JSON.stringify(options.body);
  const answer = await post(request);
  return { answer, outcome: adapter.outcome(answer.status, answer.retryAfter, answer.body) };
}

describe('what the adapters send is taken', () => {
  const cases = [...PLATFORMS.map((p) => [p, false] as const), ...SIGNING.map((p) => [p, true] as const)];
  it.each(cases)('%s (signed: %s)', async (platform, sign) => {
    const hook = receivers.add(platform, { sign });
    expect(hook.secret !== null).toBe(sign);
    expect(checkWebhookUrl(platform, hook.webhookUrl, [receivers.host])).toMatchObject({ ok: true });
    const { answer, outcome } = await send(platform, hook);
    expect(outcome, answer.body).toEqual({ ok: true });
    const received = receivers.received(hook.token);
    expect(received).toHaveLength(1);
    expect(JSON.stringify(received[0]?.body)).toContain('请在周五前作答。');
    expect(receivers.rejected(hook.token)).toEqual([]);
  });

  it('a keyword the robot requires is found in the card', async () => {
    for (const platform of ['feishu', 'dingtalk'] as const) {
      const hook = receivers.add(platform, { keyword: 'survey' });
      expect((await send(platform, hook)).outcome).toEqual({ ok: true });
    }
  });
});

describe('what the platforms refuse reads as a setup error', () => {
  it.each(SIGNING)('%s: signed with the wrong secret', async (platform) => {
    const hook = receivers.add(platform, { sign: true });
    const { outcome } = await send(platform, hook, { secret: `${hook.secret}x` });
    expect(outcome).toMatchObject({ ok: false, retry: false });
    expect(outcome.ok ? '' : outcome.error).toMatch(
      platform === 'dingtalk' ? /^310000 sign not match/ : /^19021 /,
    );
    expect(receivers.received(hook.token)).toEqual([]);
  });

  it.each(SIGNING)('%s: not signed when the robot asks for a signature', async (platform) => {
    const hook = receivers.add(platform, { sign: true });
    expect((await send(platform, hook, { secret: null })).outcome).toMatchObject({ ok: false, retry: false });
  });

  it.each(SIGNING)('%s: a timestamp two hours old (right secret)', async (platform) => {
    const hook = receivers.add(platform, { sign: true });
    const { outcome } = await send(platform, hook, { now: Date.now() - 2 * HOUR });
    expect(outcome).toMatchObject({ ok: false, retry: false });
    expect(outcome.ok ? '' : outcome.error).toMatch(
      platform === 'dingtalk' ? /^310000 invalid timestamp/ : /^19021 /,
    );
  });

  it.each(SIGNING)('%s: a timestamp 59 minutes away is still inside the window', async (platform) => {
    const hook = receivers.add(platform, { sign: true });
    expect((await send(platform, hook, { now: Date.now() - 59 * 60_000 })).outcome).toEqual({ ok: true });
  });

  const unknown: Record<ChatPlatform, RegExp> = {
    feishu: /^19001 /,
    lark: /^19001 /,
    dingtalk: /^300001 token is not exist$/,
    wecom: /^93000 invalid webhook url/,
    slack: /^HTTP 404 no_service$/,
    teams: /^HTTP 404 WorkflowNotFound/,
  };
  it.each(PLATFORMS)('%s: a token the platform does not know', async (platform) => {
    const hook = receivers.add(platform);
    const other = receivers.add(platform);
    const forged = {
      webhookUrl: hook.webhookUrl.replace(
        hook.token,
        hook.token.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')),
      ),
      secret: null,
    };
    expect(forged.webhookUrl).not.toBe(hook.webhookUrl);
    const { outcome } = await send(platform, forged);
    expect(outcome).toMatchObject({ ok: false, retry: false });
    expect(outcome.ok ? '' : outcome.error).toMatch(unknown[platform]);
    expect(receivers.received(other.token)).toEqual([]);
  });

  it('teams: the right workflow with a wrong sig', async () => {
    const hook = receivers.add('teams');
    const forged = { webhookUrl: hook.webhookUrl.replace(/sig=.{4}/, 'sig=AAAA'), secret: null };
    const { outcome } = await send('teams', forged);
    expect(outcome).toMatchObject({ ok: false, retry: false });
    expect(outcome.ok ? '' : outcome.error).toMatch(/^HTTP 401 /);
    expect(receivers.rejected(hook.token)).toHaveLength(1);
  });

  const incomplete: Record<ChatPlatform, [object, RegExp]> = {
    feishu: [{ msg_type: 'interactive' }, /^9499 Bad Request$/],
    lark: [{ msg_type: 'interactive', card: { elements: [{ tag: 'div' }] } }, /^9499 Bad Request$/],
    dingtalk: [{ msgtype: 'actionCard', actionCard: { title: 'x' } }, /^40035 /],
    wecom: [{ msgtype: 'markdown', markdown: {} }, /^44004 empty content$/],
    slack: [{ blocks: [{ type: 'header' }] }, /^HTTP 400 invalid_blocks$/],
    teams: [{ type: 'message' }, /^HTTP 400 InvalidRequestContent/],
  };
  it.each(PLATFORMS)('%s: a message missing its required fields', async (platform) => {
    const hook = receivers.add(platform);
    const [body, error] = incomplete[platform];
    const { outcome } = await send(platform, hook, { body });
    expect(outcome).toMatchObject({ ok: false, retry: false });
    expect(outcome.ok ? '' : outcome.error).toMatch(error);
    expect(receivers.rejected(hook.token)).toHaveLength(1);
  });

  it('slack: no text at all', async () => {
    const hook = receivers.add('slack');
    const { outcome } = await send('slack', hook, { body: { username: 'x' } });
    expect(outcome).toMatchObject({ ok: false, retry: false, error: 'HTTP 400 no_text' });
  });

  it.each(['feishu', 'dingtalk'] as const)('%s: the required keyword missing', async (platform) => {
    const hook = receivers.add(platform, { keyword: '问卷星' });
    const { outcome } = await send(platform, hook);
    expect(outcome).toMatchObject({ ok: false, retry: false });
    expect(outcome.ok ? '' : outcome.error).toMatch(platform === 'dingtalk' ? /^310000 keywords/ : /^19024 /);
  });

  it('a body that is not JSON, or not sent as JSON', async () => {
    const hook = receivers.add('dingtalk');
    const request = CHAT_ADAPTERS.dingtalk.request(
      { url: hook.webhookUrl, secret: null },
      message,
      Date.now(),
    );
    const answer = await post({ ...request, headers: { 'Content-Type': 'text/plain' } });
    expect(CHAT_ADAPTERS.dingtalk.outcome(answer.status, null, answer.body)).toMatchObject({
      ok: false,
      retry: false,
      error: '43004 无效的HTTP HEADER Content-Type',
    });
    const slack = receivers.add('slack');
    const broken = await post({
      url: slack.webhookUrl,
      headers: { 'Content-Type': 'application/json' },
      body: '{',
    });
    expect(broken).toMatchObject({ status: 400, body: 'invalid_payload' });
  });
});

describe('rate limits and outages read as "try later"', () => {
  const limited: Record<ChatPlatform, RegExp> = {
    feishu: /^11232 /,
    lark: /^11232 /,
    dingtalk: /^130101 /,
    wecom: /^45009 /,
    slack: /^HTTP 429 /,
    teams: /^HTTP 429 /,
  };
  it.each(PLATFORMS)('%s: the rate-limit answer, then a post goes through', async (platform) => {
    const hook = receivers.add(platform);
    receivers.failNext(hook.token, 'rate-limit');
    const { outcome } = await send(platform, hook);
    expect(outcome).toMatchObject({ ok: false, retry: true });
    expect(outcome.ok ? '' : outcome.error).toMatch(limited[platform]);
    expect((await send(platform, hook)).outcome).toEqual({ ok: true });
  });

  it.each(PLATFORMS)('%s: a server error and a bad gateway', async (platform) => {
    const hook = receivers.add(platform);
    receivers.failNext(hook.token, 'server-error');
    receivers.failNext(hook.token, 'bad-gateway');
    const first = (await send(platform, hook)).outcome;
    expect(first).toMatchObject({ ok: false, retry: true });
    expect(first.ok ? '' : first.error).toMatch(/^HTTP 500( |$)/);
    const second = (await send(platform, hook)).outcome;
    expect(second).toMatchObject({ ok: false, retry: true });
    expect(second.ok ? '' : second.error).toBe('HTTP 502');
    expect((await send(platform, hook)).outcome).toEqual({ ok: true });
  });

  it.each([
    ['dingtalk', 20, /^130101 /],
    ['wecom', 20, /^45009 /],
    ['slack', 60, /^HTTP 429 rate_limited$/],
  ] as const)(
    '%s: the post after %i in a minute is refused until the minute has passed',
    async (platform, limit, error) => {
      const hook = receivers.add(platform);
      const start = Date.UTC(2026, 0, 15, 9, 0, 0);
      receivers.setClock(start);
      try {
        for (let i = 0; i < limit; i++) {
          receivers.setClock(start + i * 1000);
          expect((await send(platform, hook)).outcome).toEqual({ ok: true });
        }
        receivers.setClock(start + 50_000);
        const { outcome } = await send(platform, hook);
        expect(outcome).toMatchObject({ ok: false, retry: true });
        expect(outcome.ok ? '' : outcome.error).toMatch(error);
        if (platform === 'slack') expect(outcome.ok ? 0 : outcome.retryAfterMs).toBe(10_000);
        receivers.setClock(start + 60_001);
        expect((await send(platform, hook)).outcome).toEqual({ ok: true });
      } finally {
        receivers.setClock(null);
      }
    },
  );

  it('feishu: more than five in a second is refused', async () => {
    const hook = receivers.add('feishu');
    receivers.setClock(Date.UTC(2026, 0, 15, 9, 0, 0));
    try {
      for (let i = 0; i < 5; i++) expect((await send('feishu', hook)).outcome).toEqual({ ok: true });
      expect((await send('feishu', hook)).outcome).toMatchObject({ ok: false, retry: true });
    } finally {
      receivers.setClock(null);
    }
  });
});
