// Remembers sign-in attempts per account and client address, so server/domain/access/sign-in-delay.ts can say how
// long the next one must wait. Memory is bounded: records expire, and past the cap the oldest go first.

import { limitKeyOf } from '../domain/access/forwarded-client';
import {
  isForgotten,
  waitBeforeAttempt,
  type SignInAttempts,
  type SignInDelayPolicy,
} from '../domain/access/sign-in-delay';

const MAX_TRACKED = 10_000;

export interface SignInThrottle {
  /** 0 when an attempt may start now, and counts it; otherwise the milliseconds still to wait. */
  admit(email: string, address: string, now: number): number;
  /** A success forgets the attempts before it. */
  succeeded(email: string, address: string): void;
}

export function createSignInThrottle(policy: SignInDelayPolicy, maxTracked = MAX_TRACKED): SignInThrottle {
  const records = new Map<string, SignInAttempts>();
  // Unknown emails are counted like real ones, so a 429 never tells whether an account exists.
  const keyOf = (email: string, address: string) => `${limitKeyOf(address)} ${email}`;
  return {
    admit(email, address, now) {
      const key = keyOf(email, address);
      let attempts = records.get(key);
      if (attempts && isForgotten(attempts, policy, now)) attempts = undefined;
      const wait = waitBeforeAttempt(attempts, policy, now);
      if (wait > 0) return wait;
      // Re-inserted on every attempt, so the Map runs least recently tried first: expired records go from
      // the front, and while the cap is reached the oldest live ones go too (their delay starts afresh).
      records.delete(key);
      for (const [k, a] of records) {
        if (!isForgotten(a, policy, now) && records.size < maxTracked) break;
        records.delete(k);
      }
      records.set(key, { count: (attempts?.count ?? 0) + 1, lastAt: now });
      return 0;
    },
    succeeded(email, address) {
      records.delete(keyOf(email, address));
    },
  };
}
