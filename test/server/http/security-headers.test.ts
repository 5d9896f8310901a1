import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app';
import { parseTrustedProxies, type TrustedProxies } from '../../../server/domain/access/forwarded-client';
import { fromPeer, PROXY } from '../../fixtures/socket-peer';
import { startTestApp, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

describe('security headers', () => {
  it.each(['/api/questionnaires', '/api/no-such-route'])(
    'sends a script-tight Content-Security-Policy and anti-framing headers on %s',
    async (path) => {
      const res = await t.app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    },
  );
});

describe('Strict-Transport-Security', () => {
  const loopback = (parseTrustedProxies('loopback') as { proxies: TrustedProxies }).proxies;

  it('is sent only over https: served by Node itself or told by the trusted proxy, never over plain http', async () => {
    const proxied = createApp(t.deps, { trustedProxies: loopback });
    const hsts = async (url: string, peer: string, proto?: string) =>
      (
        await proxied.request(url, { headers: proto ? { 'x-forwarded-proto': proto } : {} }, fromPeer(peer))
      ).headers.get('strict-transport-security');
    expect(await hsts('http://localhost/api/questionnaires', '198.51.100.1')).toBeNull();
    expect(await hsts('https://localhost/api/questionnaires', '198.51.100.1')).toMatch(/^max-age=\d+/);
    expect(await hsts('http://localhost/api/questionnaires', PROXY, 'https')).toMatch(/^max-age=\d+/);
    expect(await hsts('http://localhost/api/questionnaires', '198.51.100.1', 'https')).toBeNull();
  });
});
