// How one gate check reads in the report: a score as a whole number, a share as a percentage, a count as is.

import type { CampaignReport } from '../../../server/http/api-types';

export type Check = CampaignReport['decision']['gates'][number]['checks'][number];

export function formatCheckValue(check: Check, value: number | null): string {
  if (value === null) return '—';
  if (check.unit === 'share') return `${Math.round(value * 100)}%`;
  if (check.unit === 'count') return String(value);
  if (check.unit === 'coefficient') return value.toFixed(2);
  return String(Math.round(value));
}

export function formatInterval(check: Check): string {
  // A figure known exactly (a count, a census share) has no interval to show.
  if (check.unit === 'count' || check.low === null || check.high === null || check.low === check.high)
    return '—';
  if (check.unit === 'share' && check.subject === 'response-rate') return '—';
  return `${formatCheckValue(check, check.low)}–${formatCheckValue(check, check.high)}`;
}

export function formatThreshold(check: Check): string {
  // Shown as what a healthy value must be, the opposite of the barrier condition.
  const sign = check.barrierWhen === 'below' ? '≥' : check.barrierWhen === 'at-or-below' ? '>' : '<';
  return `${sign} ${formatCheckValue(check, check.threshold)}`;
}
