import { describe, expect, it } from 'vitest';
import {
  addDays,
  checkErasure,
  checkRetentionDays,
  isErasureDue,
  retentionStatus,
  withoutPersonalData,
  type StaffRetention,
} from '../../../../server/domain/campaigns/staff-retention';
import { thrownBy } from '../../../fixtures/thrown-by';

const open = { status: 'open' as const, closedOn: null };
const draft = { status: 'draft' as const, closedOn: null };
const closed = { status: 'closed' as const, closedOn: '2026-03-31' };
const keep = (days: number | null, erasedOn: string | null = null): StaffRetention => ({ days, erasedOn });

describe('retentionStatus', () => {
  it.each([
    ['a draft keeps its list', draft, keep(null), { days: 90, state: 'until-closed', erasesOn: null }],
    ['an open campaign keeps its list', open, keep(10), { days: 10, state: 'until-closed', erasesOn: null }],
    ['closed: 90 days by default', closed, keep(null), { state: 'scheduled', erasesOn: '2026-06-29' }],
    [
      'closed: the days chosen, across a month',
      closed,
      keep(1),
      { state: 'scheduled', erasesOn: '2026-04-01' },
    ],
    [
      'closed: 0 days erases on the closing day',
      closed,
      keep(0),
      { state: 'scheduled', erasesOn: '2026-03-31' },
    ],
    [
      'erased: the day it was',
      closed,
      keep(5, '2026-04-05'),
      { state: 'erased', erasedOn: '2026-04-05', erasesOn: null },
    ],
  ])('%s', (_, campaign, retention, expected) => {
    expect(retentionStatus(campaign, retention)).toMatchObject(expected);
  });
});

describe('isErasureDue', () => {
  it.each([
    ['the day before', closed, keep(3), '2026-04-02', false],
    ['on its day', closed, keep(3), '2026-04-03', true],
    ['days after (the server was down)', closed, keep(3), '2026-05-01', true],
    ['never while open, however long', open, keep(0), '2030-01-01', false],
    ['never again once erased', closed, keep(3, '2026-04-03'), '2026-05-01', false],
  ])('%s: %s', (_, campaign, retention, today, due) => {
    expect(isErasureDue(campaign, retention, today)).toBe(due);
  });
});

describe('checkRetentionDays', () => {
  it.each([0, 1, 90, 3650])('accepts %s days', (days) => {
    expect(() => checkRetentionDays(keep(null), days)).not.toThrow();
  });
  it.each([-1, 3651, 1.5, Number.NaN])('refuses %s days with the range', (days) => {
    expect(thrownBy(() => checkRetentionDays(keep(null), days)).coded).toEqual({
      code: 'retention.days-out-of-range',
      params: { max: 3650 },
    });
  });
  it('refuses any change once the list is erased', () => {
    expect(thrownBy(() => checkRetentionDays(keep(5, '2026-04-05'), 10)).coded.code).toBe(
      'retention.list-erased',
    );
  });
});

describe('checkErasure', () => {
  const named = { ...closed, name: 'Spring wave' };
  it.each([
    ['the name as it is', named, 'Spring wave', null],
    ['the name with spaces around it', named, '  Spring wave ', null],
    ['another name', named, 'spring wave', 'retention.confirmation-mismatch'],
    ['nothing typed', named, '', 'retention.confirmation-mismatch'],
    [
      'an open campaign, even named',
      { ...open, name: 'Spring wave' },
      'Spring wave',
      'retention.campaign-running',
    ],
  ])('%s: %s', (_, campaign, typed, code) => {
    if (code === null) expect(() => checkErasure(campaign, typed)).not.toThrow();
    else expect(thrownBy(() => checkErasure(campaign, typed)).coded.code).toBe(code);
  });
});

describe('withoutPersonalData', () => {
  it('keeps what counts a person and nothing that names them', () => {
    const person = {
      id: 'p1',
      email: 'ana@example.com',
      name: 'Ana',
      departmentId: 'd1',
      language: 'zh-CN' as const,
      tokenHashes: ['h1', 'h2'],
      lastDelivery: {
        kind: 'invitation' as const,
        on: '2026-03-02',
        ok: false,
        error: 'ana@example.com bounced',
      },
      slot: 4,
    };
    expect(withoutPersonalData(person)).toEqual({
      id: 'p1',
      email: '',
      name: '',
      departmentId: 'd1',
      language: 'zh-CN',
      tokenHashes: [],
      lastDelivery: null,
      slot: 4,
    });
  });
});

describe('addDays', () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-28', 3, '2026-03-31'],
  ])('%s + %s = %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });
});
