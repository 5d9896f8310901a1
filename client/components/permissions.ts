// What the signed-in person's roles allow, so pages offer only what the server would accept. The server
// decides (server/domain/policy.ts); this copy of its table only hides buttons, and a test keeps the two
// in step, because the client may import server code by type only.

import type { Principal, Role } from '../../server/domain/account';
import type { Action } from '../../server/domain/policy';

export const ROLE_ACTIONS: Record<Role, readonly Action[]> = {
  administrator: [
    'organization:read',
    'organization:manage',
    'campaign:read',
    'campaign:manage',
    'report:read',
    'users:manage',
  ],
  executive: ['organization:read', 'campaign:read', 'report:read'],
  'department-head': ['organization:read', 'report:read'],
  consultant: ['organization:read', 'campaign:read', 'report:read'],
};

/** Whether `principal` may take `action` in `organizationId`; the owner may do everything everywhere. */
export function allows(principal: Principal, action: Action, organizationId?: string): boolean {
  if (principal.isOwner) return true;
  if (action === 'organization:create' || organizationId === undefined) return false;
  return principal.grants.some(
    (g) => g.organizationId === organizationId && ROLE_ACTIONS[g.role].includes(action),
  );
}
