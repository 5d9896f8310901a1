// The response figures a chat post may show a channel's group: the whole campaign's (the tracking page shows
// them to anyone running it), or the reported group a department counts towards, by the same disclosure rule
// as the report. A group whose figures are withheld gets none at all: not a count, not a percentage.

import type { ResponseProgress } from '../campaigns/response-progress';

export interface ChatProgress {
  answered: number;
  headcount: number;
  /** The campaign's target response rate, as a fraction (0.6 for 60 %). */
  targetRate: number;
  /** The reported group's name (a reporting group's when the department is merged); null for the campaign. */
  unitName: string | null;
}

/**
 * The figures for a channel posting to `departmentId` (null: the whole campaign), or null when there are
 * none to show: the department's group is withheld, the department is not in the campaign, or nobody is
 * counted (a headcount of 0 gives no proportion to report).
 *
 * @example
 * progressForChannel(progress, unitOf, 'sales') // → { answered: 12, headcount: 20, targetRate: 0.6, unitName: 'Sales' }
 */
export function progressForChannel(
  progress: ResponseProgress,
  unitOf: ReadonlyMap<string, string>,
  departmentId: string | null,
): ChatProgress | null {
  const targetRate = progress.targetResponseRate;
  if (departmentId === null) {
    // The tracking page shows the campaign's total always; a post to a group reads it too, so below the
    // minimum (a campaign of one small department, or its first answers) it stays unsaid like any group's.
    if (progress.headcount <= 0 || progress.responses < progress.minGroupSize) return null;
    return { answered: progress.responses, headcount: progress.headcount, targetRate, unitName: null };
  }
  const unitId = unitOf.get(departmentId);
  const unit = progress.departments.find((d) => d.departmentId === unitId);
  // `responses` is null exactly when withheld; both are checked so that a figure never slips out of a
  // record where the two disagree.
  if (!unit || unit.withheld !== null || unit.responses === null || unit.headcount <= 0) return null;
  return { answered: unit.responses, headcount: unit.headcount, targetRate, unitName: unit.name };
}
