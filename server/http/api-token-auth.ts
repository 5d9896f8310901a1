// Who is asking, for a request that carries a personal API token as `Authorization: Bearer <token>`. Such a
// request carries no session cookie, so no other site can have had a browser send it on someone's behalf:
// it needs no cross-site check. It acts as the token's person with their roles as stored now. A request
// with both a token and a session cookie is refused, so a token can never lift the cross-site check off a
// cookie session; operations that need the person present refuse tokens altogether.

import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { matchedRoutes } from 'hono/route';
import type { AppDeps } from '../app-deps';
import { toPrincipal } from '../domain/access/account';
import {
  API_TOKEN_PREFIX,
  isUseWorthRecording,
  recordUse,
  tokenRefusal,
  type ApiToken,
} from '../domain/access/api-token';
import { ForbiddenError, UnauthorizedError, type ProblemCodeName } from '../domain/errors';
import { recordAudit } from './audit';
import { SESSION_COOKIE, type AppEnv } from './session';

/**
 * Operations a token may not take, named as the OpenAPI document names them, with why each needs the person
 * present. Everything about one's own credentials and browser sessions is here, and whatever hands out
 * access that would outlive the token's revocation.
 */
export const COOKIE_ONLY_OPERATIONS = [
  { method: 'post', path: '/setup', why: 'creates the owner account and signs in' },
  { method: 'post', path: '/session', why: 'signs in with a password' },
  { method: 'delete', path: '/session', why: 'signs a browser out' },
  { method: 'post', path: '/account/password', why: 'changes the password' },
  { method: 'delete', path: '/account/sessions', why: 'signs the person’s other browsers out' },
  { method: 'get', path: '/account/tokens', why: 'lists the tokens themselves' },
  { method: 'post', path: '/account/tokens', why: 'a token making tokens would outlive its own revocation' },
  { method: 'delete', path: '/account/tokens/{id}', why: 'revokes a token' },
  { method: 'post', path: '/invitations/{token}/accept', why: 'takes on a role and signs in' },
  {
    method: 'post',
    path: '/organizations/{id}/invitations',
    why: 'hands out a role, which would outlive the token',
  },
  {
    method: 'post',
    path: '/organizations/{id}/users/{accountId}/password-reset',
    why: 'hands out a way into someone’s account, which would outlive the token',
  },
  {
    method: 'post',
    path: '/campaigns/{id}/suspects/{alertId}/exclusion',
    why: 'deletes responses for good, a judgement made on the page',
  },
] as const;

export const operationKey = (method: string, path: string) => `${method.toUpperCase()} ${path}`;
export const COOKIE_ONLY = new Set(COOKIE_ONLY_OPERATIONS.map((o) => operationKey(o.method, o.path)));
/** The same operations as Hono names the routes it matched: `{id}` is `:id`, under /api. */
const COOKIE_ONLY_ROUTES = new Set(
  COOKIE_ONLY_OPERATIONS.map((o) => operationKey(o.method, `/api${o.path.replace(/\{(\w+)\}/g, ':$1')}`)),
);

/**
 * Whether the route this request reached is cookie-only. Read from the routes Hono matched rather than the
 * path as sent, so no spelling of the path (escapes, doubled slashes) reaches the operation past the check.
 */
const reachesCookieOnly = (c: Context) =>
  matchedRoutes(c).some((route) => COOKIE_ONLY_ROUTES.has(operationKey(route.method, route.path)));

export type Authorization = { kind: 'none' } | { kind: 'malformed' } | { kind: 'token'; token: string };

/** RFC 6750's b64token, at a length no token of ours comes near. */
const TOKEN_SYNTAX = /^[A-Za-z0-9\-._~+/]+=*$/;
const MAX_TOKEN_LENGTH = 256;

/**
 * What an Authorization header offers. Another scheme (Basic, from a proxy in front that asks for a
 * password) is not ours to judge and is left alone; a token of ours sent without its scheme is a mistake
 * worth naming.
 * @example readAuthorization('Bearer gwt_abc') // { kind: 'token', token: 'gwt_abc' }
 */
export function readAuthorization(header: string | undefined): Authorization {
  const value = header?.trim() ?? '';
  if (value === '') return { kind: 'none' };
  const [scheme = '', ...rest] = value.split(/\s+/);
  if (scheme.toLowerCase() !== 'bearer') {
    return value.startsWith(API_TOKEN_PREFIX) ? { kind: 'malformed' } : { kind: 'none' };
  }
  const [token] = rest;
  if (
    rest.length !== 1 ||
    token === undefined ||
    token.length > MAX_TOKEN_LENGTH ||
    !TOKEN_SYNTAX.test(token)
  ) {
    return { kind: 'malformed' };
  }
  return { kind: 'token', token };
}

const REFUSALS: Record<string, { code: ProblemCodeName; message: string }> = {
  malformed: {
    code: 'api-token.malformed',
    message: 'The Authorization header is not a token: send it as "Authorization: Bearer <token>".',
  },
  unknown: { code: 'api-token.unknown', message: 'This API token is not valid.' },
  expired: { code: 'api-token.expired', message: 'This API token has expired: make a new one.' },
  revoked: { code: 'api-token.revoked', message: 'This API token was revoked.' },
  'account-removed': {
    code: 'api-token.account-removed',
    message: 'The account this API token belongs to no longer exists.',
  },
  'beside-cookie': {
    code: 'api-token.beside-cookie',
    message:
      'This request carries both an API token and a session cookie: send one of them (a script in a browser should leave its cookies out).',
  },
};

const refuse = (reason: keyof typeof REFUSALS) => {
  const { code, message } = REFUSALS[reason]!;
  return new UnauthorizedError(message, { code, params: {} });
};

/** How often one token's refusals of one kind reach the audit log: a script retrying cannot flood it. */
const REFUSAL_AUDIT_MS = 60_000;

/**
 * Authenticates every API request by exactly one credential: a request without a Bearer token goes through
 * the cross-site check and the cookie session as before; one with a token goes through neither.
 */
export function authenticate(
  deps: AppDeps,
  cookie: { csrf: MiddlewareHandler<AppEnv>; session: MiddlewareHandler<AppEnv> },
): MiddlewareHandler<AppEnv> {
  const audited = new Map<string, number>();
  async function auditRefusal(token: ApiToken, reason: string): Promise<void> {
    const key = `${token.id} ${reason}`;
    const now = deps.now();
    if (now < (audited.get(key) ?? -Infinity) + REFUSAL_AUDIT_MS) return;
    if (audited.size > 10_000) {
      for (const [k, at] of audited) if (now >= at + REFUSAL_AUDIT_MS) audited.delete(k);
    }
    audited.set(key, now);
    await recordAudit(deps, token.accountId, `account.token.refused:${reason}`, token.id);
  }

  return async (c, next) => {
    const authorization = readAuthorization(c.req.header('authorization'));
    if (authorization.kind === 'none') {
      await cookie.csrf(c, async () => {
        await cookie.session(c, next);
      });
      return;
    }
    c.set('principal', null);
    c.set('sessionTokenHash', null);
    const token =
      authorization.kind === 'token'
        ? await deps.storage.apiTokens.findByTokenHash(deps.hashToken(authorization.token))
        : undefined;
    if (reachesCookieOnly(c)) {
      if (token) await auditRefusal(token, 'cookie-only');
      throw new ForbiddenError(
        'An API token cannot do this: it needs you signed in in a browser. Use the page instead.',
        { code: 'api-token.cookie-only', params: {} },
      );
    }
    if (getCookie(c, SESSION_COOKIE) !== undefined) throw refuse('beside-cookie');
    if (authorization.kind === 'malformed') throw refuse('malformed');
    if (!token) throw refuse('unknown');
    const now = deps.now();
    const refusal = tokenRefusal(token, now);
    if (refusal) {
      await auditRefusal(token, refusal);
      throw refuse(refusal);
    }
    const account = await deps.storage.accounts.get(token.accountId);
    if (!account) {
      await auditRefusal(token, 'account-removed');
      throw refuse('account-removed');
    }
    c.set('principal', toPrincipal(account));
    if (isUseWorthRecording(token, now)) {
      // Not awaited: the call goes on whatever the disk does, and a failed write only loses "last used".
      deps.storage.apiTokens
        .update(token.id, (current) => recordUse(current, now))
        .catch((error: unknown) => deps.onBackgroundError?.(error));
    }
    await next();
  };
}
