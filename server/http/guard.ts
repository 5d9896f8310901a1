// The one place routes ask the policy. An organization the principal has no role in answers 404, so its
// existence is not revealed; a role that does not allow the action answers 403; no session answers 401.

import type { Context } from 'hono';
import { authorize, type Access, type Action } from '../domain/policy';
import { ForbiddenError, NotFoundError, UnauthorizedError } from '../domain/errors';
import type { Principal } from '../domain/account';
import type { AppEnv } from './session';

export function requirePrincipal(c: Context<AppEnv>): Principal {
  const principal = c.get('principal');
  if (!principal) throw new UnauthorizedError('Sign in to continue.');
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
  if (organizationId !== undefined && !knowsOrganization) throw new NotFoundError('Not found.');
  throw new ForbiddenError('Your role does not allow this.');
}
