// How a personal link is spent together with its response, when the two live in different files that no
// single write covers. A submission first writes a random claim onto the invitation (durably), then appends
// the response carrying the same claim, then marks the invitation answered and forgets the claim. A crash
// anywhere leaves one of three states, settled at the next start: a claim with no response carrying it is
// dropped (the person may answer again), and a claim whose response is on file becomes "answered".
//
// Why nothing links an invitation to its response afterwards: the claim is 128 random bits that exist on
// the invitation only between the first and the last step (milliseconds, or until the next start after a
// crash); once settled, the invitation holds no trace of it, and the claim left in the response line
// matches nothing anywhere. Invitations keep their own order, unrelated to the order of responses.

import type { SurveyInvitation } from '../../domain/survey-invitation';
import type { Submission, SubmissionStore, SubmitOutcome } from '../submission-store';
import type { EmbeddedResponseRepository } from './embedded-response-repository';
import type { RecordsFile } from './records-file';
import type { Records } from './records';

/** An invitation as the records file holds it: with a claim while a submission through it is being stored. */
export type StoredSurveyInvitation = SurveyInvitation & { pendingClaim?: string };

export function stripClaim(invitation: StoredSurveyInvitation): SurveyInvitation {
  const { pendingClaim: _, ...rest } = invitation;
  return rest;
}

/** Claims left on invitations by a process that stopped mid-submission. */
export function pendingClaimsOf(records: Records): Set<string> {
  const claims = new Set<string>();
  for (const i of records.surveyInvitations as StoredSurveyInvitation[]) {
    if (i.pendingClaim !== undefined) claims.add(i.pendingClaim);
  }
  return claims;
}

/** Settles the claims a stopped process left: answered where the response is on file, free again where not. */
export async function settleClaims(
  db: RecordsFile,
  stored: ReadonlySet<string>,
  warn: (message: string) => void,
): Promise<void> {
  if (pendingClaimsOf(db.data).size === 0) return;
  const settled = await db.change((data) => {
    let answered = 0;
    let freed = 0;
    data.surveyInvitations = (data.surveyInvitations as StoredSurveyInvitation[]).map((i) => {
      if (i.pendingClaim === undefined) return i;
      if (stored.has(i.pendingClaim)) answered++;
      else freed++;
      return { ...stripClaim(i), answered: i.answered || stored.has(i.pendingClaim) };
    });
    return { answered, freed };
  });
  warn(
    `Settled submissions interrupted by the last stop: ${settled.answered} personal link(s) marked answered ` +
      `(their responses were on file), ${settled.freed} freed (no response had been stored).`,
  );
}

type Step = 'claimed' | 'already-answered';

export function createEmbeddedSubmissionStore(
  db: RecordsFile,
  responses: EmbeddedResponseRepository,
  newClaim: () => string,
): SubmissionStore {
  /** Submissions being stored, by campaign and key: a double click waits for the first rather than storing twice. */
  const inFlight = new Map<string, Promise<SubmitOutcome>>();
  /**
   * Claims this process knows reached no response (the append failed) but could not take back (the disk was
   * full for that write too): a later submission through the same link may replace them.
   */
  const abandoned = new Set<string>();
  /** Invitations whose response is durable but whose "answered" mark could not be written yet. */
  const unsettled = new Map<string, string>();

  const settle = (invitationId: string, claim: string) =>
    changeInvitation(invitationId, (i) =>
      i.pendingClaim === claim ? { ...stripClaim(i), answered: true } : null,
    );

  const retryUnsettled = () => {
    for (const [invitationId, claim] of unsettled) {
      settle(invitationId, claim).then(
        () => unsettled.delete(invitationId),
        () => undefined, // still failing: tried again with the next submission, or settled at the next start
      );
    }
  };

  const changeInvitation = (
    id: string,
    change: (i: StoredSurveyInvitation) => StoredSurveyInvitation | null,
  ) =>
    db.change((data) => {
      const list = data.surveyInvitations as StoredSurveyInvitation[];
      const n = list.findIndex((i) => i.id === id);
      const next = n === -1 ? null : change(list[n]!);
      if (next) list[n] = next;
      return next !== null;
    });

  async function store({ response, invitationId, keyHash }: Submission): Promise<SubmitOutcome> {
    if (unsettled.size > 0) retryUnsettled();
    if (keyHash !== null && responses.hasKey(response.campaignId, keyHash)) return 'repeat';
    const claim = invitationId === null ? null : newClaim();
    if (invitationId !== null && claim !== null) {
      const isTaken = (i: StoredSurveyInvitation) =>
        i.answered || (i.pendingClaim !== undefined && !abandoned.has(i.pendingClaim));
      const step: Step = (await changeInvitation(invitationId, (i) =>
        isTaken(i) ? null : { ...i, pendingClaim: claim },
      ))
        ? 'claimed'
        : 'already-answered';
      if (step === 'already-answered') return step;
    }
    try {
      await responses.appendStored(response, { key: keyHash, claim });
    } catch (error) {
      if (invitationId !== null && claim !== null) {
        // Give the link back. Should this write fail too, the claim stays on disk without a response: this
        // process lets the next submission through the link replace it, and the next start frees it.
        await changeInvitation(invitationId, (i) => (i.pendingClaim === claim ? stripClaim(i) : null)).catch(
          () => abandoned.add(claim),
        );
      }
      throw error;
    }
    if (invitationId !== null && claim !== null) {
      // The response is durable, so the submission has succeeded whatever happens here: should this write
      // fail, the claim stays on disk beside its response and the link stays spent; the mark is written
      // with a later submission, or at the next start.
      await settle(invitationId, claim).catch(() => unsettled.set(invitationId, claim));
    }
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
