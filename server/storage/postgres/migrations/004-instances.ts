import type { Migration } from './index';

// The counts behind request limits and sign-in waits (pg-limit-counters.ts). UNLOGGED: they are written on
// every submission and sign-in, and a database crash that empties them only starts the windows afresh, so
// they are not worth a WAL record and a flush each (nor a place on a replica). Times are ms since the epoch
// as the instances' clocks give them.
export const INSTANCES: Migration = {
  version: 4,
  name: 'instances',
  sql: `
CREATE UNLOGGED TABLE limit_windows (
  scope text NOT NULL,
  key text NOT NULL,
  window_start bigint NOT NULL,
  window_ms bigint NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (scope, key)
);
CREATE INDEX limit_windows_end ON limit_windows ((window_start + window_ms));

CREATE UNLOGGED TABLE sign_in_attempts (
  key text PRIMARY KEY,
  count integer NOT NULL,
  last_at bigint NOT NULL,
  forget_at bigint NOT NULL
);
CREATE INDEX sign_in_attempts_forget ON sign_in_attempts (forget_at);
`,
};
