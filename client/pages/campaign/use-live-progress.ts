import { useEffect, useState } from 'react';
import type { ResponseProgress } from '../../../server/http/api-types';
import { api } from '../../api/client';

/** How often an open campaign's tracking figures are fetched again. */
export const LIVE_INTERVAL_MS = 5_000;

/**
 * The tracking figures, fetched again every few seconds while the campaign is open and the page is visible,
 * so HR watches answers arrive without reloading (and without reloading the rest of the page).
 */
export function useLiveProgress(
  campaignId: string,
  initial: ResponseProgress,
  live: boolean,
): ResponseProgress {
  const [progress, setProgress] = useState(initial);
  useEffect(() => setProgress(initial), [initial]);
  useEffect(() => {
    if (!live) return;
    let stopped = false;
    const timer = window.setInterval(() => {
      if (document.visibilityState !== 'visible') return;
      api.campaign(campaignId).then(
        (detail) => !stopped && setProgress(detail.progress),
        () => undefined, // a missed refresh is retried at the next tick
      );
    }, LIVE_INTERVAL_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [campaignId, live]);
  return progress;
}
