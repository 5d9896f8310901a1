import type { Grant } from '../domain/access/account';

/** A one-time link inviting someone to sign up with a role. Only the hash of its token is stored. */
export interface UserInvitation {
  /** How administrators name it (to revoke it); not a secret, unlike the token. */
  id: string;
  tokenHash: string;
  email: string;
  grant: Grant;
  invitedBy: string;
  createdOn: string;
  expiresAt: number;
  usedOn: string | null;
}

export interface UserInvitationRepository {
  /**
   * Stores the invitation in place of every unused one for the same address and role in the same
   * organization (user-invitation.ts sameSlot), in one change: their links stop working as this one is kept.
   * Resolves with how many it replaced.
   */
  create(invitation: UserInvitation): Promise<number>;
  findByTokenHash(tokenHash: string): Promise<UserInvitation | undefined>;
  /** Replaces the invitation by `change(current)`, applied to it as stored at that moment. */
  update(tokenHash: string, change: (current: UserInvitation) => UserInvitation): Promise<UserInvitation>;
  /**
   * Marks the invitation used on `usedOn` if, as stored at that moment, it is unused and not expired at
   * `now`; resolves with it, or undefined (and changes nothing) when it is not, or no longer, there.
   */
  spend(tokenHash: string, usedOn: string, now: number): Promise<UserInvitation | undefined>;
  /** Removes the organization's unused invitation `id`; resolves with it, or undefined when there is none. */
  revoke(organizationId: string, id: string): Promise<UserInvitation | undefined>;
  listByOrganization(organizationId: string): Promise<UserInvitation[]>;
}
