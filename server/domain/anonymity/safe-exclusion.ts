// Whether excluding responses leaves the report exactly as it is: only answers the release rule still holds
// back (MODEL.md §5.2) may be excluded. The rule releases the earliest whole batches, so deleting a response
// it had released would either let held-back answers in or drop others out, by fewer people than the
// minimum, and whoever knows what they deleted (their own padding, sent around a real person's answer)
// could read that person's answers off the difference. Suspects are flagged as they arrive, so the
// administrator can act while they are still held back; once released, they stay.

import type { Campaign } from '../campaigns/campaign';
import { digestComments } from '../analysis/comment-digest';
import { ConflictError } from '../errors';
import type { Organization } from '../campaigns/organization';
import type { Questionnaire } from '../instrument/questionnaire';
import { releaseResponses } from './release';
import { asReported } from '../campaigns/reporting-units';
import type { SurveyResponse } from '../instrument/response';

export interface Exclusion {
  organization: Organization;
  campaign: Campaign;
  questionnaire: Questionnaire;
  /** Every stored response of the campaign, in the order they were stored. */
  responses: readonly SurveyResponse[];
  excluded: ReadonlySet<string>;
}

/** What the report's figures and comment list are made of: each released answer, and the comments shown. */
function released(questionnaire: Questionnaire, campaign: Campaign, responses: readonly SurveyResponse[]) {
  const release = releaseResponses(questionnaire, responses, campaign.minGroupSize);
  const keys = (list: readonly SurveyResponse[]) =>
    // Stryker disable next-line MethodExpression: equivalent, the release keeps stored order on both sides
    list
      .flatMap((r) => Object.keys(r.answers).map((question) => `${r.id}\n${r.departmentId}\n${question}`))
      .sort();
  // Stryker disable next-line ArrayDeclaration: equivalent, comments are never an empty list, only null
  const comments = digestComments(questionnaire, responses, campaign.commentMinimum).comments ?? [];
  // Reliability's complete cases are released on their own (release.ts): they must stay as they are too.
  return JSON.stringify([keys(release.responses), keys(release.completeCases), comments]);
}

export function isExclusionSafe({ organization, campaign, questionnaire, responses, excluded }: Exclusion) {
  const before = asReported(organization, campaign, responses).responses;
  const after = before.filter((r) => !excluded.has(r.id));
  return released(questionnaire, campaign, before) === released(questionnaire, campaign, after);
}

/** The refusal of an exclusion the report would show: it could give someone's answers away. */
export function exclusionWouldRevealError(): ConflictError {
  return new ConflictError(
    // Stryker disable StringLiteral: wording, the English detail for programs and logs; a client words the code
    'Some of these submissions already count in the report: excluding them now would change figures ' +
      'already shown, which could give away the answers of people who answered with them or after them. ' +
      'Only submissions the report still holds back can be excluded.',
    // Stryker restore StringLiteral
    { code: 'suspects.released', params: {} },
  );
}
