// Which email an action's owner is owed now: one when the action is given to them, and one reminder a few
// days before it falls due. What was sent is recorded on the action (its `notices`), so the rule reads the
// action alone and answers the same after any number of restarts.

import type { ActionOwner, OwnerNotices, PlanAction } from './action-plan';

/**
 * The reminder goes this many days before the due day: three days leave a working day or two to finish or
 * to say it will slip, even when the reminder lands on a Friday; a week ahead would be forgotten again.
 */
export const DUE_SOON_DAYS = 3;

/** The email owed now, and the notices to record, in the same write, before it goes out. */
export interface OwnerNotice {
  kind: 'assigned' | 'due-soon';
  claim: OwnerNotices;
}

/** Who the owner is, as recorded in the notices: an account, or an address for someone without one. */
export function ownerKey(owner: ActionOwner): string {
  return 'accountId' in owner ? `account:${owner.accountId}` : `email:${owner.email.trim().toLowerCase()}`;
}

/** Whole days from `from` to `to`, both YYYY-MM-DD: negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Whether the due day is today or within DUE_SOON_DAYS days of `today`: the reminder's window. */
export function isDueSoon(due: string, today: string): boolean {
  const days = daysBetween(today, due);
  return days >= 0 && days <= DUE_SOON_DAYS;
}

/**
 * The notice an action's owner is owed on `today`, or null. Nothing for an action without an owner, or one
 * done or dropped (it needs nobody's attention). The assignment comes first; when the action is already
 * within the reminder's window it says the due day itself, so it also counts as the reminder rather than
 * two emails arriving together. Nobody is told of an action they gave themselves. Past its due day the
 * reminder is no longer sent: it would only say what the owner knows.
 */
export function noticeOwed(action: PlanAction, today: string): OwnerNotice | null {
  const { owner, due, status } = action;
  if (owner === null || status === 'done' || status === 'dropped') return null;
  const key = ownerKey(owner);
  const notices = action.notices ?? {};
  const soon = due !== null && isDueSoon(due, today);
  const selfAssigned = 'accountId' in owner && action.assignedBy === owner.accountId;
  if (notices.assigned !== key && !selfAssigned) {
    // A new owner starts afresh: a reminder the previous owner had is not theirs.
    return { kind: 'assigned', claim: soon ? { assigned: key, dueSoon: due } : { assigned: key } };
  }
  if (soon && notices.dueSoon !== due) return { kind: 'due-soon', claim: { ...notices, dueSoon: due } };
  return null;
}

/**
 * The action as changed, recording who gave it its owner when the owner changed; an unchanged owner keeps
 * the earlier assigner, so saving other fields never sends the owner another message. A new owner has not
 * had the previous owner's reminder, so it is forgotten (even for someone who took the action themselves,
 * who gets no assignment message to carry it).
 */
export function recordAssigner(before: PlanAction | null, after: PlanAction, accountId: string): PlanAction {
  if (after.owner === null) return after;
  const unchanged = before?.owner && ownerKey(before.owner) === ownerKey(after.owner);
  if (unchanged) return after;
  const { notices, ...rest } = after;
  const assigned = notices?.assigned;
  return { ...rest, assignedBy: accountId, ...(assigned !== undefined && { notices: { assigned } }) };
}
