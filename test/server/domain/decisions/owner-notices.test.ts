import { describe, expect, it } from 'vitest';
import type { PlanAction } from '../../../../server/domain/decisions/action-plan';
import {
  DUE_SOON_DAYS,
  daysBetween,
  isDueSoon,
  noticeOwed,
  ownerKey,
  recordAssigner,
} from '../../../../server/domain/decisions/owner-notices';

const TODAY = '2026-05-10';
const ANN = { accountId: 'ann' };
const OUTSIDER = { name: 'Wang Fang', email: 'wang.fang@example.com' };

function action(fields: Partial<PlanAction> = {}): PlanAction {
  return {
    id: 'a1',
    organizationId: 'o1',
    campaignId: 'c1',
    recommendationId: null,
    title: 'Weekly review',
    owner: null,
    due: null,
    status: 'planned',
    note: '',
    departmentIds: [],
    comments: [],
    createdOn: '2026-05-01T09:00:00Z',
    updatedOn: '2026-05-01T09:00:00Z',
    ...fields,
  };
}

describe('ownerKey', () => {
  it.each([
    [ANN, 'account:ann'],
    [OUTSIDER, 'email:wang.fang@example.com'],
    [{ name: 'W', email: ' Wang.Fang@Example.com ' }, 'email:wang.fang@example.com'],
  ])('names %j as %s, an address whatever its case and spaces', (owner, key) => {
    expect(ownerKey(owner)).toBe(key);
  });
});

describe('daysBetween and the reminder window', () => {
  it.each([
    ['2026-05-10', '2026-05-10', 0, true],
    ['2026-05-10', '2026-05-13', 3, true],
    ['2026-05-10', '2026-05-14', 4, false],
    ['2026-05-10', '2026-05-09', -1, false],
    ['2026-02-27', '2026-03-02', 3, true],
    ['2026-12-30', '2027-01-02', 3, true],
    ['2026-03-28', '2026-03-31', 3, true],
  ])('from %s to %s is %i days; within the window: %s', (from, to, days, soon) => {
    expect(daysBetween(from, to)).toBe(days);
    expect(isDueSoon(to, from)).toBe(soon);
  });

  it('reminds three days ahead', () => {
    expect(DUE_SOON_DAYS).toBe(3);
  });
});

describe('noticeOwed', () => {
  const cases: [string, Partial<PlanAction>, ReturnType<typeof noticeOwed>][] = [
    ['nothing for an action without an owner', { due: '2026-05-11' }, null],
    [
      'the assignment to a new owner, with no reminder while the due day is far',
      { owner: ANN, due: '2026-06-30', assignedBy: 'boss' },
      { kind: 'assigned', claim: { assigned: 'account:ann' } },
    ],
    [
      'the assignment of an undated action',
      { owner: OUTSIDER, assignedBy: 'boss' },
      { kind: 'assigned', claim: { assigned: 'email:wang.fang@example.com' } },
    ],
    [
      'the assignment counting as the reminder when the action is already due soon',
      { owner: ANN, due: '2026-05-12', assignedBy: 'boss' },
      { kind: 'assigned', claim: { assigned: 'account:ann', dueSoon: '2026-05-12' } },
    ],
    [
      'the assignment to a new owner, dropping the reminder the previous owner had',
      {
        owner: OUTSIDER,
        due: '2026-06-30',
        assignedBy: 'boss',
        notices: { assigned: 'account:ann', dueSoon: '2026-06-30' },
      },
      { kind: 'assigned', claim: { assigned: 'email:wang.fang@example.com' } },
    ],
    [
      'nothing for the same owner told already, the due day being far',
      { owner: ANN, due: '2026-05-14', assignedBy: 'boss', notices: { assigned: 'account:ann' } },
      null,
    ],
    [
      'the reminder once the due day is three days off',
      { owner: ANN, due: '2026-05-13', assignedBy: 'boss', notices: { assigned: 'account:ann' } },
      { kind: 'due-soon', claim: { assigned: 'account:ann', dueSoon: '2026-05-13' } },
    ],
    [
      'the reminder on the due day itself',
      { owner: ANN, due: TODAY, assignedBy: 'boss', notices: { assigned: 'account:ann' } },
      { kind: 'due-soon', claim: { assigned: 'account:ann', dueSoon: TODAY } },
    ],
    [
      'no reminder once the due day has passed',
      { owner: ANN, due: '2026-05-09', assignedBy: 'boss', notices: { assigned: 'account:ann' } },
      null,
    ],
    [
      'no second reminder for the same due day',
      {
        owner: ANN,
        due: '2026-05-12',
        assignedBy: 'boss',
        notices: { assigned: 'account:ann', dueSoon: '2026-05-12' },
      },
      null,
    ],
    [
      'a fresh reminder when the due day moved',
      {
        owner: ANN,
        due: '2026-05-11',
        assignedBy: 'boss',
        notices: { assigned: 'account:ann', dueSoon: '2026-05-12' },
      },
      { kind: 'due-soon', claim: { assigned: 'account:ann', dueSoon: '2026-05-11' } },
    ],
    [
      'nothing for a done action, due soon or newly assigned',
      { owner: ANN, due: '2026-05-11', status: 'done', assignedBy: 'boss' },
      null,
    ],
    [
      'nothing for a dropped action',
      { owner: ANN, due: '2026-05-11', status: 'dropped', assignedBy: 'boss' },
      null,
    ],
    [
      'the reminder for an action in progress',
      {
        owner: ANN,
        due: '2026-05-11',
        status: 'in-progress',
        assignedBy: 'boss',
        notices: { assigned: 'account:ann' },
      },
      { kind: 'due-soon', claim: { assigned: 'account:ann', dueSoon: '2026-05-11' } },
    ],
    [
      'no assignment email to someone who took the action themselves',
      { owner: ANN, assignedBy: 'ann' },
      null,
    ],
    [
      'the reminder to someone who took the action themselves',
      { owner: ANN, due: '2026-05-11', assignedBy: 'ann' },
      { kind: 'due-soon', claim: { dueSoon: '2026-05-11' } },
    ],
    [
      'the assignment to an outside owner whatever the assigner',
      { owner: { name: 'Ann', email: 'ann@example.com' }, assignedBy: 'ann' },
      { kind: 'assigned', claim: { assigned: 'email:ann@example.com' } },
    ],
  ];
  it.each(cases)('owes %s', (_name, fields, expected) => {
    expect(noticeOwed(action(fields), TODAY)).toEqual(expected);
  });

  it('owes nothing more once the claim it answered is recorded', () => {
    let current = action({ owner: ANN, due: '2026-05-30', assignedBy: 'boss' });
    const sent: string[] = [];
    for (const today of [
      '2026-05-10',
      '2026-05-20',
      '2026-05-27',
      '2026-05-28',
      '2026-05-30',
      '2026-06-02',
    ]) {
      for (let look = 0; look < 2; look++) {
        const owed = noticeOwed(current, today);
        if (!owed) continue;
        sent.push(`${today} ${owed.kind}`);
        current = { ...current, notices: owed.claim };
      }
    }
    expect(sent).toEqual(['2026-05-10 assigned', '2026-05-27 due-soon']);
  });
});

describe('recordAssigner', () => {
  const before = action({ owner: ANN, assignedBy: 'boss' });
  it.each<[string, PlanAction | null, PlanAction, string | undefined]>([
    ['records who gave a new action its owner', null, action({ owner: ANN }), 'cfo'],
    ['records nothing for a new action without an owner', null, action(), undefined],
    ['keeps the first assigner when the owner stays', before, { ...before, note: 'x' }, 'boss'],
    ['records the new assigner when the owner changes', before, { ...before, owner: OUTSIDER }, 'cfo'],
    [
      'records the assigner of an owner given to an unassigned action',
      action(),
      action({ owner: OUTSIDER }),
      'cfo',
    ],
    [
      'keeps the assigner when an address is written in another case',
      action({ owner: OUTSIDER, assignedBy: 'boss' }),
      action({ owner: { ...OUTSIDER, email: 'Wang.Fang@example.com' }, assignedBy: 'boss' }),
      'boss',
    ],
  ])('%s', (_name, previous, after, assignedBy) => {
    expect(recordAssigner(previous, after, 'cfo').assignedBy).toBe(assignedBy);
  });
  it('forgets the reminder the previous owner had, keeping whom the assignment was sent to', () => {
    const reminded = action({
      owner: ANN,
      due: '2026-05-12',
      assignedBy: 'boss',
      notices: { assigned: 'account:ann', dueSoon: '2026-05-12' },
    });
    const taken = recordAssigner(reminded, { ...reminded, owner: { accountId: 'ben' } }, 'ben');
    expect(taken.notices).toEqual({ assigned: 'account:ann' });
    // Ben took it himself: no assignment message, but the reminder is his.
    expect(noticeOwed(taken, TODAY)).toEqual({
      kind: 'due-soon',
      claim: { assigned: 'account:ann', dueSoon: '2026-05-12' },
    });
    expect(recordAssigner(null, action({ owner: ANN }), 'cfo')).not.toHaveProperty('notices');
    expect(
      recordAssigner(reminded, { ...reminded, owner: OUTSIDER, notices: { dueSoon: '2026-05-12' } }, 'cfo'),
    ).not.toHaveProperty('notices');
    // The same owner again: what was sent stays.
    expect(recordAssigner(reminded, { ...reminded, note: 'x' }, 'cfo').notices).toEqual(reminded.notices);
  });
});
