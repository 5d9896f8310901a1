import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    globalSetup: ['test/global-setup.ts'],
    // Browser and crash tests start real servers and Chromium; a shared 2-core machine needs headroom.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
