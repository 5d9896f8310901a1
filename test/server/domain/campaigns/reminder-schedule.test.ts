import { describe, expect, it } from 'vitest';
import {
  dueAt,
  inDueOrder,
  MAX_PLANNED_REMINDERS,
  planReminder,
  remindersDue,
  unplanReminder,
  type PlannedReminder,
  type ReminderWhen,
} from '../../../../server/domain/campaigns/reminder-schedule';
import { thrownBy } from '../../../fixtures/thrown-by';

const DAY = 86_400_000;
const SENT = Date.parse('2026-03-02T09:00:00Z');

function reminder(
  id: string,
  when: ReminderWhen,
  outcome: PlannedReminder['outcome'] = null,
): PlannedReminder {
  return { id, when, linkBase: 'https://survey.example.com', outcome };
}

describe('dueAt', () => {
  it.each([
    ['three days after the invitations', { afterDays: 3 }, SENT, SENT + 3 * DAY],
    ['a day counted from invitations not yet sent: unknown', { afterDays: 3 }, null, null],
    [
      'a given moment, whatever the invitations',
      { at: '2026-03-05T08:00:00+08:00' },
      null,
      Date.parse('2026-03-05T00:00:00Z'),
    ],
  ] as const)('%s', (_, when, invitationsAt, expected) => {
    expect(dueAt(when, invitationsAt)).toBe(expected);
  });
});

describe('remindersDue', () => {
  const plan = [
    reminder('day3', { afterDays: 3 }),
    reminder('day6', { afterDays: 6 }),
    reminder('dated', { at: '2026-03-20T09:00:00Z' }),
  ];
  it.each([
    ['nothing before the first is due', SENT + 3 * DAY - 1, null, []],
    ['the first once its moment comes', SENT + 3 * DAY, 'day3', []],
    [
      'after a long stop, only the latest due goes; the earlier is passed over',
      SENT + 7 * DAY,
      'day6',
      ['day3'],
    ],
    ['all three due at once: only the last', Date.parse('2026-03-21T00:00:00Z'), 'dated', ['day3', 'day6']],
  ])('%s', (_, now, send, superseded) => {
    const due = remindersDue(plan, SENT, now);
    expect(due.send?.id ?? null).toBe(send);
    expect(due.supersede.map((r) => r.id)).toEqual(superseded);
  });

  it('never sends a reminder again once it has an outcome', () => {
    const done = [
      reminder('day3', { afterDays: 3 }, { sentBy: 'run-1', at: '2026-03-05T09:00Z' }),
      reminder('day6', { afterDays: 6 }, { skipped: 'nobody-waiting', at: '2026-03-08T09:00Z' }),
    ];
    expect(remindersDue(done, SENT, SENT + 30 * DAY)).toEqual({ send: null, supersede: [] });
  });

  it('waits with reminders counted in days until the invitations have been emailed', () => {
    expect(remindersDue([reminder('day3', { afterDays: 3 })], null, SENT + 30 * DAY).send).toBeNull();
  });
});

describe('planReminder', () => {
  const now = SENT;
  it('adds a reminder in days or at a future moment', () => {
    const plan = planReminder([], reminder('a', { afterDays: 3 }), now);
    expect(planReminder(plan, reminder('b', { at: '2026-03-09T09:00:00Z' }), now).map((r) => r.id)).toEqual([
      'a',
      'b',
    ]);
  });

  it.each([
    ['no days', { afterDays: 0 }, 422, 'reminder.days-out-of-range'],
    ['too many days', { afterDays: 61 }, 422, 'reminder.days-out-of-range'],
    ['part of a day', { afterDays: 1.5 }, 422, 'reminder.days-out-of-range'],
    ['a moment already past', { at: '2026-03-02T08:59:00Z' }, 409, 'reminder.moment-past'],
    ['this very moment', { at: '2026-03-02T09:00:00Z' }, 409, 'reminder.moment-past'],
    ['the same day count again', { afterDays: 3 }, 409, 'reminder.already-planned'],
    [
      'the same moment written in another zone',
      { at: '2026-03-10T17:00:00+08:00' },
      409,
      'reminder.already-planned',
    ],
  ] as const)('refuses %s', (_, when, status, code) => {
    const plan = [reminder('a', { afterDays: 3 }), reminder('b', { at: '2026-03-10T09:00:00Z' })];
    const error = thrownBy(() => planReminder(plan, reminder('new', when), now));
    expect(error.status).toBe(status);
    expect(error.coded.code).toBe(code);
  });

  it(`refuses more than ${MAX_PLANNED_REMINDERS} waiting, but counts only those still to go`, () => {
    const waiting = Array.from({ length: MAX_PLANNED_REMINDERS }, (_, i) =>
      reminder(`r${i}`, { afterDays: i + 1 }),
    );
    expect(thrownBy(() => planReminder(waiting, reminder('x', { afterDays: 30 }), now)).coded.code).toBe(
      'reminder.too-many',
    );
    const oneGone = waiting.map((r, i) => (i === 0 ? { ...r, outcome: { sentBy: 'run', at: 'x' } } : r));
    expect(planReminder(oneGone, reminder('x', { afterDays: 30 }), now)).toHaveLength(
      MAX_PLANNED_REMINDERS + 1,
    );
  });
});

describe('unplanReminder', () => {
  const plan = [
    reminder('waiting', { afterDays: 3 }),
    reminder('gone', { afterDays: 1 }, { sentBy: 'run-1', at: '2026-03-03T09:00Z' }),
  ];
  it('takes a reminder still to go off the plan', () => {
    expect(unplanReminder(plan, 'waiting').map((r) => r.id)).toEqual(['gone']);
  });
  it.each([
    ['one already gone out, which stays as a record', 'gone', 409, 'reminder.already-sent'],
    ['one not in the plan', 'missing', 404, 'reminder.not-planned'],
  ])('refuses %s', (_, id, status, code) => {
    const error = thrownBy(() => unplanReminder(plan, id));
    expect([error.status, error.coded.code]).toEqual([status, code]);
  });
});

describe('inDueOrder', () => {
  it('lists reminders by the moment they fall due, those not yet known last', () => {
    const plan = [
      reminder('day6', { afterDays: 6 }),
      reminder('dated', { at: '2026-03-04T00:00:00Z' }),
      reminder('day3', { afterDays: 3 }),
    ];
    expect(inDueOrder(plan, SENT).map((x) => x.reminder.id)).toEqual(['dated', 'day3', 'day6']);
    expect(inDueOrder(plan, null).map((x) => x.reminder.id)).toEqual(['dated', 'day6', 'day3']);
  });
});
