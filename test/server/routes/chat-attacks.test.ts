// Attacks on a campaign's chat channels through the real app and real HTTP: reading a webhook back (replies,
// refusals, stored data, errors, the server's own output), pointing the server somewhere else, learning a
// small group's count from what chat posts, racing changes against posts, malformed and foreign requests, and
// outrunning a platform's rate limit. Local receivers stand in for the platforms; an "echo" server of this
// file answers whatever a test tells it to, for the platform answers the receivers never give.

import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChatPlatform } from '../../../server/domain/chat/campaign-chat';
import { createSecretBox } from '../../../server/security/secret-box';
import { createClock, inviteAndAccept, as, storedText } from '../../fixtures/accounts';
import { expectProblem, setUpCampaign, startTestApp, submit, type TestApp } from '../../fixtures/test-app';
import { auditLines } from '../../fixtures/test-storage';
import { startChatReceivers, type ChatReceivers } from '../../support/chat-receivers';

let t: TestApp;
let receivers: ChatReceivers;
let echo: Echo;
let backgroundErrors: unknown[] = [];
const logged: string[] = [];

interface EchoAnswer {
  status: number;
  body: string;
  headers?: Record<string, string>;
  /** Never answer (for the time limit). */
  hang?: boolean;
}

interface Echo {
  host: string;
  /** Answers every request whose address contains `token` with `answer`. */
  answer(token: string, answer: EchoAnswer): void;
  hits(token: string): number;
  close(): Promise<void>;
}

async function startEcho(): Promise<Echo> {
  const answers = new Map<string, EchoAnswer>();
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const token = [...answers.keys()].find((k) => (req.url ?? '').includes(k));
      if (token === undefined) return void res.writeHead(404).end('Not Found');
      hits.set(token, (hits.get(token) ?? 0) + 1);
      const answer = answers.get(token)!;
      if (answer.hang) return;
      res.writeHead(answer.status, { 'Content-Type': 'text/plain', ...answer.headers });
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    answer: (token, answer) => void answers.set(token, answer),
    hits: (token) => hits.get(token) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

afterEach(async () => {
  vi.restoreAllMocks();
  await new Promise((resolve) => setTimeout(resolve, 30));
  await t.close();
  await receivers.close();
  await echo.close();
  backgroundErrors = [];
  logged.length = 0;
});

async function start(
  chat: {
    maxWaitMs?: number;
    timeoutMs?: number;
    now?: () => number;
    retryDelaysMs?: number[];
    extraHosts?: string[];
  } = {},
) {
  receivers = await startChatReceivers();
  echo = await startEcho();
  // Whatever the server writes to its console is kept, to look for secrets in it.
  for (const method of ['log', 'info', 'warn', 'error'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(
        args.map((a) => (a instanceof Error ? `${a.stack} ${String(a.cause)}` : String(a))).join(' '),
      );
    });
  }
  t = await startTestApp(
    undefined,
    {},
    {
      ...(chat.now ? { now: chat.now } : {}),
      onBackgroundError: (error) => backgroundErrors.push(error),
      chat: {
        secretBox: createSecretBox(randomBytes(32)),
        extraHosts: [receivers.host, echo.host, ...(chat.extraHosts ?? [])],
        retryDelaysMs: chat.retryDelaysMs ?? [20, 20],
        maxWaitMs: chat.maxWaitMs ?? 5_000,
        timeoutMs: chat.timeoutMs ?? 2_000,
      },
    },
  );
  receivers.setClock(t.deps.now());
}

const channelsPath = (campaignId: string) => `/api/campaigns/${campaignId}/chat/channels`;

async function addChannel(
  campaignId: string,
  platform: ChatPlatform,
  webhookUrl: string,
  extra: { label?: string; departmentId?: string | null; secret?: string | null } = {},
) {
  const reply = await t.call('POST', channelsPath(campaignId), {
    platform,
    label: extra.label ?? `${platform} group`,
    departmentId: extra.departmentId ?? null,
    invite: 'link',
    webhookUrl,
    ...(extra.secret ? { secret: extra.secret } : {}),
  });
  expect(reply.status).toBe(201);
  return reply.body.channel as { id: string; label: string };
}

async function addReceiver(
  campaignId: string,
  platform: ChatPlatform,
  label?: string,
  departmentId?: string,
) {
  const hook = receivers.add(platform);
  const channel = await addChannel(campaignId, platform, hook.webhookUrl, { label, departmentId });
  return { hook, channel };
}

/**
 * Starts a post (a test message when `channelId` is given), again when told the previous post is still going
 * out: a post reads finished a moment before its sender lets go of the campaign's chat.
 */
async function startPost(campaignId: string, kind: string, channelId?: string) {
  for (let i = 0; i < 100; i++) {
    const started = channelId
      ? await t.call('POST', `${channelsPath(campaignId)}/${channelId}/test`)
      : await t.call('POST', `/api/campaigns/${campaignId}/chat/posts`, { kind });
    if (started.status === 202) return;
    expect(started.body.code).toBe('chat.in-progress');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('The previous post never let go');
}

const pressTest = (campaignId: string, channelId: string) => startPost(campaignId, 'test', channelId);

async function finishedPost(campaignId: string) {
  for (let i = 0; i < 1000; i++) {
    const reply = await t.call('GET', `/api/campaigns/${campaignId}/chat/posts/latest`);
    expect(reply.status).toBe(200);
    if (reply.body.post?.finished) return reply.body.post;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('The post did not finish');
}

/** Everything an administrator, the operator or a backup could read after the fact, as one text. */
async function everythingReadable(campaignId: string): Promise<string> {
  const chat = await t.call('GET', `/api/campaigns/${campaignId}/chat`);
  const latest = await t.call('GET', `/api/campaigns/${campaignId}/chat/posts/latest`);
  const reminders = await t.call('GET', `/api/campaigns/${campaignId}/reminders`);
  return [
    JSON.stringify(chat.body),
    JSON.stringify(latest.body),
    JSON.stringify(reminders.body),
    await t.store.dump(),
    (await auditLines(t)).join('\n'),
    logged.join('\n'),
    backgroundErrors
      .map((e) => `${String(e)} ${(e as Error)?.stack} ${String((e as Error)?.cause)}`)
      .join('\n'),
  ].join('\n');
}

// Webhook addresses on the echo server, in each platform's shape, carrying `token`.
const echoUrl: Record<
  'slack' | 'wecom' | 'dingtalk' | 'feishu' | 'teams',
  (host: string, token: string) => string
> = {
  slack: (host, token) => `http://${host}/services/T0ECHO/B0ECHO/${token}`,
  wecom: (host, token) => `http://${host}/cgi-bin/webhook/send?key=${token}`,
  dingtalk: (host, token) => `http://${host}/robot/send?access_token=${token}`,
  feishu: (host, token) => `http://${host}/open-apis/bot/v2/hook/${token}`,
  teams: (host, token) =>
    `http://${host}/workflows/${token.slice(0, 32).padEnd(32, '0')}/triggers/manual/paths/invoke?api-version=1&sig=${token}`,
};

const newToken = () => randomBytes(16).toString('hex');

describe('reading a webhook back', () => {
  it.each([
    ['slack', (token: string) => ({ status: 404, body: `no_service ${token}` })],
    [
      'wecom',
      (token: string) => ({
        status: 200,
        body: `{"errcode":93000,"errmsg":"invalid webhook url, hint: [key=${token}]"}`,
      }),
    ],
    [
      'dingtalk',
      (token: string) => ({ status: 200, body: `{"errcode":300001,"errmsg":"token ${token} is not exist"}` }),
    ],
    [
      'feishu',
      (token: string) => ({ status: 400, body: `{"code":19001,"msg":"access token ${token} invalid"}` }),
    ],
    ['teams', (token: string) => ({ status: 401, body: `sig=${token} is not valid` })],
    [
      'slack',
      (token: string) => ({ status: 500, body: `upstream failed for /services/T0ECHO/B0ECHO/${token}` }),
    ],
  ] as const)(
    '%s: a platform error that quotes the webhook’s credential is never shown, stored or logged with it',
    async (platform, answer) => {
      await start();
      const { campaign } = await setUpCampaign(t);
      const token = newToken();
      echo.answer(token, answer(token));
      await addChannel(campaign.id, platform, echoUrl[platform](echo.host, token));
      await t.call('POST', `/api/campaigns/${campaign.id}/chat/posts`, { kind: 'announcement' });
      const post = await finishedPost(campaign.id);
      expect(post.deliveries[0].state).toBe('failed');
      expect(post.deliveries[0].error).toEqual(expect.any(String));
      expect(echo.hits(token)).toBeGreaterThan(0);
      expect(await everythingReadable(campaign.id)).not.toContain(token);
    },
  );

  it('a signing secret quoted back by the platform is never shown either', async () => {
    await start();
    const { campaign } = await setUpCampaign(t);
    const token = newToken();
    const secret = `SEC${randomBytes(24).toString('hex')}`;
    echo.answer(token, {
      status: 200,
      body: `{"errcode":310000,"errmsg":"sign not match for secret ${secret}"}`,
    });
    await addChannel(campaign.id, 'dingtalk', echoUrl.dingtalk(echo.host, token), { secret });
    await t.call('POST', `/api/campaigns/${campaign.id}/chat/posts`, { kind: 'announcement' });
    await finishedPost(campaign.id);
    const readable = await everythingReadable(campaign.id);
    expect(readable).not.toContain(secret);
    expect(readable).not.toContain(token);
  });

  it('no answer reads as such, without the address: refused is retried, timed out is maybe posted', async () => {
    // A port nobody listens on: one a server held for a moment and let go.
    const closed = await startEcho();
    const refusedHost = closed.host;
    await closed.close();
    await start({ timeoutMs: 200, extraHosts: [refusedHost] });
    const { campaign } = await setUpCampaign(t);
    const hanging = newToken();
    echo.answer(hanging, { status: 200, body: 'ok', hang: true });
    await addChannel(campaign.id, 'slack', echoUrl.slack(echo.host, hanging), { label: 'Hangs' });
    const refused = newToken();
    await addChannel(campaign.id, 'slack', echoUrl.slack(refusedHost, refused), { label: 'Refused' });
    await t.call('POST', `/api/campaigns/${campaign.id}/chat/posts`, { kind: 'announcement' });
    const post = await finishedPost(campaign.id);
    const byLabel = Object.fromEntries(post.deliveries.map((d: { label: string }) => [d.label, d]));
    // A request that timed out may have been posted: it is not sent again, and reads "maybe".
    expect(byLabel.Hangs).toMatchObject({ state: 'uncertain', attempts: 1 });
    expect(byLabel.Hangs.error).toMatch(/may have been posted/);
    expect(echo.hits(hanging)).toBe(1);
    // A refused connection never reached the platform: tried again, then failed.
    expect(byLabel.Refused).toMatchObject({ state: 'failed', attempts: 3 });
    expect(byLabel.Refused.error).toMatch(/ECONNREFUSED/);
    const readable = await everythingReadable(campaign.id);
    expect(readable).not.toContain(hanging);
    expect(readable).not.toContain(refused);
  });

  it.each([
    [
      'an address too long',
      (token: string) => ({
        webhookUrl: `https://hooks.slack.com/services/T0AAAA/B0BBBB/${token}${'a'.repeat(3000)}`,
      }),
    ],
    ['an address of a number', () => ({ webhookUrl: 12345 })],
    [
      'a secret too long',
      (token: string) => ({ platform: 'dingtalk', secret: `${token}${'b'.repeat(600)}` }),
    ],
    ['a secret of the wrong type', (token: string) => ({ platform: 'dingtalk', secret: [token] })],
    [
      'an address on another host',
      (token: string) => ({ webhookUrl: `https://evil.example/services/T0AAAA/B0BBBB/${token}` }),
    ],
    ['a platform unknown', (token: string) => ({ platform: `x${token}` })],
    ['an extra field', (token: string) => ({ webhook: token })],
    ['a label too long', (token: string) => ({ label: `${token}${'c'.repeat(100)}` })],
  ])('a refused add (%s) does not echo what was submitted', async (_, change) => {
    await start();
    const { campaign } = await setUpCampaign(t);
    const token = newToken();
    const before = await storedText(t);
    const reply = await t.call('POST', channelsPath(campaign.id), {
      platform: 'slack',
      label: 'Group',
      departmentId: null,
      invite: 'link',
      webhookUrl: `https://hooks.slack.com/services/T0AAAA/B0BBBB/${token}`,
      ...change(token),
    });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
    expect(reply.contentType).toMatch(/problem\+json/);
    expect(JSON.stringify(reply.body)).not.toContain(token);
    expect(await storedText(t)).toBe(before);
    expect(logged.join('\n')).not.toContain(token);
  });

  it('the OpenAPI document holds no webhook', async () => {
    await start();
    const doc = await t.call('GET', '/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(JSON.stringify(doc.body)).not.toMatch(/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B/);
  });
});

describe('pointing the server somewhere else', () => {
  it.each([
    ['an IP literal', 'slack', 'https://52.1.2.3/services/T0AAAA/B0BBBB/abcdefgh1234'],
    ['an IPv6 literal', 'slack', 'https://[::1]/services/T0AAAA/B0BBBB/abcdefgh1234'],
    [
      'userinfo before another host',
      'feishu',
      'https://open.feishu.cn@evil.example/open-apis/bot/v2/hook/abcdefgh',
    ],
    ['userinfo alone', 'slack', 'https://user:pw@hooks.slack.com/services/T0AAAA/B0BBBB/abcdefgh1234'],
    [
      'a fragment hiding the real host',
      'slack',
      'https://evil.example#@hooks.slack.com/services/T0AAAA/B0BBBB/abcdefgh1234',
    ],
    ['a backslash', 'slack', 'https://evil.example\\@hooks.slack.com/services/T0AAAA/B0BBBB/abcdefgh1234'],
    ['another port', 'slack', 'https://hooks.slack.com:8443/services/T0AAAA/B0BBBB/abcdefgh1234'],
    [
      'a trailing dot and suffix',
      'slack',
      'https://hooks.slack.com.evil.example/services/T0AAAA/B0BBBB/abcdefgh1234',
    ],
    ['a look-alike IDN host', 'slack', 'https://hooks.slаck.com/services/T0AAAA/B0BBBB/abcdefgh1234'],
    [
      'a host under the platform’s as a suffix',
      'dingtalk',
      'https://evil-oapi.dingtalk.com/robot/send?access_token=abcdefgh12345678',
    ],
    [
      'a Teams host ending like Azure',
      'teams',
      `https://logic.azure.com.evil.example/workflows/${'0'.repeat(32)}/triggers/manual/paths/invoke?api-version=1&sig=${'a'.repeat(30)}`,
    ],
    [
      'a Teams wildcard with a bad label',
      'teams',
      `https://a_b.logic.azure.com/workflows/${'0'.repeat(32)}/triggers/manual/paths/invoke?api-version=1&sig=${'a'.repeat(30)}`,
    ],
    ['plain http to the platform', 'feishu', 'http://open.feishu.cn/open-apis/bot/v2/hook/abcdefgh'],
    ['another scheme', 'feishu', 'ftp://open.feishu.cn/open-apis/bot/v2/hook/abcdefgh'],
    [
      'a dot-dot path out of the hook',
      'feishu',
      'https://open.feishu.cn/open-apis/bot/v2/hook/%2e%2e/%2e%2e/%2e%2e/admin',
    ],
    ['an extra host on another port', 'slack', 'http://127.0.0.1:1/services/T0AAAA/B0BBBB/abcdefgh1234'],
    [
      'the extra host’s IP under another name',
      'slack',
      'http://localhost:PORT/services/T0AAAA/B0BBBB/abcdefgh1234',
    ],
    ['a very long address', 'slack', `https://hooks.slack.com/services/T0AAAA/B0BBBB/${'a'.repeat(2100)}`],
  ] as const)('refuses %s and stores nothing', async (_, platform, webhookUrl) => {
    await start();
    const { campaign } = await setUpCampaign(t);
    const before = await storedText(t);
    const reply = await t.call('POST', channelsPath(campaign.id), {
      platform,
      label: 'Group',
      departmentId: null,
      invite: 'link',
      webhookUrl: webhookUrl.replace('PORT', receivers.host.split(':')[1]!),
    });
    expectProblem(reply, 422);
    expect(await storedText(t)).toBe(before);
  });

  it('accepts the platform’s host in capitals (it is the same host) and keeps it as the platform writes it', async () => {
    await start();
    const { campaign } = await setUpCampaign(t);
    const reply = await t.call('POST', channelsPath(campaign.id), {
      platform: 'slack',
      label: 'Group',
      departmentId: null,
      invite: 'link',
      webhookUrl: 'https://HOOKS.Slack.COM/services/T0AAAA/B0BBBB/abcdefgh1234',
    });
    expect(reply.status).toBe(201);
    expect(reply.body.channel.hint).toMatch(/^hooks\.slack\.com /);
  });

  it('does not follow a redirect: a webhook answering 302 to another group posts nothing there', async () => {
    await start();
    const { campaign } = await setUpCampaign(t);
    const target = receivers.add('slack');
    const token = newToken();
    echo.answer(token, { status: 302, body: '', headers: { Location: target.webhookUrl } });
    await addChannel(campaign.id, 'slack', echoUrl.slack(echo.host, token));
    await t.call('POST', `/api/campaigns/${campaign.id}/chat/posts`, { kind: 'announcement' });
    const post = await finishedPost(campaign.id);
    expect(post.deliveries[0]).toMatchObject({ state: 'failed' });
    expect(post.deliveries[0].error).toMatch(/302/);
    expect(receivers.received(target.token)).toEqual([]);
    expect(receivers.rejected(target.token)).toEqual([]);
  });
});

describe('learning a small group’s count', () => {
  it('never posts a figure the progress page withholds, whatever channels are set up (no subtraction)', async () => {
    await start();
    const { campaign, departmentId, tokenOf } = await setUpCampaign(t, {
      Sales: 10,
      Operations: 12,
      Finance: 8,
    });
    await submit(t, tokenOf('Sales'), 6);
    await submit(t, tokenOf('Operations'), 5);
    await submit(t, tokenOf('Finance'), 2);
    const hooks = {
      Sales: await addReceiver(campaign.id, 'slack', 'Sales', departmentId('Sales')),
      Operations: await addReceiver(campaign.id, 'wecom', 'Operations', departmentId('Operations')),
      Finance: await addReceiver(campaign.id, 'teams', 'Finance', departmentId('Finance')),
    };
    const all = await addReceiver(campaign.id, 'feishu', 'Everyone');
    const progress = await t.call('GET', `/api/campaigns/${campaign.id}/progress`);
    expect(progress.status).toBe(200);
    // Twice: a second reminder must not give away what the first held back.
    for (const round of [0, 1]) {
      await startPost(campaign.id, 'reminder');
      await finishedPost(campaign.id);
      for (const [name, { hook }] of Object.entries(hooks)) {
        expect(receivers.rejected(hook.token), name).toEqual([]);
        const posted = JSON.stringify(receivers.received(hook.token)[round]!.body);
        const shown = (
          progress.body.departments as { name: string; responses: number | null; headcount: number }[]
        ).find((d) => d.name === name)!;
        if (shown.responses === null) expect(posted).not.toMatch(/\d+ of \d+|\d+ ?%/);
        else expect(posted).toContain(`${shown.responses} of ${shown.headcount}`);
      }
      expect(JSON.stringify(receivers.received(all.hook.token)[round]!.body)).toContain(
        `${progress.body.responses} of ${progress.body.headcount}`,
      );
    }
    // The two shown beside the total would give Finance's 2 away: the page hides one, and so does chat.
    const shownCount = (progress.body.departments as { responses: number | null }[]).filter(
      (d) => d.responses !== null,
    );
    expect(shownCount.length).toBeLessThan(2);
  });

  it('a department merged into a reporting group is shown the group’s figure, never its own', async () => {
    await start();
    const setup = await setUpCampaign(t, { Tax: 4, Audit: 4, Sales: 10, Operations: 10 }, { open: false });
    const merged = await t.call('POST', `/api/campaigns/${setup.campaign.id}/reporting-groups`, {
      name: 'Finance',
      departmentIds: ['Tax', 'Audit'].map(setup.departmentId),
    });
    expect(merged.status).toBe(201);
    const opened = await t.call('POST', `/api/campaigns/${setup.campaign.id}/open`);
    expect(opened.status).toBe(200);
    const campaignId = setup.campaign.id;
    const campaign = opened.body;
    const tokenOf = (name: string) =>
      campaign.links.find((l: { departmentId: string | null }) => l.departmentId === setup.departmentId(name))
        .token as string;
    await submit(t, tokenOf('Tax'), 3);
    await submit(t, tokenOf('Audit'), 3);
    await submit(t, tokenOf('Sales'), 6);
    await submit(t, tokenOf('Operations'), 6);
    const tax = await addReceiver(campaignId, 'slack', 'Tax', setup.departmentId('Tax'));
    await startPost(campaignId, 'reminder');
    await finishedPost(campaignId);
    const progress = await t.call('GET', `/api/campaigns/${campaignId}/progress`);
    const finance = (progress.body.departments as { name: string; responses: number | null }[]).find(
      (d) => d.name === 'Finance',
    )!;
    const posted = JSON.stringify(receivers.received(tax.hook.token)[0]!.body);
    expect(posted).not.toMatch(/\b3 of 4\b/);
    expect(finance.responses).toBe(6);
    expect(posted).toContain('6 of 8 people in Finance');
  });

  it('the closing notice holds no figure the progress page withholds', async () => {
    await start();
    const { campaign, departmentId, tokenOf } = await setUpCampaign(t, { Sales: 10, Finance: 8 });
    await submit(t, tokenOf('Sales'), 6);
    await submit(t, tokenOf('Finance'), 2);
    const finance = await addReceiver(campaign.id, 'slack', 'Finance', departmentId('Finance'));
    const sales = await addReceiver(campaign.id, 'wecom', 'Sales', departmentId('Sales'));
    expect((await t.call('POST', `/api/campaigns/${campaign.id}/close`)).status).toBe(200);
    await t.call('POST', `/api/campaigns/${campaign.id}/chat/posts`, { kind: 'closing' });
    await finishedPost(campaign.id);
    for (const hook of [finance.hook, sales.hook]) {
      // With two groups and one below the minimum, the other's figure would give it away: neither is shown.
      expect(JSON.stringify(receivers.received(hook.token)[0]!.body)).not.toMatch(/\b[26] of\b/);
    }
  });
});

describe('racing changes against posts', () => {
  it('two adds of the same name at once: one is added, the other refused', async () => {
    await start();
    const { campaign } = await setUpCampaign(t);
    const replies = await Promise.all(
      [0, 1, 2].map(() =>
        t.call('POST', channelsPath(campaign.id), {
          platform: 'slack',
          label: 'Same',
          departmentId: null,
          invite: 'link',
          webhookUrl: receivers.add('slack').webhookUrl,
        }),
      ),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect((await t.call('GET', `/api/campaigns/${campaign.id}/chat`)).body.channels).toHaveLength(1);
  });

  it('a channel removed while its post waits to retry is not posted to after all', async () => {
    await start({ retryDelaysMs: [400, 400] });
    const { campaign } = await setUpCampaign(t);
    const { hook, channel } = await addReceiver(campaign.id, 'slack');
    receivers.failNext(hook.token, 'server-error', 1);
    await t.call('POST', `/api/campaigns/${campaign.id}/chat/posts`, { kind: 'announcement' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(receivers.rejected(hook.token)).toHaveLength(1);
    const removed = await t.call('DELETE', `${channelsPath(campaign.id)}/${channel.id}`);
    expect(removed.status).toBe(204);
    const post = await finishedPost(campaign.id);
    expect(receivers.received(hook.token)).toEqual([]);
    expect(post.deliveries[0].state).toBe('failed');
    expect(post.deliveries[0].error).toMatch(/removed/);
  });

  it('a channel added while a post goes out is not part of it, and the next post reaches it', async () => {
    await start({ retryDelaysMs: [200] });
    const { campaign } = await setUpCampaign(t);
    const first = await addReceiver(campaign.id, 'slack', 'First');
    receivers.failNext(first.hook.token, 'server-error', 1);
    await t.call('POST', `/api/campaigns/${campaign.id}/chat/posts`, { kind: 'announcement' });
    const late = await addReceiver(campaign.id, 'wecom', 'Late');
    const busy = await t.call('POST', `/api/campaigns/${campaign.id}/chat/posts`, { kind: 'reminder' });
    expectProblem(busy, 409);
    expect(busy.body.code).toBe('chat.in-progress');
    const post = await finishedPost(campaign.id);
    expect(post.deliveries.map((d: { label: string }) => d.label)).toEqual(['First']);
    expect(receivers.received(late.hook.token)).toEqual([]);
    await startPost(campaign.id, 'reminder');
    await finishedPost(campaign.id);
    expect(receivers.received(late.hook.token)).toHaveLength(1);
    expect(receivers.received(first.hook.token)).toHaveLength(2);
  });
});

describe('malformed and foreign requests', () => {
  it('answers every bad request with a 4xx problem and changes nothing', async () => {
    await start();
    const { campaign } = await setUpCampaign(t);
    const { channel } = await addReceiver(campaign.id, 'slack');
    const other = await setUpCampaign(t);
    const otherChannel = await addReceiver(other.campaign.id, 'wecom');
    const c = campaign.id;
    const huge = JSON.stringify({ kind: 'reminder', channelIds: ['x'.repeat(3_000_000)] });
    const cases: Array<[string, string, unknown, Record<string, string>?]> = [
      ['POST', channelsPath(c), '{not json'],
      ['POST', channelsPath(c), '[]'],
      ['POST', channelsPath(c), 'null'],
      ['POST', channelsPath(c), { platform: 'slack' }],
      [
        'POST',
        channelsPath(c),
        { platform: 'slack', label: 1, departmentId: null, invite: 'link', webhookUrl: 'x' },
      ],
      [
        'POST',
        channelsPath(c),
        { platform: 'slack', label: 'x', departmentId: 7, invite: 'link', webhookUrl: 'x' },
      ],
      [
        'POST',
        channelsPath(c),
        { platform: 'slack', label: 'x', departmentId: null, invite: 'sms', webhookUrl: 'x' },
      ],
      [
        'POST',
        channelsPath(c),
        { platform: 'slack', label: 'x', departmentId: '../x', invite: 'link', webhookUrl: 'x' },
      ],
      ['POST', channelsPath(c), huge],
      ['POST', `/api/campaigns/${c}/chat/posts`, '{'],
      ['POST', `/api/campaigns/${c}/chat/posts`, { kind: 'test' }],
      ['POST', `/api/campaigns/${c}/chat/posts`, { kind: 'reminder', channelIds: [] }],
      ['POST', `/api/campaigns/${c}/chat/posts`, { kind: 'reminder', channelIds: 'all' }],
      ['POST', `/api/campaigns/${c}/chat/posts`, { kind: 'reminder', channelIds: ['nope'] }],
      ['POST', `/api/campaigns/${c}/chat/posts`, { kind: 'reminder', channelIds: [otherChannel.channel.id] }],
      [
        'POST',
        `/api/campaigns/${c}/chat/posts`,
        { kind: 'reminder', channelIds: Array(31).fill(channel.id) },
      ],
      ['POST', `/api/campaigns/${c}/chat/posts`, huge],
      ['POST', `/api/campaigns/${c}/chat/channels/nope/test`, undefined],
      ['POST', `/api/campaigns/${c}/chat/channels/${otherChannel.channel.id}/test`, undefined],
      ['POST', `/api/campaigns/${c}/chat/channels/${'x'.repeat(65)}/test`, undefined],
      ['POST', `/api/campaigns/${c}/chat/channels/a%2F..%2Fb/test`, undefined],
      ['DELETE', `${channelsPath(c)}/nope`, undefined],
      ['DELETE', `${channelsPath(c)}/${otherChannel.channel.id}`, undefined],
      ['GET', '/api/campaigns/nope/chat', undefined],
      ['POST', '/api/campaigns/nope/chat/posts', { kind: 'reminder' }],
      [
        'POST',
        channelsPath('nope'),
        { platform: 'slack', label: 'x', departmentId: null, invite: 'link', webhookUrl: 'x' },
      ],
      ['GET', `/api/campaigns/${c}/chat/posts/latest`, undefined, { cookie: '' }],
      ['POST', `/api/campaigns/${c}/chat/posts`, { kind: 'reminder' }, { cookie: '' }],
    ];
    const before = await storedText(t);
    for (const [method, path, body, headers] of cases) {
      const reply = await t.call(method, path, body, headers);
      const where = `${method} ${path.slice(0, 120)} ${String(typeof body === 'string' ? body.slice(0, 40) : JSON.stringify(body)?.slice(0, 80))}`;
      expect(reply.status, where).toBeGreaterThanOrEqual(400);
      expect(reply.status, where).toBeLessThan(500);
      expect(reply.contentType, where).toMatch(/^application\/problem\+json/);
    }
    expect(await storedText(t)).toBe(before);
    expect(backgroundErrors).toEqual([]);
  });

  it('refuses readers and another organization’s administrator, and changes nothing', async () => {
    await start();
    const { campaign, organization } = await setUpCampaign(t);
    const { channel } = await addReceiver(campaign.id, 'slack');
    const executive = await inviteAndAccept(t, organization.id, {
      email: 'exec@example.com',
      role: 'executive',
    });
    const consultant = await inviteAndAccept(t, organization.id, {
      email: 'c@example.com',
      role: 'consultant',
    });
    const elsewhere = await setUpCampaign(t);
    const outsider = await inviteAndAccept(t, elsewhere.organization.id, {
      email: 'admin2@example.com',
      role: 'administrator',
    });
    const c = campaign.id;
    const hook = receivers.add('slack');
    const add = {
      platform: 'slack',
      label: 'Mine',
      departmentId: null,
      invite: 'link',
      webhookUrl: hook.webhookUrl,
    };
    const before = await storedText(t);
    for (const who of [executive, consultant, outsider]) {
      for (const [method, path, body] of [
        ['GET', `/api/campaigns/${c}/chat`, undefined],
        ['GET', `/api/campaigns/${c}/chat/posts/latest`, undefined],
        ['POST', channelsPath(c), add],
        ['DELETE', `${channelsPath(c)}/${channel.id}`, undefined],
        ['POST', `${channelsPath(c)}/${channel.id}/test`, undefined],
        ['POST', `/api/campaigns/${c}/chat/posts`, { kind: 'announcement' }],
      ] as const) {
        const reply = await t.call(method, path, body, as(who.cookie));
        expect([403, 404], `${who.email} ${method} ${path}`).toContain(reply.status);
        expect(reply.contentType).toMatch(/^application\/problem\+json/);
      }
    }
    expect(await storedText(t)).toBe(before);
    expect(receivers.received(hook.token)).toEqual([]);
  });
});

describe('outrunning a platform’s rate limit', () => {
  it('25 test messages to one DingTalk robot within a minute: never more than the platform allows, the rest refused with a reason', async () => {
    await start({ maxWaitMs: 500 });
    const { campaign } = await setUpCampaign(t);
    const { hook, channel } = await addReceiver(campaign.id, 'dingtalk');
    const results: { state: string; error: string | null }[] = [];
    for (let i = 0; i < 25; i++) {
      await pressTest(campaign.id, channel.id);
      results.push((await finishedPost(campaign.id)).deliveries[0]);
    }
    expect(receivers.rejected(hook.token)).toEqual([]);
    expect(receivers.received(hook.token).length).toBeLessThanOrEqual(20);
    expect(receivers.received(hook.token).length).toBe(results.filter((r) => r.state === 'sent').length);
    const refused = results.filter((r) => r.state === 'failed');
    expect(refused.length).toBeGreaterThanOrEqual(5);
    for (const r of refused) expect(r.error).toMatch(/limit/);
  });

  it('messages late in one minute and early in the next never make more than 20 in any minute', async () => {
    const clock = createClock();
    await start({ maxWaitMs: 500, now: clock.now });
    const { campaign } = await setUpCampaign(t);
    const { hook, channel } = await addReceiver(campaign.id, 'dingtalk');
    const press = async () => {
      await pressTest(campaign.id, channel.id);
      return (await finishedPost(campaign.id)).deliveries[0] as { state: string };
    };
    await press();
    clock.advance(59_000);
    receivers.setClock(clock.now());
    for (let i = 0; i < 19; i++) await press();
    clock.advance(1_500);
    receivers.setClock(clock.now());
    for (let i = 0; i < 20; i++) await press();
    // The platform's own count (a sliding minute) was never exceeded: it refused nothing.
    expect(receivers.rejected(hook.token)).toEqual([]);
  });
});
