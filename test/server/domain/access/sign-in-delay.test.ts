import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIGN_IN_DELAY,
  isForgotten,
  waitBeforeAttempt,
  type SignInDelayPolicy,
} from '../../../../server/domain/access/sign-in-delay';

const POLICY: SignInDelayPolicy = {
  freeAttempts: 3,
  firstDelayMs: 1000,
  maxDelayMs: 10_000,
  forgetAfterMs: 60_000,
};

describe('waitBeforeAttempt', () => {
  it.each([
    { attempts: undefined, now: 0, wait: 0, why: 'nothing tried yet' },
    { attempts: { count: 2, lastAt: 100 }, now: 100, wait: 0, why: 'within the free attempts' },
    { attempts: { count: 3, lastAt: 100 }, now: 100, wait: 1000, why: 'the first wait after the free ones' },
    { attempts: { count: 3, lastAt: 100 }, now: 600, wait: 500, why: 'part of the wait already passed' },
    { attempts: { count: 3, lastAt: 100 }, now: 1100, wait: 0, why: 'the wait is over' },
    { attempts: { count: 4, lastAt: 0 }, now: 0, wait: 2000, why: 'doubled once' },
    { attempts: { count: 6, lastAt: 0 }, now: 0, wait: 8000, why: 'doubled three times' },
    { attempts: { count: 7, lastAt: 0 }, now: 0, wait: 10_000, why: 'capped' },
    { attempts: { count: 1e6, lastAt: 0 }, now: 0, wait: 10_000, why: 'capped however many pile up' },
  ])('waits $wait ms with $why', ({ attempts, now, wait }) => {
    expect(waitBeforeAttempt(attempts, POLICY, now)).toBe(wait);
  });

  it('never waits longer than the cap, so no number of attempts locks an account', () => {
    for (let count = 0; count < 200; count += 1) {
      expect(waitBeforeAttempt({ count, lastAt: 0 }, DEFAULT_SIGN_IN_DELAY, 0)).toBeLessThanOrEqual(
        DEFAULT_SIGN_IN_DELAY.maxDelayMs,
      );
    }
  });
});

describe('isForgotten', () => {
  it.each([
    { now: 59_999, forgotten: false },
    { now: 60_000, forgotten: true },
  ])('forgets attempts untouched for the whole period ($now ms: $forgotten)', ({ now, forgotten }) => {
    expect(isForgotten({ count: 9, lastAt: 0 }, POLICY, now)).toBe(forgotten);
    expect(isForgotten({ count: 9, lastAt: 10_000 }, POLICY, now + 10_000)).toBe(forgotten);
  });
});

describe('DEFAULT_SIGN_IN_DELAY', () => {
  it('waits at most 15 minutes between attempts and forgets them after a day', () => {
    expect(waitBeforeAttempt({ count: 100, lastAt: 0 }, DEFAULT_SIGN_IN_DELAY, 0)).toBe(15 * 60 * 1000);
    expect(isForgotten({ count: 100, lastAt: 0 }, DEFAULT_SIGN_IN_DELAY, 24 * 3600 * 1000 - 1)).toBe(false);
    expect(isForgotten({ count: 100, lastAt: 0 }, DEFAULT_SIGN_IN_DELAY, 24 * 3600 * 1000)).toBe(true);
  });
});
