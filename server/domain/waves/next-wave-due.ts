// When an organization's next calibration wave is due: the cadence it set counted from the day its latest
// wave closed (wave-cadence.ts), and whether a next wave is already under way. Archived campaigns are out of
// the series, as on the organization page; without a cadence or a closed wave nothing is due.

import type { CampaignStatus } from '../campaigns/campaign';
import { nextWave, type CadenceStatus } from './wave-cadence';
import { quarterOf } from './wave-verdict-history';

/** What the calendar needs of a campaign. */
export interface CampaignOnCalendar {
  id: string;
  name: string;
  status: CampaignStatus;
  createdOn: string;
  closedOn: string | null;
  previousWaveId: string | null;
  archivedOn?: string;
}

export interface NextWaveDue {
  cadenceMonths: number;
  lastCampaignId: string;
  lastCampaignName: string;
  lastClosedOn: string;
  dueOn: string;
  status: CadenceStatus;
  /** Days from today to the due day; negative once it has passed. */
  daysUntil: number;
  /** The calendar quarter of the due day, which a wave made for it is named after. */
  dueQuarter: { year: number; quarter: number };
  /**
   * A wave made since (a draft or an open campaign): the one made from the last wave if there is one, else
   * the latest made. While one is under way there is nothing to make, only that one to finish.
   */
  underway: { campaignId: string; name: string; status: 'draft' | 'open' } | null;
}

const day = (value: string) => value.slice(0, 10);

/** Null when the organization keeps no cadence or none of its campaigns in the series has closed. */
export function nextWaveDue(
  cadenceMonths: number | undefined,
  campaigns: readonly CampaignOnCalendar[],
  today: string,
): NextWaveDue | null {
  if (cadenceMonths === undefined) return null;
  const series = campaigns.filter((c) => c.archivedOn === undefined);
  let last: (CampaignOnCalendar & { closedOn: string }) | null = null;
  for (const c of series) {
    if (c.status !== 'closed' || c.closedOn === null) continue;
    // On a tie the one listed later wins: campaigns are listed in the order they were made.
    if (last === null || day(c.closedOn) >= day(last.closedOn)) last = { ...c, closedOn: c.closedOn };
  }
  if (last === null) return null;
  const previous = last;
  const lastClosedOn = day(previous.closedOn);
  const { dueOn, status, daysUntil } = nextWave({ months: cadenceMonths }, lastClosedOn, today);
  const running = series.filter(
    (c): c is CampaignOnCalendar & { status: 'draft' | 'open' } =>
      c.status === 'draft' || c.status === 'open',
  );
  const made = running.find((c) => c.previousWaveId === previous.id) ?? running.at(-1);
  return {
    cadenceMonths,
    lastCampaignId: previous.id,
    lastCampaignName: previous.name,
    lastClosedOn,
    dueOn,
    status,
    daysUntil,
    dueQuarter: quarterOf(dueOn),
    underway: made ? { campaignId: made.id, name: made.name, status: made.status } : null,
  };
}
