import { useEffect, useRef, useState } from 'react';
import type { MailingStatus, MailKind } from '../../../server/http/api-types';
import { api } from '../../api/client';

export const POLL_INTERVAL_MS = 1_500;

/**
 * The campaign's latest mailing, polled while it runs. A mailing to thousands of people at a polite rate
 * takes minutes, so the server sends in the background; a page opened (or reloaded) mid-mailing picks it
 * up again, and one a restart cut short shows as interrupted. `onFinished` runs when a mailing this page
 * watched comes to an end, so the counts reload.
 */
export function useMailing(campaignId: string, onFinished: () => void) {
  const [mailing, setMailing] = useState<MailingStatus | null>(null);
  const [pollError, setPollError] = useState<unknown>(null);
  const [retry, setRetry] = useState(0);
  // The latest callback without restarting the polling every time the page re-renders.
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  });

  useEffect(() => {
    let current = true;
    api.latestMailing(campaignId).then(
      // A mailing started on this page meanwhile is newer than what this first look found.
      (found) => current && setMailing((started) => started ?? found.mailing),
      () => undefined, // without it the section still works; only the last outcome goes unshown
    );
    return () => {
      current = false;
    };
  }, [campaignId]);

  // `retry` is read by no line of the effect: bumping it after a failed poll is what schedules the next one.
  /* eslint-disable react/exhaustive-effect-dependencies */
  useEffect(() => {
    if (!mailing || mailing.state !== 'sending') return;
    let current = true;
    const timer = window.setTimeout(async () => {
      try {
        const { mailing: next } = await api.latestMailing(campaignId);
        if (!current) return;
        setPollError(null);
        setMailing(next);
        // Interrupted: the server restarted mid-mailing; what it sent is recorded, and the rest can be resumed.
        if (!next || next.state !== 'sending') finished.current();
      } catch (e) {
        if (!current) return;
        // A dropped connection must not stop the watch: the mailing goes on regardless.
        setPollError(e);
        setRetry((n) => n + 1);
      }
    }, POLL_INTERVAL_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [campaignId, mailing, retry]);
  /* eslint-enable react/exhaustive-effect-dependencies */

  function watch(started: MailingStatus): void {
    setMailing(started);
    if (started.state !== 'sending') finished.current();
  }

  async function start(kind: MailKind): Promise<void> {
    setPollError(null);
    watch(await api.sendMailing(campaignId, kind));
  }

  /** Sends the rest of an interrupted mailing. */
  async function resume(): Promise<void> {
    setPollError(null);
    watch(await api.resumeMailing(campaignId));
  }

  return { mailing, pollError, isRunning: mailing?.state === 'sending', start, resume };
}
