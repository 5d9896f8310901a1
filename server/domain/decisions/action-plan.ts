// The organization's action plan: what people will do about the report, each action with an owner, a due
// date and a status, and the campaign and recommendation it came from (so the next wave can show what was
// done). Who may change what is decided here, from the capacity the policy gave the person asking.

import { ForbiddenError, InvalidInputError, type FieldError } from '../errors';

export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** A person of the organization by account, or someone without an account by name and address. */
export type ActionOwner = { accountId: string } | { name: string; email: string };

/**
 * A comment is a note appended, never edited: consultants advise without rewriting what the people doing the
 * work wrote, and each comment keeps who wrote it and when.
 */
export interface ActionComment {
  accountId: string;
  on: string;
  text: string;
}

export interface PlanAction {
  id: string;
  organizationId: string;
  /** The campaign whose report it came from; null for an action added without one. */
  campaignId: string | null;
  /** The recommendation it carries out; null for a free action. */
  recommendationId: string | null;
  title: string;
  /** Null until someone is assigned: a starter plan's actions start unassigned. */
  owner: ActionOwner | null;
  /** YYYY-MM-DD, or null while not yet dated. */
  due: string | null;
  status: ActionStatus;
  note: string;
  /** The departments the action concerns; empty for the whole organization. */
  departmentIds: string[];
  comments: ActionComment[];
  createdOn: string;
  updatedOn: string;
  /** Who last gave the action its owner (an account id); absent until someone is assigned. */
  assignedBy?: string;
  /** What the owner was emailed, claimed before it was sent (owner-notices.ts); absent until then. */
  notices?: OwnerNotices;
}

/**
 * The emails an action's owner was sent, each recorded as what it was about, so a change of owner or of the
 * due day tells at once that a new one is owed: `assigned` holds the owner's key (ownerKey), `dueSoon` the
 * due day the reminder was about.
 */
export interface OwnerNotices {
  assigned?: string;
  dueSoon?: string;
}

export const MAX_TITLE = 200;
export const MAX_NOTE = 2000;
export const MAX_COMMENT = 1000;
export const MAX_NAME = 100;
export const MAX_STARTER_ACTIONS = 30;

/**
 * How far the person asking may go, from the policy: `edit` (owner, administrators, executives) changes
 * anything; `update` (department heads) changes status, due date and note of actions they own or that
 * concern one of their departments; `comment` (consultants) only appends comments.
 */
export type PlanCapacity =
  { kind: 'edit' } | { kind: 'update'; accountId: string; departmentIds: string[] } | { kind: 'comment' };

export interface ActionDraft {
  title: string;
  owner?: ActionOwner | null;
  due?: string | null;
  status?: ActionStatus;
  note?: string;
  departmentIds?: string[];
}

export interface ActionChange {
  title?: string;
  owner?: ActionOwner | null;
  due?: string | null;
  status?: ActionStatus;
  note?: string;
  departmentIds?: string[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether `day` is a real calendar day written YYYY-MM-DD. */
export function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function fieldProblems(change: ActionChange, knownDepartments: readonly string[]): FieldError[] {
  const errors: FieldError[] = [];
  if (change.title !== undefined) {
    const title = change.title.trim();
    if (title.length === 0)
      errors.push({ field: 'title', message: 'is required', code: 'action.title-required' });
    else if (title.length > MAX_TITLE)
      errors.push({
        field: 'title',
        message: `is longer than ${MAX_TITLE} characters`,
        code: 'action.too-long',
        params: { max: MAX_TITLE },
      });
  }
  if (change.note !== undefined && change.note.length > MAX_NOTE)
    errors.push({
      field: 'note',
      message: `is longer than ${MAX_NOTE} characters`,
      code: 'action.too-long',
      params: { max: MAX_NOTE },
    });
  if (change.due !== undefined && change.due !== null && !isCalendarDay(change.due))
    errors.push({ field: 'due', message: 'is not a day written YYYY-MM-DD', code: 'action.due-invalid' });
  const owner = change.owner;
  if (owner && 'email' in owner) {
    if (owner.name.trim().length === 0 || owner.name.length > MAX_NAME)
      errors.push({
        field: 'owner.name',
        message: 'is required, at most 100 characters',
        code: 'action.owner-name-invalid',
      });
    if (!EMAIL.test(owner.email.trim()))
      errors.push({
        field: 'owner.email',
        message: 'is not an email address',
        code: 'action.owner-email-invalid',
      });
  }
  for (const id of change.departmentIds ?? []) {
    if (!knownDepartments.includes(id))
      errors.push({
        field: 'departmentIds',
        message: `names no department of the organization`,
        code: 'action.department-unknown',
        params: { department: id },
      });
  }
  return errors;
}

function refuseInvalid(change: ActionChange, knownDepartments: readonly string[]): void {
  const errors = fieldProblems(change, knownDepartments);
  if (errors.length > 0) {
    throw new InvalidInputError(
      'The action has fields that cannot be accepted.',
      { code: 'action.invalid', params: {} },
      errors,
    );
  }
}

const tidyOwner = (owner: ActionOwner | null | undefined): ActionOwner | null =>
  !owner
    ? null
    : 'email' in owner
      ? { name: owner.name.trim(), email: owner.email.trim().toLowerCase() }
      : owner;

export interface NewActionContext {
  id: string;
  organizationId: string;
  campaignId: string | null;
  recommendationId: string | null;
  /** The organization's department ids: an action may only concern those. */
  departments: readonly string[];
  now: string;
}

/** A new action from a draft; throws InvalidInputError naming each field at fault. */
export function createAction(draft: ActionDraft, ctx: NewActionContext): PlanAction {
  refuseInvalid(draft, ctx.departments);
  return {
    id: ctx.id,
    organizationId: ctx.organizationId,
    campaignId: ctx.campaignId,
    recommendationId: ctx.recommendationId,
    title: draft.title.trim(),
    owner: tidyOwner(draft.owner),
    due: draft.due ?? null,
    status: draft.status ?? 'planned',
    note: draft.note ?? '',
    departmentIds: [...new Set(draft.departmentIds ?? [])],
    comments: [],
    createdOn: ctx.now,
    updatedOn: ctx.now,
  };
}

/** Whether an `update` capacity reaches this action: owned by the person, or concerning their departments. */
export function concerns(action: PlanAction, accountId: string, departmentIds: readonly string[]): boolean {
  const owned = action.owner !== null && 'accountId' in action.owner && action.owner.accountId === accountId;
  return owned || action.departmentIds.some((d) => departmentIds.includes(d));
}

const forbidden = () =>
  new ForbiddenError('Your role does not allow this change to the action.', {
    code: 'action.change-forbidden',
    params: {},
  });

/** What a department head may change: the progress of the work, never who does it or what it is. */
const UPDATABLE: readonly (keyof ActionChange)[] = ['status', 'due', 'note'];

/** The action changed as asked, or a refusal: 403 beyond the person's capacity, 422 for a bad field. */
export function changeAction(
  action: PlanAction,
  change: ActionChange,
  capacity: PlanCapacity,
  departments: readonly string[],
  now: string,
): PlanAction {
  const asked = (Object.keys(change) as (keyof ActionChange)[]).filter((k) => change[k] !== undefined);
  if (capacity.kind === 'comment') throw forbidden();
  if (capacity.kind === 'update') {
    if (!concerns(action, capacity.accountId, capacity.departmentIds)) throw forbidden();
    if (asked.some((k) => !UPDATABLE.includes(k))) throw forbidden();
  }
  refuseInvalid(change, departments);
  return {
    ...action,
    ...(change.title !== undefined && { title: change.title.trim() }),
    ...(change.owner !== undefined && { owner: tidyOwner(change.owner) }),
    ...(change.due !== undefined && { due: change.due }),
    ...(change.status !== undefined && { status: change.status }),
    ...(change.note !== undefined && { note: change.note }),
    ...(change.departmentIds !== undefined && { departmentIds: [...new Set(change.departmentIds)] }),
    updatedOn: now,
  };
}

/** The action with a comment appended; anyone allowed to read it and comment may. */
export function commentOn(action: PlanAction, text: string, accountId: string, now: string): PlanAction {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_COMMENT) {
    throw new InvalidInputError(
      'A comment needs some text, at most 1000 characters.',
      { code: 'action.invalid', params: {} },
      [
        {
          field: 'text',
          message: `needs 1 to ${MAX_COMMENT} characters`,
          code: 'action.comment-invalid',
          params: { max: MAX_COMMENT },
        },
      ],
    );
  }
  return { ...action, comments: [...action.comments, { accountId, on: now, text: trimmed }], updatedOn: now };
}

/** Only those who edit the plan may remove an action from it. */
export function refuseRemoval(capacity: PlanCapacity): void {
  if (capacity.kind !== 'edit') throw forbidden();
}

/** The actions a reader may see: everything, or for a department head what they own or what concerns them. */
export function visibleActions(
  actions: readonly PlanAction[],
  reader: { departments: 'all' | string[]; accountId: string },
): PlanAction[] {
  if (reader.departments === 'all') return [...actions];
  const mine = reader.departments;
  return actions.filter((a) => a.departmentIds.length === 0 || concerns(a, reader.accountId, mine));
}

/** Done of total, leaving dropped actions out: dropping one is a decision, not progress nor a gap. */
export function planProgress(actions: readonly PlanAction[]): { done: number; total: number } {
  const counted = actions.filter((a) => a.status !== 'dropped');
  return { done: counted.filter((a) => a.status === 'done').length, total: counted.length };
}
