import type { CampaignRepository } from './campaign-repository';
import type { OrganizationRepository } from './organization-repository';
import type { ResponseRepository } from './response-repository';

/** Everything the routes persist, behind the three repository interfaces. */
export interface Storage {
  organizations: OrganizationRepository;
  campaigns: CampaignRepository;
  responses: ResponseRepository;
  close(): Promise<void>;
}
