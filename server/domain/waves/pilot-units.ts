// Which units a pilot ran in: the departments of the actions the plan took up from the earlier wave's pilot
// advice (what was carried out), else those the earlier wave proposed; named as the report names its units
// (a reporting group in place of the departments it merges), each once.

import type { PlanAction } from '../decisions/action-plan';

export function pilotUnitsOf(
  actions: readonly PlanAction[],
  earlierCampaignId: string,
  proposed: readonly string[],
  unitOf: ReadonlyMap<string, string>,
): string[] {
  const planned = actions
    .filter(
      (a) =>
        a.campaignId === earlierCampaignId && a.recommendationId === 'mvp-pilot' && a.status !== 'dropped',
    )
    .flatMap((a) => a.departmentIds);
  return [...new Set((planned.length > 0 ? planned : proposed).map((id) => unitOf.get(id) ?? id))];
}
