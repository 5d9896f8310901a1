// Sends one mailing (invitations or reminders) in small concurrent batches under a per-minute limit, so a
// staff list of thousands neither trips the mail provider's sending limits nor stops at the first bad address.

import type { Mailer, OutgoingMail } from './mailer';

export interface MailResult {
  /** The caller's id for the item, e.g. the invitation it records the outcome on. */
  key: string;
  to: string;
  ok: boolean;
  /** Why it failed, in one line (the mail server's reply where it gave one). */
  error?: string;
}

export interface MailingOptions {
  /** Most messages started in any 60-second window; 0 means no limit. */
  perMinute: number;
  /** Messages sent at once; the next batch starts when this one has settled. Defaults to 10. */
  batchSize?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Called as each result is known; the mailing waits for it before starting the next batch. */
  onResult?: (result: MailResult) => void | Promise<void>;
  /**
   * Called with each batch's keys just before its messages are handed over, and awaited: where it claims
   * them durably, a crash can never send a claimed item again. A throw stops the mailing before the batch.
   */
  beforeBatch?: (keys: string[]) => Promise<void>;
}

export const DEFAULT_BATCH_SIZE = 10;
const WINDOW_MS = 60_000;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Milliseconds to wait before `count` more messages may start at `now`, given when earlier ones started.
 * The window slides: whatever 60 seconds one picks, at most `perMinute` starts fall inside it.
 */
function waitBeforeBatch(starts: number[], count: number, perMinute: number, now: number): number {
  if (perMinute === 0 || starts.length + count <= perMinute) return 0;
  // The newest start that must have left the window before this batch may go.
  const mustHaveLeft = starts[starts.length - (perMinute - count) - 1]!;
  return Math.max(0, mustHaveLeft + WINDOW_MS - now);
}

/**
 * Sends every item and reports one result per item, in input order. A failed message is recorded and
 * the mailing goes on; only an error thrown by `onResult` stops it, after the batch in flight settles,
 * because further mail could then be sent without its outcome being recorded.
 */
export async function sendMailing(
  mailer: Mailer,
  items: { key: string; mail: OutgoingMail }[],
  options: MailingOptions,
): Promise<MailResult[]> {
  const { perMinute, sleep = realSleep, now = Date.now, onResult, beforeBatch } = options;
  if (!Number.isInteger(perMinute) || perMinute < 0) throw new RangeError('perMinute must be an integer ≥ 0');
  const requested = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(requested) || requested < 1) throw new RangeError('batchSize must be an integer ≥ 1');
  // A batch larger than the per-minute limit could never start.
  const batchSize = perMinute === 0 ? requested : Math.min(requested, perMinute);

  const results: MailResult[] = new Array(items.length);
  const starts: number[] = [];
  for (let first = 0; first < items.length; first += batchSize) {
    const batch = items.slice(first, first + batchSize);
    // Loop rather than trust one sleep: a timer may fire early, and the clock is the only authority.
    for (let wait = waitBeforeBatch(starts, batch.length, perMinute, now()); wait > 0;) {
      await sleep(wait);
      wait = waitBeforeBatch(starts, batch.length, perMinute, now());
    }
    await beforeBatch?.(batch.map((item) => item.key));
    const startedAt = now();
    for (let i = 0; i < batch.length; i++) starts.push(startedAt);

    const settled = await Promise.allSettled(
      batch.map(async ({ key, mail }, offset) => {
        let result: MailResult;
        try {
          await mailer.send(mail);
          result = { key, to: mail.to, ok: true };
        } catch (error) {
          result = {
            key,
            to: mail.to,
            ok: false,
            error: error instanceof Error ? error.message : String(error),
          };
        }
        results[first + offset] = result;
        await onResult?.(result);
      }),
    );
    const recordFailure = settled.find((s) => s.status === 'rejected');
    if (recordFailure) throw recordFailure.reason;
  }
  return results;
}
