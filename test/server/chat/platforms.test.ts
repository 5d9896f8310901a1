// The chat platforms' adapters: their signatures checked against values worked out apart from them, the
// cards they build (every language's text, the link as a button, hostile text kept inert, long text shortened
// to the platform's limits), how they read each platform's answers, and which webhook addresses are accepted.

import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CHAT_ADAPTERS, checkWebhookUrl, webhookHint } from '../../../server/chat/chat-platforms';
import type { WebhookOutcome } from '../../../server/chat/chat-platform';
import { dingtalkSign } from '../../../server/chat/platforms/dingtalk';
import { feishuSign } from '../../../server/chat/platforms/feishu';
import type { ChatPlatform } from '../../../server/domain/chat/campaign-chat';
import type { ChatMessage } from '../../../server/domain/chat/chat-message';

const message: ChatMessage = {
  title: 'Staff survey / 员工调查',
  sections: [
    {
      language: 'en',
      title: 'Staff survey',
      paragraphs: ['Please answer by Friday.', 'It takes ten minutes.'],
    },
    { language: 'zh-cn', title: '员工调查', paragraphs: ['请在周五前作答。', '大约需要十分钟。'] },
  ],
  action: { label: 'Open the survey / 打开调查', url: 'https://survey.example.com/s/abc?d=1&x=2' },
};

const URLS: Record<ChatPlatform, string> = {
  feishu: 'https://open.feishu.cn/open-apis/bot/v2/hook/2f6e1a3c-9b0d-4e7a-8c1f-5d2b7a9e0c41',
  lark: 'https://open.larksuite.com/open-apis/bot/v2/hook/2f6e1a3c-9b0d-4e7a-8c1f-5d2b7a9e0c41',
  dingtalk: `https://oapi.dingtalk.com/robot/send?access_token=${'a1b2c3d4'.repeat(8)}`,
  wecom: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7a0c-4bc4-97a0-0ec2f1fa5aaa',
  slack: 'https://hooks.slack.com/services/T01ABCDEF/B02GHIJKL/abcdEFGHijklMNOPqrstUVWX',
  teams:
    'https://prod-27.westeurope.logic.azure.com:443/workflows/0123456789abcdef0123456789abcdef/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde',
};
const PLATFORMS = Object.keys(URLS) as ChatPlatform[];

const NOW = Date.UTC(2026, 0, 15, 9, 30, 0);

function build(platform: ChatPlatform, m: ChatMessage = message, secret: string | null = null) {
  const request = CHAT_ADAPTERS[platform].request({ url: URLS[platform], secret }, m, NOW);
  return { request, body: JSON.parse(request.body) as Record<string, any> };
}

/** Every string in a JSON value, for "does the card say this" checks. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(strings)
      : [];

describe('signatures', () => {
  // Neither Feishu's nor DingTalk's documentation publishes a worked example with its expected signature (Feishu's
  // gives the timestamp 1599360473 as an example, without a result), so the expected values below were computed
  // with the OpenSSL command line, apart from this code:
  //   printf '' | openssl dgst -sha256 -hmac "$(printf '1599360473\ndemo-secret-for-tests')" -binary | base64
  //   printf '1577836800000\nthis is secret' | openssl dgst -sha256 -hmac 'this is secret' -binary | base64
  it.each([
    ['demo-secret-for-tests', 1599360473, 'yXY1odLWMW4GXjv3q2YQQtb+h92WpORPeaMkRTvqrUU='],
    ['中文密钥', 1599360473, 'mCqmki6VxZO//klNCCTlblq6NgMaDc8q/r5IaX8kSLI='],
  ])('Feishu: secret %s at %i signs as OpenSSL computes it', (secret, timestamp, expected) => {
    expect(feishuSign(secret, timestamp)).toBe(expected);
    // Step by step: the key is "timestamp\nsecret", the message is empty.
    const key = Buffer.from(`${timestamp}\n${secret}`, 'utf8');
    expect(createHmac('sha256', key).update(Buffer.alloc(0)).digest('base64')).toBe(expected);
  });

  it('DingTalk: "this is secret" at 1577836800000 signs as OpenSSL computes it', () => {
    const expected = 'fFV9t5lBS7KH4+5B0JjR99ab+AJkXFauQXycgTkS/tc=';
    expect(dingtalkSign('this is secret', 1577836800000)).toBe(expected);
    // Step by step: the key is the secret, the message "timestamp\nsecret".
    const mac = createHmac('sha256', Buffer.from('this is secret', 'utf8'));
    expect(mac.update(Buffer.from('1577836800000\nthis is secret', 'utf8')).digest('base64')).toBe(expected);
  });

  it('Feishu and Lark carry the timestamp in seconds, as a string, and the signature in the body', () => {
    for (const platform of ['feishu', 'lark'] as const) {
      const { body, request } = build(platform, message, 'demo-secret-for-tests');
      const seconds = Math.floor(NOW / 1000);
      expect(body.timestamp).toBe(String(seconds));
      expect(body.sign).toBe(
        createHmac('sha256', `${seconds}\ndemo-secret-for-tests`).update('').digest('base64'),
      );
      expect(request.url).toBe(URLS[platform]);
    }
    expect(build('feishu').body.sign).toBeUndefined();
  });

  it('DingTalk appends the millisecond timestamp and the URL-encoded signature to the address', () => {
    const { request } = build('dingtalk', message, 'this is secret');
    const url = new URL(request.url);
    expect(url.searchParams.get('access_token')).toBe('a1b2c3d4'.repeat(8));
    expect(url.searchParams.get('timestamp')).toBe(String(NOW));
    const sign = createHmac('sha256', 'this is secret').update(`${NOW}\nthis is secret`).digest('base64');
    expect(request.url.endsWith(`&sign=${encodeURIComponent(sign)}`)).toBe(true);
    expect(build('dingtalk').request.url).toBe(URLS.dingtalk);
  });
});

describe('requests', () => {
  it.each(PLATFORMS)('%s: a JSON POST body holding every title, paragraph and the link', (platform) => {
    const { request, body } = build(platform);
    expect(request.headers['Content-Type']).toMatch(/^application\/json/);
    const text = strings(body).join('\n');
    for (const section of message.sections) {
      expect(text).toContain(section.title);
      for (const paragraph of section.paragraphs) expect(text).toContain(paragraph);
    }
    expect(text).toContain('Open the survey / 打开调查');
    expect(text).toContain(message.action?.url);
  });

  it('each platform gets its own card, the link as a button where there are buttons', () => {
    const feishu = build('feishu').body;
    expect(feishu.msg_type).toBe('interactive');
    expect(feishu.card.header.title).toEqual({ tag: 'plain_text', content: message.title });
    const button = feishu.card.elements.at(-1).actions[0];
    expect(button).toMatchObject({ tag: 'button', url: message.action?.url });

    const dingtalk = build('dingtalk').body;
    expect(dingtalk.msgtype).toBe('actionCard');
    expect(dingtalk.actionCard).toMatchObject({
      singleTitle: 'Open the survey / 打开调查',
      singleURL: message.action?.url,
    });

    const wecom = build('wecom').body;
    expect(wecom.msgtype).toBe('markdown');
    expect(wecom.markdown.content).toContain(`[Open the survey / 打开调查](${message.action?.url})`);

    const slack = build('slack').body;
    expect(slack.blocks.map((b: { type: string }) => b.type)).toEqual([
      'header',
      'section',
      'section',
      'actions',
    ]);
    expect(slack.blocks[3].elements[0]).toMatchObject({ type: 'button', url: message.action?.url });

    const teams = build('teams').body;
    expect(teams.type).toBe('message');
    expect(teams.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(teams.attachments[0].content.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Open the survey / 打开调查', url: message.action?.url },
    ]);
  });

  it('a message without an action has no button (DingTalk sends markdown then)', () => {
    const bare = { ...message, action: null };
    expect(build('dingtalk', bare).body.msgtype).toBe('markdown');
    expect(build('slack', bare).body.blocks.some((b: { type: string }) => b.type === 'actions')).toBe(false);
    expect(build('teams', bare).body.attachments[0].content.actions).toEqual([]);
    expect(JSON.stringify(build('feishu', bare).body)).not.toContain('"button"');
  });
});

describe('hostile text', () => {
  const hostile =
    '**bold** _it_ [click](http://evil.example) <font color="warning">red</font> <@all> <!channel> # head\n> quote | `code` & done';
  const evil: ChatMessage = {
    title: `Title ${hostile}`,
    sections: [{ language: 'en', title: 'Section', paragraphs: [hostile] }],
    action: { label: 'Open', url: 'https://survey.example.com/s/a(b) c' },
  };

  it('Feishu, Slack and Teams carry it as plain text, which their cards never read as markup', () => {
    const feishu = build('feishu', evil).body;
    for (const e of feishu.card.elements.filter((x: { tag: string }) => x.tag === 'div'))
      expect(e.text.tag).toBe('plain_text');
    expect(strings(feishu)).toContain(hostile);

    const slack = build('slack', evil).body;
    expect(slack.blocks[1].text.type).toBe('plain_text');
    expect(slack.blocks[1].text.text).toContain(hostile);
    // The notification fallback is read as mrkdwn: its <, > and & are Slack's entities.
    expect(slack.text).not.toMatch(/[<>]/);
    expect(slack.text).toContain('&lt;!channel&gt;');

    const card = build('teams', evil).body.attachments[0].content;
    expect(card.body.every((b: { type: string }) => b.type === 'RichTextBlock')).toBe(true);
    expect(strings(card.body)).toContain(hostile);
  });

  it.each(['dingtalk', 'wecom'] as const)(
    '%s markdown: no link, tag, emphasis or mention survives',
    (platform) => {
      const body = build(platform, evil).body;
      const text = platform === 'dingtalk' ? body.actionCard.text : body.markdown.content;
      for (const markup of [
        '**bold**',
        '_it_',
        '[click](',
        '<font',
        '<@all>',
        '`code`',
        '\n> quote',
        '# head',
      ])
        expect(text).not.toContain(markup);
      // Still readable: the words are all there.
      for (const word of ['bold', 'click', 'http://evil.example', 'red', 'quote', 'code', 'done'])
        expect(text).toContain(word);
    },
  );

  it('WeCom: a link address with spaces or parentheses cannot end the markdown link early', () => {
    expect(build('wecom', evil).body.markdown.content).toContain(
      '(https://survey.example.com/s/a%28b%29%20c)',
    );
  });
});

describe('long text', () => {
  const long: ChatMessage = {
    ...message,
    sections: [
      { language: 'en', title: 'Staff survey', paragraphs: ['word '.repeat(4000), 'Short one.'] },
      { language: 'zh-cn', title: '员工调查', paragraphs: ['调查'.repeat(6000), '短句。'] },
    ],
  };
  const limits: Array<[ChatPlatform, (b: Record<string, any>, raw: string) => number, number]> = [
    ['feishu', (_b, raw) => Buffer.byteLength(raw), 20 * 1024],
    ['dingtalk', (b) => Buffer.byteLength(b.actionCard.text), 4000],
    ['wecom', (b) => Buffer.byteLength(b.markdown.content), 4096],
    [
      'slack',
      (b) => Math.max(...b.blocks.slice(1, 3).map((s: any) => Array.from(s.text.text as string).length)),
      3000,
    ],
    ['teams', (_b, raw) => Buffer.byteLength(raw), 28 * 1024],
  ];
  it.each(limits)(
    '%s: shortened within the limit, titles, short paragraphs and the link kept',
    (platform, size, max) => {
      const { request, body } = build(platform, long);
      expect(size(body, request.body)).toBeLessThanOrEqual(max);
      const text = strings(body).join('\n');
      for (const kept of ['Staff survey', '员工调查', 'Short one.', '短句。', message.action?.url ?? ''])
        expect(text).toContain(kept);
      expect(text).toContain('…');
      expect(text).not.toMatch(/\uFFFD/);
    },
  );
});

describe('answers', () => {
  const ok: WebhookOutcome = { ok: true };
  const fail = (retry: boolean, error: string, retryAfterMs: number | null = null) => ({
    ok: false,
    retry,
    retryAfterMs,
    error,
  });
  const cases: Array<[ChatPlatform, number, string | null, string, WebhookOutcome]> = [
    [
      'feishu',
      200,
      null,
      '{"StatusCode":0,"StatusMessage":"success","code":0,"data":{},"msg":"success"}',
      ok,
    ],
    ['feishu', 200, null, '{"Extra":null,"StatusCode":0,"StatusMessage":"success"}', ok],
    [
      'feishu',
      200,
      null,
      '{"code":19021,"msg":"sign match fail or timestamp is not within one hour from current time"}',
      fail(false, '19021 sign match fail or timestamp is not within one hour from current time'),
    ],
    [
      'feishu',
      200,
      null,
      '{"code":19024,"msg":"Key Words Not Found"}',
      fail(false, '19024 Key Words Not Found'),
    ],
    ['feishu', 400, null, '{"code":9499,"msg":"Bad Request","data":{}}', fail(false, '9499 Bad Request')],
    [
      'feishu',
      200,
      null,
      '{"code":11232,"msg":"frequency limited psm[x]"}',
      fail(true, '11232 frequency limited psm[x]'),
    ],
    [
      'lark',
      400,
      null,
      '{"code":19001,"msg":"param invalid: incoming webhook access token invalid"}',
      fail(false, '19001 param invalid: incoming webhook access token invalid'),
    ],
    ['lark', 503, null, '<html>Service Unavailable</html>', fail(true, 'HTTP 503')],
    ['dingtalk', 200, null, '{"errcode":0,"errmsg":"ok"}', ok],
    [
      'dingtalk',
      200,
      null,
      '{"errcode":310000,"errmsg":"sign not match, more: [https://open.dingtalk.com/x]"}',
      fail(false, '310000 sign not match, more: […'),
    ],
    [
      'dingtalk',
      200,
      null,
      '{"errcode":310000,"errmsg":"keywords not in content"}',
      fail(false, '310000 keywords not in content'),
    ],
    [
      'dingtalk',
      200,
      null,
      '{"errcode":130101,"errmsg":"send too fast, exceed 20 times per minute"}',
      fail(true, '130101 send too fast, exceed 20 times per minute'),
    ],
    [
      'dingtalk',
      200,
      null,
      '{"errcode":300001,"errmsg":"token is not exist"}',
      fail(false, '300001 token is not exist'),
    ],
    ['dingtalk', 502, null, 'Bad Gateway', fail(true, 'HTTP 502 Bad Gateway')],
    ['wecom', 200, null, '{"errcode":0,"errmsg":"ok"}', ok],
    [
      'wecom',
      200,
      null,
      '{"errcode":45009,"errmsg":"api freq out of limit, more info at https://open.work.weixin.qq.com/devtool/query?e=45009"}',
      fail(true, '45009 api freq out of limit, more info at …'),
    ],
    [
      'wecom',
      200,
      null,
      '{"errcode":93000,"errmsg":"invalid webhook url"}',
      fail(false, '93000 invalid webhook url'),
    ],
    ['wecom', 200, null, '{"errcode":44004,"errmsg":"empty content"}', fail(false, '44004 empty content')],
    ['wecom', 200, null, '{"errcode":-1,"errmsg":"system busy"}', fail(true, '-1 system busy')],
    ['slack', 200, null, 'ok', ok],
    ['slack', 400, null, 'invalid_payload', fail(false, 'HTTP 400 invalid_payload')],
    ['slack', 400, null, 'no_text', fail(false, 'HTTP 400 no_text')],
    ['slack', 403, null, 'action_prohibited', fail(false, 'HTTP 403 action_prohibited')],
    ['slack', 403, null, 'invalid_token', fail(false, 'HTTP 403 invalid_token')],
    ['slack', 404, null, 'no_service', fail(false, 'HTTP 404 no_service')],
    ['slack', 404, null, 'channel_not_found', fail(false, 'HTTP 404 channel_not_found')],
    ['slack', 410, null, 'channel_is_archived', fail(false, 'HTTP 410 channel_is_archived')],
    ['slack', 429, '30', 'rate_limited', fail(true, 'HTTP 429 rate_limited', 30_000)],
    ['slack', 500, null, 'rollup_error', fail(true, 'HTTP 500 rollup_error')],
    ['slack', 408, null, '', fail(true, 'HTTP 408')],
    ['teams', 202, null, '', ok],
    ['teams', 200, null, '', ok],
    [
      'teams',
      400,
      null,
      '{"error":{"code":"InvalidRequestContent","message":"Bad card"}}',
      fail(false, 'HTTP 400 InvalidRequestContent Bad card'),
    ],
    [
      'teams',
      401,
      null,
      '{"error":{"code":"DirectApiInvalidAuthorizationSignature","message":"Not valid."}}',
      fail(false, 'HTTP 401 DirectApiInvalidAuthorizationSignature Not valid.'),
    ],
    ['teams', 403, null, '', fail(false, 'HTTP 403')],
    [
      'teams',
      404,
      null,
      '{"error":{"code":"WorkflowNotFound","message":"No such workflow."}}',
      fail(false, 'HTTP 404 WorkflowNotFound No such workflow.'),
    ],
    [
      'teams',
      429,
      '12',
      '{"error":{"code":"WorkflowRequestsThrottled","message":"Slow down."}}',
      fail(true, 'HTTP 429 WorkflowRequestsThrottled Slow down.', 12_000),
    ],
    ['teams', 500, null, '', fail(true, 'HTTP 500')],
  ];
  it.each(cases)('%s: HTTP %i (Retry-After %s) %s', (platform, status, retryAfter, body, expected) => {
    expect(CHAT_ADAPTERS[platform].outcome(status, retryAfter, body)).toEqual(expected);
  });

  it('a reason is one line and never holds an address', () => {
    const outcome = CHAT_ADAPTERS.feishu.outcome(500, null, `boom\nat ${URLS.feishu}\n\ttrace`);
    expect(outcome).toEqual(fail(true, 'HTTP 500 boom at … trace'));
  });
});

describe('checkWebhookUrl', () => {
  const receiver = '127.0.0.1:47123';
  const cases: Array<
    [ChatPlatform, string, readonly string[], 'ok' | 'chat.webhook-host' | 'chat.webhook-shape']
  > = [
    ...PLATFORMS.map((p) => [p, URLS[p], [], 'ok'] as [ChatPlatform, string, string[], 'ok']),
    [
      'teams',
      URLS.teams
        .replace(
          'prod-27.westeurope.logic.azure.com:443',
          'default0123abcd.45.environment.api.powerplatform.com',
        )
        .replace('/workflows/', '/powerautomate/automations/direct/workflows/'),
      [],
      'ok',
    ],
    ['feishu', URLS.lark, [], 'chat.webhook-host'],
    ['lark', URLS.feishu, [], 'chat.webhook-host'],
    ['slack', URLS.feishu, [], 'chat.webhook-host'],
    ['feishu', URLS.feishu.replace('https:', 'http:'), [], 'chat.webhook-host'],
    ['feishu', URLS.feishu.replace('open.feishu.cn', 'open.feishu.cn:8443'), [], 'chat.webhook-host'],
    ['feishu', URLS.feishu.replace('open.feishu.cn', 'open.feishu.cn:443'), [], 'ok'],
    ['feishu', URLS.feishu.replace('https://', 'https://user:pw@'), [], 'chat.webhook-host'],
    ['feishu', URLS.feishu.replace('open.feishu.cn', 'open.feishu.cn.evil.example'), [], 'chat.webhook-host'],
    ['feishu', URLS.feishu.replace('open.feishu.cn', 'evil.open.feishu.cn'), [], 'chat.webhook-host'],
    ['slack', URLS.slack.replace('hooks.slack.com', 'HOOKS.Slack.com'), [], 'ok'],
    [
      'teams',
      URLS.teams.replace('prod-27.westeurope.logic.azure.com', 'logic.azure.com'),
      [],
      'chat.webhook-host',
    ],
    [
      'teams',
      URLS.teams.replace('prod-27.westeurope.logic.azure.com', 'evil.example/x.logic.azure.com'),
      [],
      'chat.webhook-host',
    ],
    ['feishu', `http://${receiver}/open-apis/bot/v2/hook/2f6e1a3c-9b0d`, [receiver], 'ok'],
    ['feishu', `http://${receiver}/open-apis/bot/v2/hook/2f6e1a3c-9b0d`, [], 'chat.webhook-host'],
    ['feishu', `http://127.0.0.1:47124/open-apis/bot/v2/hook/2f6e1a3c-9b0d`, [receiver], 'chat.webhook-host'],
    [
      'feishu',
      `https://chat-gw.corp.example/open-apis/bot/v2/hook/2f6e1a3c-9b0d`,
      ['chat-gw.corp.example'],
      'ok',
    ],
    ['feishu', `ftp://${receiver}/open-apis/bot/v2/hook/2f6e1a3c-9b0d`, [receiver], 'chat.webhook-host'],
    [
      'feishu',
      `http://${receiver}/robot/send?access_token=abcdefabcdefabcdef`,
      [receiver],
      'chat.webhook-shape',
    ],
    ['feishu', `${URLS.feishu}?x=1`, [], 'chat.webhook-shape'],
    ['feishu', 'https://open.feishu.cn/open-apis/bot/v2/hook/', [], 'chat.webhook-shape'],
    ['dingtalk', URLS.dingtalk.replace('access_token', 'token'), [], 'chat.webhook-shape'],
    ['dingtalk', `${URLS.dingtalk}&timestamp=1&sign=x`, [], 'chat.webhook-shape'],
    ['dingtalk', 'https://oapi.dingtalk.com/robot/send', [], 'chat.webhook-shape'],
    ['wecom', URLS.wecom.replace('/send', '/upload_media'), [], 'chat.webhook-shape'],
    ['wecom', URLS.wecom.replace('key=', 'key=<script>'), [], 'chat.webhook-shape'],
    ['slack', 'https://hooks.slack.com/services/T01ABCDEF/B02GHIJKL', [], 'chat.webhook-shape'],
    ['slack', 'https://hooks.slack.com/workflows/T01ABCDEF/A0/1/abc', [], 'chat.webhook-shape'],
    ['teams', URLS.teams.replace(/&sig=[^&]+/, ''), [], 'chat.webhook-shape'],
    ['teams', URLS.teams.replace('/triggers/manual/', '/triggers/other/'), [], 'chat.webhook-shape'],
    ['slack', `${URLS.slack}#frag`, [], 'chat.webhook-shape'],
    ['slack', 'not a url', [], 'chat.webhook-shape'],
    ['feishu', `${URLS.feishu.slice(0, -36)}${'a'.repeat(2100)}`, [], 'chat.webhook-shape'],
  ];
  it.each(cases)('%s %s (extra %j) → %s', (platform, raw, extra, expected) => {
    const result = checkWebhookUrl(platform, raw, extra);
    expect(result.ok ? 'ok' : result.code).toBe(expected);
  });

  it('the hint shows the host and the last four characters only', () => {
    const result = checkWebhookUrl('wecom', URLS.wecom, []);
    if (!result.ok) throw new Error('expected the WeCom address to pass');
    expect(webhookHint(result.url)).toBe('qyapi.weixin.qq.com …5aaa');
    expect(webhookHint(new URL(`http://${receiver}/services/T0/B0/xyz9`))).toBe(`${receiver} …xyz9`);
  });
});
