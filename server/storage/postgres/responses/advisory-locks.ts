// Transaction-scoped advisory locks by name: how this part serialises what must not interleave (one ticket's
// submissions, one department's places, one campaign's fold) without locking any row. A row lock would write
// the locking transaction's id into the row (xmax), and a person's row must never carry the id of the
// transaction that stored their response.

import { lockKeySql, type PgQueryable } from '../pg-database';

/**
 * Takes the named locks until the transaction ends, in sorted order so that two transactions wanting some of
 * the same names never wait on each other in a circle.
 */
export async function lockNames(tx: PgQueryable, names: readonly string[]): Promise<void> {
  const sorted = [...new Set(names)].sort();
  if (sorted.length === 0) return;
  // unnest yields the array in order, and each row's lock is taken as the row is produced.
  await tx.query(`SELECT pg_advisory_xact_lock(${lockKeySql('k')}) FROM unnest($1::text[]) AS k`, [sorted]);
}

/** A shared hold on the name: any number of holders at once, none while someone has it whole (lockNames). */
export async function lockNameShared(tx: PgQueryable, name: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock_shared(${lockKeySql('$1')})`, [name]);
}

/** The lock names this part uses, in one place. */
export const LOCKS = {
  /** One personal link or access code (by ticket id): its submissions, and its removal. */
  ticket: (ticket: string) => `ticket:${ticket}`,
  /** A department's places and its ways of answering. */
  department: (campaignId: string, departmentId: string) => `dept:${campaignId}:${departmentId}`,
  /** Moving a campaign's inbox into its positions, and renumbering them. */
  fold: (campaignId: string) => `fold:${campaignId}`,
  /** Turning a campaign's pending spends into answered flags. */
  marks: (campaignId: string) => `marks:${campaignId}`,
  /** Responses arriving (shared) against an exclusion asking about every response stored (whole). */
  arrival: (campaignId: string) => `arrive:${campaignId}`,
  /** A campaign's staff list being added to. */
  people: (campaignId: string) => `people:${campaignId}`,
  /** A campaign's retention and erasure. */
  retention: (campaignId: string) => `retention:${campaignId}`,
};
