// How long the next sign-in for one account from one address must wait. The wait grows with every attempt
// since the last success and never becomes a lock: anyone who knows an account's email could otherwise lock
// its owner out. Counting per address as well means a guesser elsewhere never delays the owner at all.

export interface SignInDelayPolicy {
  /** Attempts that never wait. */
  freeAttempts: number;
  /** The wait before the first attempt beyond those; it doubles with each further attempt. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** A record with no attempt for this long is forgotten. */
  forgetAfterMs: number;
}

/** Attempts since the last success; an attempt counts when it starts, so parallel guesses wait too. */
export interface SignInAttempts {
  count: number;
  lastAt: number;
}

/** Five attempts free, then 1 s, 2 s, 4 s … up to 15 minutes between attempts; forgotten after a day. */
export const DEFAULT_SIGN_IN_DELAY: SignInDelayPolicy = {
  freeAttempts: 5,
  firstDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 24 * 3600_000,
};

/**
 * Milliseconds still to wait before another attempt may start; 0 when it may start now.
 * @example waitBeforeAttempt({ count: 7, lastAt: 0 }, DEFAULT_SIGN_IN_DELAY, 1000) // 3000: 4 s after the 7th
 */
export function waitBeforeAttempt(
  attempts: SignInAttempts | undefined,
  policy: SignInDelayPolicy,
  now: number,
): number {
  if (!attempts || attempts.count < policy.freeAttempts) return 0;
  // Capping the exponent keeps 2 ** n finite however many attempts pile up.
  const doublings = Math.min(attempts.count - policy.freeAttempts, 40);
  const delay = Math.min(policy.firstDelayMs * 2 ** doublings, policy.maxDelayMs);
  return Math.max(0, attempts.lastAt + delay - now);
}

export function isForgotten(attempts: SignInAttempts, policy: SignInDelayPolicy, now: number): boolean {
  return now - attempts.lastAt >= policy.forgetAfterMs;
}
