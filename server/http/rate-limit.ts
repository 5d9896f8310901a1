// A fixed-window request limit per client address, kept in memory. It stops a script hammering the survey
// from one machine; it is set generously because a whole office may answer through one NAT address.

import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';

export interface RateLimit {
  limit: number;
  windowMs: number;
}

/** The address the request came from; behind a proxy, every request shares the proxy's address. */
function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}

export function rateLimit({ limit, windowMs }: RateLimit, now: () => number = Date.now): MiddlewareHandler {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    const t = now();
    const key = clientAddress(c);
    let window = windows.get(key);
    if (!window || t - window.start >= windowMs) {
      // Forget finished windows as we go, so the map never outgrows the clients of one window.
      if (windows.size > 10_000) for (const [k, w] of windows) if (t - w.start >= windowMs) windows.delete(k);
      window = { start: t, count: 0 };
      windows.set(key, window);
    }
    window.count += 1;
    if (window.count > limit) {
      const retryAfter = Math.ceil((window.start + windowMs - t) / 1000);
      c.header('Retry-After', String(retryAfter));
      throw new HTTPException(429, {
        message: `Too many submissions from this address; try again in ${retryAfter} s.`,
      });
    }
    await next();
  };
}
