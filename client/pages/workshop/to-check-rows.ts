// The share of drafts passing each coach check at the first draft and now, as rows for the facilitator's
// chart and its table: the checks in the order the coach gives them, any check this client does not know yet
// after them, and checks nobody's draft was judged on left out.

import type { CheckShares } from '../../api/workshop-types';

export const CHECK_ORDER = [
  'measurable',
  'time-bound',
  'outcome',
  'specific',
  'not-business-as-usual',
  'key-result-count',
  'not-restated',
  'objective-not-a-number',
] as const;

export interface CheckRow {
  check: string;
  first: number | null;
  now: number | null;
  /** Now minus first, in share points; null unless both are known. */
  change: number | null;
}

export function toCheckRows(checks: readonly CheckShares[]): CheckRow[] {
  const known: readonly string[] = CHECK_ORDER;
  const rank = (check: string) => (known.includes(check) ? known.indexOf(check) : known.length);
  return checks
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c.check) - rank(b.c.check) || a.i - b.i)
    .flatMap(({ c: { check, first, now } }) =>
      first === null && now === null
        ? []
        : [{ check, first, now, change: first === null || now === null ? null : now - first }],
    );
}
