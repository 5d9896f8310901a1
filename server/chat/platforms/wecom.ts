// WeCom (企业微信) group robots: posted to https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=<key>; no
// signing (the key in the address is the credential). Markdown rather than a template card: a text_notice
// card's title holds about 26 characters and its text about 112, too little for a message in two languages,
// while markdown holds 4,096 bytes, shows every paragraph, and takes the survey's address as a link. Every
// answer is HTTP 200 with {"errcode":…,"errmsg":…}.

import type { ChatMessage } from '../../domain/chat/chat-message';
import type { ChatPlatformAdapter } from '../chat-platform';
import { errcodeOutcome, inertMarkdown, markdownLinkUrl, shortenToFit, utf8Bytes } from './adapter-kit';

/** markdown.content is at most 4,096 bytes of UTF-8. */
export const WECOM_MAX_CONTENT_BYTES = 4096;

/** 45009: over the robot's limit (20 a minute); -1: system busy. */
const RETRY_CODES = new Set([45009, -1]);

export function wecomContent(message: ChatMessage): string {
  const parts = [`# ${inertMarkdown(message.title)}`];
  for (const section of message.sections) {
    if (message.sections.length > 1) parts.push(`**${inertMarkdown(section.title)}**`);
    for (const paragraph of section.paragraphs) parts.push(inertMarkdown(paragraph));
  }
  if (message.action)
    parts.push(`[${inertMarkdown(message.action.label)}](${markdownLinkUrl(message.action.url)})`);
  return parts.join('\n\n');
}

export const wecomAdapter: ChatPlatformAdapter = {
  platform: 'wecom',
  hosts: ['qyapi.weixin.qq.com'],
  hasWebhookShape: (url) =>
    url.pathname === '/cgi-bin/webhook/send' &&
    [...url.searchParams.keys()].join() === 'key' &&
    /^[A-Za-z0-9-]{8,128}$/.test(url.searchParams.get('key') ?? ''),
  secret: 'none',
  request(webhook, message) {
    const fitted = shortenToFit(message, (m) => utf8Bytes(wecomContent(m)) <= WECOM_MAX_CONTENT_BYTES);
    return {
      url: webhook.url,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ msgtype: 'markdown', markdown: { content: wecomContent(fitted) } }),
    };
  },
  outcome: errcodeOutcome(RETRY_CODES),
  perMinute: 20,
};
