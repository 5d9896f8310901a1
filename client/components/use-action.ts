// How a form or button calls the API: one thing at a time, what is running, how it failed, and that it
// succeeded. The failure is kept as it came (a problem with its code), so FormError words it in whatever
// language the page is read in when shown, also after the reader switches language.

import { useCallback, useRef, useState } from 'react';

export interface Action<Kind extends string> {
  /** What is running, or null. */
  running: Kind | null;
  busy: boolean;
  /** The last run's failure, or null; show it with FormError. */
  error: unknown;
  /** What last finished without failing, until the next run starts. */
  succeeded: Kind | null;
  /**
   * Runs `task` unless something is running already; its result, or undefined when it failed (the failure
   * is then `error`) or did not start. Never throws.
   */
  run: <T>(task: () => Promise<T>, kind?: Kind) => Promise<T | undefined>;
  /** Shows a problem found before sending (a form's own check) as this action's failure. */
  fail: (error: unknown) => void;
  /** Forgets the last failure and success, after an edit that makes them stale. */
  reset: () => void;
}

type State<Kind> = { running: Kind | null; error: unknown; succeeded: Kind | null };

const IDLE = { running: null, error: null, succeeded: null };

/**
 * @example
 * const save = useAction();
 * <form onSubmit={(e) => { e.preventDefault(); void save.run(() => api.changePassword(body)); }}>
 *   <FormError error={save.error} />
 *   <button disabled={save.busy}>…</button>
 */
export function useAction<Kind extends string = 'run'>(): Action<Kind> {
  const [state, setState] = useState<State<Kind>>(IDLE);
  // A ref, not the state: two clicks within one render must not both start.
  const running = useRef(false);

  const run = useCallback(async <T>(task: () => Promise<T>, kind?: Kind): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    const what = kind ?? ('run' as Kind);
    setState({ running: what, error: null, succeeded: null });
    try {
      const result = await task();
      setState({ running: null, error: null, succeeded: what });
      return result;
    } catch (error) {
      setState({ running: null, error, succeeded: null });
      return undefined;
    } finally {
      running.current = false;
    }
  }, []);
  const fail = useCallback((error: unknown) => setState({ running: null, error, succeeded: null }), []);
  const reset = useCallback(() => setState((s) => ({ ...s, error: null, succeeded: null })), []);

  return { ...state, busy: state.running !== null, run, fail, reset };
}
