// Local HTTP receivers that behave like the chat platforms' webhooks, all on one loopback host: each checks
// what its platform checks (the address's shape and a known token, JSON, the signature and its one-hour
// window where signing is on, the card's schema, the platform's rate limit per webhook) and answers in the
// platform's own format, so the adapters and the sender are tested against the answers they will meet.
// Where a platform's exact answer is not published (noted below), the receiver answers as it is seen to.

import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChatPlatform } from '../../server/domain/chat/campaign-chat';
import { chatSchemaProblem } from './chat-receiver-schemas';

export interface ReceivedPost {
  /** The parsed JSON body. */
  body: unknown;
  headers: IncomingHttpHeaders;
  /** The receiver's clock when it arrived (ms). */
  at: number;
}

export interface RejectedPost {
  status: number;
  /** The answer's body, as the platform would send it. */
  answer: string;
  /** Why, in the receiver's words (for test failure messages). */
  why: string;
  at: number;
}

export type ReceiverFailure = 'rate-limit' | 'server-error' | 'bad-gateway';

export interface ChatReceivers {
  /** '127.0.0.1:<port>': give it as an extra webhook host. */
  host: string;
  add(
    platform: ChatPlatform,
    options?: { sign?: boolean; keyword?: string },
  ): { webhookUrl: string; secret: string | null; token: string };
  received(token: string): ReceivedPost[];
  rejected(token: string): RejectedPost[];
  failNext(token: string, what: ReceiverFailure, times?: number): void;
  /** Sets the receivers' clock (ms), for the timestamp window and rate limits; null for the real time. */
  setClock(ms: number | null): void;
  close(): Promise<void>;
}

interface Hook {
  platform: ChatPlatform;
  secret: string | null;
  keyword: string | null;
  /** Teams: the sig its address carries. */
  sig: string | null;
  received: ReceivedPost[];
  rejected: RejectedPost[];
  failures: ReceiverFailure[];
}

interface Answer {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

const json = (status: number, value: object): Answer => ({ status, body: JSON.stringify(value) });
const text = (status: number, value: string): Answer => ({ status, body: value });

/** Each platform's limit per webhook as the platform enforces it: [posts, window in ms]. */
const LIMITS: Record<ChatPlatform, Array<[number, number]>> = {
  feishu: [
    [100, 60_000],
    [5, 1000],
  ],
  lark: [
    [100, 60_000],
    [5, 1000],
  ],
  dingtalk: [[20, 60_000]],
  wecom: [[20, 60_000]],
  // Slack: about one a second, short bursts allowed.
  slack: [[60, 60_000]],
  teams: [[60, 60_000]],
};

const SUCCESS: Record<ChatPlatform, Answer> = {
  feishu: json(200, { StatusCode: 0, StatusMessage: 'success', code: 0, data: {}, msg: 'success' }),
  lark: json(200, { StatusCode: 0, StatusMessage: 'success', code: 0, data: {}, msg: 'success' }),
  dingtalk: json(200, { errcode: 0, errmsg: 'ok' }),
  wecom: json(200, { errcode: 0, errmsg: 'ok' }),
  slack: text(200, 'ok'),
  teams: text(202, ''),
};

const feishuBad = json(400, { code: 9499, msg: 'Bad Request', data: {} });

/** The platform's answer when the address names no webhook it knows. */
const UNKNOWN: Record<ChatPlatform, Answer> = {
  feishu: json(400, { code: 19001, msg: 'param invalid: incoming webhook access token invalid', data: {} }),
  lark: json(400, { code: 19001, msg: 'param invalid: incoming webhook access token invalid', data: {} }),
  dingtalk: json(200, { errcode: 300001, errmsg: 'token is not exist' }),
  wecom: json(200, { errcode: 93000, errmsg: 'invalid webhook url, hint: [receiver]' }),
  slack: text(404, 'no_service'),
  teams: json(404, {
    error: { code: 'WorkflowNotFound', message: 'The workflow could not be found.' },
  }),
};

/** The platform's answer to a request it cannot read (not JSON, or not the message schema). */
const MALFORMED: Record<ChatPlatform, (problem: string) => Answer> = {
  feishu: () => feishuBad,
  lark: () => feishuBad,
  dingtalk: () => json(200, { errcode: 40035, errmsg: '缺少参数 json' }),
  wecom: (problem) =>
    problem.startsWith('msgtype')
      ? json(200, { errcode: 40008, errmsg: 'invalid message type' })
      : problem.startsWith('empty')
        ? json(200, { errcode: 44004, errmsg: 'empty content' })
        : json(200, { errcode: 40058, errmsg: `invalid Request Parameter: ${problem}` }),
  slack: (problem) =>
    text(
      400,
      problem.startsWith('blocks')
        ? 'invalid_blocks'
        : problem.startsWith('no text')
          ? 'no_text'
          : 'invalid_payload',
    ),
  // The real flow accepts any JSON (202) and fails later in its run; the receiver refuses at once instead,
  // so a test sees the mistake (the address's owner would only see it in the flow's run history).
  teams: (problem) =>
    json(400, { error: { code: 'InvalidRequestContent', message: `The card is not valid: ${problem}` } }),
};

const RATE_LIMITED: Record<ChatPlatform, (waitSeconds: number) => Answer> = {
  feishu: () =>
    json(200, { code: 11232, msg: 'frequency limited psm[lark.oapi.app_platform_runtime]', data: {} }),
  lark: () =>
    json(200, { code: 11232, msg: 'frequency limited psm[lark.oapi.app_platform_runtime]', data: {} }),
  dingtalk: () => json(200, { errcode: 130101, errmsg: 'send too fast, exceed 20 times per minute' }),
  wecom: () => json(200, { errcode: 45009, errmsg: 'api freq out of limit' }),
  slack: (wait) => ({ ...text(429, 'rate_limited'), headers: { 'Retry-After': String(wait) } }),
  teams: (wait) => ({
    ...json(429, {
      error: { code: 'WorkflowRequestsThrottled', message: 'Too many requests; try again later.' },
    }),
    headers: { 'Retry-After': String(wait) },
  }),
};

const SIGNATURE_REFUSED: Partial<Record<ChatPlatform, (reason: 'sign' | 'timestamp') => Answer>> = {
  feishu: () =>
    json(200, {
      code: 19021,
      msg: 'sign match fail or timestamp is not within one hour from current time',
      data: {},
    }),
  lark: () =>
    json(200, {
      code: 19021,
      msg: 'sign match fail or timestamp is not within one hour from current time',
      data: {},
    }),
  dingtalk: (reason) =>
    json(200, { errcode: 310000, errmsg: reason === 'timestamp' ? 'invalid timestamp' : 'sign not match' }),
};

const KEYWORD_MISSING: Partial<Record<ChatPlatform, Answer>> = {
  feishu: json(200, { code: 19024, msg: 'Key Words Not Found', data: {} }),
  lark: json(200, { code: 19024, msg: 'Key Words Not Found', data: {} }),
  dingtalk: json(200, { errcode: 310000, errmsg: 'keywords not in content' }),
};

const HOUR_MS = 3_600_000;

function newCredentials(platform: ChatPlatform, sign: boolean): { token: string; secret: string | null } {
  const hex = (bytes: number) => randomBytes(bytes).toString('hex');
  switch (platform) {
    case 'feishu':
    case 'lark':
      return { token: randomUUID(), secret: sign ? randomBytes(16).toString('base64url') : null };
    case 'dingtalk':
      return { token: hex(32), secret: sign ? `SEC${hex(32)}` : null };
    case 'wecom':
      return { token: randomUUID(), secret: null };
    case 'slack':
      return { token: randomBytes(18).toString('base64url').replace(/[-_]/g, 'x'), secret: null };
    case 'teams':
      return { token: hex(16), secret: null };
  }
}

/** Which webhook a request's path and query name, or null when it has no platform's shape. */
function locate(url: URL): { family: 'feishu' | ChatPlatform; token: string; sig?: string } | null {
  const path = url.pathname;
  let m = /^\/open-apis\/bot\/v2\/hook\/([A-Za-z0-9-]+)$/.exec(path);
  if (m) return { family: 'feishu', token: m[1] ?? '' };
  if (path === '/robot/send' && url.searchParams.get('access_token'))
    return { family: 'dingtalk', token: url.searchParams.get('access_token') ?? '' };
  if (path === '/cgi-bin/webhook/send' && url.searchParams.get('key'))
    return { family: 'wecom', token: url.searchParams.get('key') ?? '' };
  m = /^\/services\/T0RECEIVER\/B0RECEIVER\/([A-Za-z0-9]+)$/.exec(path);
  if (m) return { family: 'slack', token: m[1] ?? '' };
  m = /^\/workflows\/([0-9a-f]{32})\/triggers\/manual\/paths\/invoke$/.exec(path);
  if (m) return { family: 'teams', token: m[1] ?? '', sig: url.searchParams.get('sig') ?? '' };
  return null;
}

export async function startChatReceivers(): Promise<ChatReceivers> {
  const hooks = new Map<string, Hook>();
  let clock: number | null = null;
  const now = () => clock ?? Date.now();

  function answerFor(hook: Hook, url: URL, headers: IncomingHttpHeaders, raw: string): Answer {
    const { platform } = hook;
    const failure = hook.failures.shift();
    if (failure === 'rate-limit') return RATE_LIMITED[platform](1);
    if (failure === 'server-error') return text(500, 'Internal Server Error');
    if (failure === 'bad-gateway') return text(502, '<html><body><h1>502 Bad Gateway</h1></body></html>');
    if (!/^application\/json\b/i.test(headers['content-type'] ?? '')) {
      if (platform === 'dingtalk')
        return json(200, { errcode: 43004, errmsg: '无效的HTTP HEADER Content-Type' });
      return MALFORMED[platform]('content type is not JSON');
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return MALFORMED[platform]('body is not JSON');
    }
    const refuse = SIGNATURE_REFUSED[platform];
    if (hook.secret && refuse) {
      const problem = signatureProblem(platform, hook.secret, url, body, now());
      if (problem) return refuse(problem);
    }
    const at = now();
    for (const [posts, window] of LIMITS[platform]) {
      const inWindow = hook.received.filter((p) => p.at > at - window);
      if (inWindow.length >= posts) {
        return RATE_LIMITED[platform](Math.max(1, Math.ceil(((inWindow[0]?.at ?? at) + window - at) / 1000)));
      }
    }
    const problem = chatSchemaProblem(platform, body, raw);
    if (problem) return MALFORMED[platform](problem);
    const missing = KEYWORD_MISSING[platform];
    if (hook.keyword && missing && !raw.includes(hook.keyword)) return missing;
    hook.received.push({ body, headers, at });
    return SUCCESS[platform];
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://receiver');
      const found = locate(url);
      const hook = found ? hooks.get(found.token) : undefined;
      if (!found) return send(res, text(404, 'Not Found'));
      const family = (p: ChatPlatform) => (p === 'lark' ? 'feishu' : p);
      const platform: ChatPlatform = hook?.platform ?? (found.family as ChatPlatform);
      let answer: Answer;
      let why: string;
      if (!hook || family(hook.platform) !== found.family) {
        answer = UNKNOWN[platform];
        why = 'unknown token';
      } else if (req.method !== 'POST') {
        answer = text(405, 'Method Not Allowed');
        why = 'not a POST';
      } else if (hook.platform === 'teams' && found.sig !== hook.sig) {
        answer = json(401, {
          error: {
            code: 'DirectApiInvalidAuthorizationSignature',
            message: 'The provided authorization signature is not valid.',
          },
        });
        why = 'wrong sig';
      } else {
        answer = answerFor(hook, url, req.headers, Buffer.concat(chunks).toString('utf8'));
        why = answer === SUCCESS[hook.platform] ? '' : `refused: ${answer.body}`;
      }
      if (hook && why) hook.rejected.push({ status: answer.status, answer: answer.body, why, at: now() });
      send(res, answer);
    });
  });

  function send(res: ServerResponse, answer: Answer) {
    const type = answer.body.startsWith('{') ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8';
    res.writeHead(answer.status, { 'Content-Type': type, ...answer.headers });
    res.end(answer.body);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const base = `http://${host}`;

  return {
    host,
    add(platform, options = {}) {
      const { token, secret } = newCredentials(
        platform,
        options.sign === true && platform in SIGNATURE_REFUSED,
      );
      const sig = platform === 'teams' ? randomBytes(32).toString('base64url') : null;
      hooks.set(token, {
        platform,
        secret,
        keyword: options.keyword ?? null,
        sig,
        received: [],
        rejected: [],
        failures: [],
      });
      const webhookUrl = {
        feishu: `${base}/open-apis/bot/v2/hook/${token}`,
        lark: `${base}/open-apis/bot/v2/hook/${token}`,
        dingtalk: `${base}/robot/send?access_token=${token}`,
        wecom: `${base}/cgi-bin/webhook/send?key=${token}`,
        slack: `${base}/services/T0RECEIVER/B0RECEIVER/${token}`,
        teams: `${base}/workflows/${token}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}`,
      }[platform];
      return { webhookUrl, secret, token };
    },
    received: (token) => [...(hooks.get(token)?.received ?? [])],
    rejected: (token) => [...(hooks.get(token)?.rejected ?? [])],
    failNext(token, what, times = 1) {
      const hook = hooks.get(token);
      if (!hook) throw new Error(`no webhook ${token}`);
      for (let i = 0; i < times; i++) hook.failures.push(what);
    },
    setClock(ms) {
      clock = ms;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Why a signed webhook's request fails its signature check, or null when it passes. */
function signatureProblem(
  platform: ChatPlatform,
  secret: string,
  url: URL,
  body: unknown,
  now: number,
): 'sign' | 'timestamp' | null {
  if (platform === 'dingtalk') {
    // Milliseconds; sign = base64(HMAC-SHA256(key = secret, message = "timestamp\nsecret")), URL-encoded.
    const timestamp = url.searchParams.get('timestamp') ?? '';
    const sign = url.searchParams.get('sign') ?? '';
    if (!/^\d{13}$/.test(timestamp)) return 'timestamp';
    if (Math.abs(now - Number(timestamp)) > HOUR_MS) return 'timestamp';
    const expected = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
    return sign === expected ? null : 'sign';
  }
  // Feishu and Lark: seconds, in the body; sign = base64(HMAC-SHA256(key = "timestamp\nsecret", message = "")).
  const fields = body as { timestamp?: unknown; sign?: unknown };
  if (typeof fields.timestamp !== 'string' || !/^\d{10}$/.test(fields.timestamp)) return 'sign';
  if (Math.abs(now / 1000 - Number(fields.timestamp)) > HOUR_MS / 1000) return 'timestamp';
  const expected = createHmac('sha256', `${fields.timestamp}\n${secret}`).update('').digest('base64');
  return fields.sign === expected ? null : 'sign';
}
