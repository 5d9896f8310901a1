// What "answered" means for a personal link or an access code, written once and used by every query that asks
// it: the row's flag, set in batches by the marks fold (marks-fold.ts), or the ticket waiting in the
// campaign's pending spends. A submission never writes the person's or the code's row (see
// pg-submission-store.ts), so the flag alone would miss every spend not folded yet.

export type TicketKind = 'p' | 'c';

/** The ticket id a spend is recorded under: its kind and the record's id. */
export const ticketId = (kind: TicketKind, id: string) => `${kind}:${id}`;

/**
 * A boolean SQL expression: whether the row `alias` of survey_people (kind 'p') or access_codes (kind 'c') is
 * answered. The alias must name a row with `id`, `campaign_id` and `answered`.
 */
export function answeredSql(alias: string, kind: TicketKind): string {
  return (
    `(${alias}.answered OR ('${kind}:' || ${alias}.id) IN ` +
    `(SELECT unnest(s.tickets) FROM pending_spends s WHERE s.campaign_id = ${alias}.campaign_id))`
  );
}
