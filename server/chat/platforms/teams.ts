// Microsoft Teams through a Workflows webhook (Power Automate's "post to a channel when a webhook request is
// received"): an Adaptive Card in a message's attachments, posted to
// https://<region>.logic.azure.com/workflows/<id>/triggers/manual/paths/invoke?api-version=…&sp=…&sv=…&sig=…
// or the newer https://<env>.environment.api.powerplatform.com/powerautomate/automations/direct/workflows/<id>/…;
// no separate secret (sig, in the address, is the credential). The text is in RichTextBlock TextRuns, which
// Adaptive Cards never read as markdown, so nothing needs escaping. A 202 means the flow accepted the request:
// the flow then posts the card on its own, and a failure there is only seen in the flow's run history.

import type { ChatMessage } from '../../domain/chat/chat-message';
import type { ChatPlatformAdapter, WebhookOutcome } from '../chat-platform';
import {
  jsonObject,
  oneLine,
  parseRetryAfter,
  shortenToFit,
  transientStatus,
  utf8Bytes,
} from './adapter-kit';

/** Teams refuses messages over about 28 KB; this keeps room for what the flow wraps around the card. */
const MAX_BODY_BYTES = 24_000;

const run = (text: string, style: object = {}) => ({ type: 'TextRun', text, ...style });
const rich = (inlines: object[], spacing = 'Default') => ({ type: 'RichTextBlock', inlines, spacing });

export function teamsCard(message: ChatMessage): object {
  const body: object[] = [rich([run(message.title, { size: 'Large', weight: 'Bolder' })], 'None')];
  for (const section of message.sections) {
    if (message.sections.length > 1) body.push(rich([run(section.title, { weight: 'Bolder' })], 'Large'));
    for (const paragraph of section.paragraphs) body.push(rich([run(paragraph)]));
  }
  return {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.4',
    body,
    actions: message.action
      ? [{ type: 'Action.OpenUrl', title: message.action.label, url: message.action.url }]
      : [],
  };
}

const bodyOf = (message: ChatMessage) =>
  JSON.stringify({
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: teamsCard(message),
      },
    ],
  });

function teamsOutcome(status: number, retryAfter: string | null, text: string): WebhookOutcome {
  if (status === 200 || status === 202) return { ok: true };
  // Azure's answers: {"error":{"code":"…","message":"…"}}.
  const error = jsonObject(text)?.error as { code?: unknown; message?: unknown } | undefined;
  const reason =
    typeof error?.code === 'string'
      ? `${error.code} ${typeof error.message === 'string' ? error.message : ''}`
      : '';
  return {
    ok: false,
    retry: transientStatus(status),
    retryAfterMs: parseRetryAfter(retryAfter),
    error: oneLine(`HTTP ${status} ${reason}`),
  };
}

const WORKFLOW_PATH =
  /^(\/powerautomate\/automations\/direct)?\/workflows\/[0-9a-f]{32}\/triggers\/manual\/paths\/invoke$/;

export const teamsAdapter: ChatPlatformAdapter = {
  platform: 'teams',
  // Each tenant's workflows are on a host of its region or environment under these two.
  hosts: ['*.logic.azure.com', '*.environment.api.powerplatform.com'],
  hasWebhookShape: (url) =>
    WORKFLOW_PATH.test(url.pathname) &&
    ['api-version', 'sig'].every((name) => (url.searchParams.get(name) ?? '') !== '') &&
    /^[A-Za-z0-9_-]{20,128}$/.test(url.searchParams.get('sig') ?? ''),
  secret: 'none',
  request(webhook, message) {
    const fitted = shortenToFit(message, (m) => utf8Bytes(bodyOf(m)) <= MAX_BODY_BYTES);
    return { url: webhook.url, headers: { 'Content-Type': 'application/json' }, body: bodyOf(fitted) };
  },
  outcome: teamsOutcome,
  // Teams allows a channel's webhook about four posts a second; a minute's share of far fewer is kept.
  perMinute: 60,
};
