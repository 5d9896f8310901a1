import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { normalizeEmail, toPrincipal, type Account, type Grant } from '../domain/access/account';
import { MIN_PASSWORD_LENGTH } from '../../shared/request-schemas';
import { addGrant } from '../domain/access/account';
import { isInvitationLive } from '../domain/access/user-invitation';
import { ConflictError, InvalidInputError, NotFoundError } from '../domain/errors';
import { audit } from '../http/audit';
import { guard, notFound, requirePrincipal } from '../http/guard';
import { clientOf } from '../http/client-origin';
import { refuseTooMany } from '../http/rate-limit';
import type { SignInThrottle } from '../http/sign-in-throttle';
import { createSerializer } from '../http/serialize';
import {
  InvitationLinkSchema,
  InvitationOfferSchema,
  OrganizationUsersSchema,
  SessionViewSchema,
} from '../http/account-replies';
import { createRouter, jsonBody, jsonResponse, problems } from '../http/router';
import { AcceptInvitationBody, IdParam, InviteUserBody, TokenParam } from '../http/schemas';
import { sessionView, startSession } from '../http/session';

const tags = ['Users'];

const invitationNotValid = () =>
  new NotFoundError(
    'This invitation link is not valid: it was used already, was revoked or replaced, has expired, or never existed.',
    { code: 'invitation.not-valid', params: {} },
  );
const INVITATION_DAYS = 14;

/** An organization's people and roles, and one-time links that invite someone in with a role. */
export function userRoutes(deps: AppDeps, throttle: SignInThrottle | null = null) {
  const { storage } = deps;
  const serializeAccept = createSerializer({ holds: storage.holds, name: 'invitation-accept' });
  const liveInvitation = async (token: string) => {
    const invitation = await storage.userInvitations.findByTokenHash(deps.hashToken(token));
    if (!invitation || !isInvitationLive(invitation, deps.now())) throw invitationNotValid();
    return invitation;
  };
  /**
   * Spent before the role is granted, as stored at that moment: an invitation revoked or replaced while the
   * password was being checked or hashed grants nothing. Should the grant then fail to be written, the
   * person asks for a new invitation; the other order could grant a role an administrator had just revoked.
   */
  const spend = async (tokenHash: string) => {
    if (!(await storage.userInvitations.spend(tokenHash, deps.today(), deps.now()))) {
      throw invitationNotValid();
    }
  };

  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/organizations/{id}/users',
        tags,
        summary: 'People with a role in the organization, and invitations not yet accepted',
        request: { params: IdParam },
        responses: {
          200: jsonResponse(OrganizationUsersSchema, 'Users and pending invitations'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        guard(c, 'users:manage', id);
        const users = (await storage.accounts.list())
          .filter((a) => a.grants.some((g) => g.organizationId === id))
          .map((a) => ({
            accountId: a.id,
            name: a.name,
            email: a.email,
            grants: a.grants.filter((g) => g.organizationId === id),
          }));
        const pending = (await storage.userInvitations.listByOrganization(id))
          .filter((i) => isInvitationLive(i, deps.now()))
          .map((i) => ({ id: i.id, email: i.email, grant: i.grant, createdOn: i.createdOn }));
        return c.json({ users, pending }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/organizations/{id}/invitations',
        tags,
        summary: 'Invite someone with a role; answers the one-time token for the link (shown once)',
        request: { params: IdParam, ...jsonBody(InviteUserBody) },
        responses: {
          201: jsonResponse(InvitationLinkSchema, 'Invitation created'),
          ...problems(400, 401, 403, 404, 413, 422, 503),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        guard(c, 'users:manage', id);
        const principal = requirePrincipal(c);
        const body = c.req.valid('json');
        const organization = await storage.organizations.get(id);
        if (!organization) throw notFound();
        const departmentIds = body.role === 'department-head' ? body.departmentIds : [];
        const known = new Set(organization.departments.map((d) => d.id));
        if (
          body.role === 'department-head' &&
          (departmentIds.length === 0 || !departmentIds.every((d) => known.has(d)))
        ) {
          const code = 'invitation.departments-needed';
          throw new InvalidInputError(
            'A department head needs one or more departments of this organization.',
            { code, params: {} },
            [{ field: 'departmentIds', message: 'must list departments of this organization', code }],
          );
        }
        const token = deps.newToken();
        const grant: Grant = { organizationId: id, role: body.role, departmentIds };
        // Replaces an unused invitation for the same address and role: its link stops working now.
        await storage.userInvitations.create({
          id: deps.newId(),
          tokenHash: deps.hashToken(token),
          email: normalizeEmail(body.email),
          grant,
          invitedBy: principal.accountId,
          createdOn: deps.today(),
          expiresAt: deps.now() + INVITATION_DAYS * 86_400_000,
          usedOn: null,
        });
        await audit(c, deps, `user.invite:${body.role}`, id);
        return c.json(
          { token, email: normalizeEmail(body.email), grant, expiresInDays: INVITATION_DAYS },
          201,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/invitations/{token}',
        tags,
        summary: 'What an invitation link offers',
        request: { params: TokenParam },
        responses: { 200: jsonResponse(InvitationOfferSchema, 'The invitation'), ...problems(404, 422) },
      }),
      async (c) => {
        const invitation = await liveInvitation(c.req.valid('param').token);
        const organization = await storage.organizations.get(invitation.grant.organizationId);
        const existing = await storage.accounts.findByEmail(invitation.email);
        return c.json(
          {
            email: invitation.email,
            role: invitation.grant.role,
            organizationId: invitation.grant.organizationId,
            organizationName: organization?.name ?? '',
            hasAccount: existing !== undefined,
          },
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/invitations/{token}/accept',
        tags,
        summary:
          'Accept an invitation: create the account (or, for an existing one, prove the password) and sign in',
        request: { params: TokenParam, ...jsonBody(AcceptInvitationBody) },
        responses: {
          201: jsonResponse(SessionViewSchema, 'Signed in with the new role'),
          // 409 and 429 for an existing account: a wrong password, and the waits sign-in has too.
          ...problems(400, 403, 404, 409, 413, 422, 429, 503),
        },
      }),
      async (c) =>
        serializeAccept(async () => {
          const invitation = await liveInvitation(c.req.valid('param').token);
          const body = c.req.valid('json');
          let account: Account | undefined = await storage.accounts.findByEmail(invitation.email);
          if (account) {
            // The password of an existing account is guessed here as at sign-in: the same waits apply.
            const { address } = clientOf(c);
            const wait = (await throttle?.admit(account.email, address, deps.now())) ?? 0;
            if (wait > 0) refuseTooMany(c, wait, 'request.too-many-password-attempts');
            if (!(await deps.verifyPassword(body.password, account.passwordHash))) {
              throw new ConflictError(
                'An account with this email address exists: enter its password to add the new role.',
                { code: 'invitation.account-exists', params: {} },
              );
            }
            await throttle?.succeeded(account.email, address, deps.now());
            await spend(invitation.tokenHash);
            account = await storage.accounts.update(account.id, (current) => ({
              ...current,
              grants: addGrant(current.grants, invitation.grant),
            }));
          } else {
            if (!body.name) {
              throw new InvalidInputError(
                'Tell us your name to create your account.',
                { code: 'account.name-required', params: {} },
                [{ field: 'name', message: 'is required', code: 'field.required' }],
              );
            }
            if (body.password.length < MIN_PASSWORD_LENGTH) {
              const params = { min: MIN_PASSWORD_LENGTH };
              throw new InvalidInputError(
                `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`,
                { code: 'account.password-too-short', params },
                [
                  {
                    field: 'password',
                    message: `must be at least ${MIN_PASSWORD_LENGTH} characters`,
                    code: 'field.too-short',
                    params,
                  },
                ],
              );
            }
            account = {
              id: deps.newId(),
              email: invitation.email,
              name: body.name,
              passwordHash: await deps.hashPassword(body.password),
              isOwner: false,
              grants: [invitation.grant],
              createdOn: deps.today(),
            };
            await spend(invitation.tokenHash);
            await storage.accounts.create(account);
          }
          await startSession(c, deps, account.id);
          c.set('principal', toPrincipal(account));
          await audit(c, deps, `user.accept:${invitation.grant.role}`, invitation.grant.organizationId);
          return c.json(sessionView(account), 201);
        }),
    );
}
