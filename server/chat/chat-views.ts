// A campaign's chat as the campaign page reads it: channels without anything sealed, and posts with each
// channel's result.

import type { CampaignChat, ChatChannel, ChatPost } from '../domain/chat/campaign-chat';

export type ChannelView = Omit<ChatChannel, 'sealed' | 'fingerprint'>;

export type ChatPostView = Omit<ChatPost, 'reminderId'> & {
  /** Started by a planned reminder rather than by an administrator. */
  planned: boolean;
  /** Nothing of it is going out any more. */
  finished: boolean;
};

/** A channel as shown: the sealed webhook never leaves the server. */
export function viewChannel(channel: ChatChannel): ChannelView {
  const { sealed: _sealed, fingerprint: _fingerprint, ...shown } = channel;
  return shown;
}

export function viewPost(post: ChatPost): ChatPostView {
  const { reminderId, ...rest } = post;
  return { ...rest, planned: reminderId !== null, finished: post.state !== 'sending' };
}

export const viewChannels = (chat: CampaignChat): ChannelView[] => chat.channels.map(viewChannel);
