// Posts to a campaign's chat channels: one post at a time per campaign across every instance (a storage
// hold), each channel claimed durably before its message is handed over, so that however many instances run
// and whenever one crashes, a post reaches a group at most once. Each channel goes at its platform's pace: a
// window of requests per webhook counted in the shared limit counters (the same webhook may serve two
// campaigns, or two instances), a retry after a rate limit, a server error or no answer, and a clear failure
// for a setup error (a wrong signature, a removed bot), shown to the administrator per channel.

import { createHash } from 'node:crypto';
import {
  beginPost,
  claimDelivery,
  findChannel,
  finishPost,
  hasPostFor,
  recordAttempt,
  settleInterrupted,
  type CampaignChat,
  type ChatChannel,
  type ChatPlatform,
  type ChatPost,
  type ChatPostKind,
} from '../domain/chat/campaign-chat';
import type { ChatMessage } from '../domain/chat/chat-message';
import { ConflictError } from '../domain/errors';
import type { ChatRepository } from '../storage/chat-repository';
import type { ExclusiveHolds, Hold } from '../storage/exclusive-holds';
import type { LimitCounters } from '../storage/limit-counters';
import type { ChatPlatformAdapter, WebhookOutcome, WebhookRequest } from './chat-platform';

export interface ChatDeskDeps {
  chats: ChatRepository;
  holds: ExclusiveHolds;
  limits: LimitCounters;
  adapters: Readonly<Record<ChatPlatform, ChatPlatformAdapter>>;
  /** The channel's webhook and secret, unsealed for this request only. */
  webhookOf: (campaignId: string, channel: ChatChannel) => { url: string; secret: string | null };
  /** Sends a request and reads the answer; rejects when no answer came (refused, timed out). */
  send: (request: WebhookRequest) => Promise<{ status: number; retryAfter: string | null; body: string }>;
  now: () => number;
  newId: () => string;
  sleep: (ms: number) => Promise<void>;
  retryDelaysMs: readonly number[];
  maxWaitMs: number;
  onError: (error: unknown) => void;
}

export interface PostRequest {
  campaignId: string;
  organizationId: string;
  kind: ChatPostKind;
  /** The channels to post to; null for every channel of the campaign. */
  channelIds: readonly string[] | null;
  /** The planned reminder it is: posted once, whichever instance gets there first. */
  reminderId?: string | null;
  /** What the message says in a channel (its department's link and figures). */
  compose: (channel: ChatChannel) => Promise<ChatMessage>;
}

const inProgress = () =>
  new ConflictError('A chat post of this campaign is still going out; wait until it finishes.', {
    code: 'chat.in-progress',
    params: {},
  });

/** Thrown when the planned reminder was posted meanwhile (by another instance): nothing more is done. */
export class AlreadyPosted extends Error {}

const second = (ms: number) => new Date(ms).toISOString().slice(0, 19) + 'Z';
const minute = (ms: number) => new Date(ms).toISOString().slice(0, 16) + 'Z';
/** The webhook as the limit counters know it: never the address itself, which is a secret. */
const webhookKey = (url: string) => createHash('sha256').update(url).digest('base64url');
const WINDOW_MS = 60_000;
const REMOVED = 'the channel was removed while this post was going out; nothing more was sent to it';
const UNSEALABLE =
  'this server cannot open the channel’s webhook (its secrets key is not the one it was added with): remove the channel and add it again';
const NO_KEY =
  'this server has no secrets key to open the channel’s webhook: set SECRETS_KEY, the same on every instance';
const MAYBE_POSTED =
  'no answer in time: the message may have been posted, so it is not sent again; check the group';
/**
 * Errors of a request that never reached the platform (refused, no such host, no route): safe to send again.
 * Anything else (a timeout, a connection reset) may have come after the platform took the message.
 */
const NEVER_ARRIVED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/**
 * The pieces of a webhook that are its credential: the signing secret, and each segment of the address's path
 * and each value of its query long enough to be a token (Feishu's and Slack's sit in the path, DingTalk's and
 * WeCom's in the query, Teams' in its sig). Longest first, so a token is removed whole before any part of it.
 */
function credentialParts(webhook: { url: string; secret: string | null }): string[] {
  const url = new URL(webhook.url);
  const parts = [...url.pathname.split('/'), ...url.searchParams.values(), webhook.secret ?? ''];
  return [...new Set(parts.filter((p) => p.length >= 8))].sort((a, b) => b.length - a.length);
}

/** A platform's reason with the webhook's credential taken out: some platforms quote a request's token back. */
const withoutCredential = (text: string, parts: readonly string[]): string =>
  parts.reduce((out, part) => out.split(part).join('…'), text);

export function createChatDesk(d: ChatDeskDeps) {
  const change = (
    p: Pick<PostRequest, 'campaignId' | 'organizationId'>,
    f: (c: CampaignChat) => CampaignChat,
  ) => d.chats.change(p.campaignId, p.organizationId, f);

  /** Waits until the webhook's platform allows one more request; false when that is longer than allowed. */
  async function paced(adapter: ChatPlatformAdapter, url: string): Promise<boolean> {
    const key = webhookKey(url);
    // The counters' windows are fixed, the platforms' minutes slide: a full allowance at the end of one window
    // and another at the start of the next would be twice the limit within a minute (DingTalk then blocks the
    // robot for ten minutes). Half the allowance per window keeps any sliding minute within the limit.
    const perWindow = Math.max(1, Math.floor(adapter.perMinute / 2));
    for (;;) {
      const now = d.now();
      const { count, windowStart } = await d.limits.hit(`chat:${adapter.platform}`, key, WINDOW_MS, now);
      if (count <= perWindow) return true;
      const wait = windowStart + WINDOW_MS - now;
      if (wait > d.maxWaitMs) return false;
      await d.sleep(Math.max(wait, 50));
    }
  }

  async function attempt(
    adapter: ChatPlatformAdapter,
    request: WebhookRequest,
  ): Promise<WebhookOutcome & { maybePosted?: boolean }> {
    try {
      const answer = await d.send(request);
      return adapter.outcome(answer.status, answer.retryAfter, answer.body);
    } catch (error) {
      // The request's own error names the address; only its kind is kept.
      const code =
        (error as { code?: unknown; cause?: { code?: unknown } })?.cause?.code ??
        (error as { code?: unknown }).code ??
        (error as Error)?.name;
      if (!NEVER_ARRIVED.has(String(code))) {
        return { ok: false, retry: false, retryAfterMs: null, error: MAYBE_POSTED, maybePosted: true };
      }
      return {
        ok: false,
        retry: true,
        retryAfterMs: null,
        error: `the platform could not be reached (${String(code)})`,
      };
    }
  }

  /** Sends one channel its message: claimed first, then up to 1 + retries attempts. */
  async function deliver(
    p: PostRequest,
    post: ChatPost,
    channel: ChatChannel,
    message: ChatMessage,
    hold: Hold,
  ) {
    await change(p, (c) => claimDelivery(c, post.id, channel.id));
    const adapter = d.adapters[channel.platform];
    const record = (state: 'sent' | 'failed' | 'claimed' | 'uncertain', error: string | null) =>
      change(p, (c) => recordAttempt(c, post.id, channel.id, { state, error, at: second(d.now()) }));
    let webhook: { url: string; secret: string | null };
    try {
      webhook = d.webhookOf(p.campaignId, channel);
    } catch (error) {
      // No key at all (an instance started without SECRETS_KEY), or sealed under another (a restore without
      // it, a key changed): nothing can be sent; say which.
      const noKey = error instanceof ConflictError && error.coded.code === 'chat.no-secrets-key';
      return void (await record('failed', noKey ? NO_KEY : UNSEALABLE));
    }
    const credential = credentialParts(webhook);
    for (let tries = 1; ; tries++) {
      if (hold.lost()) throw new Error('The hold on this campaign’s chat was lost; the post stops here.');
      // Removed while its post waited (for the platform's pace or a retry): the administrator took it away,
      // perhaps as the wrong group, so nothing more goes to it.
      const current = await d.chats.get(p.campaignId, p.organizationId);
      if (!current.channels.some((c) => c.id === channel.id)) return void (await record('failed', REMOVED));
      if (!(await paced(adapter, webhook.url))) {
        await record(
          'failed',
          `the platform’s limit of ${adapter.perMinute} messages a minute is used up; try again later`,
        );
        return;
      }
      const answered = await attempt(adapter, adapter.request(webhook, message, d.now()));
      if (answered.ok) return void (await record('sent', null));
      // The reason is shown and stored: a platform quoting the token back must not put it there.
      const outcome = { ...answered, error: withoutCredential(answered.error, credential) };
      if (outcome.maybePosted) return void (await record('uncertain', outcome.error));
      // At most one retry per delay given, whatever waits the platform asks for: a webhook answering 429
      // forever must not keep the campaign's chat held.
      const wait =
        tries > d.retryDelaysMs.length ? undefined : (outcome.retryAfterMs ?? d.retryDelaysMs[tries - 1]);
      if (!outcome.retry || wait === undefined || wait > d.maxWaitMs) {
        return void (await record('failed', outcome.error));
      }
      await record('claimed', outcome.error);
      await d.sleep(wait);
    }
  }

  async function send(
    p: PostRequest,
    post: ChatPost,
    channels: ChatChannel[],
    messages: ChatMessage[],
    hold: Hold,
  ) {
    let results: PromiseSettledResult<void>[];
    try {
      results = await Promise.allSettled(
        channels.map((channel, i) => deliver(p, post, channel, messages[i]!, hold)),
      );
    } finally {
      // Released before the post reads finished, so a press that follows the page's "finished" is never
      // told one is still going out. Whoever takes the hold in between may settle this post (every channel
      // has its outcome, so only its state changes), and the write below then makes it finished.
      await hold.release();
    }
    const failure = results.find((r) => r.status === 'rejected');
    // A failed write or a lost hold: what was claimed stays claimed; the post reads interrupted later.
    if (failure) throw failure.reason;
    await change(p, (c) => finishPost(c, post.id));
  }

  /** The campaign's chat, a post left `sending` by a sender that is gone settled (under the hold). */
  async function settled(p: Pick<PostRequest, 'campaignId' | 'organizationId'>): Promise<CampaignChat> {
    const chat = await d.chats.get(p.campaignId, p.organizationId);
    if (chat.posts[0]?.state !== 'sending') return chat;
    const hold = await d.holds.tryHold(`chat:${p.campaignId}`);
    // Held: it is going out now, from here or from another instance.
    if (!hold) return chat;
    try {
      return await change(p, settleInterrupted);
    } finally {
      await hold.release();
    }
  }

  return {
    settled,

    /**
     * Stores a post (each channel waiting) and sends it in the background; resolves with it as stored.
     * Refuses while another post of the campaign is going out, here or on another instance.
     */
    async start(p: PostRequest): Promise<ChatPost> {
      const hold = await d.holds.tryHold(`chat:${p.campaignId}`);
      if (!hold) throw inProgress();
      let begun: { post: ChatPost; channels: ChatChannel[]; messages: ChatMessage[] };
      try {
        const current = settleInterrupted(await d.chats.get(p.campaignId, p.organizationId));
        const channels =
          p.channelIds === null ? current.channels : p.channelIds.map((id) => findChannel(current, id));
        // Written before anything is stored: a message that cannot be composed posts nothing anywhere.
        const messages = await Promise.all(channels.map((channel) => p.compose(channel)));
        const postId = d.newId();
        const stored = await change(p, (chat) => {
          const now = settleInterrupted(chat);
          if (p.reminderId && hasPostFor(now, p.reminderId)) throw new AlreadyPosted();
          // Channels removed since they were read are not posted to; none left refuses.
          return beginPost(
            now,
            { id: postId, kind: p.kind, reminderId: p.reminderId ?? null, startedAt: minute(d.now()) },
            channels.filter((c) => now.channels.some((k) => k.id === c.id)),
          );
        });
        const post = stored.posts[0]!;
        const kept = new Set(post.deliveries.map((x) => x.channelId));
        begun = {
          post,
          channels: channels.filter((c) => kept.has(c.id)),
          messages: messages.filter((_, i) => kept.has(channels[i]!.id)),
        };
      } catch (error) {
        await hold.release();
        throw error;
      }
      void send(p, begun.post, begun.channels, begun.messages, hold).catch(d.onError);
      return begun.post;
    },
  };
}

export type ChatDesk = ReturnType<typeof createChatDesk>;
