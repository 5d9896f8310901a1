// What each campaign holds beside its record: the staff list with its people's marks, its access codes, its
// responses, its mailings and reminder plan, its chat channels and posts, and how long its list is kept.
//
// Anonymity: a copy must not pair a person with their response where the source does not. So the lists are
// written first, each campaign's whole list (answered and started marks included) in one write in the
// list's own order, then the codes in one write per campaign, and only then the responses, in their stored
// order, which neither the lists nor the codes follow. Nothing is copied person by person beside a response.
// Tally checkpoints are not copied: the target builds each campaign's tally from its responses.

import { afterRestart } from '../../domain/campaigns/mailing-run';
import type { Campaign } from '../../domain/campaigns/campaign';
import type { Storage } from '../storage';
import type { CopiedCounts } from './copied-counts';
import { copyResponses } from './copy-responses';

/**
 * Refuses, before anything is written, a storage without the optional methods a copy needs (a staff list
 * and codes cannot be read whole, or written with their marks, through the public ones).
 */
export function assertCopyable(from: Storage, to: Storage): void {
  const missing = [
    !from.surveyInvitations.everyRecord && 'the source lacks surveyInvitations.everyRecord',
    !from.accessCodes.listByCampaign && 'the source lacks accessCodes.listByCampaign',
    !to.surveyInvitations.restore && 'the target lacks surveyInvitations.restore',
    !to.accessCodes.restore && 'the target lacks accessCodes.restore',
  ].filter((m) => typeof m === 'string');
  if (missing.length > 0) throw new Error(`Cannot copy: ${missing.join(', ')}`);
}

export async function copyCampaigns(
  from: Storage,
  to: Storage,
  campaigns: readonly Campaign[],
  counts: CopiedCounts,
): Promise<void> {
  assertCopyable(from, to);
  for (const { id } of campaigns) {
    // The retention first: a list erased already arrives as one (its people can take no link).
    const retention = await from.surveyInvitations.retention(id);
    if (retention.days !== null || retention.erasedOn !== null) {
      await to.surveyInvitations.changeRetention(id, () => retention);
      counts.add('staff lists with their own retention', 1);
    }
    const people = await from.surveyInvitations.everyRecord!(id);
    if (people.length > 0) await to.surveyInvitations.restore!(id, people);
    const removed = people.filter((p) => p.removed === true).length;
    counts.add('people listed', people.length - removed);
    counts.add('  of whom answered', people.filter((p) => p.answered && p.removed !== true).length);
    counts.add('  of whom opened their link', people.filter((p) => p.started).length);
    counts.add('people taken off after answering', removed);
  }

  for (const { id } of campaigns) {
    const codes = await from.accessCodes.listByCampaign!(id);
    if (codes.length > 0) await to.accessCodes.restore!(codes);
    counts.add('access codes', codes.length);
    counts.add('  of which used', codes.filter((c) => c.answered).length);
  }

  for (const { id } of campaigns)
    counts.add('responses', await copyResponses(from.responses, to.responses, id));

  for (const { id } of campaigns) {
    // Listed newest first; begun oldest first. The source is stopped: a run it was sending was cut short.
    const runs = (await from.mailings.runs(id)).toReversed();
    for (const run of runs) await to.mailings.begin(afterRestart(run));
    counts.add('mailing runs', runs.length);
    const plan = await from.mailings.plan(id);
    if (plan.length > 0) await to.mailings.changePlan(id, () => plan);
    counts.add('planned reminders', plan.length);
  }

  for (const { id, organizationId } of campaigns) {
    // As stored, sealed webhooks and all (they open only under the source's secrets key), and a post cut
    // short still `sending`: whoever next holds the campaign's chat in the target settles it, as after a stop.
    const chat = await from.chats.get(id, organizationId);
    if (chat.channels.length > 0 || chat.posts.length > 0)
      await to.chats.change(id, organizationId, () => chat);
    counts.add('chat channels', chat.channels.length);
    counts.add('chat posts', chat.posts.length);
  }
}
