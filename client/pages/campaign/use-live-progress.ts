import { useEffect, useState } from 'react';
import type { ResponseProgress } from '../../../server/http/api-types';
import { api } from '../../api/client';

/** How often an open campaign's tracking figures are fetched again. */
export const LIVE_INTERVAL_MS = 5_000;

/**
 * The tracking figures, fetched again every few seconds while the campaign is open and the page is visible,
 * so HR watches answers arrive without reloading (and without reloading the rest of the page: only the
 * figures are fetched). Figures fetched count only until the page loads the campaign again: then its own
 * figures are the newest, until the next fetch.
 */
export function useLiveProgress(
  campaignId: string,
  loaded: ResponseProgress,
  live: boolean,
): ResponseProgress {
  const [fetched, setFetched] = useState<{ after: ResponseProgress; progress: ResponseProgress } | null>(
    null,
  );
  useEffect(() => {
    if (!live) return;
    let stopped = false;
    const timer = window.setInterval(() => {
      if (document.visibilityState !== 'visible') return;
      api.campaignProgress(campaignId).then(
        (progress) => !stopped && setFetched({ after: loaded, progress }),
        () => undefined, // a missed refresh is retried at the next tick
      );
    }, LIVE_INTERVAL_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [campaignId, live, loaded]);
  return fetched !== null && fetched.after === loaded ? fetched.progress : loaded;
}
