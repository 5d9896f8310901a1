import type { MailKind } from '../domain/email-template';
import type { SurveyInvitation } from '../domain/survey-invitation';

export type DeliveryOutcome = { ok: true } | { ok: false; error: string };

/**
 * Personal survey invitations: who was asked, by which link hashes, and whether each link was used. Every
 * change is a small operation on the stored record rather than a whole replacement, so a mailing that runs
 * for minutes can never write back a stale "not answered" over an answer that arrived meanwhile.
 */
export interface SurveyInvitationRepository {
  addMany(invitations: SurveyInvitation[]): Promise<void>;
  listByCampaign(campaignId: string): Promise<SurveyInvitation[]>;
  findByTokenHash(tokenHash: string): Promise<SurveyInvitation | undefined>;
  /** Takes a person off the list: their links stop working. Says whether there was such an invitation. */
  remove(id: string): Promise<boolean>;
  /** Adds a newly issued link to each person, in one write. */
  issueLinks(links: { id: string; tokenHash: string }[]): Promise<void>;
  /** Records what became of each email (or exported link), in one write; people no longer listed are skipped. */
  recordDeliveries(
    deliveries: { id: string; kind: MailKind; on: string; outcome: DeliveryOutcome }[],
  ): Promise<void>;
  /** The person opened their link. */
  markStarted(id: string): Promise<void>;
  /**
   * Marks the invitation answered unless it already was, and says whether it did: the check and the change
   * are one step, so two submissions through the same person's links at once cannot both pass.
   */
  claimAnswer(id: string): Promise<boolean>;
  /** Undoes a claim whose response could not be stored, so the person can try again. */
  releaseAnswer(id: string): Promise<void>;
}
