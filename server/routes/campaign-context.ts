// Loads a campaign with what every campaign route needs alongside it, or fails with a 404: for an id, the
// same 404 the guard gives a campaign of an organization the principal has no role in.

import type { AppDeps } from '../app-deps';
import { judgingModel } from '../domain/instrument/barrier-model';
import type { Campaign } from '../domain/campaigns/campaign';
import { notFound } from '../http/guard';

export async function loadCampaign(deps: AppDeps, campaign: Campaign | undefined, missing: () => Error) {
  if (!campaign) throw missing();
  const organization = await deps.storage.organizations.get(campaign.organizationId);
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
