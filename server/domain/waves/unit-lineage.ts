// How the units of two waves correspond: from each wave's departments at opening (stable ids) and what an
// administrator declared about merges, splits and successors, every unit is classified once, with a reason
// code the report words in both languages. Only units that are the same people's unit are compared as equal.

/** A unit as a campaign's snapshot holds it (`Department` fits). */
export interface UnitSnapshot {
  id: string;
  name: string;
}

/**
 * What an administrator declared: the earlier units in `earlier` became the later units in `later`.
 * Several earlier into one later is a merge, one earlier into several later a split, one into one a
 * successor under a new id (compared as the same unit, renamed). Several into several is refused: no
 * whole unit on either side says whose people went where.
 */
export interface LineageDeclaration {
  earlier: readonly string[];
  later: readonly string[];
}

export type UnitChange = 'same' | 'renamed' | 'merged' | 'split' | 'added' | 'removed';

export type LineageReason =
  /** Same id, same name. */
  | 'same-id-same-name'
  /** Same id, another name: the same unit renamed. */
  | 'same-id-new-name'
  /** Declared the successor of one earlier unit under a new id. */
  | 'declared-successor'
  | 'declared-merge'
  | 'declared-split'
  /** An id only the later wave has, and no declaration naming it. */
  | 'new-id'
  /** An id only the earlier wave has, and no declaration naming it. */
  | 'id-gone'
  /** Both waves hold the id, but a declaration gave the other wave's unit of that id another lineage. */
  | 'id-declared-elsewhere';

export type RefusalReason =
  /** The declaration names a unit the wave's snapshot does not hold. */
  | 'unknown-unit'
  /** Empty on a side, a unit named twice in it, or several into several. */
  | 'not-a-merge-or-split'
  /** A unit is named by another declaration too: the two together would be several into several. */
  | 'overlapping-declarations';

export interface LineageGroup {
  change: UnitChange;
  reason: LineageReason;
  /** Ids of the earlier wave's units in this group (empty for an added unit), in snapshot order. */
  earlier: string[];
  /** Ids of the later wave's units in this group (empty for a removed unit), in snapshot order. */
  later: string[];
  /**
   * Whether the group's two sides may be compared: same and renamed units as one unit, merges and splits
   * only as the combined group on each side (whole units both); added and removed units never.
   */
  compared: boolean;
}

export interface UnitLineage {
  /** Every unit of either wave in exactly one group. */
  groups: LineageGroup[];
  /** Declarations not applied, with why; their units are classified by id instead. */
  refused: { declaration: LineageDeclaration; reason: RefusalReason }[];
}

/**
 * Classifies the units of two waves.
 * @example traceUnits([{id:'a',name:'Sales'}], [{id:'a',name:'Revenue'}]) // one group: renamed, compared
 */
export function traceUnits(
  earlier: readonly UnitSnapshot[],
  later: readonly UnitSnapshot[],
  declarations: readonly LineageDeclaration[] = [],
): UnitLineage {
  const earlierIds = new Set(earlier.map((u) => u.id));
  const laterIds = new Set(later.map((u) => u.id));
  const refused: UnitLineage['refused'] = [];
  const wellFormed = declarations.filter((declaration) => {
    const reason = malformation(declaration, earlierIds, laterIds);
    if (reason) refused.push({ declaration, reason });
    return reason === null;
  });
  // A unit named by two declarations would chain them into several-into-several: both are refused.
  const namings = new Map<string, number>();
  const count = (key: string) => namings.set(key, (namings.get(key) ?? 0) + 1);
  for (const d of wellFormed) {
    d.earlier.forEach((id) => count(`e:${id}`));
    d.later.forEach((id) => count(`l:${id}`));
  }
  const applied = wellFormed.filter((declaration) => {
    const overlaps =
      declaration.earlier.some((id) => namings.get(`e:${id}`)! > 1) ||
      declaration.later.some((id) => namings.get(`l:${id}`)! > 1);
    if (overlaps) refused.push({ declaration, reason: 'overlapping-declarations' });
    return !overlaps;
  });

  const declaredEarlier = new Set(applied.flatMap((d) => d.earlier));
  const declaredLater = new Set(applied.flatMap((d) => d.later));
  const inOrder = (ids: readonly string[], units: readonly UnitSnapshot[]) =>
    units.map((u) => u.id).filter((id) => ids.includes(id));
  const groups: LineageGroup[] = applied.map((d) => ({
    ...declaredChange(d),
    earlier: inOrder(d.earlier, earlier),
    later: inOrder(d.later, later),
    compared: true,
  }));
  const laterById = new Map(later.map((u) => [u.id, u]));
  for (const unit of earlier) {
    if (declaredEarlier.has(unit.id)) continue;
    const successor = laterById.get(unit.id);
    if (successor && !declaredLater.has(unit.id)) {
      const renamed = successor.name !== unit.name;
      groups.push({
        change: renamed ? 'renamed' : 'same',
        reason: renamed ? 'same-id-new-name' : 'same-id-same-name',
        earlier: [unit.id],
        later: [unit.id],
        compared: true,
      });
    } else {
      const reason = successor ? 'id-declared-elsewhere' : 'id-gone';
      groups.push({ change: 'removed', reason, earlier: [unit.id], later: [], compared: false });
    }
  }
  const matched = new Set(groups.flatMap((g) => g.later));
  for (const unit of later) {
    if (matched.has(unit.id)) continue;
    const reason = earlierIds.has(unit.id) ? 'id-declared-elsewhere' : 'new-id';
    groups.push({ change: 'added', reason, earlier: [], later: [unit.id], compared: false });
  }
  return { groups, refused };
}

function malformation(
  d: LineageDeclaration,
  earlierIds: ReadonlySet<string>,
  laterIds: ReadonlySet<string>,
): RefusalReason | null {
  if (!d.earlier.every((id) => earlierIds.has(id)) || !d.later.every((id) => laterIds.has(id)))
    return 'unknown-unit';
  const repeats = (ids: readonly string[]) => new Set(ids).size !== ids.length;
  const shapeless =
    d.earlier.length === 0 ||
    d.later.length === 0 ||
    repeats(d.earlier) ||
    repeats(d.later) ||
    (d.earlier.length > 1 && d.later.length > 1);
  return shapeless ? 'not-a-merge-or-split' : null;
}

function declaredChange(d: LineageDeclaration): Pick<LineageGroup, 'change' | 'reason'> {
  if (d.earlier.length > 1) return { change: 'merged', reason: 'declared-merge' };
  if (d.later.length > 1) return { change: 'split', reason: 'declared-split' };
  return { change: 'renamed', reason: 'declared-successor' };
}
