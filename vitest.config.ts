import { defineConfig } from 'vitest/config';

// The route tests run a second time on PostgreSQL (test/fixtures/test-storage.ts) wherever a test database
// is given, and always under CI=true, where a missing TEST_DATABASE_URL then fails them rather than skipping.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL?.trim()) || process.env.CI === 'true';

export default defineConfig({
  test: {
    // Browser and crash tests start real servers and Chromium; a shared 2-core machine needs headroom.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Builds the client once, before any project's tests (each project runs it; the second finds it built).
    globalSetup: ['test/global-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'all',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
        },
      },
      ...(onPostgres
        ? [
            {
              extends: true as const,
              test: {
                name: 'routes on PostgreSQL',
                include: ['test/server/routes/**/*.test.ts'],
                env: { TEST_STORAGE: 'postgres' },
              },
            },
          ]
        : []),
    ],
  },
});
