// What each chat platform's adapter (platforms/) knows of its platform: where its webhooks live, how a request
// is signed and shaped, how its answers read (success, rate limit, a setup error), and how fast it may be
// posted to. The adapters are pure apart from the signature's HMAC; chat-desk.ts sends (through post-webhook.ts).

import type { ChatMessage } from '../domain/chat/chat-message';
import type { ChatPlatform } from '../domain/chat/campaign-chat';

/** A request ready to go: POSTed as is. */
export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export type WebhookOutcome =
  | { ok: true }
  | {
      ok: false;
      /** Worth trying again later: a rate limit, a server error, a timeout. */
      retry: boolean;
      /** What the platform asked to wait (Retry-After), or null. */
      retryAfterMs: number | null;
      /** The platform's reason in its words (its code and message), never the webhook address. */
      error: string;
    };

export interface ChatPlatformAdapter {
  platform: ChatPlatform;
  /** The hosts its webhooks are on (https only); operators may allow more (CHAT_WEBHOOK_HOSTS). */
  hosts: readonly string[];
  /** Whether the path and query are this platform's webhook shape (the host is checked apart). */
  hasWebhookShape(url: URL): boolean;
  /** Whether a signing secret can be given: 'optional' where the platform offers signing, else 'none'. */
  secret: 'optional' | 'none';
  /** The request posting `message`, signed with `secret` at `now` (ms) where the platform signs. */
  request(webhook: { url: string; secret: string | null }, message: ChatMessage, now: number): WebhookRequest;
  /** Reads the platform's answer: its HTTP status, Retry-After header, and body text. */
  outcome(status: number, retryAfter: string | null, body: string): WebhookOutcome;
  /** The platform's documented limit per webhook: at most `perMinute` posts in any minute. */
  perMinute: number;
}
