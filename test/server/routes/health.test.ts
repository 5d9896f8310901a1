// The load balancer's questions: live whenever the process answers, ready when its storage can serve.

import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app';
import { openPostgresStorage } from '../../../server/storage/postgres/open-postgres-storage';
import { FAST_PASSWORDS, expectProblem, startTestApp, type TestApp } from '../../fixtures/test-app';
import { TEST_DATABASE_URL, freshSchema } from '../../support/postgres-for-tests';

/** A GET with no cookie, as a load balancer sends it. */
async function probe(app: { request: (path: string) => Response | Promise<Response> }, path: string) {
  const res = await app.request(path);
  const text = await res.text();
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', body: JSON.parse(text) };
}

describe('health (embedded)', () => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });

  it('answers live and ready to anyone, with no session, again and again', async () => {
    t = await startTestApp();
    for (let i = 0; i < 20; i += 1) {
      expect(await probe(t.app, '/health/live')).toMatchObject({ status: 200, body: { status: 'ok' } });
      expect(await probe(t.app, '/health/ready')).toMatchObject({ status: 200, body: { status: 'ok' } });
    }
  });
});

describe.skipIf(TEST_DATABASE_URL === null)('health (PostgreSQL)', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).toReversed()) await cleanup().catch(() => undefined);
  });

  async function appOnFreshSchema() {
    const { schema, drop } = await freshSchema();
    cleanups.push(drop);
    const storage = await openPostgresStorage(
      { url: TEST_DATABASE_URL!, schema, poolSize: 2 },
      () => undefined,
    );
    cleanups.push(() => storage.close());
    const app = createApp({
      storage,
      questionnaires: new Map(),
      today: () => '2026-03-02',
      newId: () => randomUUID(),
      newToken: () => randomUUID(),
      now: () => Date.now(),
      ...FAST_PASSWORDS,
    });
    return { app, storage };
  }

  it('is ready with every migration applied, and not once the database lacks one; live all along', async () => {
    const { app, storage } = await appOnFreshSchema();
    expect((await probe(app, '/health/ready')).status).toBe(200);
    await storage.database.query('DELETE FROM groundwork_migrations WHERE version = 4');
    const reply = await probe(app, '/health/ready');
    expectProblem(reply, 503);
    expect(reply.body.detail).toBe('The database lacks migrations this version needs.');
    expect((await probe(app, '/health/live')).status).toBe(200);
  });
});
