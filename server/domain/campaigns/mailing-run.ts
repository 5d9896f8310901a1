// One mailing (invitations or reminders) as it is stored while it goes out, so that a restart knows how far
// it got. Its recipients are claimed batch by batch before their messages are handed to the mail server: a
// claimed recipient is never sent this mailing again, whatever happens, so a crash costs at most a message
// nobody can be sure went out, never a message sent twice.

import type { MailKind } from './email-template';

export type MailingState =
  /** Going out from this server process. */
  | 'sending'
  | 'finished'
  /** Stopped before the end (a restart, a failed write); may be resumed. */
  | 'interrupted';

export interface MailingRun {
  id: string;
  campaignId: string;
  kind: MailKind;
  /** The planned reminder that started it; null when an administrator did. */
  reminderId: string | null;
  /** When it started, to the minute: enough for a person reading the page. */
  startedAt: string;
  /** The invitation ids it is for, in sending order; emptied once it has finished, as nothing is left to resume. */
  recipients: string[];
  total: number;
  /** Where its personal links point: a resumed run's new links point to the same address. */
  linkBase: string;
  /** How many recipients, from the first, may have been handed to the mail server: never sent it again. */
  claimed: number;
  /** Claimed recipients whose outcome is not recorded yet: after a crash, those nobody knows were sent. */
  inFlight: string[];
  sent: number;
  failed: number;
  /**
   * Recipients cut off by an interruption while their message was with the mail server: counted as sent
   * and never sent again (at most once rather than at least once).
   */
  uncertain: number;
  /** Recipients passed over on resuming: they answered or were taken off the list meanwhile. */
  skipped: number;
  /** Every address that could not be sent to, with the mail server's reason. */
  failures: { email: string; error: string }[];
  state: MailingState;
}

/** A run as a start reads it back: one that was still going out was cut short. */
export function afterRestart(run: MailingRun): MailingRun {
  return run.state === 'sending' ? { ...run, state: 'interrupted' } : run;
}

/** Those a resumed run is still for: every recipient not yet claimed. */
export function unclaimedOf(run: Pick<MailingRun, 'recipients' | 'claimed'>): string[] {
  return run.recipients.slice(run.claimed);
}

/** The run with these recipients (the next ones in order) claimed, before their messages go out. */
export function claimNext(run: MailingRun, ids: readonly string[]): MailingRun {
  return { ...run, claimed: run.claimed + ids.length, inFlight: [...run.inFlight, ...ids] };
}

/** The run with one recipient's outcome recorded. */
export function withOutcome(
  run: MailingRun,
  outcome: { key: string; to: string; ok: boolean; error?: string },
): MailingRun {
  const inFlight = run.inFlight.filter((id) => id !== outcome.key);
  return outcome.ok
    ? { ...run, inFlight, sent: run.sent + 1 }
    : {
        ...run,
        inFlight,
        failed: run.failed + 1,
        failures: [...run.failures, { email: outcome.to, error: outcome.error ?? 'not sent' }],
      };
}

/** An interrupted run once its recipients in flight are counted as sent (and so recorded on the people). */
export function settledRun(run: MailingRun): MailingRun {
  return { ...run, uncertain: run.uncertain + run.inFlight.length, inFlight: [] };
}

/** The run at its end: its recipient list is no longer needed (nothing is left to resume). */
export function finishedRun(run: MailingRun): MailingRun {
  return { ...run, state: 'finished', recipients: [] };
}

/**
 * An interrupted run going out again, to those of its unclaimed recipients still waiting (`isWaiting`): the
 * rest answered or were taken off the list meanwhile, and are counted as skipped.
 */
export function resumedRun(run: MailingRun, isWaiting: (id: string) => boolean): MailingRun {
  const rest = unclaimedOf(run);
  const waiting = rest.filter(isWaiting);
  return {
    ...run,
    state: 'sending',
    recipients: [...run.recipients.slice(0, run.claimed), ...waiting],
    skipped: run.skipped + rest.length - waiting.length,
  };
}

/** When the campaign's invitations were first emailed, or null: what reminders planned in days count from. */
export function firstInvitationsAt(runs: readonly Pick<MailingRun, 'kind' | 'startedAt'>[]): number | null {
  const starts = runs.filter((r) => r.kind === 'invitation').map((r) => Date.parse(r.startedAt));
  return starts.length === 0 ? null : Math.min(...starts);
}

/** How many of its messages nobody can say went out: cut off by an interruption while with the mail server. */
export function uncertainOf(run: Pick<MailingRun, 'uncertain' | 'inFlight' | 'state'>): number {
  return run.uncertain + (run.state === 'interrupted' ? run.inFlight.length : 0);
}
