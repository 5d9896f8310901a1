// The baseline a survey submission is compared with: a POST that does only what every durable POST of the
// product must do, and nothing of the survey itself. Hono on @hono/node-server with the product's own
// security headers and CSRF check (server/http/), the JSON body parsed, one line appended to a file, and
// the reply sent only after the fdatasync that covers it, with one sync per batch (group commit: lines
// arriving while a write is in flight go together in the next). No validation, scoring, places or claims.
//
//   node --import tsx test/bench/hello-post-server.ts   (prints "serving http://127.0.0.1:<port>")

import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csrfProtection } from '../../server/http/csrf';
import { securityHeaders } from '../../server/http/security-headers';

const dir = await mkdtemp(join(tmpdir(), 'groundwork-hello-post-'));
const file = await open(join(dir, 'lines.jsonl'), 'a');

let waiting: { line: string; done: () => void }[] = [];
let writing = false;

/** Writes every line queued so far in one write and one fdatasync, then the next batch, if any. */
async function flush(): Promise<void> {
  writing = true;
  while (waiting.length > 0) {
    const batch = waiting;
    waiting = [];
    await file.write(batch.map((w) => w.line).join(''));
    await file.datasync();
    for (const w of batch) w.done();
  }
  writing = false;
}

function append(line: string): Promise<void> {
  return new Promise((done) => {
    waiting.push({ line: `${line}\n`, done });
    if (!writing) void flush();
  });
}

let n = 0;
const app = new Hono()
  .use(securityHeaders())
  .use(csrfProtection())
  .post('/', async (c) => {
    const body = await c.req.json<{ answers: Record<string, unknown> }>();
    const id = `r${n++}`;
    await append(JSON.stringify({ id, answers: body.answers }));
    return c.json({ id }, 201);
  });

serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(`serving http://127.0.0.1:${info.port}`);
});

// Its file goes with it, whatever state the last write was in when the signal came.
const stop = () => {
  void file
    .close()
    .catch(() => undefined)
    .then(() => rm(dir, { recursive: true, force: true }))
    .finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
