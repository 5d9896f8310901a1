// Limits failed guesses per client address, counted in the storage for every instance. An access code is short enough to type (50
// bits), so unlike a 256-bit link it must not be open to enumeration: after `limit` lookups that found
// nothing within `windowMs`, the address gets 429 until its window ends. Lookups that find something cost
// nothing, so a room of people typing their codes behind one NAT address is never held up.

import type { Context, MiddlewareHandler } from 'hono';
import { limitKeyOf } from '../domain/access/forwarded-client';
import type { LimitCounters } from '../storage/limit-counters';
import { clientOf } from './client-origin';
import { refuseTooMany, type RateLimit, type TooManyCode } from './rate-limit';

export function guessLimit(
  { limit, windowMs }: RateLimit,
  {
    isGuess,
    code,
    counters,
    now = Date.now,
  }: {
    /** Whether the request tries something guessable; others pass untouched. */
    isGuess: (c: Context) => boolean;
    /** Names what was guessed too often, and is the limit's own budget in `counters`. */
    code: TooManyCode;
    counters: LimitCounters;
    now?: () => number;
  },
): MiddlewareHandler {
  return async (c, next) => {
    if (!isGuess(c)) return next();
    const key = limitKeyOf(clientOf(c).address);
    const t = now();
    const window = await counters.peek(code, key, windowMs, t);
    if (window.count >= limit) refuseTooMany(c, window.windowStart + windowMs - t, code);
    await next();
    // Only a guess that found nothing is counted.
    if (c.res.status === 404) await counters.hit(code, key, windowMs, t);
  };
}
