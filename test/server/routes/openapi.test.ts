import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

const ROUTES = [
  ['get', '/questionnaires'],
  ['get', '/organization-facts'],
  ['get', '/organizations'],
  ['post', '/organizations'],
  ['get', '/organizations/{id}'],
  ['post', '/organizations/{id}/campaigns'],
  ['get', '/campaigns/{id}'],
  ['get', '/campaigns/{id}/report'],
  ['post', '/campaigns/{id}/open'],
  ['post', '/campaigns/{id}/close'],
  ['patch', '/campaigns/{id}'],
  ['post', '/campaigns/{id}/reporting-groups'],
  ['delete', '/campaigns/{id}/reporting-groups/{groupId}'],
  ['post', '/campaigns/{id}/staff/preview'],
  ['post', '/campaigns/{id}/staff'],
  ['get', '/campaigns/{id}/staff'],
  ['delete', '/campaigns/{id}/staff/{email}'],
  ['post', '/campaigns/{id}/mail-merge'],
  ['post', '/campaigns/{id}/mailings'],
  ['get', '/campaigns/{id}/mailings/latest'],
  ['post', '/campaigns/{id}/access-codes'],
  ['get', '/campaigns/{id}/access-codes'],
  ['get', '/campaigns/{id}/suspects'],
  ['post', '/campaigns/{id}/suspects/{alertId}/exclusion'],
  ['post', '/campaigns/{id}/suspects/{alertId}/dismissal'],
  ['get', '/survey/{token}'],
  ['post', '/survey/{token}/responses'],
  ['post', '/demo'],
  ['get', '/setup'],
  ['post', '/setup'],
  ['post', '/session'],
  ['get', '/session'],
  ['delete', '/session'],
  ['post', '/account/password'],
  ['get', '/account/tokens'],
  ['post', '/account/tokens'],
  ['delete', '/account/tokens/{id}'],
  ['get', '/organizations/{id}/users'],
  ['post', '/organizations/{id}/invitations'],
  ['get', '/invitations/{token}'],
  ['post', '/invitations/{token}/accept'],
] as const;

describe('GET /api/openapi.json', () => {
  it('describes an OpenAPI 3 document served under /api', async () => {
    const reply = await t.call('GET', '/api/openapi.json');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      openapi: expect.stringMatching(/^3\./),
      info: { title: 'Groundwork API' },
      servers: [{ url: '/api' }],
    });
  });

  it('lists every route and no others', async () => {
    const paths = (await t.call('GET', '/api/openapi.json')).body.paths as Record<
      string,
      Record<string, unknown>
    >;
    const listed = Object.entries(paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method} ${path}`),
    );
    expect(listed.sort()).toEqual(ROUTES.map(([method, path]) => `${method} ${path}`).sort());
  });

  it.each(ROUTES)('documents a real route: %s %s does not fall through to 404', async (method, path) => {
    const concrete = path.replace('{id}', 'unknown-id').replace('{token}', 'unknown-token');
    const reply = await t.call(method.toUpperCase(), `/api${concrete}`, method === 'post' ? {} : undefined);
    expect(reply.body?.detail ?? '').not.toMatch(/^No route for/);
  });

  it('documents the problem answers of the submission route', async () => {
    const paths = (await t.call('GET', '/api/openapi.json')).body.paths;
    const responses = paths['/survey/{token}/responses'].post.responses;
    for (const status of ['201', '400', '404', '409', '422']) expect(responses).toHaveProperty(status);
    expect(responses['409'].content).toHaveProperty(['application/problem+json']);
  });
});
