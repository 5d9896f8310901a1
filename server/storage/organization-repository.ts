import type { Organization } from '../domain/campaigns/organization';

/** Organizations with their departments: few, small and mutable. */
export interface OrganizationRepository {
  create(organization: Organization): Promise<void>;
  get(id: string): Promise<Organization | undefined>;
  /** Every organization, archived ones included: callers choose what a list shows. */
  list(): Promise<Organization[]>;
  /**
   * Replaces the organization by `change(current)`, applied to it as stored at that moment, so an edit saved
   * meanwhile by someone else is never undone. Whatever `change` throws refuses the update and changes
   * nothing. Resolves with the stored result once it is durable; rejects for an organization not stored.
   */
  update(id: string, change: (current: Organization) => Organization): Promise<Organization>;
  /**
   * Deletes the organization for good, with the role invitations and grants given for it, in one durable
   * change (its campaigns are deleted one by one before). Resolves false when there was none.
   */
  remove(id: string): Promise<boolean>;
}
