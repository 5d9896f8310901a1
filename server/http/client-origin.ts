// Puts who sent the request, and whether it came over https, on the context once, so the rate limits, the
// session cookie and HSTS all agree. The decision itself is server/domain/access/forwarded-client.ts.

import type { Context, MiddlewareHandler } from 'hono';
import { resolveClient, type ClientOrigin, type TrustedProxies } from '../domain/access/forwarded-client';
import type { AppEnv } from './session';

/** What @hono/node-server hands each request as its environment. */
interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string; encrypted?: boolean } };
}

function resolve(c: Context, proxies: TrustedProxies): ClientOrigin {
  const socket = (c.env as NodeBindings | undefined)?.incoming?.socket;
  return resolveClient(
    {
      peer: socket?.remoteAddress,
      // The URL says what Node itself served: https only when it terminates TLS.
      isEncrypted: new URL(c.req.url).protocol === 'https:',
      forwardedFor: c.req.header('x-forwarded-for'),
      forwardedProto: c.req.header('x-forwarded-proto'),
    },
    proxies,
  );
}

export function clientOrigin(proxies: TrustedProxies): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('client', resolve(c, proxies));
    await next();
  };
}

/** The request's resolved client; where the middleware did not run, the socket alone, trusting no proxy. */
export function clientOf(c: Context): ClientOrigin {
  return (c as Context<AppEnv>).var.client ?? resolve(c, []);
}
