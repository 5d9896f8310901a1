import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppDeps } from '../app-deps';
import { belongsTo, mayActOn, removeGrant } from '../domain/access/people';
import { issueReset } from '../domain/access/password-reset';
import { ForbiddenError } from '../domain/errors';
import { PasswordResetLinkSchema } from '../http/account-replies';
import { InvitationIdParam, PersonParam, PersonRoleParam } from '../http/account-schemas';
import { audit } from '../http/audit';
import { guard, notFound, requirePrincipal } from '../http/guard';
import { createRouter, jsonResponse, problems } from '../http/router';
import type { AppEnv } from '../http/session';

const tags = ['Users'];

/**
 * Taking back what was handed out in an organization: a pending invitation, a person's role, their
 * sessions; and, for the owner, a one-time link that sets someone's password.
 */
export function peopleRoutes(deps: AppDeps) {
  const { storage } = deps;
  /** The person named, if they have a role in the organization and the one asking may act on them. */
  const personIn = async (c: Context<AppEnv>, organizationId: string, accountId: string) => {
    const account = await storage.accounts.get(accountId);
    if (!account || !belongsTo(account.grants, organizationId)) throw notFound();
    if (!mayActOn(requirePrincipal(c), account)) {
      throw new ForbiddenError('Only the owner acts on the owner’s account.', {
        code: 'people.owner-protected',
        params: {},
      });
    }
    return account;
  };

  return createRouter()
    .openapi(
      createRoute({
        method: 'delete',
        path: '/organizations/{id}/invitations/{invitationId}',
        tags,
        summary: 'Revoke an invitation not yet accepted: its link stops working at once',
        request: { params: InvitationIdParam },
        responses: { 204: { description: 'Revoked' }, ...problems(401, 403, 404, 422, 503) },
      }),
      async (c) => {
        const { id, invitationId } = c.req.valid('param');
        guard(c, 'users:manage', id);
        const revoked = await storage.userInvitations.revoke(id, invitationId);
        if (!revoked) throw notFound();
        await audit(c, deps, `user.revoke-invitation:${revoked.grant.role}`, id);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/organizations/{id}/users/{accountId}/roles/{role}',
        tags,
        summary:
          'Take a role in the organization away from someone: it stops working at once, for their API tokens too',
        request: { params: PersonRoleParam },
        responses: { 204: { description: 'Removed' }, ...problems(401, 403, 404, 422, 503) },
      }),
      async (c) => {
        const { id, accountId, role } = c.req.valid('param');
        guard(c, 'users:manage', id);
        await personIn(c, id, accountId);
        // Applied to the grants as stored now, so a role granted meanwhile elsewhere stays; a role already
        // gone refuses the change, and nothing is written.
        await storage.accounts.update(accountId, (current) => {
          const grants = removeGrant(current.grants, id, role);
          if (grants.length === current.grants.length) throw notFound();
          return { ...current, grants };
        });
        await audit(c, deps, `user.remove-role:${role}`, accountId);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/organizations/{id}/users/{accountId}/sessions',
        tags,
        summary: 'Sign someone out everywhere: every browser session of theirs ends at once',
        request: { params: PersonParam },
        responses: { 204: { description: 'Signed out everywhere' }, ...problems(401, 403, 404, 422, 503) },
      }),
      async (c) => {
        const { id, accountId } = c.req.valid('param');
        guard(c, 'users:manage', id);
        await personIn(c, id, accountId);
        await storage.sessions.deleteForAccount(accountId);
        await audit(c, deps, 'user.end-sessions', accountId);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/organizations/{id}/users/{accountId}/password-reset',
        tags,
        summary:
          'The owner makes a one-time link that sets the person’s password (shown once); their sessions end when it is used',
        request: { params: PersonParam },
        responses: {
          201: jsonResponse(PasswordResetLinkSchema, 'The link’s token'),
          ...problems(401, 403, 404, 422, 503),
        },
      }),
      async (c) => {
        const { id, accountId } = c.req.valid('param');
        guard(c, 'users:reset-password', id);
        const account = await personIn(c, id, accountId);
        const token = deps.newToken();
        const reset = issueReset(deps.hashToken(token), deps.now(), 'owner');
        // Replaces any earlier link: only the newest one the owner handed over works.
        await storage.accounts.update(accountId, (current) => ({ ...current, passwordReset: reset }));
        await audit(c, deps, 'user.issue-password-reset', accountId);
        const expiresInMinutes = Math.round((reset.expiresAt - reset.issuedAt) / 60_000);
        return c.json({ token, email: account.email, expiresInMinutes }, 201);
      },
    );
}
