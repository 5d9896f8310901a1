// Organization facts read from respondents' profile answers, for the routing gates: the share of those who
// answered (not "don't know") who describe the organization a given way, with its Wilson interval.

import { PROFILE_TRAITS, type ProfileTrait } from '../instrument/barrier-model';
import type { SurveyResponse } from '../instrument/response';
import { wilsonInterval, type ProportionEstimate } from '../statistics/intervals';

export function profileShares(
  responses: readonly SurveyResponse[],
): Partial<Record<ProfileTrait, ProportionEstimate>> {
  const shares: Partial<Record<ProfileTrait, ProportionEstimate>> = {};
  for (const trait of Object.keys(PROFILE_TRAITS) as ProfileTrait[]) {
    const { question, values } = PROFILE_TRAITS[trait];
    const answered = responses
      .map((r) => r.answers[question])
      .filter((a): a is string => typeof a === 'string' && a !== 'dk');
    if (answered.length === 0) continue;
    const yes = answered.filter((a) => (values as readonly string[]).includes(a)).length;
    shares[trait] = wilsonInterval(yes, answered.length);
  }
  return shares;
}
