// Anonymity across waves: which of two waves' compared groups a comparison may show (MODEL.md "Waves",
// anonymity). Each wave's report already keeps its own hidden groups hidden; a comparison must not add a
// figure that, with what either report shows, lets a group below the minimum be computed. It holds when
// every figure of the comparison is a function of figures the two reports show (their units' n, means and
// SDs), which these rules ensure, for a group compared between two waves (a unit, or a merge or split as
// the combined units):
//  1. Its people in each wave number at least the minimum, and a single unit is shown in each wave's report.
//  2. A combined side (several units) adds a figure the wave's report does not hold: subtracting the parts
//     shown on their own leaves the parts that are not, so those must together be none or at least the
//     minimum (a split into a shown part of 9 and a hidden part of 3 would give the 3 away).
// A count that moved by a few people between the waves is not refused: the comparison shows nothing about
// them that the two reports side by side do not (differencing them needs everyone else to have answered
// both waves alike, and the reports allow it equally); MODEL.md states this limit.

export interface UnitCount {
  id: string;
  /** People whose answers are in the unit's figures in that wave (0 when none were released). */
  count: number;
  /** Whether that wave's report shows the unit on its own. */
  shown: boolean;
}

/** A compared group as unit-lineage.ts gives it. */
export interface DisclosedGroup {
  earlier: readonly string[];
  later: readonly string[];
  compared: boolean;
}

export type DisclosureReason =
  | 'shown'
  /** Added, removed, or a lineage that cannot be compared. */
  | 'not-compared'
  | 'below-minimum-earlier'
  | 'below-minimum-later'
  | 'hidden-part-earlier'
  | 'hidden-part-later'
  /** The organization's row only: the two waves asked different people (a pilot beside the whole). */
  | 'different-people'
  /** The organization's row only: this reader's own report does not show the organization's figures. */
  | 'not-in-this-view';

export interface DisclosureDecision {
  shown: boolean;
  reason: DisclosureReason;
  /** People in the group in each wave. */
  earlierCount: number;
  laterCount: number;
}

/** Decides each group's row, in the order given. `minGroupSize` is the larger of the two waves'. */
export function discloseGroups(
  groups: readonly DisclosedGroup[],
  earlier: readonly UnitCount[],
  later: readonly UnitCount[],
  minGroupSize: number,
): DisclosureDecision[] {
  const earlierById = new Map(earlier.map((u) => [u.id, u]));
  const laterById = new Map(later.map((u) => [u.id, u]));
  return groups.map((group) => {
    const before = sideOf(group.earlier, earlierById, minGroupSize);
    const after = sideOf(group.later, laterById, minGroupSize);
    const decide = (reason: DisclosureReason) => ({
      shown: reason === 'shown',
      reason,
      earlierCount: before.count,
      laterCount: after.count,
    });
    if (!group.compared || group.earlier.length === 0 || group.later.length === 0)
      return decide('not-compared');
    if (!before.visible) return decide('below-minimum-earlier');
    if (!after.visible) return decide('below-minimum-later');
    if (!before.covered) return decide('hidden-part-earlier');
    if (!after.covered) return decide('hidden-part-later');
    return decide('shown');
  });
}

/** The organization's own row: at least the minimum in each wave. */
export function discloseOrganization(
  earlierCount: number,
  laterCount: number,
  minGroupSize: number,
): DisclosureDecision {
  const reason: DisclosureReason =
    earlierCount < minGroupSize
      ? 'below-minimum-earlier'
      : laterCount < minGroupSize
        ? 'below-minimum-later'
        : 'shown';
  return { shown: reason === 'shown', reason, earlierCount, laterCount };
}

function sideOf(ids: readonly string[], units: ReadonlyMap<string, UnitCount>, min: number) {
  // A unit missing from a wave's counts had nobody in its figures there.
  const members = ids.flatMap((id) => units.get(id) ?? []);
  const count = members.reduce((sum, u) => sum + u.count, 0);
  const isShown = (u: UnitCount) => u.shown && u.count >= min;
  const hidden = members.filter((u) => !isShown(u)).reduce((sum, u) => sum + u.count, 0);
  return {
    count,
    // A single unit must be shown by its own report; a combined side needs only enough people in all.
    visible: count >= min && (members.length > 1 || isShown(members[0]!)),
    covered: hidden === 0 || hidden >= min,
  };
}
