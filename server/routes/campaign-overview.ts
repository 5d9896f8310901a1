// What the campaign page shows its administrators: the campaign's phase, the tracking figures and the
// disclosure preview, all computed on the groups the reports will use.

import type { AppDeps } from '../app-deps';
import { campaignPhase, withStaffCounts, type Campaign } from '../domain/campaign';
import { previewDisclosure } from '../domain/disclosure-preview';
import type { Organization } from '../domain/organization';
import { countByUnit, reportingUnits } from '../domain/reporting-units';
import { buildResponseProgress } from '../domain/response-progress';

export async function campaignOverview(deps: AppDeps, stored: Campaign, organization: Organization) {
  const [responses, invitations, listed] = await Promise.all([
    deps.storage.responses.listByCampaign(stored.id),
    deps.storage.surveyInvitations.listByCampaign(stored.id),
    deps.storage.surveyInvitations.countByDepartment(stored.id),
  ]);
  const campaign = withStaffCounts(stored, listed);
  const { units, unitOf } = reportingUnits(organization, campaign);
  const progress = buildResponseProgress({
    units,
    unitOf,
    responsesByUnit: countByUnit(responses, unitOf),
    invitations,
    minGroupSize: campaign.minGroupSize,
    targetResponseRate: campaign.targetResponseRate,
  });
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

export type CampaignOverview = Awaited<ReturnType<typeof campaignOverview>>;
