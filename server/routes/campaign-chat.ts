// A campaign's workplace-chat channels and posts: adding a channel (its webhook sealed at once and never
// shown again), a test message, the announcement, a reminder and the closing notice, each posted to every
// channel (or those chosen) with the result per channel for the page to poll.

import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { CHAT_ADAPTERS, checkWebhookUrl, webhookHint } from '../chat/chat-platforms';
import { viewChannel, viewChannels, viewPost } from '../chat/chat-views';
import { campaignPhase } from '../domain/campaigns/campaign';
import {
  addChannel,
  CHAT_PLATFORMS,
  latestPost,
  removeChannel,
  type ChatChannel,
} from '../domain/chat/campaign-chat';
import { ConflictError, InvalidInputError } from '../domain/errors';
import { audit } from '../http/audit';
import {
  CampaignChatSchema,
  ChannelAddedSchema,
  ChatPostSchema,
  LatestChatPostSchema,
} from '../http/chat-replies';
import { AddChannelBody, ChannelParam, ChatPostBody } from '../http/chat-schemas';
import { guard } from '../http/guard';
import { createRouter, jsonBody, jsonResponse, problems } from '../http/router';
import { IdParam } from '../http/schemas';
import type { SecretBox } from '../security/secret-box';
import { loadCampaignById } from './campaign-context';
import { noSecretsKey, sealContext, type CampaignChatSetup } from './chat-posts';
import { assertMayDistribute, linkBaseOf } from './issue-links';

const tags = ['Chat channels'];

function sealWebhook(
  box: SecretBox | null,
  campaignId: string,
  channelId: string,
  url: string,
  secret: string | null,
) {
  if (!box) throw noSecretsKey();
  return box.seal(JSON.stringify({ url, secret }), sealContext(campaignId, channelId));
}

function fingerprintOf(box: SecretBox | null, campaignId: string, url: string) {
  if (!box) throw noSecretsKey();
  return box.fingerprint(url, `chat:${campaignId}`);
}

export function campaignChatRoutes(deps: AppDeps, chat: CampaignChatSetup) {
  const { storage } = deps;
  const load = (id: string) => loadCampaignById(deps, id);
  const box = () => deps.chat?.secretBox ?? null;

  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/chat',
        tags,
        summary:
          'The campaign’s chat channels (never their webhooks) and its latest post with each channel’s result',
        request: { params: IdParam },
        responses: {
          200: jsonResponse(CampaignChatSchema, 'Channels and the latest post'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { campaign } = await load(c.req.valid('param').id);
        guard(c, 'campaign:manage', campaign.organizationId);
        const current = await chat.desk.settled({
          campaignId: campaign.id,
          organizationId: campaign.organizationId,
        });
        const latest = latestPost(current);
        return c.json(
          {
            available: box() !== null,
            platforms: CHAT_PLATFORMS.map((id) => ({ id, secret: CHAT_ADAPTERS[id].secret })),
            channels: viewChannels(current),
            latest: latest && viewPost(latest),
          },
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/chat/channels',
        tags,
        summary:
          'Add a chat channel: a group robot or incoming webhook posting into a department’s group or the campaign’s',
        request: { params: IdParam, ...jsonBody(AddChannelBody) },
        responses: {
          201: jsonResponse(ChannelAddedSchema, 'The channel, without its webhook: it is never shown again'),
          ...problems(400, 401, 403, 404, 409, 413, 422, 503),
        },
      }),
      async (c) => {
        const { campaign } = await load(c.req.valid('param').id);
        guard(c, 'survey:distribute', campaign.organizationId);
        const body = c.req.valid('json');
        const adapter = CHAT_ADAPTERS[body.platform];
        const checked = checkWebhookUrl(body.platform, body.webhookUrl, deps.chat?.extraHosts ?? []);
        if (!checked.ok) {
          throw new InvalidInputError('That is not a webhook address of the platform chosen.', {
            code: checked.code,
            params: { platform: body.platform },
          });
        }
        if (body.secret !== null && adapter.secret === 'none') {
          throw new InvalidInputError('This platform’s webhooks have no signing secret.', {
            code: 'chat.secret-not-used',
            params: { platform: body.platform },
          });
        }
        if (body.departmentId !== null && !campaign.departmentIds.includes(body.departmentId)) {
          throw new InvalidInputError('That department is not part of this campaign.', {
            code: 'chat.department-unknown',
            params: {},
          });
        }
        const channelId = deps.newId();
        const channel: ChatChannel = {
          id: channelId,
          platform: body.platform,
          label: body.label,
          departmentId: body.departmentId,
          invite: body.invite,
          sealed: sealWebhook(box(), campaign.id, channelId, checked.url.href, body.secret),
          hint: webhookHint(checked.url),
          fingerprint: fingerprintOf(box(), campaign.id, checked.url.href),
          signed: body.secret !== null,
          addedOn: deps.today(),
        };
        await storage.chats.change(campaign.id, campaign.organizationId, (current) =>
          addChannel(current, channel),
        );
        // The audit records the campaign only: never the channel's address.
        await audit(c, deps, 'campaign.chat.channel-added', campaign.id);
        return c.json({ channel: viewChannel(channel) }, 201);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}/chat/channels/{channelId}',
        tags,
        summary: 'Remove a chat channel; what was posted through it stays on record',
        request: { params: ChannelParam },
        responses: { 204: { description: 'Removed' }, ...problems(401, 403, 404, 422, 503) },
      }),
      async (c) => {
        const { id, channelId } = c.req.valid('param');
        const { campaign } = await load(id);
        guard(c, 'survey:distribute', campaign.organizationId);
        await storage.chats.change(campaign.id, campaign.organizationId, (current) =>
          removeChannel(current, channelId),
        );
        await audit(c, deps, 'campaign.chat.channel-removed', campaign.id);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/chat/channels/{channelId}/test',
        tags,
        summary: 'Post a test message to one channel, to check its set-up',
        request: { params: ChannelParam },
        responses: {
          202: jsonResponse(ChatPostSchema, 'Posting has started; poll the latest post'),
          ...problems(401, 403, 404, 409, 422, 503),
        },
      }),
      async (c) => {
        const { id, channelId } = c.req.valid('param');
        const { campaign } = await load(id);
        guard(c, 'survey:distribute', campaign.organizationId);
        const post = await chat.post(campaign, linkBaseOf(deps, c), 'test', [channelId]);
        await audit(c, deps, 'campaign.chat.test', campaign.id);
        return c.json(viewPost(post), 202);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/chat/posts',
        tags,
        summary:
          'Post the announcement, a reminder with the group’s progress, or the closing notice to the channels',
        request: { params: IdParam, ...jsonBody(ChatPostBody) },
        responses: {
          202: jsonResponse(ChatPostSchema, 'Posting has started; poll the latest post'),
          ...problems(400, 401, 403, 404, 409, 413, 422, 503),
        },
      }),
      async (c) => {
        const { campaign } = await load(c.req.valid('param').id);
        guard(c, 'survey:distribute', campaign.organizationId);
        const { kind, channelIds } = c.req.valid('json');
        if (kind === 'closing') {
          if (campaignPhase(campaign, deps.now()) !== 'closed') {
            throw new ConflictError('The closing notice can be sent once the campaign has closed.', {
              code: 'chat.not-closed',
              params: {},
            });
          }
        } else {
          assertMayDistribute(campaign, deps.now());
        }
        const post = await chat.post(campaign, linkBaseOf(deps, c), kind, channelIds ?? null);
        await audit(c, deps, `campaign.chat.${kind}`, campaign.id);
        return c.json(viewPost(post), 202);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/chat/posts/latest',
        tags,
        summary: 'How the latest chat post is going, channel by channel',
        request: { params: IdParam },
        responses: {
          200: jsonResponse(LatestChatPostSchema, 'The latest post, or null'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { campaign } = await load(c.req.valid('param').id);
        guard(c, 'campaign:manage', campaign.organizationId);
        const latest = latestPost(
          await chat.desk.settled({ campaignId: campaign.id, organizationId: campaign.organizationId }),
        );
        return c.json({ post: latest && viewPost(latest) }, 200);
      },
    );
}
