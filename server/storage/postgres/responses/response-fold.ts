// Moving a campaign's newly submitted responses from the inbox into their positions (why: see
// pg-submission-store.ts). One transaction under the campaign's fold lock gives the inbox's rows the next
// positions in random order and deletes them from the inbox; the response rows then carry the fold's
// transaction id, not the submission's. Positions stay dense (0..n-1): only a fold adds them and only an
// exclusion, under the same lock, takes them away and renumbers.

import type { PgDatabase, PgQueryable } from '../pg-database';
import { lockNames, LOCKS } from './advisory-locks';
import { addCounts } from './response-counts';

/** Inside a transaction already holding the campaign's fold lock: moves the inbox as it stands now. */
export async function foldInboxLocked(tx: PgQueryable, campaignId: string): Promise<number> {
  const { rows } = await tx.query<{ n: string }>(
    `WITH moved AS (
       DELETE FROM response_inbox WHERE campaign_id = $1 RETURNING id, department_id, doc
     ), base AS (
       SELECT coalesce(max(position) + 1, 0) AS start FROM responses WHERE campaign_id = $1
     ), inserted AS (
       INSERT INTO responses (campaign_id, position, id, department_id, doc)
       SELECT $1, base.start + row_number() OVER (ORDER BY random()) - 1, m.id, m.department_id, m.doc
       FROM moved m CROSS JOIN base
       WHERE NOT EXISTS (SELECT 1 FROM responses r WHERE r.campaign_id = $1 AND r.id = m.id)
       RETURNING department_id
     ), counted AS (${addCounts('inserted')})
     SELECT count(*) AS n FROM inserted`,
    [campaignId],
  );
  return Number(rows[0]!.n);
}

/** Folds the campaign's inbox, if anything is in it: the cheap look first spares a transaction and a lock. */
export async function foldInbox(db: PgDatabase, campaignId: string): Promise<void> {
  const { rowCount } = await db.query('SELECT 1 FROM response_inbox WHERE campaign_id = $1 LIMIT 1', [
    campaignId,
  ]);
  if (!rowCount) return;
  await db.transaction(async (tx) => {
    await lockNames(tx, [LOCKS.fold(campaignId)]);
    await foldInboxLocked(tx, campaignId);
  });
}
