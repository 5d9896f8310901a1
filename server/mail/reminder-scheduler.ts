// Sends planned reminders when they fall due, by looking every so often (a minute at boot) rather than by a
// timer per reminder: a look after a restart finds whatever fell due while the server was down and sends it
// late, once (of several due at once only the latest, the others passed over with a note). Each reminder is
// claimed in the write that stores its mailing (or, going by chat alone, in a write of the plan) before any
// message of it goes out, so it is never sent twice. A reminder going by chat too is then posted into the
// campaign's channels; an instance that stops between the claim and the post loses that post (at most once).

import { firstInvitationsAt } from '../domain/campaigns/mailing-run';
import { earliest } from '../domain/chat/campaign-chat';
import { remindersDue, viaOf, type PlannedReminder } from '../domain/campaigns/reminder-schedule';
import { ConflictError } from '../domain/errors';
import type { MailingRepository } from '../storage/mailing-repository';
import type { MailingDesk } from './mailings';

export interface ReminderSchedulerDeps {
  /** Null where no mail server is set up: reminders planned by email alone then wait. */
  desk: MailingDesk | null;
  mailings: MailingRepository;
  /**
   * Posts a planned reminder into the campaign's chat channels, once whichever instance gets there first;
   * null where chat cannot post (no key to open webhooks with).
   */
  chat: ((campaignId: string, reminder: PlannedReminder) => Promise<void>) | null;
  /** When the campaign was first announced in chat, or null (campaign-chat.ts firstAnnouncedAt). */
  firstAnnouncedAt: (campaignId: string) => Promise<number | null>;
  now: () => number;
  /** Whether the campaign may be sent to now (open and not past its last day), and where its links point. */
  sendable: (campaignId: string) => Promise<boolean>;
  /** Records what the scheduler did, with no person behind it. */
  audit: (action: string, campaignId: string) => Promise<void>;
}

/** Thrown inside a plan change when the reminder was removed or claimed meanwhile: nothing is written. */
class NoLongerPlanned extends Error {}

/** What a reminder that went by chat alone is recorded as sent by, in place of a mailing's id. */
export const SENT_BY_CHAT = 'chat';

function decide(
  reminders: PlannedReminder[],
  send: PlannedReminder,
  superseded: readonly PlannedReminder[],
  at: string,
  runId: string | null,
): PlannedReminder[] {
  if (!reminders.some((r) => r.id === send.id && r.outcome === null)) throw new NoLongerPlanned();
  const passedOver = new Set(superseded.map((r) => r.id));
  return reminders.map((r) => {
    if (r.outcome !== null) return r;
    if (r.id === send.id) {
      return {
        ...r,
        outcome: runId === null ? { skipped: 'nobody-waiting' as const, at } : { sentBy: runId, at },
      };
    }
    return passedOver.has(r.id) ? { ...r, outcome: { skipped: 'superseded' as const, at } } : r;
  });
}

/** Emails the reminder: claimed in the write that stores its mailing. False when it is not this look's to send. */
async function remindByEmail(
  s: ReminderSchedulerDeps & { desk: MailingDesk },
  campaignId: string,
  send: PlannedReminder,
  supersede: readonly PlannedReminder[],
  at: string,
): Promise<boolean> {
  try {
    await s.desk.start({
      campaignId,
      kind: 'reminder',
      linkBase: send.linkBase,
      reminder: { id: send.id, plan: (reminders, runId) => decide(reminders, send, supersede, at, runId) },
    });
    await s.audit('campaign.mailing.reminder.planned', campaignId);
    return true;
  } catch (error) {
    if (error instanceof NoLongerPlanned) return false;
    // Another instance is sending this campaign's mail: the reminder goes at a later look, if still due.
    if (error instanceof ConflictError && error.coded.code === 'mailing.in-progress') return false;
    if (!(error instanceof ConflictError) || error.coded.code !== 'mailing.nobody-to-remind') throw error;
    // Everyone sent a link has answered: the email is done with, with nothing sent.
    try {
      await s.mailings.changePlan(campaignId, (reminders) => decide(reminders, send, supersede, at, null));
    } catch (e) {
      if (e instanceof NoLongerPlanned) return false;
      throw e;
    }
    await s.audit('campaign.mailing.reminder.nobody-waiting', campaignId);
    return true;
  }
}

/** Sends, for each campaign, the reminder due now if there is one. Errors of one campaign do not stop the rest. */
export async function sendDueReminders(s: ReminderSchedulerDeps, onError: (error: unknown) => void) {
  for (const campaignId of await s.mailings.campaignsWithPlannedReminders()) {
    try {
      // A mailing going out now: the reminder goes at the next look, to those still waiting then.
      if (s.desk?.isRunning(campaignId)) continue;
      // Draft, not yet open or closed: nothing goes out; a reminder due stays planned (and is shown so).
      if (!(await s.sendable(campaignId))) continue;
      const plan = await s.mailings.plan(campaignId);
      const now = s.now();
      const { send, supersede } = remindersDue(
        plan,
        // The invitations went out by email or by the chat announcement, whichever came first.
        earliest(firstInvitationsAt(await s.mailings.runs(campaignId)), await s.firstAnnouncedAt(campaignId)),
        now,
      );
      if (send === null) continue;
      const at = new Date(now).toISOString().slice(0, 16) + 'Z';
      const via = viaOf(send);
      const byChat = via.includes('chat') ? s.chat : null;
      if (via.includes('email') && s.desk) {
        if (!(await remindByEmail({ ...s, desk: s.desk }, campaignId, send, supersede, at))) continue;
      } else if (byChat) {
        // Claimed before anything is posted: of instances looking at once, one gets past this write.
        try {
          await s.mailings.changePlan(campaignId, (reminders) =>
            decide(reminders, send, supersede, at, SENT_BY_CHAT),
          );
        } catch (error) {
          if (error instanceof NoLongerPlanned) continue;
          throw error;
        }
      } else {
        // Planned by email and the mail server is gone, with no chat to go by: it waits, shown as planned.
        continue;
      }
      if (byChat) {
        // In the background: a post may wait for another of the campaign's to finish, and the other
        // campaigns' reminders must not wait for it.
        void byChat(campaignId, send)
          .then(() => s.audit('campaign.chat.reminder.planned', campaignId))
          .catch(onError);
      }
    } catch (error) {
      onError(error);
    }
  }
}

/** Looks for due reminders now and then every `everyMs`, until `stop` is aborted; one look at a time. */
export function startReminderSchedule(
  s: ReminderSchedulerDeps,
  everyMs: number,
  onError: (error: unknown) => void,
  stop?: AbortSignal,
): void {
  let looking = false;
  const look = () => {
    if (looking || stop?.aborted) return;
    looking = true;
    void sendDueReminders(s, onError)
      .catch(onError)
      .finally(() => (looking = false));
  };
  const timer = setInterval(look, everyMs);
  // The schedule must not keep a process alive that is otherwise done (a test, a stop).
  timer.unref();
  stop?.addEventListener('abort', () => clearInterval(timer));
  setImmediate(look);
}
