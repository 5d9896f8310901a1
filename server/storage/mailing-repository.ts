import type { MailingRun } from '../domain/campaigns/mailing-run';
import type { PlannedReminder } from '../domain/campaigns/reminder-schedule';

/**
 * Mailings as they go out, and each campaign's plan of reminders. Every change is a function applied to the
 * record as stored at that moment and acknowledged once durable, so a claim (of a batch of recipients, of a
 * planned reminder) is on disk before the mail it covers is sent. A run still `sending` when the storage was
 * opened is read back `interrupted`.
 */
export interface MailingRepository {
  /** A campaign's runs, newest first. */
  runs(campaignId: string): Promise<MailingRun[]>;
  /**
   * Stores a new run and, in the same write, applies `plan` to the campaign's reminders (a planned reminder
   * claimed by the run); whatever `plan` throws refuses both, with no write.
   */
  begin(run: MailingRun, plan?: (reminders: PlannedReminder[]) => PlannedReminder[]): Promise<void>;
  /**
   * Applies `change` to the stored run at once (a read that follows sees it) and resolves with the result
   * once durable; rejects for an unknown id.
   */
  change(runId: string, change: (run: MailingRun) => MailingRun): Promise<MailingRun>;
  /** A campaign's planned reminders (sent and passed over ones too), as planned. */
  plan(campaignId: string): Promise<PlannedReminder[]>;
  /** Applies `change` to the campaign's reminders; a refusal thrown from it writes nothing. */
  changePlan(
    campaignId: string,
    change: (reminders: PlannedReminder[]) => PlannedReminder[],
  ): Promise<PlannedReminder[]>;
  /** Campaigns with a reminder still to go out: what the scheduler looks at. */
  campaignsWithPlannedReminders(): Promise<string[]>;
  /**
   * Forgets a campaign's runs and plan: what a deleted campaign, or an erased staff list, leaves behind
   * here (the runs name people by invitation id and list the addresses that could not be reached).
   */
  removeCampaign(campaignId: string): Promise<void>;
}
