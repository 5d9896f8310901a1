import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { normalizeEmail } from '../domain/access/account';
import {
  issueReset,
  isResetLive,
  mayMailReset,
  RESET_BY_EMAIL_MINUTES,
} from '../domain/access/password-reset';
import { ConflictError, NotFoundError } from '../domain/errors';
import { PasswordResetOfferSchema, PasswordResetRequestedSchema } from '../http/account-replies';
import { ForgotPasswordBody, ResetPasswordBody, ResetTokenParam } from '../http/account-schemas';
import { recordAudit } from '../http/audit';
import { rateLimit, type RateLimit } from '../http/rate-limit';
import { createRouter, jsonBody, jsonResponse, problems } from '../http/router';
import { passwordResetMail } from '../mail/password-reset-mail';
import { resetPasswordPath } from '../../shared/public-paths';

const tags = ['Accounts'];
/** Requests for a reset link per client address: enough for someone who mistyped, little for a script. */
export const DEFAULT_RESET_REQUEST_LIMIT: RateLimit = { limit: 5, windowMs: 15 * 60_000 };

const notValid = () =>
  new NotFoundError('This password-reset link is not valid: it was used, replaced or has expired.', {
    code: 'password-reset.not-valid',
    params: {},
  });

/**
 * A forgotten password: a link by email (with a mail server and a public address), and the page that link
 * opens. Nobody is signed in for any of it.
 */
export function passwordResetRoutes(
  deps: AppDeps,
  requestLimit: RateLimit | null = DEFAULT_RESET_REQUEST_LIMIT,
) {
  const { storage } = deps;
  const router = createRouter();
  if (requestLimit) {
    router.post(
      '/password-resets',
      rateLimit(requestLimit, {
        code: 'request.too-many-password-resets',
        counters: storage.limits,
        now: deps.now,
      }),
    );
  }
  /** The account a live link sets the password of. */
  const accountOfLink = async (token: string) => {
    const tokenHash = deps.hashToken(token);
    const account = await storage.accounts.findByPasswordResetHash(tokenHash);
    if (!account || !isResetLive(account.passwordReset, tokenHash, deps.now())) throw notValid();
    return account;
  };

  return router
    .openapi(
      createRoute({
        method: 'post',
        path: '/password-resets',
        tags,
        summary:
          'Forgot your password: mails a one-time link if the address has an account, and answers the same either way',
        request: jsonBody(ForgotPasswordBody),
        responses: {
          202: jsonResponse(
            PasswordResetRequestedSchema,
            'A link is on its way if the address has an account',
          ),
          // 409 without a mail server or a public address to build the link from.
          ...problems(400, 403, 409, 413, 422, 429, 503),
        },
      }),
      async (c) => {
        const mail = deps.mail;
        // The link must start with the configured address: one built from the request's Host would let
        // anyone have a victim mailed a link to a site of their own, which would then receive the token.
        if (!mail || !deps.publicUrl) {
          throw new ConflictError('Reset links cannot be mailed here: ask the owner for one.', {
            code: 'password-reset.by-email-unavailable',
            params: {},
          });
        }
        const publicUrl = deps.publicUrl;
        const email = normalizeEmail(c.req.valid('json').email);
        // The time of the request, not of the work done after it: a link lasts an hour from when it was asked for.
        const now = deps.now();
        // Whether there is an account, and whether a link is mailed, is decided and done after the answer, so
        // neither its words nor its timing tell the asker anything.
        setImmediate(() => {
          void (async () => {
            const account = await storage.accounts.findByEmail(email);
            if (!account) return;
            const token = deps.newToken();
            const reset = issueReset(deps.hashToken(token), now, 'email');
            // Decided on the account as stored now, so two requests at once mail one link, not two.
            let mayMail = false;
            await storage.accounts.update(account.id, (current) => {
              mayMail = mayMailReset(current.passwordReset, reset.issuedAt);
              return mayMail ? { ...current, passwordReset: reset } : current;
            });
            if (!mayMail) return;
            await mail.mailer.send(
              passwordResetMail(account.email, publicUrl + resetPasswordPath(token), RESET_BY_EMAIL_MINUTES),
            );
            await recordAudit(deps, account.id, 'account.mail-password-reset', account.id);
          })().catch((error: unknown) => deps.onBackgroundError?.(error));
        });
        return c.json({ expiresInMinutes: RESET_BY_EMAIL_MINUTES }, 202);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/password-resets/{token}',
        tags,
        summary: 'Whose password a reset link sets',
        request: { params: ResetTokenParam },
        responses: { 200: jsonResponse(PasswordResetOfferSchema, 'The link works'), ...problems(404, 422) },
      }),
      async (c) => {
        const account = await accountOfLink(c.req.valid('param').token);
        return c.json({ email: account.email }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/password-resets/{token}',
        tags,
        summary:
          'Set a new password with a reset link: the link is spent and every session of the account ends',
        request: { params: ResetTokenParam, ...jsonBody(ResetPasswordBody) },
        responses: { 204: { description: 'Password set' }, ...problems(400, 403, 404, 413, 422, 503) },
      }),
      async (c) => {
        const tokenHash = deps.hashToken(c.req.valid('param').token);
        const account = await accountOfLink(c.req.valid('param').token);
        const passwordHash = await deps.hashPassword(c.req.valid('json').password);
        // Spent on the account as stored now: of two uses at once, or a use and a newer link, one wins.
        await storage.accounts.update(account.id, (current) => {
          if (!isResetLive(current.passwordReset, tokenHash, deps.now())) throw notValid();
          const { passwordReset: _spent, ...rest } = current;
          return { ...rest, passwordHash };
        });
        // Whoever knew the old password is signed out wherever they are.
        await storage.sessions.deleteForAccount(account.id);
        await recordAudit(deps, account.id, 'account.reset-password', account.id);
        return c.body(null, 204);
      },
    );
}
