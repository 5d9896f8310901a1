import type { Campaign } from '../domain/campaigns/campaign';

/** Campaigns with their survey links. */
export interface CampaignRepository {
  create(campaign: Campaign): Promise<void>;
  get(id: string): Promise<Campaign | undefined>;
  listByOrganization(organizationId: string): Promise<Campaign[]>;
  /**
   * Replaces the campaign by `change(current)`, applied to the stored campaign as it is at that moment, so
   * a change saved meanwhile by someone else is never undone. Whatever `change` throws refuses the update
   * and changes nothing. Resolves with the stored result once it is durable.
   */
  update(id: string, change: (current: Campaign) => Campaign): Promise<Campaign>;
  findByLinkToken(token: string): Promise<Campaign | undefined>;
  /**
   * Deletes the campaign's record for good, with its access codes, in one durable change: its links and
   * codes lead nowhere from then on. Resolves false when there was none. Its responses, people and tally
   * are other stores' (removeCampaign, forget).
   */
  remove(id: string): Promise<boolean>;
}
