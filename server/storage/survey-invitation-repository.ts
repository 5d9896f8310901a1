import type { MailKind } from '../domain/campaigns/email-template';
import type { StaffRetention } from '../domain/campaigns/staff-retention';
import type { SurveyInvitation } from '../domain/campaigns/survey-invitation';

export type DeliveryOutcome = { ok: true } | { ok: false; error: string };

/** People added to a list, or none because their units hold answers through shared links. */
export type AddOutcome = { added: SurveyInvitation[] } | { besideSharedAnswers: string[] };

/**
 * Personal survey invitations: who was asked, by which link hashes, and whether each link was used. Every
 * change is a small operation on the stored record rather than a whole replacement, so a mailing that runs
 * for minutes can never write back a stale "not answered" over an answer that arrived meanwhile. Answering
 * goes through SubmissionStore, which marks the invitation and stores the response as one step.
 */
export interface SurveyInvitationRepository {
  /**
   * Adds to each campaign's list the people not yet on it (matched by email), in one step, and returns
   * those added: two imports of one file at once add everyone once. Adds nobody, and names the departments
   * holding them, where a department reported with one of the new people's (`reportedWith`, by default
   * their own alone) holds answers through shared links (answer-places.ts), checked in the same step, so no
   * shared-link answer can come in between.
   */
  addMany(
    invitations: SurveyInvitation[],
    reportedWith?: (departmentId: string) => readonly string[],
  ): Promise<AddOutcome>;
  listByCampaign(campaignId: string): Promise<SurveyInvitation[]>;
  /** People listed per department: the denominators of response rates, derived rather than stored. */
  countByDepartment(campaignId: string): Promise<Record<string, number>>;
  findByTokenHash(tokenHash: string): Promise<SurveyInvitation | undefined>;
  /**
   * Takes a person off the list: their links stop working. Says whether there was such an invitation. Of
   * someone who had answered, a record naming nobody stays, so that their department is still known to have
   * answered with personal links; it is never listed or counted.
   */
  remove(id: string): Promise<boolean>;
  /**
   * Adds a newly issued link to each person, in one write; earlier links keep working until they answer.
   * Returns the ids of those given a link: anyone taken off the list meanwhile is passed over.
   */
  issueLinks(links: { id: string; tokenHash: string }[]): Promise<string[]>;
  /** Records what became of each email (or exported link), in one write; people no longer listed are skipped. */
  recordDeliveries(
    deliveries: { id: string; kind: MailKind; on: string; outcome: DeliveryOutcome }[],
  ): Promise<void>;
  /** The person opened their link. */
  markStarted(id: string): Promise<void>;
  /**
   * Removes everything of a campaign's list for good (the campaign is being deleted): people, links and
   * marks. Afterwards the campaign has no list and its links lead nowhere. Nothing if it had none.
   */
  removeCampaign(campaignId: string): Promise<void>;
  /** How long the campaign's list is kept after it closes (null days: the default), and when it was erased. */
  retention(campaignId: string): Promise<StaffRetention>;
  /** Changes that, applied to it as stored at that moment; `change` refuses by throwing, changing nothing. */
  changeRetention(
    campaignId: string,
    change: (current: StaffRetention) => StaffRetention,
  ): Promise<StaffRetention>;
  /**
   * Erases the list's names, email addresses and links for good (no older copy kept anywhere), keeping each
   * person as a record naming nobody with their department and what they did with their link, so every
   * count (listed, invited, opened, answered per department) stays as it was. Their links then lead
   * nowhere. Records `on` as the day; a list erased already stays as it was.
   */
  erase(campaignId: string, on: string): Promise<StaffRetention>;
  /**
   * Optional, for copying an installation (server/storage/copy/): every record of the campaign's list as
   * stored, those taken off it after answering included, each with its started and answered marks, in the
   * list's own order (never the order of answering).
   */
  everyRecord?(campaignId: string): Promise<SurveyInvitation[]>;
  /**
   * Optional, for copying into an empty storage: stores a campaign's whole list as `everyRecord` gave it,
   * marks included, in one write. Rejects when the campaign already has a list.
   */
  restore?(campaignId: string, records: SurveyInvitation[]): Promise<void>;
}
