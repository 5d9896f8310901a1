import { describe, expect, it } from 'vitest';
import { createSignInThrottle } from '../../../server/http/sign-in-throttle';
import { createInMemoryLimitCounters } from '../../../server/storage/embedded/in-memory-limit-counters';

const POLICY = { freeAttempts: 2, firstDelayMs: 1000, maxDelayMs: 8000, forgetAfterMs: 60_000 };

describe('createSignInThrottle', () => {
  it('counts attempts per account and address, so another address or account is not held back', async () => {
    const throttle = createSignInThrottle(POLICY, createInMemoryLimitCounters());
    const attempts = [];
    for (let i = 0; i < 3; i += 1) attempts.push(await throttle.admit('owner@example.com', '192.0.2.1', 0));
    expect(attempts).toEqual([0, 0, 1000]);
    expect(await throttle.admit('owner@example.com', '198.51.100.2', 0)).toBe(0);
    expect(await throttle.admit('someone@example.com', '192.0.2.1', 0)).toBe(0);
  });

  it('does not count a refused attempt, and forgets everything after a success', async () => {
    const throttle = createSignInThrottle(POLICY, createInMemoryLimitCounters());
    await throttle.admit('a@example.com', '192.0.2.1', 0);
    await throttle.admit('a@example.com', '192.0.2.1', 0);
    expect(await throttle.admit('a@example.com', '192.0.2.1', 500)).toBe(500);
    expect(await throttle.admit('a@example.com', '192.0.2.1', 1000)).toBe(0);
    expect(await throttle.admit('a@example.com', '192.0.2.1', 1000)).toBe(2000);
    await throttle.succeeded('a@example.com', '192.0.2.1', 1000);
    expect(await throttle.admit('a@example.com', '192.0.2.1', 1000)).toBe(0);
  });

  it('counts the addresses of one IPv6 /64 together', async () => {
    const throttle = createSignInThrottle(POLICY, createInMemoryLimitCounters());
    await throttle.admit('a@example.com', '2001:db8:0:1::1', 0);
    await throttle.admit('a@example.com', '2001:db8:0:1::2', 0);
    expect(await throttle.admit('a@example.com', '2001:db8:0:1::3', 0)).toBe(1000);
  });

  it('keeps at most its cap of records, dropping the least recently tried first', async () => {
    const throttle = createSignInThrottle(POLICY, createInMemoryLimitCounters({ maxTracked: 2 }));
    for (const email of ['a@example.com', 'b@example.com']) {
      await throttle.admit(email, '192.0.2.1', 0);
      await throttle.admit(email, '192.0.2.1', 0);
    }
    await throttle.admit('c@example.com', '192.0.2.1', 0);
    // a's record made room for c's; b's is still held.
    expect(await throttle.admit('b@example.com', '192.0.2.1', 0)).toBe(1000);
    expect(await throttle.admit('a@example.com', '192.0.2.1', 0)).toBe(0);
  });

  it('forgets attempts once they are old enough', async () => {
    const throttle = createSignInThrottle(POLICY, createInMemoryLimitCounters());
    for (let i = 0; i < 5; i += 1) await throttle.admit('a@example.com', '192.0.2.1', i * 10_000);
    expect(await throttle.admit('a@example.com', '192.0.2.1', 40_000)).toBeGreaterThan(0);
    expect(await throttle.admit('a@example.com', '192.0.2.1', 40_000 + 60_000)).toBe(0);
    expect(await throttle.admit('a@example.com', '192.0.2.1', 40_000 + 60_000)).toBe(0);
  });
});
