import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { normalizeEmail, toPrincipal } from '../domain/access/account';
import { ConflictError, InvalidInputError, UnauthorizedError } from '../domain/errors';
import { audit } from '../http/audit';
import { requirePrincipal } from '../http/guard';
import { clientOf } from '../http/client-origin';
import { rateLimit, refuseTooMany, type RateLimit } from '../http/rate-limit';
import { createSignInThrottle, type SignInThrottle } from '../http/sign-in-throttle';
import { DEFAULT_SIGN_IN_DELAY } from '../domain/access/sign-in-delay';
import { createSerializer } from '../http/serialize';
import { SessionViewSchema, SetupStatusSchema } from '../http/account-replies';
import { API_TOKEN_SCHEME, SESSION_SCHEME } from '../http/api-token-schemas';
import { createRouter, jsonBody, jsonResponse, problems } from '../http/router';
import { ChangePasswordBody, LoginBody, SetupBody } from '../http/schemas';
import { endSessionCookie, sessionView, startSession } from '../http/session';

const tags = ['Accounts'];
/** A cap per client address over all accounts, against one machine trying many of them. */
export const DEFAULT_LOGIN_LIMIT: RateLimit = { limit: 10, windowMs: 60_000 };

/** First start (owner account), sign in and out, and the signed-in person's own account. */
export function sessionRoutes(
  deps: AppDeps,
  loginLimit: RateLimit | null = DEFAULT_LOGIN_LIMIT,
  throttle: SignInThrottle | null = createSignInThrottle(DEFAULT_SIGN_IN_DELAY, deps.storage.limits),
) {
  const { storage } = deps;
  const serializeSetup = createSerializer({ holds: storage.holds, name: 'owner-setup' });
  const router = createRouter();
  if (loginLimit)
    router.post(
      '/session',
      rateLimit(loginLimit, {
        code: 'request.too-many-sign-ins',
        counters: storage.limits,
        now: deps.now,
      }),
    );
  return router
    .openapi(
      createRoute({
        method: 'get',
        path: '/setup',
        tags,
        responses: {
          200: jsonResponse(SetupStatusSchema, 'Whether the owner account still has to be created'),
        },
      }),
      async (c) =>
        c.json(
          { needsOwner: (await storage.accounts.list()).length === 0, signedIn: Boolean(c.get('principal')) },
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/setup',
        tags,
        summary: 'Create the owner account; only possible while there is no account at all',
        request: jsonBody(SetupBody),
        responses: {
          201: jsonResponse(SessionViewSchema, 'Created and signed in'),
          ...problems(400, 403, 409, 413, 422, 503),
        },
      }),
      async (c) =>
        serializeSetup(async () => {
          const body = c.req.valid('json');
          if ((await storage.accounts.list()).length > 0)
            throw new ConflictError('The owner account already exists. Sign in instead.', {
              code: 'setup.owner-exists',
              params: {},
            });
          const account = {
            id: deps.newId(),
            email: normalizeEmail(body.email),
            name: body.name,
            passwordHash: await deps.hashPassword(body.password),
            isOwner: true,
            grants: [],
            createdOn: deps.today(),
          };
          await storage.accounts.create(account);
          await startSession(c, deps, account.id);
          c.set('principal', toPrincipal(account));
          await audit(c, deps, 'account.create-owner', account.id);
          return c.json(sessionView(account), 201);
        }),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/session',
        tags,
        summary: 'Sign in',
        request: jsonBody(LoginBody),
        responses: {
          200: jsonResponse(SessionViewSchema, 'Signed in'),
          ...problems(400, 401, 403, 413, 422, 429, 503),
        },
      }),
      async (c) => {
        const body = c.req.valid('json');
        const email = normalizeEmail(body.email);
        const { address } = clientOf(c);
        const wait = (await throttle?.admit(email, address, deps.now())) ?? 0;
        if (wait > 0) refuseTooMany(c, wait, 'request.too-many-password-attempts');
        const account = await storage.accounts.findByEmail(email);
        // Hash even for an unknown address, so the answer takes as long either way.
        const matches = await deps.verifyPassword(body.password, account?.passwordHash ?? DUMMY_HASH);
        if (!account || !matches) {
          throw new UnauthorizedError('The email address or password is not right.', {
            code: 'auth.credentials-wrong',
            params: {},
          });
        }
        await throttle?.succeeded(email, address, deps.now());
        await startSession(c, deps, account.id);
        return c.json(sessionView(account), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/session',
        tags,
        summary: 'Who is signed in',
        // Its path is answered without a session (signing in is), but this operation itself needs one.
        security: [{ [SESSION_SCHEME]: [] }, { [API_TOKEN_SCHEME]: [] }],
        responses: { 200: jsonResponse(SessionViewSchema, 'The signed-in person'), ...problems(401) },
      }),
      (c) => c.json(sessionView(requirePrincipal(c)), 200),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/session',
        tags,
        summary: 'Sign out',
        responses: { 204: { description: 'Signed out' }, ...problems(403, 503) },
      }),
      async (c) => {
        const tokenHash = c.get('sessionTokenHash');
        if (tokenHash) await storage.sessions.delete(tokenHash);
        endSessionCookie(c);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/account/password',
        tags,
        summary: 'Change your password; signs you out everywhere else',
        request: jsonBody(ChangePasswordBody),
        responses: { 204: { description: 'Changed' }, ...problems(400, 401, 403, 413, 422, 503) },
      }),
      async (c) => {
        const principal = requirePrincipal(c);
        const body = c.req.valid('json');
        const account = (await storage.accounts.get(principal.accountId))!;
        if (!(await deps.verifyPassword(body.currentPassword, account.passwordHash))) {
          const code = 'account.password-wrong';
          throw new InvalidInputError('The current password is not right.', { code, params: {} }, [
            { field: 'currentPassword', message: 'is not the current password', code },
          ]);
        }
        const passwordHash = await deps.hashPassword(body.newPassword);
        // Only the hash is replaced, on the account as stored now: a role granted during the hashing stays.
        // A reset link still waiting is dropped: the person knows their password again.
        await storage.accounts.update(account.id, ({ passwordReset: _dropped, ...current }) => ({
          ...current,
          passwordHash,
        }));
        await storage.sessions.deleteForAccount(account.id, c.get('sessionTokenHash') ?? undefined);
        await audit(c, deps, 'account.change-password', account.id);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/account/sessions',
        tags,
        summary: 'Sign out everywhere else: every other session of yours ends, this one stays',
        responses: { 204: { description: 'Signed out elsewhere' }, ...problems(401, 403, 503) },
      }),
      async (c) => {
        const principal = requirePrincipal(c);
        await storage.sessions.deleteForAccount(principal.accountId, c.get('sessionTokenHash') ?? undefined);
        await audit(c, deps, 'account.end-other-sessions', principal.accountId);
        return c.body(null, 204);
      },
    );
}

/** A well-formed hash of no password anyone knows, verified against when the address is unknown. */
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$' + Buffer.alloc(64).toString('base64');
