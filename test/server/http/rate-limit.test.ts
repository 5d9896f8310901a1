import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { rateLimit } from '../../../server/http/rate-limit';
import { createInMemoryLimitCounters } from '../../../server/storage/embedded/in-memory-limit-counters';
import { parseTrustedProxies, type TrustedProxies } from '../../../server/domain/access/forwarded-client';
import { fromPeer, PROXY } from '../../fixtures/socket-peer';
import { expectProblem, setUpCampaign, startTestApp, type TestApp } from '../../fixtures/test-app';
import { scoreable } from '../../fixtures/answers';

describe('rateLimit', () => {
  it('lets the limit through in a window, refuses the next, and starts afresh in the next window', async () => {
    let now = 0;
    const app = new Hono()
      .use(
        rateLimit(
          { limit: 2, windowMs: 1000 },
          { code: 'request.too-many-submissions', counters: createInMemoryLimitCounters(), now: () => now },
        ),
      )
      .get('/', (c) => c.text('ok'));
    app.onError((error, c) => c.text(error.message, 429));
    const statuses = async (n: number) => {
      const out: number[] = [];
      for (let i = 0; i < n; i += 1) out.push((await app.request('/')).status);
      return out;
    };
    expect(await statuses(3)).toEqual([200, 200, 429]);
    now = 999;
    expect(await statuses(1)).toEqual([429]);
    now = 1000;
    expect(await statuses(3)).toEqual([200, 200, 429]);
  });
});

describe('survey submission limit', () => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });

  it('answers submissions over the limit with 429 problem+json and Retry-After, storing none of them', async () => {
    t = await startTestApp(undefined, { submissionLimit: { limit: 3, windowMs: 60_000 } });
    const { campaign, tokenOf } = await setUpCampaign(t);
    const path = `/api/survey/${tokenOf('Sales')}/responses`;
    for (let i = 0; i < 3; i += 1)
      expect((await t.call('POST', path, { answers: scoreable({ pay_fair: 3 }) })).status).toBe(201);
    const res = await t.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: scoreable({ pay_fair: 3 }) }),
    });
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = await res.json();
    expectProblem({ status: res.status, contentType: res.headers.get('content-type') ?? '', body }, 429);
    expect(body.detail).toMatch(/^Too many submissions from this address; try again in \d+ s\.$/);
    expect(await t.storage.responses.countByCampaign(campaign.id)).toBe(3);
  });

  it('counts each client behind the trusted proxy apart, and a forged X-Forwarded-For from anyone else not at all', async () => {
    const loopback = (parseTrustedProxies('loopback') as { proxies: TrustedProxies }).proxies;
    t = await startTestApp(undefined, {
      submissionLimit: { limit: 2, windowMs: 60_000 },
      trustedProxies: loopback,
    });
    const { tokenOf } = await setUpCampaign(t);
    const submitFrom = async (peer: string, forwardedFor: string) =>
      (
        await t.app.request(
          `/api/survey/${tokenOf('Sales')}/responses`,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
            body: JSON.stringify({ answers: scoreable({ pay_fair: 3 }) }),
          },
          fromPeer(peer),
        )
      ).status;

    const behindProxy = [];
    for (const client of ['198.51.100.1', '198.51.100.2', '198.51.100.3'])
      for (let i = 0; i < 3; i += 1) behindProxy.push(await submitFrom(PROXY, client));
    expect(behindProxy).toEqual([201, 201, 429, 201, 201, 429, 201, 201, 429]);

    // A fresh made-up address on every request buys nothing when the sender is not the proxy.
    const forged = [];
    for (let i = 0; i < 3; i += 1) forged.push(await submitFrom('203.0.113.9', `192.0.2.${i + 1}`));
    expect(forged).toEqual([201, 201, 429]);
  });
});
