import type { Migration } from './index';

export const PLANS_AND_WORKSHOPS: Migration = {
  version: 2,
  name: 'plans-and-workshops',
  sql: `
SELECT 1;
`,
};
