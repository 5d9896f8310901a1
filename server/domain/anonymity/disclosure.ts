// Decides which groups' counts the tracking page and the disclosure preview may show (reports use the
// release rule instead, release.ts). A group below the campaign's minimum is hidden, and so is the
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
  // A hidden group with no responses yet is protected like one with a few: were the next-smallest group
  // hidden only from its first response on, a reader watching the page would see that response arrive.
  while (hidden.size > 0 && hiddenTotal() < minGroupSize && shownBySize.length > 0) {
    hidden.add(shownBySize.shift()!.id);
  }
  return hidden;
}
