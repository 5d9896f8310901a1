// A fixed-window request limit per client address, kept in memory. It stops a script hammering the survey
// or the sign-in from one machine; it is set generously because a whole office may share one NAT address.
// The address is the one server/http/client-origin.ts resolved, so behind a trusted proxy it is the client's.

import type { Context, MiddlewareHandler } from 'hono';
import { TooManyRequestsError, type ProblemCodeName } from '../domain/errors';
import { limitKeyOf } from '../domain/access/forwarded-client';
import { clientOf } from './client-origin';

export interface RateLimit {
  limit: number;
  windowMs: number;
}

/** The most addresses remembered at once. */
const MAX_TRACKED = 10_000;

/** What was too frequent, by the code a client words it with. */
export type TooManyCode = Extract<ProblemCodeName, `request.too-many-${string}`>;

/** Each completes "Too many …" in the English detail. */
const TOO_MANY: Record<TooManyCode, string> = {
  'request.too-many-submissions': 'submissions from this address',
  'request.too-many-sign-ins': 'sign-in attempts from this address',
  'request.too-many-password-attempts': 'password attempts for this account from this address',
  'request.too-many-code-guesses': 'access codes that do not exist from this address',
  'request.too-many-password-resets': 'password-reset requests from this address',
  'request.too-many-joins': 'attempts to join a workshop from this address',
};

/** Refuses with 429 problem+json and a Retry-After in whole seconds. */
export function refuseTooMany(c: Context, waitMs: number, code: TooManyCode): never {
  const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
  c.header('Retry-After', String(retryAfter));
  throw new TooManyRequestsError(`Too many ${TOO_MANY[code]}; try again in ${retryAfter} s.`, {
    code,
    params: { retryAfter },
  });
}

export function rateLimit(
  { limit, windowMs }: RateLimit,
  /** `code` names what was too frequent. */
  { code, now = Date.now }: { code: TooManyCode; now?: () => number },
): MiddlewareHandler {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    const t = now();
    const key = limitKeyOf(clientOf(c).address);
    let window = windows.get(key);
    if (!window || t - window.start >= windowMs) {
      windows.delete(key);
      // Windows are (re-)inserted as they start, so the Map runs oldest first: drop finished ones from the
      // front, and while a flood from many addresses keeps it full, the oldest live ones start afresh.
      for (const [k, w] of windows) {
        if (t - w.start < windowMs && windows.size < MAX_TRACKED) break;
        windows.delete(k);
      }
      window = { start: t, count: 0 };
      windows.set(key, window);
    }
    window.count += 1;
    if (window.count > limit) refuseTooMany(c, window.start + windowMs - t, code);
    await next();
  };
}
