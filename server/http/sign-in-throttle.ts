// Remembers sign-in attempts per account and client address, so server/domain/access/sign-in-delay.ts can say how
// long the next one must wait. The attempts are the storage's (LimitCounters): every server instance sees the
// same ones, and one attempt's check and count are one change, so parallel guesses to several instances wait too.

import { limitKeyOf } from '../domain/access/forwarded-client';
import { isForgotten, waitBeforeAttempt, type SignInDelayPolicy } from '../domain/access/sign-in-delay';
import type { LimitCounters } from '../storage/limit-counters';

export interface SignInThrottle {
  /** 0 when an attempt may start now, and counts it; otherwise the milliseconds still to wait. */
  admit(email: string, address: string, now: number): Promise<number>;
  /** A success forgets the attempts before it. */
  succeeded(email: string, address: string, now: number): Promise<void>;
}

export function createSignInThrottle(policy: SignInDelayPolicy, counters: LimitCounters): SignInThrottle {
  // Unknown emails are counted like real ones, so a 429 never tells whether an account exists.
  const keyOf = (email: string, address: string) => `${limitKeyOf(address)} ${email}`;
  return {
    admit: (email, address, now) =>
      counters.changeAttempts(keyOf(email, address), policy.forgetAfterMs, now, (stored) => {
        const attempts = stored && isForgotten(stored, policy, now) ? undefined : stored;
        const wait = waitBeforeAttempt(attempts, policy, now);
        if (wait > 0) return { result: wait };
        return { next: { count: (attempts?.count ?? 0) + 1, lastAt: now }, result: 0 };
      }),
    succeeded: (email, address, now) =>
      counters.changeAttempts(keyOf(email, address), policy.forgetAfterMs, now, () => ({
        next: null,
        result: undefined,
      })),
  };
}
