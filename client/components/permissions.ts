// What the signed-in person may do, as the server worked it out for their session, so pages offer only
// what the server would accept. The server decides every request regardless.

import type { Principal } from '../api/client';
import type { Action } from '../../server/domain/access/policy';

/** Whether `principal` may take `action` in `organizationId`; the owner may do everything everywhere. */
export function allows(principal: Principal, action: Action, organizationId?: string): boolean {
  if (principal.permissions.everything) return true;
  if (organizationId === undefined) return false;
  return principal.permissions.byOrganization[organizationId]?.includes(action) ?? false;
}
