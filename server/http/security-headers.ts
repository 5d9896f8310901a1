// Security headers for every response, with a Content-Security-Policy the built client satisfies: scripts
// only from this server, no plugins, no framing. Inline styles are allowed because the survey and chart
// libraries inject style elements and attributes at run time; inline scripts are not.

import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { clientOf } from './client-origin';

const HSTS = 'max-age=15552000; includeSubDomains';

const headers = () =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    // The survey is answered on phones over shared links: never send the link (the token) to another site.
    referrerPolicy: 'no-referrer',
    crossOriginEmbedderPolicy: false,
    // Sent below only over https (as resolved behind a trusted proxy): over plain http browsers ignore it,
    // and a server reached by http alone has no business promising https.
    strictTransportSecurity: false,
  });

export function securityHeaders(): MiddlewareHandler {
  const setHeaders = headers();
  return async (c, next) => {
    await setHeaders(c, next);
    if (clientOf(c).isHttps) c.res.headers.set('Strict-Transport-Security', HSTS);
  };
}
