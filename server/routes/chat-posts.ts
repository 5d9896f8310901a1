// The chat desk every route and the reminder scheduler share, and what each channel's post says: its
// department's link (or the code page) and only the figures the disclosure rule lets its group see.

import { surveyPath } from '../../shared/public-paths';
import type { AppDeps } from '../app-deps';
import { createChatDesk, type ChatDesk } from '../chat/chat-desk';
import { CHAT_ADAPTERS } from '../chat/chat-platforms';
import { postWebhook } from '../chat/post-webhook';
import type { Campaign } from '../domain/campaigns/campaign';
import type { Organization } from '../domain/campaigns/organization';
import { reportingUnits } from '../domain/campaigns/reporting-units';
import type { ChatChannel, ChatPostKind } from '../domain/chat/campaign-chat';
import { progressForChannel } from '../domain/chat/chat-progress';
import { composeChatMessage } from '../domain/chat/compose-chat-message';
import { ConflictError } from '../domain/errors';
import type { Questionnaire } from '../domain/instrument/questionnaire';
import { questionnaireMinutes } from '../domain/instrument/questionnaire-minutes';
import { loadCampaignById } from './campaign-context';
import { trackCampaign } from './campaign-progress';

/** Chat cannot seal or open webhooks: the server was started without a key. */
export const noSecretsKey = () =>
  new ConflictError(
    'The server has no key to keep webhook addresses secret (SECRETS_KEY): chat channels cannot be added or posted to.',
    { code: 'chat.no-secrets-key', params: {} },
  );

/** What a channel's sealed value opens to; bound to the campaign and channel it was sealed for. */
export const sealContext = (campaignId: string, channelId: string) => `chat:${campaignId}:${channelId}`;

export interface CampaignChatSetup {
  desk: ChatDesk;
  /** Posts `kind` to the campaign's channels (all, or those named), composing each channel's message. */
  post(
    campaign: Campaign,
    linkBase: string,
    kind: ChatPostKind,
    channelIds: readonly string[] | null,
    reminderId?: string | null,
  ): ReturnType<ChatDesk['start']>;
}

/** The desk posting for every route and the reminder scheduler, with the compose each post needs. */
export function createCampaignChat(deps: AppDeps): CampaignChatSetup {
  const box = deps.chat?.secretBox ?? null;
  const desk = createChatDesk({
    chats: deps.storage.chats,
    holds: deps.storage.holds,
    limits: deps.storage.limits,
    adapters: CHAT_ADAPTERS,
    webhookOf: (campaignId, channel) => {
      if (!box) throw noSecretsKey();
      return JSON.parse(box.open(channel.sealed, sealContext(campaignId, channel.id))) as {
        url: string;
        secret: string | null;
      };
    },
    send: (request) => postWebhook(request, deps.chat?.timeoutMs ?? 10_000),
    now: deps.now,
    newId: deps.newId,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    retryDelaysMs: deps.chat?.retryDelaysMs ?? [2_000, 10_000],
    maxWaitMs: deps.chat?.maxWaitMs ?? 60_000,
    onError: (error) => deps.onBackgroundError?.(error),
  });
  return {
    desk,
    async post(stored, linkBase, kind, channelIds, reminderId = null) {
      const { campaign, organization, questionnaire } = await loadCampaignById(deps, stored.id);
      const compose = await composerFor(deps, campaign, organization, questionnaire, linkBase, kind);
      return desk.start({
        campaignId: campaign.id,
        organizationId: campaign.organizationId,
        kind,
        channelIds,
        reminderId,
        compose: async (channel) => compose(channel),
      });
    },
  };
}

/** Writes each channel's message: its department's link or the code page, and figures the rule allows. */
async function composerFor(
  deps: AppDeps,
  campaign: Campaign,
  organization: Organization,
  questionnaire: Questionnaire,
  linkBase: string,
  kind: ChatPostKind,
) {
  const withFigures = kind === 'reminder' || kind === 'closing';
  const tracked = withFigures ? await trackCampaign(deps, campaign, organization) : null;
  const unitOf = tracked ? reportingUnits(organization, tracked.campaign).unitOf : new Map<string, string>();
  const campaignLink = campaign.links.find((l) => l.departmentId === null);
  return (channel: ChatChannel) => {
    const department = organization.departments.find((d) => d.id === channel.departmentId);
    // A department without a link of its own (none yet) uses the campaign's, which asks for it.
    const link = campaign.links.find((l) => l.departmentId === channel.departmentId) ?? campaignLink;
    const surveyUrl =
      channel.invite === 'access-code' || !link ? `${linkBase}/code` : `${linkBase}${surveyPath(link.token)}`;
    return composeChatMessage({
      kind,
      languages: campaign.languages,
      organizationName: organization.name,
      campaignName: campaign.name,
      audienceName: department?.name ?? null,
      invite: link ? channel.invite : 'access-code',
      surveyUrl,
      closesOn: campaign.closesAt?.slice(0, 10) ?? null,
      minutes: questionnaireMinutes(questionnaire),
      progress: tracked ? progressForChannel(tracked.progress, unitOf, channel.departmentId) : null,
    });
  };
}
