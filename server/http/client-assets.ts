// Serves the built client: hashed assets (precompressed at build time, cached for a year) and index.html
// for every other path, so the client-side router can handle deep links.

import { serveStatic } from '@hono/node-server/serve-static';
import type { Env, Hono } from 'hono';
import { relative } from 'node:path';

export function serveClient<E extends Env>(app: Hono<E>, clientDir: string): void {
  const root = relative(process.cwd(), clientDir) || '.';
  app.use(
    '/assets/*',
    serveStatic({
      root,
      precompressed: true,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use('/favicon.svg', serveStatic({ root }));
  app.get(
    '*',
    serveStatic({
      root,
      path: 'index.html',
      onFound: (_path, c) => {
        c.header('Cache-Control', 'no-cache');
      },
    }),
  );
}
