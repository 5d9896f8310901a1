// The campaigns' mailings: one at most going out per campaign, stored as it goes so that a restart knows how
// far it got. A mailing to thousands of people at a polite rate takes minutes, so it runs in the background
// while the page polls its status. Each batch of recipients is claimed on disk before its messages are
// handed to the mail server and each outcome recorded on the person (where their statuses live) and on the
// run; after a crash, those claimed without an outcome are counted as sent and never sent again, and a
// resumed run sends only to those never claimed. With several server instances, the storage's hold on the
// campaign's mailing (Storage.holds) is what keeps two of them from sending one campaign's mail at once;
// `running` only answers quickly for this process.

import {
  claimNext,
  finishedRun,
  resumedRun,
  settledRun,
  uncertainOf,
  unclaimedOf,
  withOutcome,
  type MailingRun,
  type MailingState,
} from '../domain/campaigns/mailing-run';
import type { MailKind } from '../domain/campaigns/email-template';
import type { PlannedReminder } from '../domain/campaigns/reminder-schedule';
import { ConflictError } from '../domain/errors';
import type { ExclusiveHolds, Hold as SharedHold } from '../storage/exclusive-holds';
import type { MailingRepository } from '../storage/mailing-repository';
import type { SurveyInvitationRepository } from '../storage/survey-invitation-repository';
import type { Mailer, OutgoingMail } from './mailer';
import { sendMailing, type MailResult } from './send-mailing';

/** A mailing as the campaign page shows it. */
export interface MailingStatus {
  id: string;
  kind: MailKind;
  /** Started by a planned reminder rather than by an administrator. */
  planned: boolean;
  /** When it started, to the minute: enough for a person reading the page. */
  startedAt: string;
  total: number;
  sent: number;
  failed: number;
  /** Cut off by an interruption while with the mail server: counted as sent, never sent again. */
  uncertain: number;
  /** Passed over on resuming: they answered or were taken off the list meanwhile. */
  skipped: number;
  state: MailingState;
  /** Nothing of it is going out any more: it finished, or was interrupted. */
  finished: boolean;
  /** Every address that could not be sent to, with the mail server's reason. */
  failures: { email: string; error: string }[];
}

export function statusOf(run: MailingRun): MailingStatus {
  return {
    id: run.id,
    kind: run.kind,
    planned: run.reminderId !== null,
    startedAt: run.startedAt,
    total: run.total,
    sent: run.sent,
    failed: run.failed,
    uncertain: uncertainOf(run),
    skipped: run.skipped,
    state: run.state,
    finished: run.state !== 'sending',
    failures: run.failures,
  };
}

/** One message of a mailing, keyed by the invitation it goes to. */
export interface MailingItem {
  key: string;
  mail: OutgoingMail;
}

export interface MailingDeskDeps {
  mailings: MailingRepository;
  surveyInvitations: SurveyInvitationRepository;
  /** Holds shared by every instance: one campaign's mailing goes out from one of them at a time. */
  holds: ExclusiveHolds;
  mail: { mailer: Mailer; perMinute: number };
  now: () => number;
  today: () => string;
  newId: () => string;
  /**
   * Issues fresh links to everyone a mailing of `kind` is for and writes their messages (issue-links.ts);
   * throws `mailing.nobody-to-…` when there is nobody.
   */
  compose: (campaignId: string, kind: MailKind, linkBase: string) => Promise<MailingItem[]>;
  onError: (error: unknown) => void;
}

export interface StartRequest {
  campaignId: string;
  kind: MailKind;
  linkBase: string;
  /**
   * The planned reminder this mailing is, claimed in the same write that stores the run: once that write
   * is durable the reminder is never sent again. `plan` gives the plan as it then stands (it may refuse by
   * throwing, and then nothing is stored or sent), given the run's id.
   */
  reminder?: { id: string; plan: (reminders: PlannedReminder[], runId: string) => PlannedReminder[] };
}

/** A campaign's mailing held: shared by every instance, then by this process. */
interface Hold {
  shared: SharedHold;
  releaseHere: () => void;
}

const holdLost = () =>
  new Error(
    'The hold on this campaign’s mailing was lost with its database connection: the mailing stops here and can be resumed.',
  );

const inProgress = () =>
  new ConflictError('A mailing for this campaign is still being sent; wait until it finishes.', {
    code: 'mailing.in-progress',
    params: {},
  });

export function createMailingDesk(d: MailingDeskDeps) {
  /** The campaigns a mailing is going out for, each with the hold its mailing took. */
  const running = new Map<string, symbol>();
  const minute = () => new Date(d.now()).toISOString().slice(0, 16) + 'Z';

  const assertIdle = (campaignId: string) => {
    if (running.has(campaignId)) throw inProgress();
  };

  /**
   * Holds the campaign for the work of `prepare` and of the mailing it starts, so that two presses (or a
   * press and the scheduler) never both get past the check: `running` is set with no await after it, and
   * the storage's hold, taken next, does the same for presses and schedulers on other instances. Both are
   * taken before `prepare` issues any link: issuing pushes out the links of a mailing in flight.
   */
  async function exclusively<T>(
    campaignId: string,
    prepare: () => Promise<T>,
    go: (t: T, hold: Hold) => Promise<void>,
  ) {
    assertIdle(campaignId);
    const held = Symbol(campaignId);
    running.set(campaignId, held);
    // Only this mailing's hold: a release that comes late must not free the campaign from the next one.
    const releaseHere = () => {
      if (running.get(campaignId) === held) running.delete(campaignId);
    };
    let shared: SharedHold | null;
    try {
      shared = await d.holds.tryHold(`mailing:${campaignId}`);
    } catch (error) {
      releaseHere();
      throw error;
    }
    if (!shared) {
      releaseHere();
      throw inProgress();
    }
    const hold: Hold = { shared, releaseHere };
    let prepared: T;
    try {
      prepared = await prepare();
    } catch (error) {
      await shared.release();
      releaseHere();
      throw error;
    }
    void go(prepared, hold)
      .catch(d.onError)
      .finally(async () => {
        await hold.shared.release();
        releaseHere();
      });
    return prepared;
  }

  /** Counts as sent, on the people too, those an interrupted run had with the mail server. */
  async function settleInterrupted(campaignId: string): Promise<void> {
    for (const run of await d.mailings.runs(campaignId)) {
      if (run.state !== 'interrupted' || run.inFlight.length === 0) continue;
      await d.surveyInvitations.recordDeliveries(
        run.inFlight.map((id) => ({ id, kind: run.kind, on: d.today(), outcome: { ok: true } })),
      );
      await d.mailings.change(run.id, settledRun);
    }
  }

  /**
   * Sends `items` (in the run's recipient order, none yet claimed), claiming each batch before it goes. The
   * campaign is released in the same step as the run's last state is applied, so a page that reads the run
   * finished may start the next mailing at once.
   */
  async function send(run: MailingRun, items: MailingItem[], hold: Hold): Promise<void> {
    const end = async (state: (r: MailingRun) => MailingRun) => {
      // Other instances may start the next one once the last state is written; this process at once.
      await hold.shared.release();
      const written = d.mailings.change(run.id, state);
      hold.releaseHere();
      return written;
    };
    try {
      await sendMailing(d.mail.mailer, items, {
        perMinute: d.mail.perMinute,
        beforeBatch: async (keys) => {
          // Another instance may hold the campaign now: no further batch goes from here.
          if (hold.shared.lost()) throw holdLost();
          await d.mailings.change(run.id, (r) => claimNext(r, keys));
        },
        onResult: async (result: MailResult) => {
          await d.surveyInvitations.recordDeliveries([
            {
              id: result.key,
              kind: run.kind,
              on: d.today(),
              outcome: result.ok ? { ok: true } : { ok: false, error: result.error ?? 'not sent' },
            },
          ]);
          await d.mailings.change(run.id, (r) => withOutcome(r, result));
        },
      });
    } catch (error) {
      // A failed write (a full disk): what was claimed stays claimed, and the run can be resumed later.
      await end((r) => ({ ...r, state: 'interrupted' })).catch(() => undefined);
      throw error;
    }
    await end(finishedRun);
  }

  return {
    async latest(campaignId: string): Promise<MailingStatus | null> {
      const [run] = await d.mailings.runs(campaignId);
      return run ? statusOf(run) : null;
    },

    /** Refuses while the campaign's previous mailing is still going out; checked before any link is issued. */
    assertIdle,

    /** Starts a mailing: its run is stored (and a planned reminder claimed) before anything is sent. */
    async start(request: StartRequest): Promise<MailingStatus> {
      const { campaignId, kind, linkBase, reminder } = request;
      const started = await exclusively(
        campaignId,
        async () => {
          await settleInterrupted(campaignId);
          const runId = d.newId();
          // Under the hold, before any link is issued: another instance may have sent this reminder since
          // the scheduler read the plan, and issuing links now would push out the ones its messages carry.
          if (reminder) reminder.plan(await d.mailings.plan(campaignId), runId);
          const items = await d.compose(campaignId, kind, linkBase);
          const run: MailingRun = {
            id: runId,
            campaignId,
            kind,
            reminderId: reminder?.id ?? null,
            startedAt: minute(),
            recipients: items.map((i) => i.key),
            total: items.length,
            linkBase,
            claimed: 0,
            inFlight: [],
            sent: 0,
            failed: 0,
            uncertain: 0,
            skipped: 0,
            failures: [],
            state: 'sending',
          };
          await d.mailings.begin(run, reminder && ((reminders) => reminder.plan(reminders, run.id)));
          return { run, items };
        },
        ({ run, items }, hold) => send(run, items, hold),
      );
      return statusOf(started.run);
    },

    /**
     * Sends an interrupted latest mailing on to those it never claimed who are still waiting, with new links
     * (the first ones existed only in the messages never sent).
     */
    async resume(campaignId: string): Promise<MailingStatus> {
      const started = await exclusively(
        campaignId,
        async () => {
          await settleInterrupted(campaignId);
          const [latest] = await d.mailings.runs(campaignId);
          if (!latest || latest.state !== 'interrupted') {
            throw new ConflictError('The latest mailing was not interrupted; there is nothing to resume.', {
              code: 'mailing.nothing-to-resume',
              params: {},
            });
          }
          const wanted = new Set(unclaimedOf(latest));
          let items: MailingItem[] = [];
          if (wanted.size > 0) {
            try {
              items = (await d.compose(campaignId, latest.kind, latest.linkBase)).filter((i) =>
                wanted.has(i.key),
              );
            } catch (error) {
              // Everyone left has answered: the run resumes only to finish.
              if (!(error instanceof ConflictError)) throw error;
            }
          }
          const waiting = new Set(items.map((i) => i.key));
          const run = await d.mailings.change(latest.id, (r) => resumedRun(r, (id) => waiting.has(id)));
          // In the run's order, so each claim covers the recipients it names.
          const byKey = new Map(items.map((i) => [i.key, i]));
          return { run, items: unclaimedOf(run).map((id) => byKey.get(id)!) };
        },
        ({ run, items }, hold) => send(run, items, hold),
      );
      return statusOf(started.run);
    },

    /** A mailing of the campaign is going out from this process now. */
    isRunning: (campaignId: string) => running.has(campaignId),
  };
}

export type MailingDesk = ReturnType<typeof createMailingDesk>;
