// How one gate check reads in the report: a score as a whole number, a share as a percentage, a count as is,
// and a fact HR stated as HR's answer in the reader's language.

import type { Language } from '../../components/language-switch';
import type { CampaignReport } from '../../../server/http/api-types';

export type Check = CampaignReport['decision']['gates'][number]['checks'][number];

/** The words a fact check's value is shown in: HR's answer, or that HR did not say. */
export interface FactWords {
  statedByHr: (answer: string) => string;
  notStated: string;
}

/** The value column: HR's answer for a fact (its 1 or 0 only says whether the route's trait holds). */
export function formatCheckResult(check: Check, language: Language, words: FactWords): string {
  if (check.unit === 'fact') return check.answer ? words.statedByHr(check.answer[language]) : words.notStated;
  return formatCheckValue(check, check.value);
}

export function formatCheckValue(check: Check, value: number | null): string {
  if (value === null) return '—';
  if (check.unit === 'share') return `${Math.round(value * 100)}%`;
  if (check.unit === 'count') return String(value);
  if (check.unit === 'coefficient') return value.toFixed(2);
  return String(Math.round(value));
}

export function formatInterval(check: Check): string {
  // A figure known exactly (a count, a census share, a fact HR stated) has no interval to show.
  if (
    check.unit === 'count' ||
    check.unit === 'fact' ||
    check.low === null ||
    check.high === null ||
    check.low === check.high
  )
    return '—';
  if (check.unit === 'share' && check.subject === 'response-rate') return '—';
  return `${formatCheckValue(check, check.low)}–${formatCheckValue(check, check.high)}`;
}

export function formatThreshold(check: Check): string {
  // A fact is not measured against a level: whether it holds is the whole check.
  if (check.unit === 'fact') return '—';
  // Shown as what a healthy value must be, the opposite of the barrier condition.
  const sign = check.barrierWhen === 'below' ? '≥' : check.barrierWhen === 'at-or-below' ? '>' : '<';
  return `${sign} ${formatCheckValue(check, check.threshold)}`;
}
