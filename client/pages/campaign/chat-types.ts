// The chat section's names for the API's chat shapes (server/http/api-types.ts, inferred from the routes'
// schemas): a changed reply breaks the type check here and in the section, not the page at run time.

import type {
  CampaignChat,
  ChatChannel,
  ChatPost,
  NewChatChannel as NewChannelBody,
  NewReminder,
} from '../../../server/http/api-types';

export type ChatOverview = CampaignChat;
export type ChatPlatformView = CampaignChat['platforms'][number];
export type ChatPlatformId = ChatPlatformView['id'];
export type ChatChannelView = ChatChannel;
export type ChatInvite = ChatChannel['invite'];
export type ChatPostView = ChatPost;
export type ChatPostKind = ChatPost['kind'];
export type ChatDeliveryView = ChatPost['deliveries'][number];
export type ChatDeliveryState = ChatDeliveryView['state'];
export type NewChatChannel = NewChannelBody;
/** The ways a planned reminder goes out. */
export type ReminderVia = NonNullable<NewReminder['via']>[number];
