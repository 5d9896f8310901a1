// Archiving and deleting organizations and campaigns. An open campaign takes answers, so it is neither
// archived (it would vanish from the lists while people answer) nor deleted (an answer could arrive while
// its log is removed): it is closed first, and so is every campaign of an organization archived or deleted.
// Deleting what holds responses is for good, so it needs the exact name typed as confirmation.

import { ConflictError, InvalidInputError } from '../errors';
import type { Campaign } from './campaign';

export function assertNotOpen(campaign: Pick<Campaign, 'name' | 'status'>): void {
  if (campaign.status !== 'open') return;
  throw new ConflictError(`Campaign "${campaign.name}" is open: close it first.`, {
    code: 'campaign.still-open',
    params: { campaign: campaign.name },
  });
}

/** Refuses to archive or delete an organization while one of its campaigns is open. */
export function assertNoneOpen(campaigns: readonly Pick<Campaign, 'name' | 'status'>[]): void {
  const open = campaigns.find((c) => c.status === 'open');
  if (!open) return;
  throw new ConflictError(`Campaign "${open.name}" of this organization is open: close it first.`, {
    code: 'organization.campaign-open',
    params: { campaign: open.name },
  });
}

/** The record archived on `today`, or as it was if it already is. */
export function archived<T extends { archivedOn?: string }>(record: T, today: string): T {
  return { ...record, archivedOn: record.archivedOn ?? today };
}

/** The record back in the lists. */
export function unarchived<T extends { archivedOn?: string }>(record: T): T {
  const copy = { ...record };
  delete copy.archivedOn;
  return copy;
}

/**
 * Refuses the deletion of something holding `responses` unless `typed` is its exact name: a slip of the
 * mouse must not delete a wave's answers.
 */
export function assertDeletionConfirmed(name: string, responses: number, typed: string | undefined): void {
  if (responses === 0 || typed === name) return;
  const code = 'deletion.confirmation-wrong';
  throw new InvalidInputError(
    `This holds ${responses} responses: type its exact name, "${name}", to delete it for good.`,
    { code, params: { responses } },
    [{ field: 'confirmName', message: 'must be the exact name', code, params: { responses } }],
  );
}
