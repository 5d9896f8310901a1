// The units a comparison of two waves holds: the lineage's groups that may be compared and that anonymity
// across waves lets it show, each with both waves' figures (a merge or split as its combined group).

import type { LineageGroup } from './unit-lineage';
import type { DisclosureDecision } from './wave-disclosure';
import type { ComparedUnit, UnitFigures } from './wave-change';

/** Which wave a figure is asked of. */
export type Wave = 'earlier' | 'later';

/**
 * The groups shown, in lineage order, keyed by their units ("a+b>c" for a merge of a and b into c; a unit
 * compared with itself is keyed by its id alone). `figuresOf` gives a wave's figures for a set of its units
 * taken together (from their responses: means of means would weigh the units wrongly), or null.
 */
export function comparedUnits(
  groups: readonly LineageGroup[],
  decisions: readonly DisclosureDecision[],
  figuresOf: (wave: Wave, unitIds: readonly string[]) => UnitFigures | null,
): ComparedUnit[] {
  if (groups.length !== decisions.length)
    throw new RangeError(`${groups.length} groups but ${decisions.length} disclosure decisions`);
  return groups.flatMap((group, i) => {
    if (!group.compared || !decisions[i]!.shown) return [];
    return [
      {
        key: keyOf(group),
        earlier: figuresOf('earlier', group.earlier),
        later: figuresOf('later', group.later),
      },
    ];
  });
}

/** "a" for a unit compared with itself, else "earlier ids>later ids" each joined by "+". */
export function keyOf(group: Pick<LineageGroup, 'earlier' | 'later'>): string {
  const [only] = group.earlier;
  const itself = group.earlier.length === 1 && group.later.length === 1 && group.later[0] === only;
  return itself ? only! : `${group.earlier.join('+')}>${group.later.join('+')}`;
}
