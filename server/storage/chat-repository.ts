import type { CampaignChat } from '../domain/chat/campaign-chat';

/**
 * Each campaign's chat channels and posts (campaign-chat.ts), one record per campaign. Every change is a
 * function applied to the record as stored at that moment, with no other change of it in between from any
 * instance, and acknowledged once durable; whatever the function throws writes nothing and is rethrown.
 */
export interface ChatRepository {
  /** The campaign's record; an empty one (no channels, no posts) for a campaign that has none. */
  get(campaignId: string, organizationId: string): Promise<CampaignChat>;
  /** Applies `change` (to an empty record when none is stored) and resolves with what it stored. */
  change(
    campaignId: string,
    organizationId: string,
    change: (chat: CampaignChat) => CampaignChat,
  ): Promise<CampaignChat>;
  /** Forgets a campaign's channels and posts: what deleting the campaign leaves. */
  removeCampaign(campaignId: string): Promise<void>;
  /** Forgets every campaign's of an organization: what deleting it leaves. */
  removeOrganization(organizationId: string): Promise<void>;
}
