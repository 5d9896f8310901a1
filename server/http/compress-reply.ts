// Compresses a route's JSON reply for a client that accepts it: brotli where offered, else gzip. For the few
// replies worth it (the questionnaire a respondent's phone loads, about 58 kB of JSON, comes down to 9 kB);
// hashed assets are compressed once at build time instead (client/vite.config.ts). Hono's own compress
// middleware offers gzip and deflate only. Problems are left as the error funnel made them: they are small.

import type { MiddlewareHandler } from 'hono';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);

/** Below this a reply fits in a packet or two anyway, and compressing costs more than it saves. */
const THRESHOLD_BYTES = 1024;

/**
 * Quality 5 of 11: for this JSON within 15% of the smallest brotli gives, at under a millisecond instead of
 * 30 to 45 ms, which matters when a whole company opens its links at 9:00 and every reply is made anew
 * (a personal link's carries its own progress key, so there is nothing to cache).
 */
const BROTLI_QUALITY = 5;

export type ReplyEncoding = 'br' | 'gzip';

/**
 * The encoding to send for an `Accept-Encoding` header (RFC 9110 §12.5.3): brotli if the client accepts it,
 * else gzip, else none. A coding given q=0 is refused; `*` stands for any coding not named.
 */
export function chooseEncoding(header: string | undefined): ReplyEncoding | null {
  if (!header) return null;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) weights.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (coding: ReplyEncoding) => weights.get(coding) ?? weights.get('*') ?? 0;
  const br = weight('br');
  const gz = weight('gzip');
  if (br > 0 && br >= gz) return 'br';
  if (gz > 0) return 'gzip';
  return null;
}

export function compressReply(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    // Caches must keep a compressed and a plain copy apart, whichever this client got.
    res.headers.append('Vary', 'Accept-Encoding');
    const type = res.headers.get('Content-Type') ?? '';
    if (res.status !== 200 || !type.startsWith('application/json') || res.headers.has('Content-Encoding'))
      return;
    const encoding = chooseEncoding(c.req.header('Accept-Encoding'));
    if (encoding === null) return;
    const plain = Buffer.from(await res.arrayBuffer());
    if (plain.length < THRESHOLD_BYTES) {
      c.res = new Response(plain, res);
      return;
    }
    const body =
      encoding === 'br'
        ? await compressBrotli(plain, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
            },
          })
        : await compressGzip(plain);
    // Set after the assignment: Hono lays the replaced reply's headers over the new one.
    c.res = new Response(body, res);
    c.res.headers.set('Content-Encoding', encoding);
    c.res.headers.set('Content-Length', String(body.length));
  };
}
