// Sends planned reminders when they fall due, by looking every so often (a minute at boot) rather than by a
// timer per reminder: a look after a restart finds whatever fell due while the server was down and sends it
// late, once (of several due at once only the latest, the others passed over with a note). Each reminder is
// claimed in the write that stores its mailing, before any message of it goes out, so it is never sent twice.

import { firstInvitationsAt } from '../domain/campaigns/mailing-run';
import { remindersDue, type PlannedReminder } from '../domain/campaigns/reminder-schedule';
import { ConflictError } from '../domain/errors';
import type { MailingRepository } from '../storage/mailing-repository';
import type { MailingDesk } from './mailings';

export interface ReminderSchedulerDeps {
  desk: MailingDesk;
  mailings: MailingRepository;
  now: () => number;
  /** Whether the campaign may be sent to now (open and not past its last day), and where its links point. */
  sendable: (campaignId: string) => Promise<boolean>;
  /** Records what the scheduler did, with no person behind it. */
  audit: (action: string, campaignId: string) => Promise<void>;
}

/** Thrown inside a plan change when the reminder was removed or claimed meanwhile: nothing is written. */
class NoLongerPlanned extends Error {}

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

/** Sends, for each campaign, the reminder due now if there is one. Errors of one campaign do not stop the rest. */
export async function sendDueReminders(s: ReminderSchedulerDeps, onError: (error: unknown) => void) {
  for (const campaignId of await s.mailings.campaignsWithPlannedReminders()) {
    try {
      // A mailing going out now: the reminder goes at the next look, to those still waiting then.
      if (s.desk.isRunning(campaignId)) continue;
      // Draft, not yet open or closed: nothing goes out; a reminder due stays planned (and is shown so).
      if (!(await s.sendable(campaignId))) continue;
      const plan = await s.mailings.plan(campaignId);
      const now = s.now();
      const { send, supersede } = remindersDue(
        plan,
        firstInvitationsAt(await s.mailings.runs(campaignId)),
        now,
      );
      if (send === null) continue;
      const at = new Date(now).toISOString().slice(0, 16) + 'Z';
      try {
        await s.desk.start({
          campaignId,
          kind: 'reminder',
          linkBase: send.linkBase,
          reminder: {
            id: send.id,
            plan: (reminders, runId) => decide(reminders, send, supersede, at, runId),
          },
        });
        await s.audit('campaign.mailing.reminder.planned', campaignId);
      } catch (error) {
        if (error instanceof NoLongerPlanned) continue;
        // Another instance is sending this campaign's mail: the reminder goes at a later look, if still due.
        if (error instanceof ConflictError && error.coded.code === 'mailing.in-progress') continue;
        if (!(error instanceof ConflictError) || error.coded.code !== 'mailing.nobody-to-remind') throw error;
        // Everyone sent a link has answered: the reminder is done with, with nothing sent.
        await s.mailings
          .changePlan(campaignId, (reminders) => decide(reminders, send, supersede, at, null))
          .catch((e: unknown) => {
            if (!(e instanceof NoLongerPlanned)) throw e;
          });
        await s.audit('campaign.mailing.reminder.nobody-waiting', campaignId);
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
