// What the platform adapters share: shortening a message until its request fits the platform's size limit,
// neutralizing the markdown of the platforms whose cards take markdown only (DingTalk, WeCom), and reading
// an answer's Retry-After and reason.

import type { ChatMessage } from '../../domain/chat/chat-message';
import type { WebhookOutcome } from '../chat-platform';

export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** `text` cut to at most `max` characters (code points, so no Chinese character or emoji is split), with "…". */
export function cut(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/**
 * The message with its longest paragraphs shortened, a little more each round, until `fits` holds. Titles and
 * the action stay whole: the link is the point of the post. A message that fits is returned as it is.
 */
export function shortenToFit(message: ChatMessage, fits: (m: ChatMessage) => boolean): ChatMessage {
  if (fits(message)) return message;
  const longest = Math.max(
    0,
    ...message.sections.flatMap((s) => s.paragraphs.map((p) => Array.from(p).length)),
  );
  for (let max = Math.floor(longest * 0.8); max > 16; max = Math.floor(max * 0.8)) {
    const shorter: ChatMessage = {
      ...message,
      sections: message.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.map((p) => cut(p, max)) })),
    };
    if (fits(shorter)) return shorter;
  }
  // Still too long (a great many paragraphs): keep each section's first paragraph only, shortened.
  return {
    ...message,
    sections: message.sections.map((s) => ({
      ...s,
      paragraphs: s.paragraphs.slice(0, 1).map((p) => cut(p, 16)),
    })),
  };
}

// Characters that begin markup in DingTalk's and WeCom's markdown (emphasis, links, code, headings, quotes, tables,
// and the HTML-like <font> and <@userid> tags). Neither platform documents a backslash escape, so each is replaced by
// its full-width twin, which reads the same and is never markup.
const MARKUP: Record<string, string> = {
  '*': '＊',
  _: '＿',
  '[': '［',
  ']': '］',
  '`': '｀',
  '~': '～',
  '<': '＜',
  '>': '＞',
  '#': '＃',
  '|': '｜',
  '\\': '＼',
};

/** Plain text made inert in a markdown-only card; line breaks become spaces (a paragraph is one line). */
export function inertMarkdown(text: string): string {
  return text.replace(/[*_[\]`~<>#|\\]/g, (c) => MARKUP[c] ?? c).replace(/\s*[\r\n]+\s*/g, ' ');
}

/** A URL safe inside a markdown link's parentheses: spaces and parentheses percent-encoded. */
export const markdownLinkUrl = (url: string): string =>
  url.replace(/[ ()]/g, (c) => encodeURIComponent(c).replace('(', '%28').replace(')', '%29'));

/**
 * One line, at most 300 characters: how a platform's reason is kept. Any address in it is dropped, since some
 * platforms quote a request's address (and with it a webhook's credential) in their error messages.
 */
export const oneLine = (text: string): string =>
  cut(
    text
      .replace(/\bhttps?:\/\/\S+/gi, '…')
      .replace(/\s+/g, ' ')
      .trim(),
    300,
  );

/** Retry-After in seconds (the form these platforms send), as milliseconds; null when absent or unreadable. */
export function parseRetryAfter(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  return Number(value.trim()) * 1000;
}

/** The JSON object an answer's body holds, or null. */
export function jsonObject(body: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** Whether an HTTP status alone says "try later": a timeout, a rate limit, or the platform's own trouble. */
export const transientStatus = (status: number): boolean => status === 408 || status === 429 || status >= 500;

/** "HTTP <status>", and the body when it is a short line of text (not a proxy's HTML page or a JSON object). */
export function statusReason(status: number, body: string): string {
  const text = oneLine(body);
  return text && text.length <= 120 && !/[<>{}]/.test(text) ? `HTTP ${status} ${text}` : `HTTP ${status}`;
}

/**
 * The outcome of a platform that answers a JSON code (0 for success) and its message, as Feishu, DingTalk
 * and WeCom do, often with HTTP 200 even for a refusal; `retryCodes` are its rate limits and busy answers.
 */
export function codedOutcome(
  status: number,
  retryAfter: string | null,
  body: string,
  answer: { code: unknown; message: unknown },
  retryCodes: ReadonlySet<number>,
): WebhookOutcome {
  const { code, message } = answer;
  if (status >= 200 && status < 300 && code === 0) return { ok: true };
  const error =
    typeof code === 'number' ? oneLine(`${code} ${String(message ?? '')}`) : statusReason(status, body);
  const retry = transientStatus(status) || (typeof code === 'number' && retryCodes.has(code));
  return { ok: false, retry, retryAfterMs: parseRetryAfter(retryAfter), error };
}

/** The outcome reader of a platform answering {"errcode": 0, "errmsg": "ok"} (DingTalk, WeCom). */
export const errcodeOutcome =
  (retryCodes: ReadonlySet<number>) =>
  (status: number, retryAfter: string | null, body: string): WebhookOutcome => {
    const parsed = jsonObject(body);
    return codedOutcome(
      status,
      retryAfter,
      body,
      { code: parsed?.errcode, message: parsed?.errmsg },
      retryCodes,
    );
  };
