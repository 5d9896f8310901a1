// DingTalk custom robots: an ActionCard (markdown text and one button) posted to
// https://oapi.dingtalk.com/robot/send?access_token=<token>. Signing, when the robot's security setting is
// "加签": timestamp in milliseconds, string_to_sign = `${timestamp}\n${secret}`, sign = base64(HMAC-SHA256 keyed
// with the secret over string_to_sign), URL-encoded, appended as &timestamp=…&sign=…; the platform refuses a
// timestamp more than an hour away. Every answer is HTTP 200 with {"errcode":…,"errmsg":…}.

import { createHmac } from 'node:crypto';
import type { ChatMessage } from '../../domain/chat/chat-message';
import type { ChatPlatformAdapter } from '../chat-platform';
import { errcodeOutcome, inertMarkdown, shortenToFit, utf8Bytes } from './adapter-kit';

/** DingTalk publishes no length for a card's text; this keeps a long message readable in a phone's chat. */
const MAX_TEXT_BYTES = 4000;

/** Sent too fast: 130101 (more than 20 a minute) and 410100 (throttled); -1 is "system busy". */
const RETRY_CODES = new Set([130101, 410100, -1]);

/** The signature before URL encoding. */
export function dingtalkSign(secret: string, timestampMs: number): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');
}

/** The card's markdown: each language's title as a heading, then its paragraphs (the link is the button). */
export function dingtalkText(message: ChatMessage): string {
  const parts: string[] = [];
  for (const section of message.sections) {
    parts.push(`### ${inertMarkdown(section.title)}`);
    for (const paragraph of section.paragraphs) parts.push(inertMarkdown(paragraph));
  }
  return parts.join('\n\n');
}

function body(message: ChatMessage): object {
  const title = inertMarkdown(message.title);
  if (!message.action) return { msgtype: 'markdown', markdown: { title, text: dingtalkText(message) } };
  return {
    msgtype: 'actionCard',
    actionCard: {
      title,
      text: dingtalkText(message),
      singleTitle: message.action.label,
      singleURL: message.action.url,
    },
  };
}

export const dingtalkAdapter: ChatPlatformAdapter = {
  platform: 'dingtalk',
  hosts: ['oapi.dingtalk.com'],
  hasWebhookShape: (url) =>
    url.pathname === '/robot/send' &&
    [...url.searchParams.keys()].join() === 'access_token' &&
    /^[A-Za-z0-9]{16,128}$/.test(url.searchParams.get('access_token') ?? ''),
  secret: 'optional',
  request(webhook, message, now) {
    const url = new URL(webhook.url);
    if (webhook.secret) {
      // searchParams encodes as forms do: '+', '/' and '=' of the base64 become %2B, %2F and %3D.
      url.searchParams.set('timestamp', String(now));
      url.searchParams.set('sign', dingtalkSign(webhook.secret, now));
    }
    const fitted = shortenToFit(message, (m) => utf8Bytes(dingtalkText(m)) <= MAX_TEXT_BYTES);
    return {
      url: url.href,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body(fitted)),
    };
  },
  outcome: errcodeOutcome(RETRY_CODES),
  perMinute: 20,
};
