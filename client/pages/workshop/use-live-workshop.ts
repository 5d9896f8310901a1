// The facilitator's live copy of a workshop: the server pushes the whole view after each change over an
// EventSource; where that fails (a proxy that buffers streams, an old browser) the page asks every 2 s
// whether anything changed since the version it holds, which costs a 304 when nothing did.

import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import type { Workshop } from '../../api/workshop-types';

export const POLL_MS = 2000;

export interface LiveWorkshop {
  workshop: Workshop | null;
  error: unknown;
  mode: 'live' | 'polling';
  /** Takes a view a change just answered with, unless a newer one has arrived meanwhile. */
  accept: (workshop: Workshop) => void;
}

/** The view to show: the newer of the two, so a late reply never steps the screen back. */
export function newerWorkshop(held: Workshop | null, arrived: Workshop): Workshop {
  return held !== null && held.id === arrived.id && held.version > arrived.version ? held : arrived;
}

export function useLiveWorkshop(id: string): LiveWorkshop {
  const [workshop, setWorkshop] = useState<Workshop | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [mode, setMode] = useState<'live' | 'polling'>('live');
  const held = useRef<Workshop | null>(null);
  const accept = useCallback((arrived: Workshop) => {
    held.current = newerWorkshop(held.current, arrived);
    setWorkshop(held.current);
    setError(null);
  }, []);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let source: EventSource | null = null;
    const poll = async () => {
      try {
        const changed =
          held.current === null ? await api.workshop(id) : await api.workshopSince(id, held.current.version);
        if (!stopped && changed) accept(changed);
      } catch (failure) {
        if (!stopped) setError(failure);
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    };
    const fallBack = () => {
      source?.close();
      source = null;
      if (stopped) return;
      setMode('polling');
      void poll();
    };
    api.workshop(id).then(
      (first) => !stopped && accept(first),
      (failure: unknown) => !stopped && setError(failure),
    );
    if (typeof EventSource === 'undefined') fallBack();
    else {
      source = new EventSource(api.workshopEvents(id));
      source.addEventListener('workshop', (event) => {
        accept(JSON.parse((event as MessageEvent<string>).data) as Workshop);
      });
      // The browser would retry a dropped stream by itself, but a refused one (a proxy, a 4xx) never
      // recovers: polling serves both without telling them apart.
      source.addEventListener('error', fallBack);
    }
    return () => {
      stopped = true;
      source?.close();
      clearTimeout(timer);
    };
  }, [id, accept]);

  return { workshop, error, mode, accept };
}
