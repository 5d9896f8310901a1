// The mailings in progress, one at most per campaign, and the last one's outcome. A mailing to thousands
// of people at a polite rate takes minutes, so it runs in the background while the page polls its status.
// Kept in memory: after a restart the invitations themselves still say who was sent what.

import type { MailKind } from '../domain/campaigns/email-template';
import { ConflictError } from '../domain/errors';
import type { Mailer, OutgoingMail } from './mailer';
import { sendMailing, type MailResult } from './send-mailing';

export interface MailingStatus {
  kind: MailKind;
  /** When it started, to the minute: enough for a person reading the page. */
  startedAt: string;
  total: number;
  sent: number;
  failed: number;
  finished: boolean;
  /** Every address that could not be sent to, with the mail server's reason. */
  failures: { email: string; error: string }[];
}

export interface MailingRun {
  mailer: Mailer;
  perMinute: number;
  /** Records each outcome (on the invitation) before the next batch goes out. */
  record: (result: MailResult) => Promise<void>;
  onError: (error: unknown) => void;
}

export function createMailings(now: () => number) {
  const latest = new Map<string, MailingStatus>();
  const running = new Map<string, Promise<void>>();
  const assertIdle = (campaignId: string) => {
    if (running.has(campaignId)) {
      throw new ConflictError('A mailing for this campaign is still being sent; wait until it finishes.', {
        code: 'mailing.in-progress',
        params: {},
      });
    }
  };

  return {
    latest: (campaignId: string): MailingStatus | null => latest.get(campaignId) ?? null,

    /** Refuses while the campaign's previous mailing is still going out; checked before any link is issued. */
    assertIdle,

    start(campaignId: string, kind: MailKind, items: { key: string; mail: OutgoingMail }[], run: MailingRun) {
      assertIdle(campaignId);
      const status: MailingStatus = {
        kind,
        startedAt: new Date(now()).toISOString().slice(0, 16) + 'Z',
        total: items.length,
        sent: 0,
        failed: 0,
        finished: false,
        failures: [],
      };
      latest.set(campaignId, status);
      const job = sendMailing(run.mailer, items, {
        perMinute: run.perMinute,
        onResult: async (result) => {
          await run.record(result);
          if (result.ok) status.sent++;
          else {
            status.failed++;
            status.failures.push({ email: result.to, error: result.error ?? 'not sent' });
          }
        },
      })
        .catch(run.onError)
        .finally(() => {
          status.finished = true;
          running.delete(campaignId);
        });
      running.set(
        campaignId,
        job.then(() => undefined),
      );
      return { ...status };
    },

    /** Resolves when the campaign's mailing, if any, has finished. */
    settled: (campaignId: string) => running.get(campaignId) ?? Promise.resolve(),
  };
}

export type Mailings = ReturnType<typeof createMailings>;
