import type { Grant } from '../domain/access/account';

/** A one-time link inviting someone to sign up with a role. Only the hash of its token is stored. */
export interface UserInvitation {
  tokenHash: string;
  email: string;
  grant: Grant;
  invitedBy: string;
  createdOn: string;
  expiresAt: number;
  usedOn: string | null;
}

export interface UserInvitationRepository {
  create(invitation: UserInvitation): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<UserInvitation | undefined>;
  /** Replaces the invitation by `change(current)`, applied to it as stored at that moment. */
  update(tokenHash: string, change: (current: UserInvitation) => UserInvitation): Promise<UserInvitation>;
  listByOrganization(organizationId: string): Promise<UserInvitation[]>;
}
