import type { Migration } from './index';

export const INSTANCES: Migration = {
  version: 4,
  name: 'instances',
  sql: `
SELECT 1;
`,
};
