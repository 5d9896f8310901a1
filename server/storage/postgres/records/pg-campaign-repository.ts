// Campaigns in PostgreSQL: the campaign as its document, and a table of its survey links' tokens (token ->
// campaign) kept in the same transaction as every create, update and removal, so that a respondent's link
// finds the campaign by an index, and never a campaign that no longer lists it.

import { withCampaignDefaults, type Campaign } from '../../../domain/campaigns/campaign';
import type { CampaignRepository } from '../../campaign-repository';
import type { PgDatabase, PgQueryable } from '../pg-database';
import {
  changeDocument,
  insertDocument,
  readDocument,
  readDocuments,
  type DocumentTable,
} from './document-rows';

export const CAMPAIGNS: DocumentTable<Campaign> = {
  name: 'campaigns',
  key: 'id',
  columns: (c) => ({ id: c.id, organization_id: c.organizationId }),
};

const tokensOf = (links: Campaign['links']) => JSON.stringify(links.map((l) => l.token));

/** Makes the token table list exactly the campaign's links (none for a campaign removed). */
async function keepLinkTokens(tx: PgQueryable, campaignId: string, links: Campaign['links']) {
  await tx.query('DELETE FROM campaign_link_tokens WHERE campaign_id = $1', [campaignId]);
  const tokens = [...new Set(links.map((l) => l.token))];
  if (tokens.length === 0) return;
  // A token another campaign holds is refused (primary key), as two campaigns must never share a link.
  await tx.query('INSERT INTO campaign_link_tokens (token, campaign_id) SELECT unnest($1::text[]), $2', [
    tokens,
    campaignId,
  ]);
}

export function createPgCampaignRepository(db: PgDatabase): CampaignRepository {
  // Campaigns stored by an earlier version lack later settings; they are read with their defaults.
  const read = async (sql: string, values: unknown[]) => {
    const found = await readDocument<Campaign>(db, sql, values);
    return found && withCampaignDefaults(found);
  };
  return {
    create: (campaign) =>
      db.transaction(async (tx) => {
        await insertDocument(tx, CAMPAIGNS, campaign);
        await keepLinkTokens(tx, campaign.id, campaign.links);
      }),
    get: (id) => read('SELECT doc FROM campaigns WHERE id = $1', [id]),
    async listByOrganization(organizationId) {
      const found = await readDocuments<Campaign>(
        db,
        'SELECT doc FROM campaigns WHERE organization_id = $1 ORDER BY seq',
        [organizationId],
      );
      return found.map(withCampaignDefaults);
    },
    update: (id, change) =>
      db.transaction(async (tx) => {
        let before: Campaign | undefined;
        const stored = await changeDocument(tx, CAMPAIGNS, id, (c) => {
          before = c;
          return change(withCampaignDefaults(c));
        });
        // Most updates leave the links alone; the token rows are rewritten only when they changed.
        if (stored.id !== id || tokensOf(before!.links) !== tokensOf(stored.links)) {
          await keepLinkTokens(tx, id, []);
          await keepLinkTokens(tx, stored.id, stored.links);
        }
        return stored;
      }),
    findByLinkToken: (token) =>
      read(
        `SELECT c.doc FROM campaign_link_tokens t JOIN campaigns c ON c.id = t.campaign_id
         WHERE t.token = $1`,
        [token],
      ),
    remove: (id) =>
      db.transaction(async (tx) => {
        const { rowCount } = await tx.query('DELETE FROM campaigns WHERE id = $1', [id]);
        if (rowCount === 0) return false;
        await keepLinkTokens(tx, id, []);
        // Its access codes go with it: a code of a campaign that is gone would lead nowhere.
        await tx.query('DELETE FROM access_codes WHERE campaign_id = $1', [id]);
        return true;
      }),
  };
}
