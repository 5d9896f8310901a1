// The questionnaire a respondent's phone loads travels compressed when the browser accepts it (brotli before
// gzip), decodes to exactly what an uncompressed request gets, and keeps the headers every reply carries;
// problems stay as the error funnel makes them.

import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpCampaign, startTestApp, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

const open = (token: string, acceptEncoding?: string) =>
  t.app.request(`/api/survey/${token}`, {
    headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
  });

const decode = (encoding: string | null, bytes: Buffer): unknown => {
  const plain =
    encoding === 'br' ? brotliDecompressSync(bytes) : encoding === 'gzip' ? gunzipSync(bytes) : bytes;
  return JSON.parse(plain.toString('utf8'));
};

describe('GET /api/survey/:token, compressed', () => {
  it.each([
    { accepts: 'gzip, deflate, br, zstd', sent: 'br' },
    { accepts: 'gzip, deflate', sent: 'gzip' },
    { accepts: 'br;q=0.5, gzip', sent: 'gzip' },
    { accepts: 'br;q=0, gzip;q=0.8', sent: 'gzip' },
    { accepts: '*', sent: 'br' },
    { accepts: 'identity', sent: null },
    { accepts: 'br;q=0, gzip;q=0', sent: null },
    { accepts: undefined, sent: null },
  ])('sends $sent to a client accepting "$accepts", the same questionnaire once decoded', async (c) => {
    const { wideToken } = await setUpCampaign(t, undefined, { questionnaireId: 'readiness-okr-2' });
    const plain = await open(wideToken);
    const plainBody = Buffer.from(await plain.arrayBuffer());
    const reply = await open(wideToken, c.accepts);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
    expect(reply.headers.get('content-encoding')).toBe(c.sent);
    const bytes = Buffer.from(await reply.arrayBuffer());
    expect(decode(c.sent, bytes)).toEqual(JSON.parse(plainBody.toString('utf8')));
    if (c.sent !== null) {
      expect(Number(reply.headers.get('content-length'))).toBe(bytes.length);
      // What the change is for: a fraction of the bytes over a phone's network.
      expect(bytes.length).toBeLessThan(plainBody.length / 4);
    }
  });

  it('keeps the security headers and tells caches the reply depends on Accept-Encoding', async () => {
    const { wideToken } = await setUpCampaign(t);
    const reply = await open(wideToken, 'gzip, br');
    expect(reply.headers.get('content-encoding')).toBe('br');
    expect(reply.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(reply.headers.get('referrer-policy')).toBe('no-referrer');
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('vary')).toMatch(/accept-encoding/i);
  });

  it('answers an unknown link with the usual problem, uncompressed', async () => {
    const reply = await open('no-such-token', 'gzip, br');
    expect(reply.status).toBe(404);
    expect(reply.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(reply.headers.get('content-encoding')).toBeNull();
    expect(await reply.json()).toMatchObject({ status: 404, code: 'survey.not-found' });
  });
});
