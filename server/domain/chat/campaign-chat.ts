// A campaign's workplace-chat channels (group robots and incoming webhooks that post into a department's
// group, or the whole campaign's) and the posts sent through them, kept as one record per campaign so that
// every change is one read-modify-write of it. A channel's webhook address and signing secret are kept only
// sealed (secret-box.ts): the address alone lets anyone post into the group, so it is as secret as the key.
// A post claims each channel before its message is handed over: a claimed channel is never sent that post
// again, so a crash costs at most a message nobody can be sure went out, never one posted twice.

import { ConflictError, NotFoundError } from '../errors';

export const CHAT_PLATFORMS = ['feishu', 'lark', 'dingtalk', 'wecom', 'slack', 'teams'] as const;
export type ChatPlatform = (typeof CHAT_PLATFORMS)[number];

/** How a channel's people reach the survey: the department's shared link, or an access code each was handed. */
export type ChannelInvite = 'link' | 'access-code';

export interface ChatChannel {
  id: string;
  platform: ChatPlatform;
  /** The administrator's name for it, such as "Sales team group". */
  label: string;
  /** The department whose group it posts into; null for a group of the whole campaign. */
  departmentId: string | null;
  invite: ChannelInvite;
  /** The webhook address and signing secret, sealed with the server's key; never sent to a client. */
  sealed: string;
  /** What the page shows of the address: its host and last four characters, enough to tell two apart. */
  hint: string;
  /**
   * A keyed hash of the address (secret-box.ts fingerprint), the same for the same webhook: one group's
   * robot added twice would get every post twice. Without the key it says nothing of the address.
   */
  fingerprint: string;
  /** Whether a signing secret was given. */
  signed: boolean;
  addedOn: string;
}

export type ChatPostKind = 'test' | 'announcement' | 'reminder' | 'closing';

export type DeliveryState =
  /** Not yet handed over. */
  | 'waiting'
  /** Handed over (or about to be), no answer recorded yet: after a crash, nobody knows whether it went. */
  | 'claimed'
  | 'sent'
  | 'failed'
  /** Claimed when the post was cut short: counted as maybe sent, never sent again. */
  | 'uncertain'
  /** Never claimed when the post was cut short: not sent. */
  | 'not-sent';

export interface ChatDelivery {
  channelId: string;
  /** The channel's label and platform as they were: the channel may be removed later. */
  label: string;
  platform: ChatPlatform;
  state: DeliveryState;
  /** Requests made, retries included. */
  attempts: number;
  /**
   * The platform's reason, in its words (never the webhook's credential), or why it may have been posted;
   * kept between retries too; null once sent.
   */
  error: string | null;
  /** When the last attempt ended, to the second; null before. */
  at: string | null;
}

export type ChatPostState = 'sending' | 'finished' | 'interrupted';

export interface ChatPost {
  id: string;
  kind: ChatPostKind;
  /** The planned reminder that started it; null when an administrator did. */
  reminderId: string | null;
  /** When it started, to the minute. */
  startedAt: string;
  deliveries: ChatDelivery[];
  state: ChatPostState;
}

export interface CampaignChat {
  campaignId: string;
  organizationId: string;
  channels: ChatChannel[];
  /** Newest first; only the latest MAX_KEPT_POSTS are kept. */
  posts: ChatPost[];
}

export const MAX_CHANNELS = 30;
export const MAX_KEPT_POSTS = 20;
export const MAX_LABEL_LENGTH = 80;

export function emptyChat(campaignId: string, organizationId: string): CampaignChat {
  return { campaignId, organizationId, channels: [], posts: [] };
}

/** Adds a channel, or refuses: too many, or a label already used in this campaign. */
export function addChannel(chat: CampaignChat, channel: ChatChannel): CampaignChat {
  if (chat.channels.length >= MAX_CHANNELS) {
    throw new ConflictError(`A campaign has at most ${MAX_CHANNELS} chat channels.`, {
      code: 'chat.too-many-channels',
      params: { max: MAX_CHANNELS },
    });
  }
  if (chat.channels.some((c) => c.fingerprint === channel.fingerprint)) {
    throw new ConflictError('That webhook is already a channel of this campaign.', {
      code: 'chat.webhook-taken',
      params: {},
    });
  }
  const label = channel.label.trim().toLowerCase();
  if (chat.channels.some((c) => c.label.trim().toLowerCase() === label)) {
    throw new ConflictError('A channel of this campaign already has that name.', {
      code: 'chat.label-taken',
      params: {},
    });
  }
  return { ...chat, channels: [...chat.channels, channel] };
}

const noSuchChannel = () =>
  new NotFoundError('This campaign has no such chat channel.', { code: 'chat.no-such-channel', params: {} });

export function findChannel(chat: CampaignChat, channelId: string): ChatChannel {
  const found = chat.channels.find((c) => c.id === channelId);
  if (!found) throw noSuchChannel();
  return found;
}

/** Removes a channel; the posts keep its label, so what was sent stays on record. */
export function removeChannel(chat: CampaignChat, channelId: string): CampaignChat {
  findChannel(chat, channelId);
  return { ...chat, channels: chat.channels.filter((c) => c.id !== channelId) };
}

/** The latest post, or null. */
export const latestPost = (chat: CampaignChat): ChatPost | null => chat.posts[0] ?? null;

/**
 * Stores a new post to `channels` (none claimed yet), newest first. Refuses while the latest is still
 * sending: the caller holds the campaign's chat (one sender across instances), so a post still `sending`
 * under the hold was cut short and must be settled (settleInterrupted) first.
 */
export function beginPost(
  chat: CampaignChat,
  post: Omit<ChatPost, 'deliveries' | 'state'>,
  channels: readonly ChatChannel[],
): CampaignChat {
  if (channels.length === 0) {
    throw new ConflictError('No chat channel to post to: add one first.', {
      code: 'chat.no-channels',
      params: {},
    });
  }
  if (latestPost(chat)?.state === 'sending') {
    throw new ConflictError('A chat post of this campaign is still going out; wait until it finishes.', {
      code: 'chat.in-progress',
      params: {},
    });
  }
  const begun: ChatPost = {
    ...post,
    state: 'sending',
    deliveries: channels.map((c) => ({
      channelId: c.id,
      label: c.label,
      platform: c.platform,
      state: 'waiting',
      attempts: 0,
      error: null,
      at: null,
    })),
  };
  return { ...chat, posts: [begun, ...chat.posts].slice(0, MAX_KEPT_POSTS) };
}

function changePost(chat: CampaignChat, postId: string, change: (post: ChatPost) => ChatPost): CampaignChat {
  if (!chat.posts.some((p) => p.id === postId)) {
    throw new NotFoundError('No such chat post.', { code: 'chat.no-such-post', params: {} });
  }
  return { ...chat, posts: chat.posts.map((p) => (p.id === postId ? change(p) : p)) };
}

function changeDelivery(
  chat: CampaignChat,
  postId: string,
  channelId: string,
  change: (d: ChatDelivery) => ChatDelivery,
): CampaignChat {
  return changePost(chat, postId, (p) => ({
    ...p,
    deliveries: p.deliveries.map((d) => (d.channelId === channelId ? change(d) : d)),
  }));
}

/** Thrown when a delivery is claimed twice: whoever sees it must not send. */
export class AlreadyClaimed extends Error {}

/** The delivery claimed before its message is handed over; a second claim throws AlreadyClaimed. */
export function claimDelivery(chat: CampaignChat, postId: string, channelId: string): CampaignChat {
  return changeDelivery(chat, postId, channelId, (d) => {
    if (d.state !== 'waiting') throw new AlreadyClaimed();
    return { ...d, state: 'claimed' };
  });
}

/**
 * An attempt's result: sent, failed for good, `uncertain` (no answer: it may have been posted, so it is not
 * sent again), or still `claimed` with the count of attempts so far (a retry).
 */
export function recordAttempt(
  chat: CampaignChat,
  postId: string,
  channelId: string,
  result: { state: 'sent' | 'failed' | 'claimed' | 'uncertain'; error: string | null; at: string },
): CampaignChat {
  return changeDelivery(chat, postId, channelId, (d) => ({
    ...d,
    state: result.state,
    attempts: d.attempts + 1,
    error: result.state === 'sent' ? null : result.error,
    at: result.at,
  }));
}

export function finishPost(chat: CampaignChat, postId: string): CampaignChat {
  return changePost(chat, postId, (p) => ({ ...p, state: 'finished' }));
}

/** The states a delivery ends in. */
const OUTCOMES: readonly DeliveryState[] = ['sent', 'failed', 'uncertain'];

/**
 * A post found `sending` by whoever holds the campaign's chat was cut short (its sender is gone): claimed
 * deliveries become `uncertain`, waiting ones `not-sent`, and the post `interrupted`, or `finished` when
 * every channel had its outcome already. Nothing of it is ever sent again.
 */
export function settleInterrupted(chat: CampaignChat): CampaignChat {
  return {
    ...chat,
    posts: chat.posts.map((p) =>
      p.state !== 'sending'
        ? p
        : {
            ...p,
            // Every channel with its outcome: its sender stopped only before writing it finished.
            state: p.deliveries.every((d) => OUTCOMES.includes(d.state))
              ? ('finished' as const)
              : ('interrupted' as const),
            deliveries: p.deliveries.map((d) =>
              d.state === 'claimed'
                ? { ...d, state: 'uncertain' as const }
                : d.state === 'waiting'
                  ? { ...d, state: 'not-sent' as const }
                  : d,
            ),
          },
    ),
  };
}

/**
 * When the survey was first announced in chat (a post that reached, or may have reached, a group), or null:
 * with the first emailed invitations, what a reminder planned "some days after the invitations" counts from.
 */
export function firstAnnouncedAt(posts: readonly ChatPost[]): number | null {
  const starts = posts
    .filter(
      (p) =>
        p.kind === 'announcement' && p.deliveries.some((d) => d.state === 'sent' || d.state === 'uncertain'),
    )
    .map((p) => Date.parse(p.startedAt));
  return starts.length === 0 ? null : Math.min(...starts);
}

/** The earlier of two moments either of which may be unknown. */
export const earliest = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.min(a, b);

/** Whether a planned reminder already has a post (claimed once, by whichever instance got there first). */
export const hasPostFor = (chat: CampaignChat, reminderId: string): boolean =>
  chat.posts.some((p) => p.reminderId === reminderId);
