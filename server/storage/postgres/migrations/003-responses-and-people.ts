import type { Migration } from './index';

export const RESPONSES_AND_PEOPLE: Migration = {
  version: 3,
  name: 'responses-and-people',
  sql: `
SELECT 1;
`,
};
