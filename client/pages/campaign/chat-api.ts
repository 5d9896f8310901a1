// The chat-channel calls of the campaign page, as the server's chat routes answer them
// (server/routes/campaign-chat.ts). They fail the way every other call does (ApiError carrying the server's
// problem), so the section words failures with errorText like the rest of the page.

import type { ChannelView, ChatPostView as ServerPostView } from '../../../server/chat/chat-views';
import type {
  ChannelInvite,
  ChatPlatform,
  ChatPostKind,
  DeliveryState,
} from '../../../server/domain/chat/campaign-chat';
import { ApiError, type Problem } from '../../api/client';

// The shapes are the server's own (type-only imports, as api-types.ts does): a changed reply breaks the type
// check here and in the section, not the page at run time.
export type ChatPlatformId = ChatPlatform;
export type ChatInvite = ChannelInvite;
export type { ChatPostKind };
export type ChatDeliveryState = DeliveryState;

export interface ChatPlatformView {
  id: ChatPlatformId;
  /** Whether the platform's robots take a signing secret: "optional" where they can, "none" where not. */
  secret: 'optional' | 'none';
}

/** A channel as the page sees it: never its webhook address or secret, only a hint to tell two apart. */
export type ChatChannelView = ChannelView;
export type ChatPostView = ServerPostView;
export type ChatDeliveryView = ChatPostView['deliveries'][number];

export interface ChatOverview {
  /** False: the server cannot keep webhook addresses secret (no SECRETS_KEY), so none can be added. */
  available: boolean;
  platforms: ChatPlatformView[];
  channels: ChatChannelView[];
  latest: ChatPostView | null;
}

export interface NewChatChannel {
  platform: ChatPlatformId;
  label: string;
  departmentId: string | null;
  invite: ChatInvite;
  webhookUrl: string;
  secret?: string;
}

/** The ways a planned reminder goes out. */
export type ReminderVia = 'email' | 'chat';

async function call<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError({
      type: 'network',
      title: 'Offline',
      status: 0,
      detail: 'The server could not be reached. Check the connection and try again.',
      code: 'network.unreachable',
      params: {},
    });
  }
  const text = await response.text();
  if (!response.ok) {
    let problem: Record<string, unknown> = {};
    try {
      problem = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // A proxy's error page: the status is all there is to go on.
    }
    const coded = typeof problem.code === 'string';
    throw new ApiError({
      type: typeof problem.type === 'string' ? problem.type : 'unknown',
      title: typeof problem.title === 'string' ? problem.title : response.statusText,
      status: response.status,
      detail: typeof problem.detail === 'string' ? problem.detail : `The server answered ${response.status}.`,
      code: coded ? (problem.code as Problem['code']) : 'server.status',
      params: coded ? ((problem.params as Problem['params']) ?? {}) : { status: response.status },
      ...(Array.isArray(problem.errors) ? { errors: problem.errors as Problem['errors'] } : {}),
    });
  }
  return (text ? JSON.parse(text) : undefined) as T;
}

const chatPath = (campaignId: string) => `/api/campaigns/${encodeURIComponent(campaignId)}/chat`;
const channelPath = (campaignId: string, channelId: string) =>
  `${chatPath(campaignId)}/channels/${encodeURIComponent(channelId)}`;

export const chatApi = {
  overview: (campaignId: string) => call<ChatOverview>('GET', chatPath(campaignId)),
  addChannel: (campaignId: string, body: NewChatChannel) =>
    call<{ channel: ChatChannelView }>('POST', `${chatPath(campaignId)}/channels`, body),
  removeChannel: (campaignId: string, channelId: string) =>
    call<void>('DELETE', channelPath(campaignId, channelId)),
  testChannel: (campaignId: string, channelId: string) =>
    call<ChatPostView>('POST', `${channelPath(campaignId, channelId)}/test`),
  post: (campaignId: string, kind: Exclude<ChatPostKind, 'test'>) =>
    call<ChatPostView>('POST', `${chatPath(campaignId)}/posts`, { kind }),
  latestPost: (campaignId: string) =>
    call<{ post: ChatPostView | null }>('GET', `${chatPath(campaignId)}/posts/latest`),
};
