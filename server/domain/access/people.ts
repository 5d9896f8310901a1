// What administrators may do to the people of an organization: take a role away, end their sessions, have
// their password reset. The owner stands above every organization, so nobody but the owner acts on them.

import type { Grant, Principal, Role } from './account';

/** The grants left once `role` in `organizationId` is taken away; the same list when it was not held. */
export function removeGrant(grants: readonly Grant[], organizationId: string, role: Role): Grant[] {
  return grants.filter((g) => !(g.organizationId === organizationId && g.role === role));
}

/** Whether the person holds any role in the organization, which is what makes them its people. */
export function belongsTo(grants: readonly Grant[], organizationId: string): boolean {
  return grants.some((g) => g.organizationId === organizationId);
}

/**
 * Whether `actor` may act on an account: anyone on anyone but the owner, and the owner on themselves. An
 * administrator who could end the owner's sessions or take the owner's roles would stand above them.
 */
export function mayActOn(actor: Principal, target: { id: string; isOwner: boolean }): boolean {
  return !target.isOwner || actor.accountId === target.id;
}
