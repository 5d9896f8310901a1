// A fixed-window request limit per client address, kept in memory. It stops a script hammering the survey
// or the sign-in from one machine; it is set generously because a whole office may share one NAT address.
// The address is the one server/http/client-origin.ts resolved, so behind a trusted proxy it is the client's.

import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { limitKeyOf } from '../domain/forwarded-client';
import { clientOf } from './client-origin';

export interface RateLimit {
  limit: number;
  windowMs: number;
}

/** The most addresses remembered at once. */
const MAX_TRACKED = 10_000;

/** Refuses with 429 problem+json and a Retry-After in whole seconds; `what` names what was too frequent. */
export function refuseTooMany(c: Context, waitMs: number, what: string): never {
  const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
  c.header('Retry-After', String(retryAfter));
  throw new HTTPException(429, { message: `Too many ${what}; try again in ${retryAfter} s.` });
}

export function rateLimit(
  { limit, windowMs }: RateLimit,
  /** `what` completes "Too many … from this address", e.g. 'submissions' or 'sign-in attempts'. */
  { what, now = Date.now }: { what: string; now?: () => number },
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
    if (window.count > limit) refuseTooMany(c, window.start + windowMs - t, `${what} from this address`);
    await next();
  };
}
