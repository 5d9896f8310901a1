// Security headers for every response, with a Content-Security-Policy the built client satisfies: scripts
// only from this server, no plugins, no framing. Inline styles are allowed because the survey and chart
// libraries inject style elements and attributes at run time; inline scripts are not.

import { secureHeaders } from 'hono/secure-headers';

export const securityHeaders = () =>
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
  });
