// Slack incoming webhooks: Block Kit posted to https://hooks.slack.com/services/T…/B…/…; no signing secret
// (the address is the credential). Header and sections are plain_text, so no user text is ever mrkdwn; only
// the notification fallback `text` is mrkdwn-read, and it gets Slack's three escapes (&, <, >). Answers are
// plain strings: 200 "ok", 400 invalid_payload / no_text / invalid_blocks, 403 action_prohibited /
// invalid_token, 404 no_service / channel_not_found, 410 channel_is_archived, 429 with Retry-After, 500.

import type { ChatMessage } from '../../domain/chat/chat-message';
import type { ChatPlatformAdapter, WebhookOutcome } from '../chat-platform';
import { cut, oneLine, parseRetryAfter, shortenToFit, transientStatus } from './adapter-kit';

/** Block Kit's limits: a header's text 150 characters, a section's 3,000, a button's 75, 50 blocks a message. */
const HEADER_MAX = 150;
const SECTION_MAX = 3000;
const BUTTON_MAX = 75;
const MAX_BLOCKS = 50;

export const slackEscape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const plain = (text: string, max: number) => ({ type: 'plain_text', text: cut(text, max), emoji: false });

function blocks(message: ChatMessage): object[] {
  const out: object[] = [{ type: 'header', text: plain(message.title, HEADER_MAX) }];
  for (const section of message.sections) {
    const text = [section.title, ...section.paragraphs].join('\n\n');
    out.push({ type: 'section', text: plain(text, SECTION_MAX) });
  }
  if (message.action) {
    out.push({
      type: 'actions',
      elements: [{ type: 'button', text: plain(message.action.label, BUTTON_MAX), url: message.action.url }],
    });
  }
  return out.slice(0, MAX_BLOCKS);
}

function slackOutcome(status: number, retryAfter: string | null, body: string): WebhookOutcome {
  if (status === 200 && body.trim() === 'ok') return { ok: true };
  // Slack's reasons are one word; a proxy's error page is not, so only its status is kept then.
  const reason = /^[a-z_]{1,64}$/.test(body.trim()) ? body.trim() : '';
  return {
    ok: false,
    retry: transientStatus(status) || reason === 'rate_limited',
    retryAfterMs: parseRetryAfter(retryAfter),
    error: oneLine(`HTTP ${status} ${reason}`),
  };
}

export const slackAdapter: ChatPlatformAdapter = {
  platform: 'slack',
  hosts: ['hooks.slack.com'],
  hasWebhookShape: (url) =>
    /^\/services\/T[A-Z0-9]{2,32}\/B[A-Z0-9]{2,32}\/[A-Za-z0-9]{8,64}$/.test(url.pathname) && !url.search,
  secret: 'none',
  request(webhook, message) {
    // A section holds 3,000 characters: each language's text is shortened to fit its own section.
    const fitted = shortenToFit(message, (m) =>
      m.sections.every((s) => Array.from([s.title, ...s.paragraphs].join('\n\n')).length <= SECTION_MAX),
    );
    const fallback = slackEscape(`${message.title}${message.action ? ` ${message.action.url}` : ''}`);
    return {
      url: webhook.url,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ text: fallback, blocks: blocks(fitted) }),
    };
  },
  outcome: slackOutcome,
  // Slack allows about one message a second per webhook, with short bursts.
  perMinute: 60,
};
