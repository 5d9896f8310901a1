import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { rateLimit } from '../../../server/http/rate-limit';
import { expectProblem, setUpCampaign, startTestApp, type TestApp } from '../../fixtures/test-app';

describe('rateLimit', () => {
  it('lets the limit through in a window, refuses the next, and starts afresh in the next window', async () => {
    let now = 0;
    const app = new Hono()
      .use(rateLimit({ limit: 2, windowMs: 1000 }, () => now))
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
      expect((await t.call('POST', path, { answers: { pay_fair: 3 } })).status).toBe(201);
    const res = await t.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: { pay_fair: 3 } }),
    });
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expectProblem(
      { status: res.status, contentType: res.headers.get('content-type') ?? '', body: await res.json() },
      429,
    );
    expect(await t.storage.responses.countByCampaign(campaign.id)).toBe(3);
  });
});
