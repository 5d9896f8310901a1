import { describe, expect, it } from 'vitest';
import { ConflictError, InvalidInputError } from '../../../../server/domain/errors';
import {
  archived,
  assertDeletionConfirmed,
  assertNoneOpen,
  assertNotOpen,
  unarchived,
} from '../../../../server/domain/campaigns/archive-and-delete';
import { thrownBy } from '../../../fixtures/thrown-by';

describe('archiving', () => {
  it('marks the day once, and taking back removes the mark', () => {
    const record: { id: string; archivedOn?: string } = { id: 'x' };
    const once = archived(record, '2026-03-02');
    expect(once).toEqual({ id: 'x', archivedOn: '2026-03-02' });
    expect(archived(once, '2026-04-01')).toEqual(once);
    expect(unarchived(once)).toEqual({ id: 'x' });
    expect('archivedOn' in unarchived(once)).toBe(false);
  });
});

describe('what is not open', () => {
  it.each(['draft', 'closed'] as const)('lets a %s campaign be archived or deleted', (status) => {
    expect(() => assertNotOpen({ name: 'Wave', status })).not.toThrow();
  });

  it('refuses an open campaign, and an organization holding one, naming it', () => {
    const one = thrownBy(() => assertNotOpen({ name: 'Wave', status: 'open' }));
    expect(one).toBeInstanceOf(ConflictError);
    expect(one.coded).toEqual({ code: 'campaign.still-open', params: { campaign: 'Wave' } });
    const all = thrownBy(() =>
      assertNoneOpen([
        { name: 'Old', status: 'closed' },
        { name: 'Wave', status: 'open' },
      ]),
    );
    expect(all.coded).toEqual({ code: 'organization.campaign-open', params: { campaign: 'Wave' } });
    expect(() => assertNoneOpen([{ name: 'Old', status: 'closed' }])).not.toThrow();
  });
});

describe('assertDeletionConfirmed', () => {
  it.each([
    { responses: 0, typed: undefined, allowed: true },
    { responses: 0, typed: 'anything', allowed: true },
    { responses: 3, typed: 'Baseline 2026', allowed: true },
    { responses: 3, typed: undefined, allowed: false },
    { responses: 3, typed: 'baseline 2026', allowed: false },
    { responses: 3, typed: 'Baseline 2026 ', allowed: false },
  ])('with $responses responses and "$typed" typed: allowed $allowed', ({ responses, typed, allowed }) => {
    const check = () => assertDeletionConfirmed('Baseline 2026', responses, typed);
    if (allowed) return expect(check).not.toThrow();
    const error = thrownBy(check);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.coded).toEqual({ code: 'deletion.confirmation-wrong', params: { responses } });
  });
});
