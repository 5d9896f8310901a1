// How a personal link or an access code is spent together with its response, when the two live in
// different files that no single write covers. A submission first writes a random claim onto the invitation
// or code (durably), then appends the response carrying the same claim, then marks the invitation or code
// answered and forgets the claim. A crash anywhere leaves one of three states, settled at the next start: a
// claim with no response carrying it is dropped (the person may answer again), and a claim whose response is
// on file becomes "answered".
//
// Where each lives: an access code's claim on its record in the records file; a personal link's in the
// person's slot of the campaign's marks file (respondent-marks-file.ts), overwritten in place, so answering
// never rewrites the staff list. The response is acknowledged once it is durable: the claim on disk beside
// the response already makes the link spent (a start settles it so), and the "answered" mark that replaces
// the claim follows in the next batch of marks, with nobody waiting for it.
//
// Why nothing links an invitation or a code to its response afterwards: the claim is 128 random bits that
// exist on the record only between the first and the last step (milliseconds, or until the next start after
// a crash); once settled, the record holds no trace of it (the marks file overwrites the other copy of a
// slot that still held it too), and the claim left in the response line matches nothing anywhere. And no
// order: "answered" is never appended anywhere, one line per answer, in the order answers arrive; it is a
// flag in a slot fixed when the person was listed, so the marks file reads the same whatever order people
// answered in. Invitations and codes keep their own order (the staff list's, the batch's), unrelated to the
// order of responses.
//
// An answer through a shared link spends nothing, but must find a free place in its department, whose unit
// answers by no personal link or code (see department-places.ts): the checks and the taking of the place
// happen with no await between them.

import type { Submission, SubmissionStore, SubmitOutcome } from '../submission-store';
import type { CampaignPeople } from './campaign-people';
import type { DepartmentPlaces } from './department-places';
import type { EmbeddedResponseRepository } from './embedded-response-repository';
import type { RecordsFile } from './records-file';
import type { Records } from './records';

/** The kinds of record a submission can spend. */
export type TicketKind = 'surveyInvitations' | 'accessCodes';
const TICKET_KINDS: readonly TicketKind[] = ['surveyInvitations', 'accessCodes'];

interface Ticket {
  id: string;
  answered: boolean;
}

/** An invitation or code as the records file holds it: with a claim while a submission through it is stored. */
export type Claimed<T> = T & { pendingClaim?: string };

export function stripClaim<T extends object>(record: Claimed<T>): T {
  const { pendingClaim: _, ...rest } = record;
  return rest as T;
}

const ticketsOf = (data: Records, kind: TicketKind) => data[kind] as Claimed<Ticket>[];

/** Claims left on invitations and codes by a process that stopped mid-submission. */
export function pendingClaimsOf(records: Records, people: CampaignPeople): Set<string> {
  const claims = people.pendingClaims();
  for (const kind of TICKET_KINDS) {
    for (const t of ticketsOf(records, kind)) if (t.pendingClaim !== undefined) claims.add(t.pendingClaim);
  }
  return claims;
}

/** Settles the claims a stopped process left: answered where the response is on file, free again where not. */
export async function settleClaims(
  db: RecordsFile,
  people: CampaignPeople,
  stored: ReadonlySet<string>,
  warn: (message: string) => void,
): Promise<void> {
  if (pendingClaimsOf(db.data, people).size === 0) return;
  const links = await people.settlePending(stored);
  const [codes] = await db.change((data) =>
    (['accessCodes'] as const).map((kind) => {
      let answered = 0;
      let freed = 0;
      (data[kind] as Claimed<Ticket>[]) = ticketsOf(data, kind).map((t) => {
        if (t.pendingClaim === undefined) return t;
        if (stored.has(t.pendingClaim)) answered++;
        else freed++;
        return { ...stripClaim(t), answered: t.answered || stored.has(t.pendingClaim) };
      });
      return { answered, freed };
    }),
  );
  warn(
    `Settled submissions interrupted by the last stop: ${links.answered} personal link(s) marked answered ` +
      `(their responses were on file), ${links.freed} freed (no response had been stored)` +
      (codes!.answered + codes!.freed > 0
        ? `; ${codes!.answered} access code(s) marked used, ${codes!.freed} freed.`
        : '.'),
  );
}

type Spent = { kind: TicketKind; id: string };

function spentBy(submission: Submission): Spent | null {
  if (submission.invitationId !== null) return { kind: 'surveyInvitations', id: submission.invitationId };
  const code = submission.accessCodeId ?? null;
  return code === null ? null : { kind: 'accessCodes', id: code };
}

export function createEmbeddedSubmissionStore(
  db: RecordsFile,
  people: CampaignPeople,
  responses: EmbeddedResponseRepository,
  places: DepartmentPlaces,
  newClaim: () => string,
): SubmissionStore {
  /** Submissions being stored, by campaign and key: a double click waits for the first rather than storing twice. */
  const inFlight = new Map<string, Promise<SubmitOutcome>>();
  /**
   * Claims this process knows reached no response (the append failed) but could not take back (the disk was
   * full for that write too): a later submission through the same link or code may replace them.
   */
  const abandoned = new Set<string>();
  /** Invitations and codes whose response is durable but whose "answered" mark could not be written yet. */
  const unsettled = new Map<string, Spent & { claim: string }>();

  const changeCode = (id: string, change: (t: Claimed<Ticket>) => Claimed<Ticket> | null) =>
    db.change((data) => {
      const list = ticketsOf(data, 'accessCodes');
      const n = list.findIndex((t) => t.id === id);
      const next = n === -1 ? null : change(list[n]!);
      if (next) list[n] = next;
      return next !== null;
    });

  /** Puts the claim on the link or code unless it is taken; resolves true once durable. */
  const claimTicket = ({ kind, id }: Spent, claim: string, isTaken: (t: Claimed<Ticket>) => boolean) =>
    kind === 'surveyInvitations'
      ? people.claim(id, claim, (m) =>
          isTaken({ id, answered: m.answered, pendingClaim: m.claim ?? undefined }),
        )
      : changeCode(id, (t) => (isTaken(t) ? null : { ...t, pendingClaim: claim }));

  const release = ({ kind, id }: Spent, claim: string) =>
    kind === 'surveyInvitations'
      ? people.release(id, claim)
      : changeCode(id, (t) => (t.pendingClaim === claim ? stripClaim(t) : null));

  const settle = ({ kind, id }: Spent, claim: string) =>
    kind === 'surveyInvitations'
      ? people.settle(id, claim)
      : changeCode(id, (t) => (t.pendingClaim === claim ? { ...stripClaim(t), answered: true } : null));

  const retryUnsettled = () => {
    for (const [key, { claim, ...spent }] of unsettled) {
      settle(spent, claim).then(
        () => unsettled.delete(key),
        () => undefined, // still failing: tried again with the next submission, or settled at the next start
      );
    }
  };

  async function append(submission: Submission, claim: string | null): Promise<'stored' | 'full' | 'closed'> {
    const { response, keyHash } = submission;
    const limit = submission.places ?? null;
    if (limit === null) {
      await responses.appendStored(response, { key: keyHash, claim });
      return 'stored';
    }
    // Checked and taken with no await between: two answers for the last place cannot both pass, and no code
    // or staff list can come in between.
    const taken = places.take(
      response.campaignId,
      response.departmentId,
      limit,
      submission.reportedWith ?? undefined,
    );
    if (taken === 'full' || taken === 'closed') return taken;
    try {
      await responses.appendStored(response, { key: keyHash, claim });
    } finally {
      taken.release();
    }
    return 'stored';
  }

  async function store(submission: Submission): Promise<SubmitOutcome> {
    const { response, keyHash } = submission;
    if (unsettled.size > 0) retryUnsettled();
    if (keyHash !== null && responses.hasKey(response.campaignId, keyHash)) return 'repeat';
    const spent = spentBy(submission);
    if (spent === null) return append(submission, null);
    const claim = newClaim();
    const isTaken = (t: Claimed<Ticket>) =>
      t.answered || (t.pendingClaim !== undefined && !abandoned.has(t.pendingClaim));
    const claimed = await claimTicket(spent, claim, isTaken);
    if (!claimed) return 'already-answered';
    try {
      await append(submission, claim);
    } catch (error) {
      // Give the link or code back. Should this write fail too, the claim stays on disk without a response:
      // this process lets the next submission through it replace the claim, and the next start frees it.
      await release(spent, claim).catch(() => abandoned.add(claim));
      throw error;
    }
    // The response is durable, so the submission has succeeded whatever happens here: should this write
    // fail, the claim stays on disk beside its response and the link or code stays spent; the mark is
    // written with a later submission, or at the next start. A personal link's mark is not waited for (it
    // is in memory at once, and the claim on disk already settles to it); a code's, in the records file,
    // is, as before.
    const settling = settle(spent, claim).catch(() => {
      unsettled.set(`${spent.kind}\n${spent.id}`, { ...spent, claim });
      return false;
    });
    if (spent.kind === 'accessCodes') await settling;
    return 'stored';
  }

  return {
    submit(submission) {
      if (submission.keyHash === null) return store(submission);
      const key = `${submission.response.campaignId}\n${submission.keyHash}`;
      const earlier = inFlight.get(key);
      if (earlier) return earlier.then((outcome) => (outcome === 'stored' ? 'repeat' : outcome));
      const attempt = store(submission).finally(() => inFlight.delete(key));
      inFlight.set(key, attempt);
      return attempt;
    },
  };
}
