// Limits failed guesses per client address, kept in memory. An access code is short enough to type (50
// bits), so unlike a 256-bit link it must not be open to enumeration: after `limit` lookups that found
// nothing within `windowMs`, the address gets 429 until its window ends. Lookups that find something cost
// nothing, so a room of people typing their codes behind one NAT address is never held up.

import type { Context, MiddlewareHandler } from 'hono';
import { limitKeyOf } from '../domain/access/forwarded-client';
import { clientOf } from './client-origin';
import { refuseTooMany, type RateLimit, type TooManyCode } from './rate-limit';

/** The most addresses remembered at once. */
const MAX_TRACKED = 10_000;

export function guessLimit(
  { limit, windowMs }: RateLimit,
  {
    isGuess,
    code,
    now = Date.now,
  }: {
    /** Whether the request tries something guessable; others pass untouched. */
    isGuess: (c: Context) => boolean;
    /** Names what was guessed too often. */
    code: TooManyCode;
    now?: () => number;
  },
): MiddlewareHandler {
  const failures = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    if (!isGuess(c)) return next();
    const key = limitKeyOf(clientOf(c).address);
    const window = failures.get(key);
    const t = now();
    if (window && t - window.start < windowMs && window.count >= limit) {
      refuseTooMany(c, window.start + windowMs - t, code);
    }
    await next();
    if (c.res.status !== 404) return;
    const current = failures.get(key);
    if (current && t - current.start < windowMs) {
      current.count++;
      return;
    }
    failures.delete(key);
    // Windows are inserted as they start, so the Map runs oldest first: drop finished ones from the front,
    // and while a flood from many addresses keeps it full, the oldest live ones too.
    for (const [k, w] of failures) {
      if (t - w.start < windowMs && failures.size < MAX_TRACKED) break;
      failures.delete(k);
    }
    failures.set(key, { start: t, count: 1 });
  };
}
