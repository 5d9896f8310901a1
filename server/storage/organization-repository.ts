import type { Organization } from '../domain/campaigns/organization';

/** Organizations with their departments: few, small and mutable. */
export interface OrganizationRepository {
  create(organization: Organization): Promise<void>;
  get(id: string): Promise<Organization | undefined>;
  list(): Promise<Organization[]>;
}
