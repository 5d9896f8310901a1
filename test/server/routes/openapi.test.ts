import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

// Which operations the document lists, and that each is a real route answering as documented, is
// openapi-walk.test.ts's: it reaches every operation's success through the app.

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

  it('describes the session cookie as a way to authenticate', async () => {
    const { components } = (await t.call('GET', '/api/openapi.json')).body;
    expect(components.securitySchemes.session).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: 'gw_session',
    });
  });

  it('documents the problem answers of the submission route', async () => {
    const paths = (await t.call('GET', '/api/openapi.json')).body.paths;
    const responses = paths['/survey/{token}/responses'].post.responses;
    for (const status of ['201', '400', '404', '409', '422']) expect(responses).toHaveProperty(status);
    expect(responses['409'].content).toHaveProperty(['application/problem+json']);
  });
});
