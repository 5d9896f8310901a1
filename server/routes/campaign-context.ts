// Loads a campaign with what every campaign route needs alongside it, or fails with a 404: for an id, the
// same 404 the guard gives a campaign of an organization the principal has no role in. The organization
// comes with the campaign's own copy of its departments once it has opened (campaign-departments.ts), so
// every route that reports on it reads the departments as they stood that day.

import type { AppDeps } from '../app-deps';
import { judgingModel } from '../domain/instrument/barrier-model';
import type { Campaign } from '../domain/campaigns/campaign';
import {
  lacksDepartmentSnapshot,
  organizationSeenBy,
  withDepartmentSnapshot,
} from '../domain/campaigns/campaign-departments';
import type { Organization } from '../domain/campaigns/organization';
import { notFound } from '../http/guard';

/**
 * The campaign with its copy of its departments. One opened before campaigns kept a copy takes it now, from
 * the organization as it is at its first read after the upgrade, and stores it, so it never changes again.
 */
export async function ensureDepartmentSnapshot(
  deps: AppDeps,
  campaign: Campaign,
  organization: Organization,
): Promise<Campaign> {
  if (!lacksDepartmentSnapshot(campaign)) return campaign;
  return deps.storage.campaigns.update(campaign.id, (current) =>
    lacksDepartmentSnapshot(current) ? withDepartmentSnapshot(current, organization) : current,
  );
}

export async function loadCampaign(deps: AppDeps, stored: Campaign | undefined, missing: () => Error) {
  if (!stored) throw missing();
  const current = await deps.storage.organizations.get(stored.organizationId);
  const campaign = current ? await ensureDepartmentSnapshot(deps, stored, current) : stored;
  const organization = current && organizationSeenBy(current, campaign);
  const questionnaire = deps.questionnaires.get(campaign.questionnaireId);
  const model = questionnaire && judgingModel(campaign.modelVersion, questionnaire.modelVersion);
  // Stored campaigns always reference both; a miss means the deployment lost a questionnaire file.
  if (!organization || !questionnaire || !model) {
    throw new Error(
      `Campaign ${campaign.id} references a missing organization, questionnaire or model version`,
    );
  }
  return { campaign, organization, questionnaire, model };
}

/** The campaign with this id and what its routes need alongside it, or a 404. */
export async function loadCampaignById(deps: AppDeps, id: string) {
  return loadCampaign(deps, await deps.storage.campaigns.get(id), notFound);
}
