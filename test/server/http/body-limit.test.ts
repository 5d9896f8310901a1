// The body limit through a real Node HTTP server, where it matters how the length is known: declared in
// Content-Length (decided from the header, the body then read as usual) or sent in chunks (counted).

import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitBody } from '../../../server/http/body-limit';

const LIMIT = 1000;
let server: ServerType;
let port: number;
const reached: string[] = [];

beforeAll(async () => {
  const app = new Hono();
  app.use(
    limitBody(LIMIT, () => {
      throw new Error('too large');
    }),
  );
  app.onError((error, c) => c.text(error.message, 413));
  app.all('/', async (c) => {
    const text = await c.req.text();
    reached.push(text);
    return c.text(`got ${text.length}`);
  });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(
  method: string,
  chunks: string[],
  declared: boolean,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const body = chunks.join('');
    const headers: Record<string, string | number> = { 'content-type': 'text/plain' };
    if (declared) headers['content-length'] = Buffer.byteLength(body);
    const req = request({ host: '127.0.0.1', port, method, path: '/', headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, text }));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('limitBody', () => {
  it.each([
    { how: 'declared', declared: true, chunks: ['x'.repeat(LIMIT)] },
    { how: 'chunked', declared: false, chunks: ['x'.repeat(600), 'y'.repeat(400)] },
  ])('lets a $how body of exactly the limit through, whole', async ({ declared, chunks }) => {
    reached.length = 0;
    const reply = await send('POST', chunks, declared);
    expect(reply).toEqual({ status: 200, text: `got ${LIMIT}` });
    expect(reached).toEqual([chunks.join('')]);
  });

  it.each([
    { how: 'declared', declared: true, chunks: ['x'.repeat(LIMIT + 1)] },
    { how: 'chunked', declared: false, chunks: ['x'.repeat(600), 'y'.repeat(401)] },
  ])('refuses a $how body one byte over the limit before the route sees it', async ({ declared, chunks }) => {
    reached.length = 0;
    const reply = await send('POST', chunks, declared);
    expect(reply).toEqual({ status: 413, text: 'too large' });
    expect(reached).toEqual([]);
  });

  it('lets a GET through untouched', async () => {
    reached.length = 0;
    expect(await send('GET', [], false)).toEqual({ status: 200, text: 'got 0' });
  });
});
