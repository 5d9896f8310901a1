// Turning a campaign's pending spends into "answered" flags, in batches (why: see pg-submission-store.ts).
// Once at least BATCH spends are pending, one transaction sets the flag on all of their people and codes at
// once, in id order, and empties the pending sets: every row of the batch then carries that one transaction's
// id, and its place in the table is the table's, whatever order the answers came in. Fewer stay pending.

import type { PgDatabase } from '../pg-database';
import { lockNames, LOCKS } from './advisory-locks';

/** Spends a batch holds at least: the people a fold's flags could belong to, seen from the tables. */
export const BATCH = 16;

/**
 * People and codes pending for the campaign: a person who opened their link ('s:') and answered ('p:') is
 * one, so that a batch's rows are at least BATCH whatever mix of tickets brought it.
 */
const PENDING_PEOPLE = `SELECT count(DISTINCT regexp_replace(t, '^s:', 'p:')) AS n
  FROM pending_spends s, unnest(s.tickets) AS t WHERE s.campaign_id = $1`;

/** People and codes pending for the campaign right now. */
export async function pendingCount(db: PgDatabase, campaignId: string): Promise<number> {
  const { rows } = await db.query<{ n: string }>(PENDING_PEOPLE, [campaignId]);
  return Number(rows[0]!.n);
}

/**
 * Folds the campaign's pending spends if a batch is pending (checked again under the lock). Else rewrites its
 * pending sets as they are, in one transaction: a set's row would otherwise keep the id of the submission
 * that last added to it, and a set holding one ticket would name the person whose response the next fold
 * (a transaction id or two later) moved. Rewritten, every set carries this transaction's id.
 */
export async function foldMarks(db: PgDatabase, campaignId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await lockNames(tx, [LOCKS.marks(campaignId)]);
    const { rows: count } = await tx.query<{ n: string }>(PENDING_PEOPLE, [campaignId]);
    if (Number(count[0]!.n) < BATCH) {
      await tx.query('UPDATE pending_spends SET tickets = tickets WHERE campaign_id = $1', [campaignId]);
      return;
    }
    // A submitter adding to a set meanwhile is waited for, and its ticket folded with the rest.
    const { rows } = await tx.query<{ tickets: string[] }>(
      'DELETE FROM pending_spends WHERE campaign_id = $1 RETURNING tickets',
      [campaignId],
    );
    const answered: string[] = [];
    const started: string[] = [];
    const codes: string[] = [];
    for (const t of rows.flatMap((r) => r.tickets)) {
      if (t.startsWith('p:')) answered.push(t.slice(2));
      else if (t.startsWith('s:')) started.push(t.slice(2));
      else if (t.startsWith('c:')) codes.push(t.slice(2));
    }
    const people = [...new Set([...answered, ...started])].sort();
    // Both flags in one statement, so each person's row is written once, by this transaction alone. A person
    // taken off the list keeps started false (as their stub says).
    if (people.length > 0)
      await tx.query(
        `UPDATE survey_people SET answered = answered OR id = ANY($2::text[]),
           started = started OR (id = ANY($3::text[]) AND NOT removed)
         WHERE campaign_id = $1 AND id = ANY($4::text[])`,
        [campaignId, answered, started, people],
      );
    codes.sort();
    if (codes.length > 0)
      await tx.query(
        'UPDATE access_codes SET answered = true WHERE campaign_id = $1 AND id = ANY($2::text[])',
        [campaignId, codes],
      );
  });
}
