import type { Campaign } from '../domain/campaign';

/** Campaigns with their survey links. */
export interface CampaignRepository {
  create(campaign: Campaign): Promise<void>;
  get(id: string): Promise<Campaign | undefined>;
  listByOrganization(organizationId: string): Promise<Campaign[]>;
  /** Replaces the stored campaign with the same id. */
  update(campaign: Campaign): Promise<void>;
  findByLinkToken(token: string): Promise<Campaign | undefined>;
}
