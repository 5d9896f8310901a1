// Excluding suspect submissions: refused once the report counts any of them (server/domain/anonymity/safe-exclusion.ts),
// else the responses are deleted for good and the campaign keeps only how many were, so that nothing stored
// says which responses came together.

import type { AppDeps } from '../app-deps';
import type { Campaign } from '../domain/campaigns/campaign';
import type { Organization } from '../domain/campaigns/organization';
import type { Questionnaire } from '../domain/instrument/questionnaire';
import { exclusionWouldRevealError, isExclusionSafe } from '../domain/anonymity/safe-exclusion';

export async function excludeSuspects(
  deps: AppDeps,
  loaded: { campaign: Campaign; organization: Organization; questionnaire: Questionnaire },
  ids: readonly string[],
): Promise<number> {
  const { campaign } = loaded;
  const excluded = await deps.storage.responses.remove(campaign.id, ids, (responses) =>
    isExclusionSafe({ ...loaded, responses, excluded: new Set(ids) }),
  );
  if (excluded === 'refused') throw exclusionWouldRevealError();
  await deps.storage.campaigns.update(campaign.id, (current) => ({
    ...current,
    excludedResponses: current.excludedResponses + excluded,
  }));
  return excluded;
}
