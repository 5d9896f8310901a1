// Saving a participant's whole answer (warm-up choices, votes) after each tap: one request at a time, and a
// tap made while one is on its way is sent right after it, so the last choice is the one stored even when
// taps come faster than replies.

import { useCallback, useEffect, useRef, useState } from 'react';

export interface LatestSave<T> {
  save: (value: T) => void;
  saving: boolean;
  /** The last finished save's failure, or null. */
  error: unknown;
  /** Whether the last finished save succeeded (for a quiet "Saved"). */
  saved: boolean;
}

export function useLatestSave<T>(send: (value: T) => Promise<unknown>): LatestSave<T> {
  const [state, setState] = useState({ saving: false, error: null as unknown, saved: false });
  const inFlight = useRef(false);
  const waiting = useRef<{ value: T } | null>(null);
  const sendRef = useRef(send);
  useEffect(() => {
    sendRef.current = send;
  }, [send]);
  const save = useCallback((value: T) => {
    waiting.current = { value };
    if (inFlight.current) return;
    inFlight.current = true;
    setState((s) => ({ ...s, saving: true }));
    void (async () => {
      let error: unknown = null;
      while (waiting.current) {
        const next = waiting.current.value;
        waiting.current = null;
        try {
          await sendRef.current(next);
          error = null;
        } catch (failure) {
          error = failure;
        }
      }
      inFlight.current = false;
      setState({ saving: false, error, saved: error === null });
    })();
  }, []);
  return { save, ...state };
}
