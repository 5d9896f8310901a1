import type { Migration } from './index';

// Mailings and reminder plans, action plans, benchmark files, workshops, tally checkpoints, and the instances
// sharing the database. Each record is a `doc` (json, not jsonb: json keeps keys in the order written, as the
// embedded files do) beside the columns it is looked up, ordered and deleted by; rows belonging to a campaign
// or an organization carry its id, so the tables could be distributed by that key. `seq` orders a list as
// its rows were added (staff records, never respondents': an order of creation is no leak here).
export const PLANS_AND_WORKSHOPS: Migration = {
  version: 2,
  name: 'plans-and-workshops',
  sql: `
-- Each storage opened (one per server process) while it runs: a run being sent names its instance, and
-- reads as interrupted once that instance has gone (row deleted at close, or not refreshed for 30 s).
CREATE TABLE instances (
  id text PRIMARY KEY,
  seen_at timestamptz NOT NULL
);

CREATE TABLE mailing_runs (
  id text PRIMARY KEY,
  campaign_id text NOT NULL,
  seq bigserial NOT NULL,
  -- The instance sending the run while its state is 'sending'; null otherwise.
  sender text,
  doc json NOT NULL
);
CREATE INDEX mailing_runs_by_campaign ON mailing_runs (campaign_id, seq);

CREATE TABLE mailing_plans (
  campaign_id text PRIMARY KEY,
  seq bigserial NOT NULL,
  -- True while a reminder of the plan is still to go out: what the scheduler looks for.
  pending boolean NOT NULL,
  reminders json NOT NULL
);
CREATE INDEX mailing_plans_pending ON mailing_plans (seq) WHERE pending;

CREATE TABLE plan_actions (
  organization_id text NOT NULL,
  id text NOT NULL,
  seq bigserial NOT NULL,
  doc json NOT NULL,
  PRIMARY KEY (organization_id, id)
);
CREATE INDEX plan_actions_in_order ON plan_actions (organization_id, seq);

CREATE TABLE benchmarks (
  id text PRIMARY KEY,
  seq bigserial NOT NULL,
  doc json NOT NULL
);

CREATE TABLE workshops (
  id text PRIMARY KEY,
  organization_id text NOT NULL,
  code text NOT NULL UNIQUE,
  doc json NOT NULL
);
CREATE INDEX workshops_by_organization ON workshops (organization_id);

-- Each participant's cookie-token hash, kept in the same transaction as the workshop's change.
CREATE TABLE workshop_participants (
  workshop_id text NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  participant_id text NOT NULL,
  organization_id text NOT NULL,
  token_hash text NOT NULL,
  PRIMARY KEY (workshop_id, participant_id)
);
CREATE INDEX workshop_participants_by_token ON workshop_participants (token_hash);

CREATE TABLE tally_checkpoints (
  campaign_id text PRIMARY KEY,
  checkpoint text NOT NULL
);
`,
};
