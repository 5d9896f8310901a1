// What a survey URL's token opens: a shared link of a campaign (campaign-wide or per department), stored as
// is, one person's invitation link, or an anonymous access code, of which only the hash is stored. Either
// way the respondent gets the same campaign; a personal link or a code also fixes the department and can be
// used to answer once.

import type { AppDeps } from '../app-deps';
import { accessCodeSecret, normalizeAccessCode, type AccessCode } from '../domain/campaigns/access-code';
import { NotFoundError } from '../domain/errors';
import type { SurveyLink } from '../domain/campaigns/campaign';
import type { SurveyInvitation } from '../domain/campaigns/survey-invitation';
import { loadCampaign } from './campaign-context';

const noSurvey = () => new NotFoundError('No survey at this link.', { code: 'survey.not-found', params: {} });

export async function openSurveyToken(deps: AppDeps, token: string) {
  const { storage } = deps;
  const code = normalizeAccessCode(token);
  if (code !== null) {
    const accessCode = await storage.accessCodes.findByCodeHash(deps.hashToken(accessCodeSecret(code)));
    if (!accessCode) throw noSurvey();
    const loaded = await loadCampaign(deps, await storage.campaigns.get(accessCode.campaignId), noSurvey);
    const link: SurveyLink = { token: code, departmentId: accessCode.departmentId };
    return { ...loaded, link, invitation: null as SurveyInvitation | null, accessCode };
  }
  const shared = await storage.campaigns.findByLinkToken(token);
  if (shared) {
    const loaded = await loadCampaign(deps, shared, noSurvey);
    const link = loaded.campaign.links.find((l) => l.token === token)!;
    return {
      ...loaded,
      link,
      invitation: null as SurveyInvitation | null,
      accessCode: null as AccessCode | null,
    };
  }
  const invitation = await storage.surveyInvitations.findByTokenHash(deps.hashToken(token));
  if (!invitation) throw noSurvey();
  const loaded = await loadCampaign(deps, await storage.campaigns.get(invitation.campaignId), noSurvey);
  const link: SurveyLink = { token, departmentId: invitation.departmentId };
  return { ...loaded, link, invitation, accessCode: null as AccessCode | null };
}

export type OpenedSurvey = Awaited<ReturnType<typeof openSurveyToken>>;
