// Erases staff lists by themselves when their day comes: once at start and then every hour (a list is due
// from the start of its day, in UTC, so an hourly look finds it within the hour, whenever the server
// started). The clock is the app's (deps.now), so tests move it instead of waiting.

import type { AppDeps } from '../app-deps';
import { isErasureDue } from '../domain/campaigns/staff-retention';
import { recordAudit } from '../http/audit';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Erases a campaign's staff list, and its mailings with it: their records name people by invitation and
 * keep the addresses that could not be reached. The people go first, so an erasure cut short is done again.
 */
export async function eraseStaffList(deps: AppDeps, campaignId: string, today: string): Promise<void> {
  await deps.storage.surveyInvitations.erase(campaignId, today);
  await deps.storage.mailings.removeCampaign(campaignId);
}

/** Erases every list due today and not erased yet; resolves with the campaigns erased. */
export async function eraseDueStaffLists(deps: AppDeps): Promise<string[]> {
  const { storage } = deps;
  // One instance at a time: another one holding it does this round (each list is erased, and audited, once).
  const hold = await storage.holds.tryHold('staff-erasure');
  if (!hold) return [];
  try {
    return await eraseDue(deps);
  } finally {
    await hold.release();
  }
}

async function eraseDue(deps: AppDeps): Promise<string[]> {
  const { storage } = deps;
  // The day by the app's clock, in UTC as every stored day is.
  const today = new Date(deps.now()).toISOString().slice(0, 10);
  const erased: string[] = [];
  for (const organization of await storage.organizations.list()) {
    for (const campaign of await storage.campaigns.listByOrganization(organization.id)) {
      const retention = await storage.surveyInvitations.retention(campaign.id);
      if (!isErasureDue(campaign, retention, today)) continue;
      await eraseStaffList(deps, campaign.id, today);
      // Nobody signed in did it: the entry names no account.
      await recordAudit(deps, null, 'campaign.staff.erase', campaign.id);
      erased.push(campaign.id);
    }
  }
  return erased;
}

/**
 * Runs eraseDueStaffLists now and every `everyMs`; the timer does not keep the process alive. Failures go
 * to onBackgroundError and the next round tries again.
 */
export function startStaffErasure(
  deps: AppDeps,
  everyMs = HOUR_MS,
): { first: Promise<void>; stop: () => void } {
  let running: Promise<void> = Promise.resolve();
  const round = () =>
    (running = running.then(() =>
      eraseDueStaffLists(deps).then(
        () => undefined,
        (error: unknown) => deps.onBackgroundError?.(error),
      ),
    ));
  const first = round();
  const timer = setInterval(() => void round(), everyMs);
  timer.unref();
  return { first, stop: () => clearInterval(timer) };
}
