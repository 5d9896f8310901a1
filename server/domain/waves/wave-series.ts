// Which campaigns form an organization's series of waves, and which wave a campaign is compared with: one
// rule for the waves reply, the lineage an administrator declares, and anything else that asks.

import type { Campaign } from '../campaigns/campaign';

/** The organization's campaigns that have opened and are not archived, oldest first. */
export function waveSeries(campaigns: readonly Campaign[]): Campaign[] {
  return campaigns
    .filter((c) => c.status !== 'draft' && c.archivedOn === undefined)
    .sort(
      (a, b) => (a.openedOn ?? '').localeCompare(b.openedOn ?? '') || a.createdOn.localeCompare(b.createdOn),
    );
}

/**
 * The wave `campaign` is compared with: the one it was made from, else the latest of the same scope that
 * opened before it (any of the series, for a draft, which opens after them all); a wave of chosen
 * departments with no such wave before it is compared with the latest wave of the whole organization, on
 * its departments (the comparison leaves the organization's own rows out when the two waves asked
 * different people: wave-comparison.ts).
 */
export function previousWave(campaign: Campaign, series: readonly Campaign[]): Campaign | null {
  const made = series.find((w) => w.id === campaign.previousWaveId);
  if (made) return made;
  const index = series.findIndex((w) => w.id === campaign.id);
  const before = index === -1 ? series : series.slice(0, index);
  return (
    before.findLast((w) => w.scope === campaign.scope) ??
    (campaign.scope === 'departments' ? before.findLast((w) => w.scope === 'organization') : undefined) ??
    null
  );
}
