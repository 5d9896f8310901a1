import { withCampaignDefaults, type Campaign } from '../../domain/campaigns/campaign';
import type { CampaignRepository } from '../campaign-repository';
import type { RecordsFile } from './records-file';
import { replaceRecord } from './replace-record';
import { frozenCopy } from './frozen-copy';

export function createEmbeddedCampaignRepository(db: RecordsFile): CampaignRepository {
  // Campaigns stored by an earlier version lack later settings; they are read with their defaults.
  const copy = (c: Campaign | undefined) => c && frozenCopy(c, withCampaignDefaults);
  return {
    create: (campaign) =>
      db.change((data) => {
        data.campaigns.push(structuredClone(campaign));
      }),
    async get(id) {
      return copy(db.data.campaigns.find((c) => c.id === id));
    },
    async listByOrganization(organizationId) {
      return db.data.campaigns.filter((c) => c.organizationId === organizationId).map((c) => copy(c)!);
    },
    update: (id, change) =>
      db.change((data) =>
        structuredClone(
          replaceRecord(
            data.campaigns,
            (c) => c.id === id,
            (c) => change(withCampaignDefaults(c)),
          ),
        ),
      ),
    async findByLinkToken(token) {
      return copy(db.data.campaigns.find((c) => c.links.some((l) => l.token === token)));
    },
    remove: (id) =>
      db.change((data) => {
        const before = data.campaigns.length;
        data.campaigns = data.campaigns.filter((c) => c.id !== id);
        if (data.campaigns.length === before) return false;
        data.accessCodes = data.accessCodes.filter((a) => a.campaignId !== id);
        return true;
      }),
  };
}
