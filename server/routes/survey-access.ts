// What a survey URL's token opens: a shared link of a campaign (campaign-wide or per department), stored as
// is, or one person's invitation link, of which only the hash is stored. Either way the respondent gets the
// same campaign; a personal link also fixes the department and can be used to answer once.

import type { AppDeps } from '../app-deps';
import { NotFoundError } from '../domain/errors';
import type { SurveyLink } from '../domain/campaign';
import type { SurveyInvitation } from '../domain/survey-invitation';
import { loadCampaign } from './campaign-context';

const noSurvey = () => new NotFoundError('No survey at this link.');

export async function openSurveyToken(deps: AppDeps, token: string) {
  const { storage } = deps;
  const shared = await storage.campaigns.findByLinkToken(token);
  if (shared) {
    const loaded = await loadCampaign(deps, shared, noSurvey);
    const link = loaded.campaign.links.find((l) => l.token === token)!;
    return { ...loaded, link, invitation: null as SurveyInvitation | null };
  }
  const invitation = await storage.surveyInvitations.findByTokenHash(deps.hashToken(token));
  if (!invitation) throw noSurvey();
  const loaded = await loadCampaign(deps, await storage.campaigns.get(invitation.campaignId), noSurvey);
  const link: SurveyLink = { token, departmentId: invitation.departmentId };
  return { ...loaded, link, invitation };
}
