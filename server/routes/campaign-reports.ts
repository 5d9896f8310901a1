// A campaign's whole report as every reader gets it before their restriction: over the tally kept for the
// campaign (campaign-tallies.ts), with the staff counts its personal links give. And, after a start, the
// reports of the open campaigns made ready in the background, one after another, so that the first read
// after a restart, and the answers that arrive meanwhile, find the tally taken up from its checkpoint and
// up to date instead of building it then.

import type { AppDeps } from '../app-deps';
import { restrictReport } from '../domain/anonymity/restrict-report';
import type { CampaignReport } from '../domain/analysis/campaign-report';
import type { TalliedFigures } from '../domain/analysis/campaign-tally';
import { withStaffCounts } from '../domain/campaigns/campaign';
import { asReported } from '../domain/campaigns/reporting-units';
import { loadCampaign } from './campaign-context';
import type { CampaignTallies, CampaignTallyInput } from './campaign-tallies';

export async function campaignReport(deps: AppDeps, tallies: CampaignTallies, loaded: CampaignTallyInput) {
  const counts = await deps.storage.surveyInvitations.countByDepartment(loaded.campaign.id);
  const campaign = withStaffCounts(loaded.campaign, counts);
  return { campaign, ...(await tallies.reportWithFigures({ ...loaded, campaign })) };
}

/**
 * The report as GET /campaigns/{id}/report answers it to the person asking: read over the campaign's tally
 * (where the disclosure rules are applied), then, for a department head, restricted to their departments,
 * named as the report names them (a reporting group in place of the departments it merges).
 */
export async function reportForReader(
  access: { departments: 'all' | string[] },
  deps: AppDeps,
  tallies: CampaignTallies,
  loaded: CampaignTallyInput,
): Promise<CampaignReport> {
  return (await readerReportWithFigures(access, deps, tallies, loaded)).report;
}

/**
 * The reader's report and the campaign's figures it was built from, one moment's: what a view needs that
 * shows more of those figures than the report does, under the report's own hiding.
 */
export async function readerReportWithFigures(
  access: { departments: 'all' | string[] },
  deps: AppDeps,
  tallies: CampaignTallies,
  loaded: CampaignTallyInput,
): Promise<{ report: CampaignReport; figures: TalliedFigures }> {
  const { campaign, report, figures } = await campaignReport(deps, tallies, loaded);
  const reported = asReported(loaded.organization, campaign, []);
  const departments =
    access.departments === 'all' ? 'all' : access.departments.map((id) => reported.unitOf.get(id) ?? id);
  return { report: departments === 'all' ? report : restrictReport(report, departments), figures };
}

export async function prepareOpenCampaignReports(deps: AppDeps, tallies: CampaignTallies): Promise<void> {
  const { storage } = deps;
  for (const organization of await storage.organizations.list()) {
    for (const campaign of await storage.campaigns.listByOrganization(organization.id)) {
      // Closed campaigns' responses are put away (storage/embedded/closed-campaigns.ts): read when asked.
      if (campaign.status !== 'open') continue;
      try {
        const missing = () => new Error(`Campaign ${campaign.id} vanished while its report was prepared`);
        await campaignReport(deps, tallies, await loadCampaign(deps, campaign, missing));
      } catch (error) {
        deps.onBackgroundError?.(error);
      }
    }
  }
}
