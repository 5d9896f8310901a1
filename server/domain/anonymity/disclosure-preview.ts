// Before a campaign opens: which departments its reports will hide, from headcounts alone. A department
// smaller than the minimum can never be shown; one that needs more than the target response rate to reach
// it is at risk; and hiding those can force the next-smallest department to be hidden with them.

import type { Department } from '../campaigns/organization';
import { hiddenGroups } from './disclosure';

export type DisclosureStatus = 'hidden' | 'hidden-to-protect' | 'at-risk' | 'shown';

export interface DisclosurePreviewRow {
  departmentId: string;
  name: string;
  headcount: number;
  /** Responses expected at the target response rate. */
  expected: number;
  status: DisclosureStatus;
}

/** The response rate a campaign aims for; 75% is the usual target for staff surveys. */
export const TARGET_RESPONSE_RATE = 0.75;

export function previewDisclosure(
  departments: readonly Department[],
  minGroupSize: number,
  targetRate = TARGET_RESPONSE_RATE,
): DisclosurePreviewRow[] {
  const expected = (d: Department) => Math.floor(d.headcount * targetRate);
  const hiddenAtTarget = hiddenGroups(
    departments.map((d) => ({ id: d.id, n: expected(d) })),
    minGroupSize,
  );
  return departments.map((d) => {
    const status: DisclosureStatus =
      d.headcount < minGroupSize
        ? 'hidden'
        : expected(d) < minGroupSize
          ? 'at-risk'
          : hiddenAtTarget.has(d.id)
            ? 'hidden-to-protect'
            : 'shown';
    return { departmentId: d.id, name: d.name, headcount: d.headcount, expected: expected(d), status };
  });
}
