// The action plan's field rules at their edges: the exact problem each field gets (field, code, limits), the
// lengths and days just inside and just outside, and what an allowed change leaves untouched. The form marks
// the field the server names, so a wrong field name or a missing limit is a fault a person would see.

import { describe, expect, it } from 'vitest';
import {
  changeAction,
  commentOn,
  concerns,
  isCalendarDay,
  MAX_COMMENT,
  MAX_NAME,
  MAX_NOTE,
  MAX_TITLE,
  type ActionChange,
  type ActionDraft,
  type PlanAction,
  type PlanCapacity,
} from '../../../../server/domain/decisions/action-plan';
import { makePlanAction, PLAN_DEPARTMENTS, PLAN_LATER, PLAN_NOW } from '../../../fixtures/plan-action';
import { DomainError, type FieldError } from '../../../../server/domain/errors';

const DEPARTMENTS = PLAN_DEPARTMENTS;
const NOW = PLAN_NOW;
const LATER = PLAN_LATER;
const EDIT: PlanCapacity = { kind: 'edit' };

const make = makePlanAction;

function problems(
  run: () => unknown,
): { status: number; code: string; message: string; errors: FieldError[] } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { status: error.status, code: error.coded.code, message: error.message, errors: error.errors };
  }
}

describe('calendar days', () => {
  it.each<[string, boolean]>([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-01-32', false],
    ['x2026-01-10', false],
    ['2026-01-10x', false],
    ['2026-1-10', false],
    ['20260110', false],
  ])('%s is a calendar day: %s', (day, expected) => {
    expect(isCalendarDay(day)).toBe(expected);
  });
});

describe('each field refused with its own problem', () => {
  it.each<[string, Partial<ActionDraft>, FieldError[]]>([
    [
      'an empty title',
      { title: '' },
      [{ field: 'title', message: 'is required', code: 'action.title-required' }],
    ],
    [
      'a title one past the limit',
      { title: 'x'.repeat(MAX_TITLE + 1) },
      [
        {
          field: 'title',
          message: `is longer than ${MAX_TITLE} characters`,
          code: 'action.too-long',
          params: { max: MAX_TITLE },
        },
      ],
    ],
    [
      'a note one past the limit',
      { note: 'x'.repeat(MAX_NOTE + 1) },
      [
        {
          field: 'note',
          message: `is longer than ${MAX_NOTE} characters`,
          code: 'action.too-long',
          params: { max: MAX_NOTE },
        },
      ],
    ],
    [
      'a due day that is not one',
      { due: '2026-02-30' },
      [{ field: 'due', message: 'is not a day written YYYY-MM-DD', code: 'action.due-invalid' }],
    ],
    [
      'an outside owner with a name one past the limit',
      { owner: { name: 'x'.repeat(MAX_NAME + 1), email: 'li@example.com' } },
      [
        {
          field: 'owner.name',
          message: 'is required, at most 100 characters',
          code: 'action.owner-name-invalid',
        },
      ],
    ],
    [
      'an outside owner with an address with a space inside',
      { owner: { name: 'Li', email: 'li na@example.com' } },
      [{ field: 'owner.email', message: 'is not an email address', code: 'action.owner-email-invalid' }],
    ],
    [
      'an outside owner with text before the address',
      { owner: { name: 'Li', email: 'call me li@example.com' } },
      [{ field: 'owner.email', message: 'is not an email address', code: 'action.owner-email-invalid' }],
    ],
    [
      'an outside owner with text after the address',
      { owner: { name: 'Li', email: 'li@example.com or not' } },
      [{ field: 'owner.email', message: 'is not an email address', code: 'action.owner-email-invalid' }],
    ],
    [
      'an unknown department beside a known one',
      { departmentIds: ['sales', 'hr'] },
      [
        {
          field: 'departmentIds',
          message: 'names no department of the organization',
          code: 'action.department-unknown',
          params: { department: 'hr' },
        },
      ],
    ],
  ])('%s', (_, draft, errors) => {
    expect(problems(() => make(draft))).toEqual({
      status: 422,
      code: 'action.invalid',
      message: 'The action has fields that cannot be accepted.',
      errors,
    });
  });

  it.each<[string, Partial<ActionDraft>]>([
    ['a title at the limit', { title: 'x'.repeat(MAX_TITLE) }],
    ['a title at the limit once trimmed', { title: ` ${'x'.repeat(MAX_TITLE)} ` }],
    ['a note at the limit', { note: 'x'.repeat(MAX_NOTE) }],
    ['an outside owner with a name at the limit', { owner: { name: 'x'.repeat(MAX_NAME), email: 'a@b.cn' } }],
    ['an owner with an account', { owner: { accountId: 'u1' } }],
    ['no owner', { owner: null }],
    ['no due day', { due: null }],
    ['every department', { departmentIds: ['sales', 'ops'] }],
  ])('accepts %s', (_, draft) => {
    expect(problems(() => make(draft))).toBeNull();
  });

  it('keeps a draft’s fields as given, departments named once', () => {
    expect(
      make({
        owner: { accountId: 'u1' },
        due: '2026-06-30',
        status: 'in-progress',
        note: ' as typed ',
        departmentIds: ['ops', 'ops', 'sales'],
      }),
    ).toEqual({
      id: 'a1',
      organizationId: 'o1',
      campaignId: 'c1',
      recommendationId: 'r1',
      title: 'Fix the weekly review',
      owner: { accountId: 'u1' },
      due: '2026-06-30',
      status: 'in-progress',
      note: ' as typed ',
      departmentIds: ['ops', 'sales'],
      comments: [],
      createdOn: NOW,
      updatedOn: NOW,
    });
  });
});

describe('an allowed change', () => {
  // Made inside each test: an action made while the tests are collected would hide a broken rule as a
  // file that fails to load rather than as a test that fails.
  const before = () =>
    make({
      owner: { name: 'Li Na', email: 'li@example.com' },
      due: '2026-06-30',
      note: 'Begun',
      departmentIds: ['sales'],
    });

  it.each<[string, ActionChange, Partial<PlanAction>]>([
    ['a new title, trimmed', { title: '  Weekly review, shorter  ' }, { title: 'Weekly review, shorter' }],
    ['an owner with an account', { owner: { accountId: 'u2' } }, { owner: { accountId: 'u2' } }],
    [
      'an outside owner, tidied',
      { owner: { name: ' Wang Wei ', email: ' Wang@Example.COM ' } },
      { owner: { name: 'Wang Wei', email: 'wang@example.com' } },
    ],
    ['the owner taken away', { owner: null }, { owner: null }],
    ['the due day cleared', { due: null }, { due: null }],
    ['a status', { status: 'done' }, { status: 'done' }],
    ['the note emptied', { note: '' }, { note: '' }],
    ['departments, each once', { departmentIds: ['ops', 'ops'] }, { departmentIds: ['ops'] }],
  ])('%s changes that field alone', (_, change, changed) => {
    expect(changeAction(before(), change, EDIT, DEPARTMENTS, LATER)).toEqual({
      ...before(),
      ...changed,
      updatedOn: LATER,
    });
  });

  it('refuses a bad field whatever the capacity allows, and names it', () => {
    expect(problems(() => changeAction(before(), { title: ' ' }, EDIT, DEPARTMENTS, LATER))?.errors).toEqual([
      { field: 'title', message: 'is required', code: 'action.title-required' },
    ]);
    expect(
      problems(() => changeAction(before(), { departmentIds: ['hr'] }, EDIT, DEPARTMENTS, LATER))?.errors.map(
        (e) => e.field,
      ),
    ).toEqual(['departmentIds']);
  });

  it('lets a department head change what is theirs with fields left undefined ignored', () => {
    const head: PlanCapacity = { kind: 'update', accountId: 'h', departmentIds: ['sales'] };
    const change = { status: 'done', title: undefined, owner: undefined } as ActionChange;
    expect(changeAction(before(), change, head, DEPARTMENTS, LATER).status).toBe('done');
  });

  it('refuses a department head a change that mixes progress with what the action is', () => {
    const head: PlanCapacity = { kind: 'update', accountId: 'h', departmentIds: ['sales'] };
    expect(
      problems(() => changeAction(before(), { status: 'done', title: 'Other' }, head, DEPARTMENTS, LATER))
        ?.status,
    ).toBe(403);
  });

  it('refuses a department head an action that only partly concerns them when it is not theirs', () => {
    const head: PlanCapacity = { kind: 'update', accountId: 'h', departmentIds: ['ops'] };
    expect(problems(() => changeAction(before(), { status: 'done' }, head, DEPARTMENTS, LATER))).toEqual({
      status: 403,
      code: 'action.change-forbidden',
      message: 'Your role does not allow this change to the action.',
      errors: [],
    });
  });
});

describe('whom an action concerns', () => {
  it.each<[string, Partial<ActionDraft>, string, string[], boolean]>([
    ['the owner by account', { owner: { accountId: 'h' } }, 'h', [], true],
    ['another account', { owner: { accountId: 'x' } }, 'h', [], false],
    ['an outside owner is nobody’s account', { owner: { name: 'h', email: 'h@x.cn' } }, 'h', [], false],
    ['one of the departments', { departmentIds: ['sales', 'ops'] }, 'h', ['ops'], true],
    ['none of the departments', { departmentIds: ['sales'] }, 'h', ['ops'], false],
    ['the whole organization is not a department’s', {}, 'h', ['ops'], false],
  ])('%s', (_, draft, accountId, departments, expected) => {
    expect(concerns(make(draft), accountId, departments)).toBe(expected);
  });
});

describe('comments at their edges', () => {
  it('accepts a comment at the limit and refuses one past it with the field and limit named', () => {
    expect(commentOn(make(), 'x'.repeat(MAX_COMMENT), 'c', LATER).comments).toHaveLength(1);
    expect(problems(() => commentOn(make(), 'x'.repeat(MAX_COMMENT + 1), 'c', LATER))).toEqual({
      status: 422,
      code: 'action.invalid',
      message: 'A comment needs some text, at most 1000 characters.',
      errors: [
        {
          field: 'text',
          message: `needs 1 to ${MAX_COMMENT} characters`,
          code: 'action.comment-invalid',
          params: { max: MAX_COMMENT },
        },
      ],
    });
  });

  it('keeps the rest of the action as it was and marks when it changed', () => {
    const action = make({ note: 'n' });
    expect(commentOn(action, 'ok', 'c', LATER)).toEqual({
      ...action,
      comments: [{ accountId: 'c', on: LATER, text: 'ok' }],
      updatedOn: LATER,
    });
  });
});
