import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths, daysBetween, nextWave, QUARTERLY } from '../../../../server/domain/waves/wave-cadence';

describe('addMonths', () => {
  it.each([
    ['2026-01-15', 3, '2026-04-15'],
    ['2026-01-31', 3, '2026-04-30'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2026-10-31', 3, '2027-01-31'],
    ['2026-12-31', 1, '2027-01-31'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-05-31', 12, '2027-05-31'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-01-01', 24, '2028-01-01'],
    ['0999-12-01', 1, '1000-01-01'],
  ])('%s plus %i months is %s', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });

  it.each([
    '2026-02-30',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-01',
    'today',
    '2026-01-01T00:00',
    'x2026-01-01',
  ])('refuses %s as a day', (day) => {
    expect(() => addMonths(day, 3)).toThrow(new RangeError(`not a calendar day: ${day}`));
    expect(() => daysBetween('2026-01-01', day)).toThrow(RangeError);
  });

  it('never moves past the end of the target month and keeps the day when it exists', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 36 }),
        (date, months) => {
          const day = date.toISOString().slice(0, 10);
          const result = addMonths(day, months);
          const expectedMonth = (date.getUTCFullYear() * 12 + date.getUTCMonth() + months) % 12;
          expect(Number(result.slice(5, 7)) - 1).toBe(expectedMonth);
          const dayOfMonth = Number(result.slice(8, 10));
          expect(dayOfMonth === date.getUTCDate() || dayOfMonth < date.getUTCDate()).toBe(true);
        },
      ),
    );
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-01-01', '2026-01-01', 0],
    ['2026-01-01', '2026-01-02', 1],
    ['2026-01-02', '2026-01-01', -1],
    ['2026-02-28', '2026-03-01', 1],
    ['2028-02-28', '2028-03-01', 2],
    ['2026-01-01', '2027-01-01', 365],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('nextWave', () => {
  it.each([
    { today: '2026-02-01', status: 'not-yet', daysUntil: 88 },
    { today: '2026-04-01', status: 'soon', daysUntil: 29 },
    { today: '2026-03-30', status: 'not-yet', daysUntil: 31 },
    { today: '2026-03-31', status: 'soon', daysUntil: 30 },
    { today: '2026-04-29', status: 'soon', daysUntil: 1 },
    { today: '2026-04-30', status: 'due', daysUntil: 0 },
    { today: '2026-05-14', status: 'due', daysUntil: -14 },
    { today: '2026-05-15', status: 'overdue', daysUntil: -15 },
  ])(
    'a quarterly wave after one closed on 31 January is $status on $today',
    ({ today, status, daysUntil }) => {
      expect(nextWave(QUARTERLY, '2026-01-31', today)).toEqual({ dueOn: '2026-04-30', status, daysUntil });
    },
  );

  it('is soon exactly 30 days before', () => {
    expect(nextWave({ months: 1 }, '2026-01-01', '2026-01-02')).toEqual({
      dueOn: '2026-02-01',
      status: 'soon',
      daysUntil: 30,
    });
  });

  it.each([0, -3, 1.5, Number.NaN])('refuses a cadence of %s months', (months) => {
    expect(() => nextWave({ months }, '2026-01-31', '2026-02-01')).toThrow(
      new RangeError(`a cadence is a whole number of months, at least 1: ${months}`),
    );
  });

  it('quarterly is three months', () => {
    expect(QUARTERLY).toEqual({ months: 3 });
  });
});
