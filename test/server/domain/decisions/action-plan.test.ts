import { describe, expect, it } from 'vitest';
import {
  changeAction,
  commentOn,
  isCalendarDay,
  planProgress,
  refuseRemoval,
  visibleActions,
  type ActionChange,
  type ActionDraft,
  type PlanAction,
  type PlanCapacity,
} from '../../../../server/domain/decisions/action-plan';
import { makePlanAction, PLAN_DEPARTMENTS, PLAN_LATER, PLAN_NOW } from '../../../fixtures/plan-action';
import { DomainError } from '../../../../server/domain/errors';

const DEPARTMENTS = PLAN_DEPARTMENTS;
const NOW = PLAN_NOW;
const LATER = PLAN_LATER;

const make = makePlanAction;

function refusal(run: () => unknown): { status: number; code: string; fields: string[] } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { status: error.status, code: error.coded.code, fields: error.errors.map((e) => e.code) };
  }
}

describe('creating an action', () => {
  it('starts planned, unassigned and undated unless told otherwise, trimmed and lower-cased', () => {
    expect(make({ title: '  Fix it ', owner: { name: ' Li Na ', email: ' LI@Example.com ' } })).toMatchObject(
      {
        title: 'Fix it',
        status: 'planned',
        due: null,
        note: '',
        owner: { name: 'Li Na', email: 'li@example.com' },
        comments: [],
        createdOn: NOW,
        updatedOn: NOW,
      },
    );
  });

  it.each<[string, Partial<ActionDraft>, string[]]>([
    ['an empty title', { title: '   ' }, ['action.title-required']],
    ['a title too long', { title: 'x'.repeat(201) }, ['action.too-long']],
    ['a note too long', { note: 'x'.repeat(2001) }, ['action.too-long']],
    ['a day that does not exist', { due: '2026-02-30' }, ['action.due-invalid']],
    ['a day written otherwise', { due: '1/5/2026' }, ['action.due-invalid']],
    ['an owner without a name', { owner: { name: ' ', email: 'a@b.cn' } }, ['action.owner-name-invalid']],
    ['an owner with a bad address', { owner: { name: 'Li', email: 'li@' } }, ['action.owner-email-invalid']],
    ['a department of no one', { departmentIds: ['hr'] }, ['action.department-unknown']],
    ['two faults at once', { title: '', due: 'soon' }, ['action.title-required', 'action.due-invalid']],
  ])('refuses %s with 422 naming each field', (_, draft, fields) => {
    expect(refusal(() => make(draft))).toEqual({ status: 422, code: 'action.invalid', fields });
  });
});

describe('who may change what', () => {
  const EDIT: PlanCapacity = { kind: 'edit' };
  const headOfSales: PlanCapacity = { kind: 'update', accountId: 'head', departmentIds: ['sales'] };
  const COMMENT: PlanCapacity = { kind: 'comment' };
  const forSales = make({ departmentIds: ['sales'] });
  const ownedByHead = make({ owner: { accountId: 'head' } });
  const forOps = make({ departmentIds: ['ops'] });

  it.each<[string, PlanAction, ActionChange, PlanCapacity, string | null]>([
    [
      'an editor changes anything',
      forOps,
      { title: 'New', owner: { accountId: 'x' }, departmentIds: [] },
      EDIT,
      null,
    ],
    [
      'a head moves the status of an action for their department',
      forSales,
      { status: 'in-progress' },
      headOfSales,
      null,
    ],
    [
      'a head dates and notes an action they own',
      ownedByHead,
      { due: '2026-06-30', note: 'Started' },
      headOfSales,
      null,
    ],
    [
      'a head may not touch another department’s action',
      forOps,
      { status: 'done' },
      headOfSales,
      'action.change-forbidden',
    ],
    [
      'a head may not reassign their own action',
      ownedByHead,
      { owner: { accountId: 'y' } },
      headOfSales,
      'action.change-forbidden',
    ],
    ['a head may not retitle', forSales, { title: 'Other' }, headOfSales, 'action.change-forbidden'],
    [
      'a consultant may not change the status',
      forSales,
      { status: 'done' },
      COMMENT,
      'action.change-forbidden',
    ],
  ])('%s', (_, action, change, capacity, refused) => {
    const result = refusal(() => changeAction(action, change, capacity, DEPARTMENTS, LATER));
    if (refused === null) {
      expect(result).toBeNull();
      expect(changeAction(action, change, capacity, DEPARTMENTS, LATER)).toMatchObject({
        ...change,
        updatedOn: LATER,
      });
    } else {
      expect(result).toEqual({ status: 403, code: refused, fields: [] });
    }
  });

  it('checks the fields of an allowed change too', () => {
    expect(refusal(() => changeAction(forSales, { due: '2026-13-01' }, EDIT, DEPARTMENTS, LATER))).toEqual({
      status: 422,
      code: 'action.invalid',
      fields: ['action.due-invalid'],
    });
  });

  it('lets only editors remove an action', () => {
    expect(refusal(() => refuseRemoval(EDIT))).toBeNull();
    expect(refusal(() => refuseRemoval(headOfSales))?.status).toBe(403);
    expect(refusal(() => refuseRemoval(COMMENT))?.status).toBe(403);
  });
});

describe('comments', () => {
  it('appends a comment with who and when, keeping the note as it was', () => {
    const once = commentOn(make({ note: 'Owner’s note' }), ' Try a pilot first ', 'consultant', LATER);
    const twice = commentOn(once, 'And measure it', 'exec', LATER);
    expect(twice.note).toBe('Owner’s note');
    expect(twice.comments).toEqual([
      { accountId: 'consultant', on: LATER, text: 'Try a pilot first' },
      { accountId: 'exec', on: LATER, text: 'And measure it' },
    ]);
  });

  it.each(['', '   ', 'x'.repeat(1001)])('refuses an empty or overlong comment', (text) => {
    expect(refusal(() => commentOn(make(), text, 'c', LATER))?.fields).toEqual(['action.comment-invalid']);
  });
});

describe('reading and progress', () => {
  const all = [
    make({ title: 'Whole organization' }),
    make({ title: 'Sales', departmentIds: ['sales'] }),
    make({ title: 'Ops', departmentIds: ['ops'] }),
    make({ title: 'Ops, owned by head', departmentIds: ['ops'], owner: { accountId: 'head' } }),
  ];

  it.each<[string, 'all' | string[], string[]]>([
    [
      'a whole-organization reader sees every action',
      'all',
      ['Whole organization', 'Sales', 'Ops', 'Ops, owned by head'],
    ],
    [
      'a head of sales sees the organization’s, sales’ and their own',
      ['sales'],
      ['Whole organization', 'Sales', 'Ops, owned by head'],
    ],
  ])('%s', (_, departments, titles) => {
    expect(visibleActions(all, { departments, accountId: 'head' }).map((a) => a.title)).toEqual(titles);
  });

  it.each<[string, PlanAction['status'][], { done: number; total: number }]>([
    ['an empty plan', [], { done: 0, total: 0 }],
    [
      'dropped actions are left out of both counts',
      ['done', 'dropped', 'planned', 'in-progress'],
      { done: 1, total: 3 },
    ],
    ['all done', ['done', 'done'], { done: 2, total: 2 }],
  ])('counts progress: %s', (_, statuses, expected) => {
    expect(planProgress(statuses.map((status) => make({ status })))).toEqual(expected);
  });

  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-4-01', false],
  ])('reads %s as a calendar day: %s', (day, expected) => {
    expect(isCalendarDay(day)).toBe(expected);
  });
});
