// The one place routes ask the policy. An organization the principal has no role in, and anything in it,
// answers exactly as a missing one does (notFound), so neither status nor words reveal that it exists; a
// role that does not allow the action answers 403; no session answers 401.

import type { Context } from 'hono';
import { authorize, type Access, type Action } from '../domain/access/policy';
import { ForbiddenError, NotFoundError, UnauthorizedError } from '../domain/errors';
import type { Principal } from '../domain/access/account';
import type { AppEnv } from './session';

/**
 * The one answer for an id that names nothing, and for one the principal may not know about: a loader's
 * "no campaign X" beside the guard's refusal would tell a stranger which ids exist.
 */
export const notFound = () =>
  new NotFoundError('Not found: it does not exist, or you have no role in its organization.', {
    code: 'resource.not-found',
    params: {},
  });

/** The answer to a request that needs someone signed in. */
export const signInRequired = () =>
  new UnauthorizedError('Sign in to continue.', { code: 'auth.sign-in-required', params: {} });

export function requirePrincipal(c: Context<AppEnv>): Principal {
  const principal = c.get('principal');
  if (!principal) throw signInRequired();
  return principal;
}

export function guard(
  c: Context<AppEnv>,
  action: Action,
  organizationId?: string,
): Extract<Access, { allowed: true }> {
  const principal = requirePrincipal(c);
  const access = authorize(principal, action, organizationId);
  if (access.allowed) return access;
  const knowsOrganization =
    principal.isOwner || principal.grants.some((g) => g.organizationId === organizationId);
  if (organizationId !== undefined && !knowsOrganization) throw notFound();
  throw new ForbiddenError('Your role does not allow this.', { code: 'auth.role-forbids', params: {} });
}
