// Deleting a campaign for good: its responses' log and checkpoint, its staff list with the marks of who
// opened and answered, its mailings and planned reminders, its chat channels and posts, its report tally and checkpoint, then its record
// with its access codes. The record goes last, so a deletion cut short (a full disk, a stop) leaves a
// campaign that can be deleted again rather than files nothing names. Only a campaign that is not open is deleted: it takes no answers meanwhile.

import type { AppDeps } from '../app-deps';
import type { Campaign } from '../domain/campaigns/campaign';
import type { CampaignTallies } from './campaign-tallies';

/** Deletes everything stored for the campaign; resolves with how many responses went with it. */
export async function deleteCampaignForGood(
  deps: AppDeps,
  tallies: CampaignTallies,
  campaign: Campaign,
): Promise<number> {
  const { storage } = deps;
  const responses = await storage.responses.countByCampaign(campaign.id);
  await storage.responses.removeCampaign(campaign.id);
  await storage.surveyInvitations.removeCampaign(campaign.id);
  await storage.mailings.removeCampaign(campaign.id);
  // Its chat channels hold sealed webhooks into the organization's groups.
  await storage.chats.removeCampaign(campaign.id);
  await tallies.forget(campaign.id);
  await storage.campaigns.remove(campaign.id);
  // A report read between the two would have kept a tally for it again.
  await tallies.forget(campaign.id);
  return responses;
}
