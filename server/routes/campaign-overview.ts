// What the campaign page shows its administrators: the campaign's phase, the tracking figures and the
// disclosure preview, all computed on the groups the reports will use.

import type { AppDeps } from '../app-deps';
import { campaignPhase, type Campaign } from '../domain/campaigns/campaign';
import { previewDisclosure } from '../domain/anonymity/disclosure-preview';
import type { Organization } from '../domain/campaigns/organization';
import { trackCampaign } from './campaign-progress';

export async function campaignOverview(deps: AppDeps, stored: Campaign, organization: Organization) {
  const { campaign, units, invitations, progress } = await trackCampaign(deps, stored, organization);
  return {
    campaign,
    phase: campaignPhase(campaign, deps.now()),
    organization,
    progress,
    disclosure: previewDisclosure(units, campaign.minGroupSize, campaign.targetResponseRate),
    distribution: {
      emailConfigured: Boolean(deps.mail),
      listed: invitations.length,
      sent: invitations.filter((i) => i.sentOn !== null).length,
      notYetSent: invitations.filter((i) => i.sentOn === null).length,
      deliveryFailures: invitations.filter((i) => i.lastDelivery && !i.lastDelivery.ok).length,
    },
  };
}
