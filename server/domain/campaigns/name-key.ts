// When two names are the same name to a reader: the one rule behind refusing look-alike department and
// reporting-group names and behind matching what a staff list or a spreadsheet header says to them.

/**
 * The form two names share when a reader could not tell them apart. NFKC folds the compatibility forms
 * Chinese input methods and word processors produce (full-width "Ｓａｌｅｓ", the ideographic space,
 * ligatures such as "ﬁ") into plain ones; invisible characters pasted along with a name (zero-width
 * spaces, soft hyphens, direction marks) are dropped; case and runs of spaces are not differences people mean.
 *
 * @example nameKey(' Ｓａｌｅｓ\u200b  Team') === nameKey('sales team') // 'sales team'
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\p{Default_Ignorable_Code_Point}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export const isSameName = (a: string, b: string): boolean => nameKey(a) === nameKey(b);

/** Each name that is the same name to a reader as an earlier one in the list, with that earlier one (by position). */
export function findLookAlikes(names: readonly string[]): { earlier: number; later: number }[] {
  const firstWithKey = new Map<string, number>();
  const found: { earlier: number; later: number }[] = [];
  for (const [index, name] of names.entries()) {
    const earlier = firstWithKey.get(nameKey(name));
    if (earlier === undefined) firstWithKey.set(nameKey(name), index);
    else found.push({ earlier, later: index });
  }
  return found;
}
