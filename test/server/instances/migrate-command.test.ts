// `npm run migrate` against a fresh schema: each migration applied once and named, then nothing left to do.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../server/storage/postgres/migrations/index';
import { PROJECT_ROOT } from '../../support/server-process';
import { TEST_DATABASE_URL, freshSchema, cleanupsAfterEach } from '../../support/postgres-for-tests';

const run = promisify(execFile);
const cleanups = cleanupsAfterEach();

const migrate = (env: Record<string, string>) =>
  run(process.execPath, ['--import', 'tsx', 'server/commands/migrate.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: '', ...env },
  });

describe.skipIf(TEST_DATABASE_URL === null)('npm run migrate', () => {
  it('applies every migration once, naming each, and then says the schema is up to date', async () => {
    const { schema, drop } = await freshSchema();
    cleanups.push(drop);
    const env = { DATABASE_URL: TEST_DATABASE_URL!, DATABASE_SCHEMA: schema };
    const first = await migrate(env);
    expect(first.stdout.trim().split('\n')).toEqual(
      MIGRATIONS.map((m) => `[groundwork] schema ${schema}: applied ${m.version} ${m.name}`),
    );
    const second = await migrate(env);
    expect(second.stdout.trim()).toBe(
      `[groundwork] schema ${schema}: up to date (${MIGRATIONS.length} migrations)`,
    );
  });
});

describe('npm run migrate without a database', () => {
  it('refuses, saying there is nothing to migrate', async () => {
    const failed = await migrate({}).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringContaining('DATABASE_URL is not set') });
  });
});
