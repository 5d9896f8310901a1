import { describe, expect, it } from 'vitest';
import {
  issueReset,
  isResetLive,
  mayMailReset,
  type PasswordReset,
} from '../../../../server/domain/access/password-reset';

const MINUTE = 60_000;
const T = Date.parse('2026-03-02T12:00:00Z');

describe('issueReset', () => {
  it.each([
    { by: 'email' as const, minutes: 60 },
    { by: 'owner' as const, minutes: 24 * 60 },
  ])('makes a link asked for by $by that works for $minutes minutes', ({ by, minutes }) => {
    expect(issueReset('hash', T, by)).toEqual({
      tokenHash: 'hash',
      issuedAt: T,
      expiresAt: T + minutes * MINUTE,
      by,
    });
  });
});

describe('isResetLive', () => {
  const reset = issueReset('hash', T, 'email');
  it.each([
    { case: 'the right token at once', reset, hash: 'hash', at: T, live: true },
    {
      case: 'the right token a minute before it expires',
      reset,
      hash: 'hash',
      at: T + 59 * MINUTE,
      live: true,
    },
    { case: 'the right token the moment it expires', reset, hash: 'hash', at: T + 60 * MINUTE, live: false },
    { case: 'another token', reset, hash: 'other', at: T, live: false },
    { case: 'no link at all', reset: undefined, hash: 'hash', at: T, live: false },
  ])('answers $live for $case', ({ reset, hash, at, live }) => {
    expect(isResetLive(reset, hash, at)).toBe(live);
  });
});

describe('mayMailReset', () => {
  const mailed = (minutesAgo: number): PasswordReset => issueReset('hash', T - minutesAgo * MINUTE, 'email');
  it.each([
    { case: 'no link was made', current: undefined, may: true },
    { case: 'a link was mailed a minute ago', current: mailed(1), may: false },
    {
      case: 'a link was mailed just under five minutes ago',
      current: issueReset('h', T - 5 * MINUTE + 1, 'email'),
      may: false,
    },
    { case: 'a link was mailed five minutes ago', current: mailed(5), may: true },
    { case: 'the mailed link has expired', current: mailed(61), may: true },
    { case: 'the owner made a link a minute ago', current: issueReset('h', T - MINUTE, 'owner'), may: true },
  ])('answers $may when $case', ({ current, may }) => {
    expect(mayMailReset(current, T)).toBe(may);
  });
});
