// Stores one response through whatever the survey URL opened: a personal link or an access code is spent
// with it (once), a shared link's answer takes a free place of its department (in a unit that answers by no
// personal link or code) or is refused, and answers through shared links are held in memory for the suspect
// check. The response carries none of this.

import type { AppDeps } from '../app-deps';
import { codeUsedError } from '../domain/campaigns/access-code';
import {
  departmentsReportedWith,
  placesOf,
  placesTakenError,
  sharedLinkClosedError,
} from '../domain/campaigns/answer-places';
import { withStaffCounts } from '../domain/campaigns/campaign';
import type { SurveyResponse } from '../domain/instrument/response';
import { assertNotAnswered } from '../domain/campaigns/survey-invitation';
import type { OpenedSurvey } from './survey-access';
import type { SuspectMonitor } from './suspect-monitor';
import type { CampaignTallies } from './campaign-tallies';

export async function takeSubmission(
  deps: AppDeps,
  { suspects, tallies }: { suspects: SuspectMonitor; tallies: CampaignTallies },
  opened: OpenedSurvey,
  response: SurveyResponse,
  keyHash: string | null,
): Promise<void> {
  const { campaign, organization, link, invitation, accessCode } = opened;
  const isShared = invitation === null && accessCode === null;
  const places = isShared
    ? placesOf(
        organization,
        withStaffCounts(campaign, await deps.storage.surveyInvitations.countByDepartment(campaign.id)),
        response.departmentId,
      )
    : null;
  const outcome = await deps.storage.submissions.submit({
    response,
    invitationId: invitation?.id ?? null,
    accessCodeId: accessCode?.id ?? null,
    places,
    reportedWith: isShared ? departmentsReportedWith(campaign, response.departmentId) : null,
    keyHash,
  });
  if (outcome === 'already-answered') {
    if (invitation) assertNotAnswered({ ...invitation, answered: true });
    throw codeUsedError();
  }
  if (outcome === 'full') throw placesTakenError(organization, response.departmentId, places!);
  if (outcome === 'closed') throw sharedLinkClosedError(organization, response.departmentId);
  // The report's figures take the answer in now, not when the next report is read.
  if (outcome === 'stored') tallies.stored(campaign.id);
  if (outcome === 'stored' && isShared) {
    suspects.record(campaign.id, link.departmentId, { id: response.id, answers: response.answers });
  }
}
