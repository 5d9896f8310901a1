// What the chat endpoints answer: channels (never their webhook), and posts with each channel's result.

import { z } from '@hono/zod-openapi';
import type { ChannelView, ChatPostView } from '../chat/chat-views';
import { ChatPlatformSchema } from './chat-schemas';
import { schemaOf } from './schema-matches';

export const ChannelSchema = schemaOf<ChannelView>()(
  z
    .strictObject({
      id: z.string(),
      platform: ChatPlatformSchema,
      label: z.string(),
      departmentId: z.string().nullable(),
      invite: z.enum(['link', 'access-code']),
      hint: z.string().openapi({ description: 'The webhook’s host and last four characters' }),
      signed: z.boolean(),
      addedOn: z.string(),
    })
    .openapi('ChatChannel'),
);

export const ChatPostSchema = schemaOf<ChatPostView>()(
  z
    .strictObject({
      id: z.string(),
      kind: z.enum(['test', 'announcement', 'reminder', 'closing']),
      planned: z.boolean(),
      startedAt: z.string(),
      state: z.enum(['sending', 'finished', 'interrupted']),
      finished: z.boolean(),
      deliveries: z.array(
        z.strictObject({
          channelId: z.string(),
          label: z.string(),
          platform: ChatPlatformSchema,
          state: z.enum(['waiting', 'claimed', 'sent', 'failed', 'uncertain', 'not-sent']),
          attempts: z.number().int(),
          error: z.string().nullable().openapi({ description: 'The platform’s reason, in its words' }),
          at: z.string().nullable(),
        }),
      ),
    })
    .openapi('ChatPost'),
);

export const CampaignChatSchema = z
  .strictObject({
    available: z.boolean().openapi({ description: 'False: the server has no key to seal webhooks with' }),
    platforms: z.array(z.strictObject({ id: ChatPlatformSchema, secret: z.enum(['optional', 'none']) })),
    channels: z.array(ChannelSchema),
    latest: ChatPostSchema.nullable(),
  })
  .openapi('CampaignChat');

export const ChannelAddedSchema = z.strictObject({ channel: ChannelSchema }).openapi('ChatChannelAdded');
export const LatestChatPostSchema = z
  .strictObject({ post: ChatPostSchema.nullable() })
  .openapi('LatestChatPost');
