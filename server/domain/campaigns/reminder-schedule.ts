// When planned reminders fall due, which one goes out, and what a plan may hold. A reminder is planned
// either some days after the invitations were first emailed or at a given moment; it is sent at most once,
// and a reminder that fell due while nobody could send it is sent late rather than lost, but never together
// with another: of several due at once only the latest goes, so nobody gets two reminders back to back.

import { ConflictError, InvalidInputError, NotFoundError } from '../errors';

export type ReminderWhen =
  /** Whole days after the first invitations were emailed. */
  | { afterDays: number }
  /** A moment, as an ISO instant with its offset (the client turns the administrator's day into one). */
  | { at: string };

export type ReminderOutcome =
  /** Claimed by a mailing (its id) at `at`, before any message of it went out. */
  | { sentBy: string; at: string }
  /**
   * Passed over at `at`: `superseded` when a later reminder fell due at the same time (the server was down,
   * say), `nobody-waiting` when everyone sent a link had answered.
   */
  | { skipped: 'superseded' | 'nobody-waiting'; at: string };

/** Where a reminder goes: by email to each person still waiting, and into the campaign's chat channels. */
export type ReminderVia = 'email' | 'chat';

export interface PlannedReminder {
  id: string;
  when: ReminderWhen;
  /** Absent on reminders planned before chat channels existed, which went by email. */
  via?: ReminderVia[];
  /** Where its personal links point: the address the administrator planned it from, or the public one. */
  linkBase: string;
  /** Null while it is still to go out. */
  outcome: ReminderOutcome | null;
}

export const MAX_PLANNED_REMINDERS = 6;

/** The ways a reminder goes, email for one planned before there was a choice. */
export const viaOf = (reminder: Pick<PlannedReminder, 'via'>): ReminderVia[] => reminder.via ?? ['email'];
export const MAX_DAYS_AFTER = 60;
const DAY_MS = 86_400_000;

/**
 * The moment a reminder falls due, or null while it cannot be known: one counted from the invitations
 * waits until they have been emailed.
 */
export function dueAt(when: ReminderWhen, invitationsAt: number | null): number | null {
  if ('at' in when) return Date.parse(when.at);
  return invitationsAt === null ? null : invitationsAt + when.afterDays * DAY_MS;
}

/** The same plan entry, however it was written: two entries for one moment would be one reminder twice. */
function sameWhen(a: ReminderWhen, b: ReminderWhen): boolean {
  if ('at' in a && 'at' in b) return Date.parse(a.at) === Date.parse(b.at);
  if ('afterDays' in a && 'afterDays' in b) return a.afterDays === b.afterDays;
  return false;
}

/**
 * Adds a reminder to the plan, or refuses: more than MAX_PLANNED_REMINDERS still to go, a day count out of
 * range, a moment already past (it would go out at once, which is what "send reminders" is for), or one
 * already planned.
 */
export function planReminder(
  reminders: readonly PlannedReminder[],
  added: PlannedReminder,
  now: number,
): PlannedReminder[] {
  const { when } = added;
  if ('afterDays' in when) {
    if (!Number.isInteger(when.afterDays) || when.afterDays < 1 || when.afterDays > MAX_DAYS_AFTER) {
      throw new InvalidInputError(
        `A reminder goes out 1 to ${MAX_DAYS_AFTER} whole days after the invitations.`,
        {
          code: 'reminder.days-out-of-range',
          params: { max: MAX_DAYS_AFTER },
        },
      );
    }
  } else {
    // An unreadable moment compares false too: the request schema lets none through, and it would never fall due.
    if (!(Date.parse(when.at) > now)) {
      throw new ConflictError('That moment has passed; send a reminder now instead.', {
        code: 'reminder.moment-past',
        params: {},
      });
    }
  }
  const pending = reminders.filter((r) => r.outcome === null);
  if (pending.length >= MAX_PLANNED_REMINDERS) {
    throw new ConflictError(`At most ${MAX_PLANNED_REMINDERS} reminders can be planned at a time.`, {
      code: 'reminder.too-many',
      params: { max: MAX_PLANNED_REMINDERS },
    });
  }
  if (reminders.some((r) => sameWhen(r.when, when))) {
    throw new ConflictError('That reminder is already in the plan.', {
      code: 'reminder.already-planned',
      params: {},
    });
  }
  return [...reminders, added];
}

/** Takes a reminder out of the plan; one already sent or passed over stays, as a record of what happened. */
export function unplanReminder(reminders: readonly PlannedReminder[], id: string): PlannedReminder[] {
  const found = reminders.find((r) => r.id === id);
  if (found === undefined) {
    throw new NotFoundError('That reminder is not in the plan.', {
      code: 'reminder.not-planned',
      params: {},
    });
  }
  if (found.outcome !== null) {
    throw new ConflictError('That reminder has already gone out and stays on record.', {
      code: 'reminder.already-sent',
      params: {},
    });
  }
  return reminders.filter((r) => r.id !== id);
}

export interface DueReminders {
  /** The one to send now, or null. */
  send: PlannedReminder | null;
  /** Due too, but earlier than the one sent: passed over with a note. */
  supersede: PlannedReminder[];
}

/** Of the reminders still to go, those due at `now`: the latest is sent, any earlier one passed over. */
export function remindersDue(
  reminders: readonly PlannedReminder[],
  invitationsAt: number | null,
  now: number,
): DueReminders {
  const due = reminders
    .filter((r) => r.outcome === null)
    .map((r) => ({ r, at: dueAt(r.when, invitationsAt) }))
    .filter((x): x is { r: PlannedReminder; at: number } => x.at !== null && x.at <= now)
    .sort((a, b) => a.at - b.at);
  const latest = due.at(-1);
  return { send: latest?.r ?? null, supersede: due.slice(0, -1).map((x) => x.r) };
}

/** The plan in the order its reminders fall due; those whose moment is not yet known come last. */
export function inDueOrder(
  reminders: readonly PlannedReminder[],
  invitationsAt: number | null,
): { reminder: PlannedReminder; dueAt: number | null }[] {
  return reminders
    .map((reminder) => ({ reminder, dueAt: dueAt(reminder.when, invitationsAt) }))
    .sort((a, b) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity));
}
