import type { Grant } from '../domain/account';

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
  update(invitation: UserInvitation): Promise<void>;
  listByOrganization(organizationId: string): Promise<UserInvitation[]>;
}
