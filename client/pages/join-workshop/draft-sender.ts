// When a participant's draft goes to the coach: after they pause typing (debounced), and never while an input
// method is still composing, since a half-composed Chinese word (pinyin letters) would get advice about
// letters nobody meant to write and the field would flicker under the candidate window.

export interface DraftSender<T> {
  /** The field's value changed (every keystroke, composed or not). */
  change: (value: T) => void;
  compositionStart: () => void;
  /** The input method committed its text; `value` is the field's value after it. */
  compositionEnd: (value: T) => void;
  /** Sends a pending value at once, unless an input method is composing (the field lost focus, the step ends). */
  flush: () => void;
  /** Stops any pending send. */
  cancel: () => void;
}

export interface Timers {
  set: (run: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

const BROWSER_TIMERS: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Sends the latest value `delay` ms after the last change outside composition; nothing while composing. */
export function createDraftSender<T>(
  send: (value: T) => void,
  delay = 400,
  timers: Timers = BROWSER_TIMERS,
): DraftSender<T> {
  let composing = false;
  let latest: { value: T } | null = null;
  let handle: unknown = null;
  const stop = (): void => {
    if (handle !== null) timers.clear(handle);
    handle = null;
  };
  const sendLatest = (): void => {
    if (composing || latest === null) return;
    const { value } = latest;
    latest = null;
    send(value);
  };
  const schedule = (): void => {
    stop();
    handle = timers.set(() => {
      handle = null;
      sendLatest();
    }, delay);
  };
  return {
    change: (value) => {
      latest = { value };
      if (composing) stop();
      else schedule();
    },
    compositionStart: () => {
      composing = true;
      stop();
    },
    compositionEnd: (value) => {
      composing = false;
      latest = { value };
      schedule();
    },
    flush: () => {
      stop();
      sendLatest();
    },
    cancel: () => {
      stop();
      latest = null;
    },
  };
}
