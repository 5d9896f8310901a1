import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectProblem, startTestApp, type TestApp } from '../fixtures/test-app';
import { createApp } from '../../server/app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

describe('createApp', () => {
  it.each([
    { method: 'GET', path: '/api/nope' },
    { method: 'GET', path: '/api/organizations/some-id/members' },
    { method: 'DELETE', path: '/api/organizations' },
    { method: 'GET', path: '/api' },
  ])('answers $method $path, which no route serves, with 404 problem+json', async ({ method, path }) => {
    const reply = await t.call(method, path);
    expectProblem(reply, 404);
    expect(reply.body.detail).toBe(`No route for ${method} ${path}.`);
  });

  it('answers an unexpected failure with a bare 500 that reveals nothing, and reports it', async () => {
    const seen: unknown[] = [];
    const failing = {
      ...t.storage,
      organizations: {
        ...t.storage.organizations,
        list: () => Promise.reject(new Error('disk on fire at /srv/data')),
      },
    };
    const app = createApp({ ...t.deps, storage: failing }, { onServerError: (error) => seen.push(error) });
    const res = await app.request('/api/organizations', { headers: { cookie: t.ownerCookie } });
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = await res.text();
    expect(JSON.parse(body)).toMatchObject({ type: '/problems/internal', status: 500 });
    expect(body).not.toContain('disk on fire');
    expect(seen).toHaveLength(1);
  });
});

describe('request size', () => {
  it('refuses an administrative body over 256 kB with 413 problem+json, creating nothing', async () => {
    const huge = { name: 'x', departments: [{ name: 'y'.repeat(300 * 1024), headcount: 1 }] };
    expectProblem(await t.call('POST', '/api/organizations', huge), 413);
    expect((await t.call('GET', '/api/organizations')).body).toEqual([]);
  });
});
