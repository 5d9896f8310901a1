// A fixed-window request limit per client address. It stops a script hammering the survey or the sign-in
// from one machine; it is set generously because a whole office may share one NAT address. The address is
// the one server/http/client-origin.ts resolved, so behind a trusted proxy it is the client's. The counts are
// the storage's (LimitCounters), so every server instance spends from one budget.

import type { Context, MiddlewareHandler } from 'hono';
import { TooManyRequestsError, type ProblemCodeName } from '../domain/errors';
import { limitKeyOf } from '../domain/access/forwarded-client';
import type { LimitCounters } from '../storage/limit-counters';
import { clientOf } from './client-origin';

export interface RateLimit {
  limit: number;
  windowMs: number;
}

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
  /** `code` names what was too frequent, and is the limit's own budget in `counters`. */
  { code, counters, now = Date.now }: { code: TooManyCode; counters: LimitCounters; now?: () => number },
): MiddlewareHandler {
  return async (c, next) => {
    const t = now();
    const window = await counters.hit(code, limitKeyOf(clientOf(c).address), windowMs, t);
    if (window.count > limit) refuseTooMany(c, window.windowStart + windowMs - t, code);
    await next();
  };
}
