// One-time links inviting someone to an organization with a role. Only one is live per address and role in
// an organization: inviting again replaces the earlier link, so a lost link never stays usable beside a new one.

import type { Grant } from './account';

/** What decides which invitation replaces which. */
export interface InvitationSlot {
  email: string;
  grant: Pick<Grant, 'organizationId' | 'role'>;
}

/** Whether two invitations are for the same address and role in the same organization. */
export function sameSlot(a: InvitationSlot, b: InvitationSlot): boolean {
  return (
    a.email === b.email && a.grant.organizationId === b.grant.organizationId && a.grant.role === b.grant.role
  );
}

/** Whether an invitation can still be accepted: not yet used, and not expired at `now` (milliseconds). */
export function isInvitationLive(
  invitation: { usedOn: string | null; expiresAt: number },
  now: number,
): boolean {
  return invitation.usedOn === null && now < invitation.expiresAt;
}
