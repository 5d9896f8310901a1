// The places a department's answers hold and the ways of answering kept apart (the rule:
// server/domain/campaigns/answer-places.ts), each counted in ONE statement, so that a link or code being spent
// in another transaction is seen either unused (before its commit) or answered with its response (after):
// never both, never neither. Callers hold the departments' locks (advisory-locks.ts) around the check and the
// change it guards.

import type { PgQueryable } from '../pg-database';
import { answeredSql } from './answered';
import { departmentCount } from './response-counts';

/** Responses of a department, folded or still in the inbox: `$1` campaign, `d` the department. */
const STORED = `(${departmentCount('d')})`;

/**
 * Places held in the department: its responses, its people listed who have not answered, and its codes not
 * used. (A person taken off the list is kept only when answered, so holds nothing beyond their response.)
 */
export async function heldPlaces(tx: PgQueryable, campaignId: string, departmentId: string): Promise<number> {
  const { rows } = await tx.query<{ held: string }>(
    `SELECT ${STORED}
       + (SELECT count(*) FROM survey_people p
           WHERE p.campaign_id = $1 AND p.department_id = d AND NOT p.removed AND NOT ${answeredSql('p', 'p')})
       + (SELECT count(*) FROM access_codes c
           WHERE c.campaign_id = $1 AND c.department_id = d AND NOT ${answeredSql('c', 'c')}) AS held
     FROM (SELECT $2::text AS d) AS department`,
    [campaignId, departmentId],
  );
  return Number(rows[0]!.held);
}

/** Whether any of the departments has a personal link or an access code, used or not. */
export async function hasTickets(
  tx: PgQueryable,
  campaignId: string,
  departmentIds: readonly string[],
): Promise<boolean> {
  const { rows } = await tx.query<{ found: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM survey_people WHERE campaign_id = $1 AND department_id = ANY($2::text[]))
         OR EXISTS (SELECT 1 FROM access_codes WHERE campaign_id = $1 AND department_id = ANY($2::text[]))
         AS found`,
    [campaignId, [...departmentIds]],
  );
  return rows[0]!.found;
}

/**
 * Of the departments, in the order given, those holding answers through a shared link: responses less
 * answered personal links and used codes (derived, as sharedLinkAnswers says; nothing marks which they are).
 */
export async function holdingSharedAnswers(
  tx: PgQueryable,
  campaignId: string,
  departmentIds: readonly string[],
): Promise<string[]> {
  const { rows } = await tx.query<{ d: string }>(
    `SELECT d FROM unnest($2::text[]) WITH ORDINALITY AS u(d, n)
     WHERE ${STORED}
       - (SELECT count(*) FROM survey_people p
           WHERE p.campaign_id = $1 AND p.department_id = d AND ${answeredSql('p', 'p')})
       - (SELECT count(*) FROM access_codes c
           WHERE c.campaign_id = $1 AND c.department_id = d AND ${answeredSql('c', 'c')}) > 0
     ORDER BY n`,
    [campaignId, [...new Set(departmentIds)]],
  );
  return rows.map((r) => r.d);
}
