import type { Migration } from './index';

// The small, mutable records: each row holds the record as its document (`doc`) beside the columns it is
// looked up, listed and deleted by. `doc` is `json`, not `jsonb`: json keeps the text as written, so a record
// reads back with its keys in the order they were stored (jsonb sorts them), as the embedded file does, and
// maps such as a campaign's emailTemplates list in the same order whichever store holds them. Nothing is
// queried inside a document: every lookup has its own column.
//
// `seq` orders a list as the records were created (the embedded store lists in that order); an update keeps
// the row, and so its place. These are staff records, never respondents', so an order of creation is no leak.
export const RECORDS: Migration = {
  version: 1,
  name: 'records',
  sql: `
CREATE TABLE organizations (
  id text PRIMARY KEY,
  seq bigserial NOT NULL,
  doc json NOT NULL
);

CREATE TABLE campaigns (
  id text PRIMARY KEY,
  organization_id text NOT NULL,
  seq bigserial NOT NULL,
  doc json NOT NULL
);
CREATE INDEX campaigns_by_organization ON campaigns (organization_id, seq);

-- Each survey link's token and the campaign it opens, kept in the same transaction as the campaign.
CREATE TABLE campaign_link_tokens (
  token text PRIMARY KEY,
  campaign_id text NOT NULL
);
CREATE INDEX campaign_link_tokens_by_campaign ON campaign_link_tokens (campaign_id);

CREATE TABLE accounts (
  id text PRIMARY KEY,
  seq bigserial NOT NULL,
  email text NOT NULL,
  password_reset_hash text,
  -- The organizations the account holds a role in, so that deleting one finds its grants.
  grant_organization_ids text[] NOT NULL,
  doc json NOT NULL
);
CREATE INDEX accounts_by_email ON accounts (email);
CREATE INDEX accounts_by_password_reset ON accounts (password_reset_hash);
CREATE INDEX accounts_by_grant_organization ON accounts USING gin (grant_organization_ids);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  account_id text NOT NULL,
  expires_at bigint NOT NULL
);
CREATE INDEX sessions_by_account ON sessions (account_id);

CREATE TABLE user_invitations (
  token_hash text PRIMARY KEY,
  id text NOT NULL,
  organization_id text NOT NULL,
  email text NOT NULL,
  role text NOT NULL,
  used_on text,
  seq bigserial NOT NULL,
  doc json NOT NULL
);
CREATE INDEX user_invitations_by_organization ON user_invitations (organization_id, seq);

CREATE TABLE api_tokens (
  id text PRIMARY KEY,
  account_id text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  seq bigserial NOT NULL,
  doc json NOT NULL
);
CREATE INDEX api_tokens_by_account ON api_tokens (account_id, seq);

CREATE TABLE audit_log (
  seq bigserial PRIMARY KEY,
  doc json NOT NULL
);
`,
};
