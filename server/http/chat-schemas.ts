// Request shapes of the chat channels and posts, validated at the edge.

import { z } from '@hono/zod-openapi';
import { CHAT_PLATFORMS, MAX_CHANNELS, MAX_LABEL_LENGTH } from '../domain/chat/campaign-chat';

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const ChatPlatformSchema = z.enum(CHAT_PLATFORMS).openapi('ChatPlatform');

export const AddChannelBody = z
  .strictObject({
    platform: ChatPlatformSchema,
    label: z.string().trim().min(1).max(MAX_LABEL_LENGTH),
    departmentId: id
      .nullable()
      .openapi({ description: 'The department whose group it is; null for the whole campaign' }),
    invite: z.enum(['link', 'access-code']),
    webhookUrl: z.string().trim().min(1).max(2048).openapi({
      description: 'The webhook address the platform gave; stored sealed and never shown again',
    }),
    secret: z
      .string()
      .trim()
      .max(512)
      .optional()
      .transform((v) => (v === undefined || v === '' ? null : v))
      .openapi({
        description: 'The signing secret (Feishu, Lark, DingTalk); stored sealed, never shown again',
      }),
  })
  .openapi('AddChatChannel');

export const ChatPostBody = z
  .strictObject({
    kind: z.enum(['announcement', 'reminder', 'closing']),
    // Each once: a channel named twice would be claimed twice in one post.
    channelIds: z
      .array(id)
      .min(1)
      .max(MAX_CHANNELS)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'Each channel once' })
      .optional(),
  })
  .openapi('ChatPostRequest');

export const ChannelParam = z.object({ id, channelId: id });
