// The vitest config Stryker runs (`npm run mutation`): only the domain tests, without the global setup
// that builds the client. run.ts narrows the tests of a run through MUTATION_TESTS, because Stryker's own
// `testFiles` activates mutants in module-level code too late and reports them as survivors.

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: (process.env.MUTATION_TESTS ?? 'test/server/domain/**/*.test.ts').split(','),
  },
});
