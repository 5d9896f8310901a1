// How a personal link or an access code (a "ticket") is spent together with its response in PostgreSQL, and
// why nothing in the database pairs the two afterwards, system columns included.
//
// One transaction, acknowledged only after COMMIT, so the ticket is spent if and only if the response is
// stored: the idempotency key is inserted first (a conflict is a repeat, and a concurrent twin waits for the
// first to commit); the ticket's advisory lock is taken (advisory-locks.ts), then the ticket is checked free:
// listed or issued, not answered, not pending; the spend is added to one of the campaign's 16 pending sets,
// chosen at random, each kept SORTED; and the response goes into the inbox, which has no order column.
//
// What could pair them, and how each is avoided:
// - Transaction ids. Every row a transaction writes carries its id (xmin), and every row it locks or deletes
//   carries it as xmax. So the submission never writes, locks (FOR UPDATE/SHARE, or a foreign key's KEY
//   SHARE) or deletes the person's or the code's row: single use comes from the advisory lock on the ticket
//   and the pending sets. The response is moved out of the inbox by a later fold (response-fold.ts), so the
//   response row's xmin is the fold's. The person's flag is set by a marks fold (marks-fold.ts), once 16 or
//   more spends are pending, for all of them in one transaction: their rows share its id. Until then, after
//   each spend the campaign's pending sets are rewritten in a transaction of their own, so no set keeps the
//   id of the submission that last added to it (next to the id of the fold that moved its response).
//   Opening a link ("started") is kept the same way, as an 's:' ticket folded with the spends (answered.ts):
//   written into the person's row at once, it gave that row the id of the opening, a step or two before the
//   answer's fold, and moved the row on disk in the order people opened.
// - Order. No sequence, serial or identity column, no timestamp; pending sets are sorted, not appended to;
//   a fold gives its batch positions in random order; a marks fold updates people in id order. People and
//   codes keep the order of their list or batch.
// - Commit timestamps. The server must not record them: opening refuses one with track_commit_timestamp on
//   (commit-timestamps.ts).
//
// What remains, said plainly: the WAL (and any backup or replica fed by it) holds each transaction's changes,
// the spend and the inbox row together, until recycled; old row versions stay in the tables' pages until
// vacuumed; until the folds, milliseconds after the commit, the inbox row's xmin equals that of the pending
// set the spend went into (an instance that dies before them leaves them to the next one opened:
// leftovers.ts); the newest spends, fewer than 16, sit pending as sorted sets (so a marks fold
// tells that its 16 or more people answered since the previous one, and positions tell which responses came
// in that while: a batch is the least a person hides among). Submissions one at a time are folded one at a
// time, so positions follow the order of arrival, as do the idempotency keys' rows, whose xmin stays the
// submission's: they name no person, and nothing on the people's side keeps that order.
//
// An answer through a shared link spends nothing, but takes a place of its department under the
// department's lock (department-places.ts), where its unit answers by no personal link or code.

import type { Submission, SubmissionStore, SubmitOutcome } from '../../submission-store';
import type { PgDatabase, PgQueryable } from '../pg-database';
import { lockNames, lockNameShared, LOCKS } from './advisory-locks';
import { addPending, answeredSql, ticketId } from './answered';
import type { Background } from './background';
import type { CallOrder } from './call-order';
import { hasTickets, heldPlaces } from './department-places';
import { foldMarks } from './marks-fold';
import { foldInbox } from './response-fold';

/** A refusal found inside the transaction: thrown so that everything it wrote (the key) rolls back. */
class Refused extends Error {
  constructor(readonly outcome: SubmitOutcome) {
    super(outcome);
  }
}

function ticketOf(submission: Submission): string | null {
  if (submission.invitationId !== null) return ticketId('p', submission.invitationId);
  const code = submission.accessCodeId ?? null;
  return code === null ? null : ticketId('c', code);
}

/** Whether the ticket can be spent: its record is there (a person still listed) and it is not answered. */
async function isFree(tx: PgQueryable, ticket: string): Promise<boolean> {
  const id = ticket.slice(2);
  const { rows } = ticket.startsWith('p:')
    ? await tx.query<{ answered: boolean }>(
        `SELECT ${answeredSql('p', 'p')} AS answered FROM survey_people p WHERE p.id = $1 AND NOT p.removed`,
        [id],
      )
    : await tx.query<{ answered: boolean }>(
        `SELECT ${answeredSql('c', 'c')} AS answered FROM access_codes c WHERE c.id = $1`,
        [id],
      );
  return rows.length === 1 && !rows[0]!.answered;
}

const unitOf = (submission: Submission) => [
  submission.response.departmentId,
  ...(submission.reportedWith ?? [submission.response.departmentId]),
];

const lockUnit = (tx: PgQueryable, submission: Submission) =>
  lockNames(
    tx,
    unitOf(submission).map((d) => LOCKS.department(submission.response.campaignId, d)),
  );

/** With the unit's locks held: takes a place for a shared-link answer, or refuses. */
async function takePlace(tx: PgQueryable, submission: Submission, limit: number): Promise<void> {
  const { campaignId, departmentId } = submission.response;
  const unit = unitOf(submission);
  if ((await heldPlaces(tx, campaignId, departmentId)) >= limit) throw new Refused('full');
  if (await hasTickets(tx, campaignId, unit)) throw new Refused('closed');
}

export function createPgSubmissionStore(
  db: PgDatabase,
  later: Background,
  order: CallOrder,
): SubmissionStore {
  async function store(submission: Submission): Promise<SubmitOutcome> {
    const { response, keyHash } = submission;
    const campaignId = response.campaignId;
    const ticket = ticketOf(submission);
    const limit = submission.places ?? null;
    await db.transaction(async (tx) => {
      // A shared-link answer holds its departments from its first statement: whatever asked before it waits.
      if (limit !== null) await lockUnit(tx, submission);
      await lockNameShared(tx, LOCKS.arrival(campaignId));
      if (keyHash !== null) {
        const { rowCount } = await tx.query(
          `INSERT INTO submission_keys (campaign_id, key_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
          [campaignId, keyHash],
        );
        if (rowCount === 0) throw new Refused('repeat');
      }
      if (ticket !== null) {
        await lockNames(tx, [LOCKS.ticket(ticket)]);
        if (!(await isFree(tx, ticket))) throw new Refused('already-answered');
      }
      if (limit !== null) await takePlace(tx, submission, limit);
      if (ticket !== null) {
        await addPending(tx, campaignId, ticket);
      }
      await tx.query(
        'INSERT INTO response_inbox (campaign_id, id, department_id, doc) VALUES ($1, $2, $3, $4::jsonb)',
        [campaignId, response.id, response.departmentId, JSON.stringify(response)],
      );
    });
    // Committed: the answer is durable. The folds follow on their own transactions, nobody waiting for them.
    later.run('Folding responses', () => foldInbox(db, campaignId));
    if (ticket !== null) later.run('Folding answered marks', () => foldMarks(db, campaignId));
    return 'stored';
  }

  return {
    async submit(submission) {
      try {
        // A shared-link answer is checked after whatever this instance was asked before about its unit.
        const { campaignId } = submission.response;
        return await ((submission.places ?? null) === null
          ? store(submission)
          : order.run(
              unitOf(submission).map((d) => LOCKS.department(campaignId, d)),
              () => store(submission),
            ));
      } catch (error) {
        if (error instanceof Refused) return error.outcome;
        throw error;
      }
    },
  };
}
