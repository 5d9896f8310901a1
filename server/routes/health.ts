// What a load balancer asks before sending traffic: live (this process answers at all) and ready (its storage
// is reachable and, in PostgreSQL, has every migration this version needs). Outside /api on purpose: no
// session, CSRF check or rate limit stands in front, and the answers name nothing an outsider could use (no
// host, version or error text). Not in the OpenAPI document, which describes the API under /api.

import { Hono } from 'hono';
import { problemResponse } from '../http/problem';
import type { Storage } from '../storage/storage';

export function healthRoutes(storage: Pick<Storage, 'health'>) {
  return new Hono()
    .get('/live', (c) => {
      c.header('cache-control', 'no-store');
      return c.json({ status: 'ok' as const }, 200);
    })
    .get('/ready', async (c) => {
      c.header('cache-control', 'no-store');
      const health = await storage.health().catch(() => ({
        ready: false as const,
        reason: 'The storage could not be checked.',
      }));
      if (health.ready) return c.json({ status: 'ok' as const }, 200);
      return problemResponse(c, {
        type: '/problems/not-ready',
        title: 'Service unavailable',
        status: 503,
        detail: health.reason,
        code: 'server.storage-unavailable',
        params: {},
      });
    });
}
