import type { Migration } from './index';

// Responses per department, kept beside the responses by the transactions that add or remove them (the
// fold, an exclusion, a copy), so that counting a campaign's or a department's responses reads one small row
// instead of every response: a shared-link answer counts its department's places, and each report read
// checks the campaign's count. Filled from the responses already stored.
export const RESPONSE_COUNTS: Migration = {
  version: 5,
  name: 'response-counts',
  sql: `
CREATE TABLE response_counts (
  campaign_id text NOT NULL,
  department_id text NOT NULL,
  n bigint NOT NULL CHECK (n >= 0),
  PRIMARY KEY (campaign_id, department_id)
);
INSERT INTO response_counts (campaign_id, department_id, n)
  SELECT campaign_id, department_id, count(*) FROM responses GROUP BY campaign_id, department_id;
`,
};
