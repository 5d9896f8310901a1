// Each campaign's chat record in PostgreSQL: one row a campaign, the record as its document. A change runs
// in one transaction: the campaign's row is made if it has none yet, locked, the caller's function applied
// to it as stored and the result written (changeDocument), so a change another instance makes meanwhile
// waits for this one and then sees it; whatever the function throws rolls back everything, the new row too.

import { emptyChat, type CampaignChat } from '../../../domain/chat/campaign-chat';
import type { ChatRepository } from '../../chat-repository';
import type { PgDatabase } from '../pg-database';
import { changeDocument, readDocument, type DocumentTable } from './document-rows';

export const CAMPAIGN_CHATS: DocumentTable<CampaignChat> = {
  name: 'campaign_chats',
  key: 'campaign_id',
  columns: (c) => ({ campaign_id: c.campaignId, organization_id: c.organizationId }),
};

export function createPgChatRepository(db: PgDatabase): ChatRepository {
  return {
    async get(campaignId, organizationId) {
      // Another organization's campaign reads as one with no chat: its channels are not this one's.
      const found = await readDocument<CampaignChat>(
        db,
        'SELECT doc FROM campaign_chats WHERE campaign_id = $1 AND organization_id = $2',
        [campaignId, organizationId],
      );
      return found ?? emptyChat(campaignId, organizationId);
    },
    change: (campaignId, organizationId, apply) =>
      db.transaction(async (tx) => {
        // The empty record a first change starts from, as a row to lock. Two first changes at once: the
        // second insert waits for the first to commit and then does nothing, and its lock sees that row.
        await tx.query(
          `INSERT INTO campaign_chats (campaign_id, organization_id, doc) VALUES ($1, $2, $3)
           ON CONFLICT (campaign_id) DO NOTHING`,
          [campaignId, organizationId, JSON.stringify(emptyChat(campaignId, organizationId))],
        );
        return changeDocument(tx, CAMPAIGN_CHATS, campaignId, (stored) => {
          if (stored.organizationId !== organizationId) {
            throw new Error(`The chat of campaign ${campaignId} belongs to another organization`);
          }
          const next = apply(stored);
          if (next.campaignId !== campaignId || next.organizationId !== organizationId) {
            throw new Error('A chat record keeps its campaign and organization');
          }
          return next;
        });
      }),
    async removeCampaign(campaignId) {
      await db.query('DELETE FROM campaign_chats WHERE campaign_id = $1', [campaignId]);
    },
    async removeOrganization(organizationId) {
      await db.query('DELETE FROM campaign_chats WHERE organization_id = $1', [organizationId]);
    },
  };
}
