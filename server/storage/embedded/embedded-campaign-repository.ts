import { withCampaignDefaults, type Campaign } from '../../domain/campaign';
import type { CampaignRepository } from '../campaign-repository';
import type { RecordsFile } from './records-file';

export function createEmbeddedCampaignRepository(db: RecordsFile): CampaignRepository {
  // Campaigns stored by an earlier version lack later settings; they are read with their defaults.
  const copy = (c: Campaign | undefined) => c && withCampaignDefaults(structuredClone(c));
  return {
    async create(campaign) {
      db.data.campaigns.push(structuredClone(campaign));
      await db.write();
    },
    async get(id) {
      return copy(db.data.campaigns.find((c) => c.id === id));
    },
    async listByOrganization(organizationId) {
      return db.data.campaigns.filter((c) => c.organizationId === organizationId).map((c) => copy(c)!);
    },
    async update(campaign) {
      const index = db.data.campaigns.findIndex((c) => c.id === campaign.id);
      if (index === -1) throw new Error(`No campaign ${campaign.id} to update`);
      db.data.campaigns[index] = structuredClone(campaign);
      await db.write();
    },
    async findByLinkToken(token) {
      return copy(db.data.campaigns.find((c) => c.links.some((l) => l.token === token)));
    },
  };
}
