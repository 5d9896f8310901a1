import { describe, expect, it } from 'vitest';
import type { StaffListEntry } from '../../../../server/http/api-types';
import { toStaffRows } from '../../../../client/pages/campaign/to-staff-rows';

const DEPARTMENTS = [
  { id: 'sales', name: 'Sales' },
  { id: 'it', name: 'IT' },
];

const entry = (email: string, overrides: Partial<StaffListEntry> = {}): StaffListEntry => ({
  email,
  name: '',
  departmentId: 'sales',
  language: 'en',
  sentOn: null,
  deliveryError: null,
  ...overrides,
});

describe('toStaffRows', () => {
  it('puts undelivered people first and otherwise keeps the order of the list', () => {
    const people = [
      entry('a@x.cn'),
      entry('b@x.cn', { deliveryError: 'mailbox full' }),
      entry('c@x.cn'),
      entry('d@x.cn', { deliveryError: 'no such user' }),
    ];
    expect(toStaffRows(people, DEPARTMENTS, null).rows.map((r) => r.email)).toEqual([
      'b@x.cn',
      'd@x.cn',
      'a@x.cn',
      'c@x.cn',
    ]);
  });

  it.each([
    [3, 2, 2, 1],
    [3, null, 3, 0],
    [3, 100, 3, 0],
    [0, 100, 0, 0],
  ])('of %i people with a limit of %s shows %i and hides %i', (count, limit, shown, hidden) => {
    const people = Array.from({ length: count }, (_, i) => entry(`p${i}@x.cn`));
    const result = toStaffRows(people, DEPARTMENTS, limit);
    expect(result.rows).toHaveLength(shown);
    expect(result.hidden).toBe(hidden);
  });

  it('names each department, and none for a department since removed', () => {
    const rows = toStaffRows(
      [entry('a@x.cn', { departmentId: 'it' }), entry('b@x.cn', { departmentId: 'gone' })],
      DEPARTMENTS,
      null,
    ).rows;
    expect(rows.map((r) => r.departmentName)).toEqual(['IT', null]);
  });
});
