import { describe, expect, it } from 'vitest';
import { isInvitationLive, sameSlot } from '../../../../server/domain/access/user-invitation';

const slot = (email: string, organizationId: string, role: 'executive' | 'consultant') => ({
  email,
  grant: { organizationId, role },
});

describe('sameSlot', () => {
  it.each([
    {
      case: 'the same address, organization and role',
      other: slot('pat@example.com', 'acme', 'executive'),
      same: true,
    },
    { case: 'another address', other: slot('sam@example.com', 'acme', 'executive'), same: false },
    { case: 'another organization', other: slot('pat@example.com', 'globex', 'executive'), same: false },
    { case: 'another role', other: slot('pat@example.com', 'acme', 'consultant'), same: false },
  ])('answers $same for $case', ({ other, same }) => {
    expect(sameSlot(slot('pat@example.com', 'acme', 'executive'), other)).toBe(same);
  });
});

describe('isInvitationLive', () => {
  it.each([
    { case: 'unused before it expires', usedOn: null, expiresAt: 1001, live: true },
    { case: 'unused the moment it expires', usedOn: null, expiresAt: 1000, live: false },
    { case: 'used', usedOn: '2026-03-02', expiresAt: 5000, live: false },
  ])('answers $live when $case', ({ usedOn, expiresAt, live }) => {
    expect(isInvitationLive({ usedOn, expiresAt }, 1000)).toBe(live);
  });
});
