// The folds a submission leaves to run after its commit (response-fold.ts, marks-fold.ts) are lost if the
// instance dies first, or fail if its connection is cut. Until done, the response's inbox row and the pending
// set its spend went into both carry the submission's transaction id, pairing the person with the answer;
// and a campaign no longer answered or read would keep them so. So each instance folds them on opening.

import type { PgDatabase } from '../pg-database';
import { foldMarks } from './marks-fold';
import { foldInbox } from './response-fold';

export async function foldLeftovers(db: PgDatabase): Promise<void> {
  const { rows } = await db.query<{ campaign_id: string; inbox: boolean }>(
    `SELECT campaign_id, bool_or(inbox) AS inbox FROM (
       SELECT DISTINCT campaign_id, true AS inbox FROM response_inbox
       UNION ALL SELECT DISTINCT campaign_id, false FROM pending_spends
     ) AS left_over GROUP BY campaign_id`,
  );
  for (const { campaign_id: campaignId, inbox } of rows) {
    if (inbox) await foldInbox(db, campaignId);
    // Rewrites the campaign's sets (or folds a batch), so none keeps a submission's id.
    await foldMarks(db, campaignId);
  }
}
