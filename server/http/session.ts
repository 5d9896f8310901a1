// Who is asking: reads the session cookie once per request and puts the principal on the context. The
// cookie holds a random token; the server keeps only its hash.

import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppDeps } from '../app-deps';
import { toPrincipal, type Account, type Principal } from '../domain/access/account';
import type { ClientOrigin } from '../domain/access/forwarded-client';
import { permissionsOf, type Permissions } from '../domain/access/policy';
import { clientOf } from './client-origin';

export const SESSION_COOKIE = 'gw_session';
export const SESSION_HOURS = 12;

export interface AppEnv {
  Variables: { principal: Principal | null; sessionTokenHash: string | null; client: ClientOrigin };
}

export function sessionMiddleware(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('principal', null);
    c.set('sessionTokenHash', null);
    const token = getCookie(c, SESSION_COOKIE);
    if (token && token.length <= 128) {
      const tokenHash = deps.hashToken(token);
      const session = await deps.storage.sessions.find(tokenHash);
      const account =
        session && session.expiresAt > deps.now()
          ? await deps.storage.accounts.get(session.accountId)
          : undefined;
      if (account) {
        c.set('principal', toPrincipal(account));
        c.set('sessionTokenHash', tokenHash);
      }
    }
    await next();
  };
}

/** Starts a session for an account and hands its token to the browser in an HttpOnly, SameSite cookie. */
export async function startSession(c: Context, deps: AppDeps, accountId: string): Promise<void> {
  const token = deps.newToken();
  const expiresAt = deps.now() + SESSION_HOURS * 3600_000;
  await deps.storage.sessions.create({ tokenHash: deps.hashToken(token), accountId, expiresAt });
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    // Behind a TLS proxy Node sees plain http; an https public address says the browser is on https anyway.
    secure: clientOf(c).isHttps || deps.publicUrl?.startsWith('https://') === true,
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
}

/** What the session endpoints answer: who is signed in, and what the server will let them do. */
export interface SessionView extends Principal {
  permissions: Permissions;
}

export function sessionView(who: Account | Principal): SessionView {
  const principal = 'passwordHash' in who ? toPrincipal(who) : who;
  return { ...principal, permissions: permissionsOf(principal) };
}

export function endSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}
