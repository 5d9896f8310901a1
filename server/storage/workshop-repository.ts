import type { Workshop } from '../domain/workshop/workshop';

/**
 * The goal-writing workshops. A workshop changes only through `change`: the function is applied to the
 * workshop as stored at that moment, so twenty participants writing at once never lose each other's draft;
 * whatever it throws (a refusal) writes nothing.
 */
export interface WorkshopRepository {
  /** Stores a new workshop; false, writing nothing, when another workshop already has its code. */
  create(workshop: Workshop): Promise<boolean>;
  get(id: string): Promise<Workshop | undefined>;
  /** The workshop a join code names, ended or not. */
  byCode(code: string): Promise<Workshop | undefined>;
  /** An organization's workshops, newest first. */
  listByOrganization(organizationId: string): Promise<Workshop[]>;
  /**
   * Applies `apply` to the stored workshop and resolves with the result once durable; undefined for an
   * unknown id, or when `apply` answers undefined (nothing is written either way).
   */
  change(id: string, apply: (workshop: Workshop) => Workshop | undefined): Promise<Workshop | undefined>;
  /** Forgets an organization's workshops (participants' names and drafts with them): what deleting it leaves. */
  removeOrganization(organizationId: string): Promise<void>;
  /** The participant whose cookie token hashes to `tokenHash`, and their workshop. */
  participantByTokenHash(
    tokenHash: string,
  ): Promise<{ workshopId: string; participantId: string } | undefined>;
}
