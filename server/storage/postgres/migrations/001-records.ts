import type { Migration } from './index';

export const RECORDS: Migration = {
  version: 1,
  name: 'records',
  sql: `
SELECT 1;
`,
};
