// Decides which groups a report may show. A group below the campaign's minimum is hidden, and so is the
// next-smallest group while the hidden ones together are still below it: otherwise subtracting the shown
// departments from the organization total would reveal the hidden ones.

export interface GroupCount {
  id: string;
  n: number;
}

/** Ids of the groups to hide, given every group's response count and the minimum group size. */
export function hiddenGroups(groups: readonly GroupCount[], minGroupSize: number): Set<string> {
  const hidden = new Set(groups.filter((g) => g.n < minGroupSize).map((g) => g.id));
  const hiddenTotal = () => groups.filter((g) => hidden.has(g.id)).reduce((sum, g) => sum + g.n, 0);
  const shownBySize = groups
    .filter((g) => !hidden.has(g.id))
    .sort((a, b) => a.n - b.n || a.id.localeCompare(b.id));
  // Hidden groups with no responses at all reveal nothing by subtraction.
  while (hiddenTotal() > 0 && hiddenTotal() < minGroupSize && shownBySize.length > 0) {
    hidden.add(shownBySize.shift()!.id);
  }
  return hidden;
}
