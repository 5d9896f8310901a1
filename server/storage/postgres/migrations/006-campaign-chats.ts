import type { Migration } from './index';

// Each campaign's workplace-chat record (its channels, their webhooks sealed, and the posts sent through
// them), one row a campaign. Keyed by the campaign, as every change locks that row; the organization's id
// beside it, so that deleting an organization finds its campaigns' records by an index.
export const CAMPAIGN_CHATS: Migration = {
  version: 6,
  name: 'campaign-chats',
  sql: `
CREATE TABLE campaign_chats (
  campaign_id text PRIMARY KEY,
  organization_id text NOT NULL,
  doc json NOT NULL
);
CREATE INDEX campaign_chats_by_organization ON campaign_chats (organization_id);
`,
};
