// Responses, the submission path, staff lists with their personal links, and access codes. No table here has
// a sequence, serial or identity column, nor a timestamp: ids are the random ones the callers give, and a
// response's day is inside its document. Why the tables are shaped so: postgres/responses/pg-submission-store.ts.

import type { Migration } from './index';

export const RESPONSES_AND_PEOPLE: Migration = {
  version: 3,
  name: 'responses-and-people',
  sql: `
CREATE TABLE survey_people (
  campaign_id text NOT NULL,
  id text PRIMARY KEY,
  department_id text NOT NULL,
  -- The order of the staff list (the imports'), never the order of answers.
  list_order bigint NOT NULL,
  email text NOT NULL,
  removed boolean NOT NULL DEFAULT false,
  erased boolean NOT NULL DEFAULT false,
  started boolean NOT NULL DEFAULT false,
  -- Set in batches by the marks fold; until then a spend is in pending_spends.
  answered boolean NOT NULL DEFAULT false,
  doc jsonb NOT NULL
);
CREATE INDEX survey_people_list ON survey_people (campaign_id, list_order);
CREATE INDEX survey_people_department ON survey_people (campaign_id, department_id);
CREATE INDEX survey_people_email ON survey_people (campaign_id, email);

CREATE TABLE person_links (
  token_hash text PRIMARY KEY,
  campaign_id text NOT NULL,
  person_id text NOT NULL
);
CREATE INDEX person_links_person ON person_links (person_id);
CREATE INDEX person_links_campaign ON person_links (campaign_id);

CREATE TABLE staff_retention (
  campaign_id text PRIMARY KEY,
  days integer,
  erased_on text
);

CREATE TABLE access_codes (
  campaign_id text NOT NULL,
  id text PRIMARY KEY,
  department_id text NOT NULL,
  code_hash text NOT NULL UNIQUE,
  answered boolean NOT NULL DEFAULT false,
  doc jsonb NOT NULL
);
CREATE INDEX access_codes_department ON access_codes (campaign_id, department_id);

CREATE TABLE submission_keys (
  campaign_id text NOT NULL,
  key_hash text NOT NULL,
  PRIMARY KEY (campaign_id, key_hash)
);

CREATE TABLE pending_spends (
  campaign_id text NOT NULL,
  shard smallint NOT NULL,
  -- Ticket ids ('p:' person, 'c:' code), kept sorted: a set, with no order of arrival.
  tickets text[] NOT NULL,
  PRIMARY KEY (campaign_id, shard)
);

CREATE TABLE response_inbox (
  campaign_id text NOT NULL,
  id text PRIMARY KEY,
  department_id text NOT NULL,
  doc jsonb NOT NULL
);
CREATE INDEX response_inbox_department ON response_inbox (campaign_id, department_id);

CREATE TABLE responses (
  campaign_id text NOT NULL,
  position bigint NOT NULL,
  id text NOT NULL,
  department_id text NOT NULL,
  doc jsonb NOT NULL,
  -- Deferrable so that an exclusion can renumber the positions after it in one statement.
  CONSTRAINT responses_position PRIMARY KEY (campaign_id, position) DEFERRABLE INITIALLY IMMEDIATE,
  CONSTRAINT responses_id UNIQUE (campaign_id, id)
);
CREATE INDEX responses_department ON responses (campaign_id, department_id);
`,
};
