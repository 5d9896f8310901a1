// What "answered" means for a personal link or an access code, written once and used by every query that asks
// it: the row's flag, set in batches by the marks fold (marks-fold.ts), or the ticket waiting in the
// campaign's pending spends. A submission never writes the person's or the code's row (see
// pg-submission-store.ts), so the flag alone would miss every spend not folded yet. "Started" (a person
// opened their link) is kept the same way, as an 's:' ticket in the pending sets until a marks fold sets the
// flag: opening comes a moment before answering, so a person's row written when they opened would carry a
// transaction id a step or two before their response's (and move on disk in the order people opened).

import type { PgQueryable } from '../pg-database';

/** 'p' a person's spend, 'c' a code's, 's' a person having opened their link. */
export type TicketKind = 'p' | 'c' | 's';

/** The ticket id a spend is recorded under: its kind and the record's id. */
export const ticketId = (kind: TicketKind, id: string) => `${kind}:${id}`;

/**
 * A boolean SQL expression: whether the row `alias` of survey_people (kind 'p') or access_codes (kind 'c') is
 * answered. The alias must name a row with `id`, `campaign_id` and `answered`.
 */
export function answeredSql(alias: string, kind: TicketKind, campaignParam?: string): string {
  return `(${alias}.answered OR ('${kind}:' || ${alias}.id) IN ${pendingOf(alias, campaignParam)})`;
}

/**
 * The tickets pending for the row's campaign. Given the parameter naming the campaign (a query over one
 * campaign's list), the subquery no longer depends on the row, so it is read once and hashed rather than once
 * per row: a list of 50,000 people reads in a fraction of the time.
 */
const pendingOf = (alias: string, campaignParam?: string) =>
  `(SELECT unnest(s.tickets) FROM pending_spends s WHERE s.campaign_id = ${campaignParam ?? `${alias}.campaign_id`})`;

/** Whether the person row `alias` is started: its flag, or its 's:' ticket pending (never for one removed). */
export function startedSql(alias: string, campaignParam?: string): string {
  return `(${alias}.started OR (NOT ${alias}.removed AND ('s:' || ${alias}.id) IN ${pendingOf(alias, campaignParam)}))`;
}

/** Pending sets per campaign: concurrent submitters of one campaign seldom wait on one row. */
const SHARDS = 16;

/**
 * Adds a ticket to one of the campaign's pending sets, chosen at random, keeping the set sorted and without
 * repeats: a set, with no order of arrival. Inside the caller's transaction.
 */
export async function addPending(tx: PgQueryable, campaignId: string, ticket: string): Promise<void> {
  await tx.query(
    `INSERT INTO pending_spends (campaign_id, shard, tickets) VALUES ($1, $2, ARRAY[$3::text])
     ON CONFLICT (campaign_id, shard) DO UPDATE SET tickets =
       (SELECT array_agg(DISTINCT x ORDER BY x) FROM unnest(pending_spends.tickets || EXCLUDED.tickets) AS x)`,
    [campaignId, Math.floor(Math.random() * SHARDS), ticket],
  );
}
