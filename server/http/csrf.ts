// Cookie-authenticated writes must come from this site's own pages. hono/csrf decides; a refusal then says
// why, with a code the client words, because a bare "Forbidden" leaves an administrator on the wrong
// address, or a script sending JSON as text/plain, with nothing to go on.

import type { Context, MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { ForbiddenError, type ProblemCodeName, type ProblemParams } from '../domain/errors';
import { clientOf } from './client-origin';

/** Why a write was refused as possibly cross-site, for the client to word. */
export type CsrfRefusalCode = Extract<ProblemCodeName, `csrf.${string}`>;

/**
 * The origins this server's own pages have: the address the request came to, https when a trusted proxy
 * says the browser used https (Node itself then sees plain http), and the configured public address.
 */
function ownOrigins(c: Context, publicUrl: string | null): string[] {
  const url = new URL(c.req.url);
  const own = [`${clientOf(c).isHttps ? 'https:' : url.protocol}//${url.host}`];
  if (publicUrl) own.push(new URL(publicUrl).origin);
  return own;
}

/** hono/csrf, whose refusals are problems saying which check failed. */
export function csrfProtection(publicUrl: string | null = null): MiddlewareHandler {
  const check = csrf({ origin: (origin, c) => ownOrigins(c, publicUrl).includes(origin) });
  return async (c, next) => {
    let passed = false;
    try {
      await check(c, async () => {
        passed = true;
      });
    } catch (error) {
      if (!passed && error instanceof HTTPException && error.status === 403) {
        throw csrfRefusal(c, ownOrigins(c, publicUrl)[0]!);
      }
      throw error;
    }
    await next();
  };
}

// Headers are the sender's words: shown back, but never at any length.
const shown = (header: string) => (header.length > 200 ? `${header.slice(0, 200)}…` : header);

/**
 * Why hono/csrf refused this write. It refuses only a write that a form could send (a form content type,
 * or none) and that neither Origin nor Sec-Fetch-Site places on this site, so an Origin present is the
 * wrong one; without one, a content type named is the way the write could pass.
 */
function csrfRefusal(c: Context, expected: string): ForbiddenError {
  const refusal = (message: string, code: CsrfRefusalCode, params: ProblemParams) =>
    new ForbiddenError(message, { code, params });
  const origin = c.req.header('origin');
  const contentType = c.req.header('content-type');
  if (origin !== undefined) {
    const received = shown(origin);
    return refusal(
      `Refused: this change was sent from ${received}, and this server accepts changes only from its own pages at ${expected}. Open Groundwork at ${expected} (to a browser, localhost and 127.0.0.1 are different sites), or have the proxy in front of it pass on the address the browser used.`,
      'csrf.origin-mismatch',
      { expected, received },
    );
  }
  if (contentType) {
    const mediaType = shown(contentType.split(';')[0]!.trim());
    return refusal(
      `Refused: this change is labelled ${mediaType}, which a form on any web site can send, and has no Origin header to show it came from this server's pages. Send JSON as application/json, or send the header Origin: ${expected}.`,
      'csrf.form-content-type',
      { contentType: mediaType, expected },
    );
  }
  return refusal(
    `Refused: this change has no Origin header, so the server cannot tell that it came from its own pages. Browsers send one; a script must send Origin: ${expected}.`,
    'csrf.origin-missing',
    { expected },
  );
}
