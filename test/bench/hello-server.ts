// The baseline every figure is compared with: Hono's hello-world on @hono/node-server, on this machine.

import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono().get('/', (c) => c.text('Hello Hono!'));
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(`serving http://127.0.0.1:${info.port}`);
});
