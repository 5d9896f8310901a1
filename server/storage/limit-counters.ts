import type { SignInAttempts } from '../domain/access/sign-in-delay';

/** A fixed window's count, the hit just made included, and when the window started (ms since the epoch). */
export interface WindowCount {
  count: number;
  windowStart: number;
}

/** What a change of a key's sign-in attempts keeps (`next`; null forgets them, undefined leaves them) and answers. */
export interface AttemptsChange<T> {
  next?: SignInAttempts | null;
  result: T;
}

/**
 * The counts behind the request limits (rate-limit.ts, guess-limit.ts) and the sign-in waits
 * (sign-in-throttle.ts), kept where every server instance sees them: with two instances behind one address an
 * attacker must not get twice the budget. `scope` names the limit (its own budget), `key` the client (an
 * address, or an address and an account). Nothing here is worth a backup: losing the counts only starts the
 * windows afresh.
 */
export interface LimitCounters {
  /**
   * Counts one hit on `key` in a fixed window of `windowMs` that starts at the first hit after the previous
   * window ended, and answers the window's count with this hit. Concurrent hits from any instance are each
   * counted once.
   */
  hit(scope: string, key: string, windowMs: number, now: number): Promise<WindowCount>;
  /** The count of `key`'s window running at `now`, without counting; 0 when none runs. */
  peek(scope: string, key: string, windowMs: number, now: number): Promise<WindowCount>;
  /**
   * Applies `change` to `key`'s sign-in attempts as stored at that moment, with no other change of the same
   * key in between from any instance, and keeps what it returns. Attempts not changed for `forgetAfterMs`
   * may be dropped (and read back as none).
   */
  changeAttempts<T>(
    key: string,
    forgetAfterMs: number,
    now: number,
    change: (current: SignInAttempts | undefined) => AttemptsChange<T>,
  ): Promise<T>;
}
