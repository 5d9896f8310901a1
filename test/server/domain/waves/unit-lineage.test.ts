import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { traceUnits, type LineageDeclaration } from '../../../../server/domain/waves/unit-lineage';

const unit = (id: string, name = id.toUpperCase()) => ({ id, name });

describe('traceUnits', () => {
  it.each([
    {
      case: 'same id and name: same, compared',
      earlier: [unit('a')],
      later: [unit('a')],
      declarations: [],
      groups: [{ change: 'same', reason: 'same-id-same-name', earlier: ['a'], later: ['a'], compared: true }],
    },
    {
      case: 'same id, new name: renamed, compared as the same unit',
      earlier: [unit('a', 'Sales')],
      later: [unit('a', 'Revenue')],
      declarations: [],
      groups: [
        { change: 'renamed', reason: 'same-id-new-name', earlier: ['a'], later: ['a'], compared: true },
      ],
    },
    {
      case: 'an id only later: added, not compared',
      earlier: [],
      later: [unit('b')],
      declarations: [],
      groups: [{ change: 'added', reason: 'new-id', earlier: [], later: ['b'], compared: false }],
    },
    {
      case: 'an id only earlier: removed, not compared',
      earlier: [unit('a')],
      later: [],
      declarations: [],
      groups: [{ change: 'removed', reason: 'id-gone', earlier: ['a'], later: [], compared: false }],
    },
    {
      case: 'declared merge: one combined group, earlier in snapshot order',
      earlier: [unit('a'), unit('b'), unit('x')],
      later: [unit('c'), unit('x')],
      declarations: [{ earlier: ['b', 'a'], later: ['c'] }],
      groups: [
        { change: 'merged', reason: 'declared-merge', earlier: ['a', 'b'], later: ['c'], compared: true },
        { change: 'same', reason: 'same-id-same-name', earlier: ['x'], later: ['x'], compared: true },
      ],
    },
    {
      case: 'declared split where one part keeps the parent id: not compared as the same unit',
      earlier: [unit('a')],
      later: [unit('a'), unit('b')],
      declarations: [{ earlier: ['a'], later: ['b', 'a'] }],
      groups: [
        { change: 'split', reason: 'declared-split', earlier: ['a'], later: ['a', 'b'], compared: true },
      ],
    },
    {
      case: 'declared successor under a new id: renamed, compared',
      earlier: [unit('a', 'Ops')],
      later: [unit('z', 'Operations')],
      declarations: [{ earlier: ['a'], later: ['z'] }],
      groups: [
        { change: 'renamed', reason: 'declared-successor', earlier: ['a'], later: ['z'], compared: true },
      ],
    },
    {
      case: 'a later id declared the successor of another unit leaves the earlier unit of that id removed',
      earlier: [unit('a'), unit('b')],
      later: [unit('b')],
      declarations: [{ earlier: ['a'], later: ['b'] }],
      groups: [
        { change: 'renamed', reason: 'declared-successor', earlier: ['a'], later: ['b'], compared: true },
        { change: 'removed', reason: 'id-declared-elsewhere', earlier: ['b'], later: [], compared: false },
      ],
    },
    {
      case: 'an earlier id declared into another unit leaves the later unit of that id added',
      earlier: [unit('a')],
      later: [unit('a'), unit('b')],
      declarations: [{ earlier: ['a'], later: ['b'] }],
      groups: [
        { change: 'renamed', reason: 'declared-successor', earlier: ['a'], later: ['b'], compared: true },
        { change: 'added', reason: 'id-declared-elsewhere', earlier: [], later: ['a'], compared: false },
      ],
    },
  ])('$case', ({ earlier, later, declarations, groups }) => {
    const traced = traceUnits(earlier, later, declarations);
    expect(traced.groups).toEqual(groups);
    expect(traced.refused).toEqual([]);
  });

  it('classifies by id alone when no declarations are given', () => {
    expect(traceUnits([unit('a')], [unit('a')]).groups[0]!.change).toBe('same');
  });

  it.each<{ case: string; declaration: LineageDeclaration; reason: string }>([
    {
      case: 'unknown earlier unit',
      declaration: { earlier: ['nope'], later: ['c'] },
      reason: 'unknown-unit',
    },
    { case: 'unknown later unit', declaration: { earlier: ['a'], later: ['nope'] }, reason: 'unknown-unit' },
    { case: 'nothing earlier', declaration: { earlier: [], later: ['c'] }, reason: 'not-a-merge-or-split' },
    { case: 'nothing later', declaration: { earlier: ['a'], later: [] }, reason: 'not-a-merge-or-split' },
    {
      case: 'several into several',
      declaration: { earlier: ['a', 'b'], later: ['c', 'd'] },
      reason: 'not-a-merge-or-split',
    },
    {
      case: 'an earlier unit named twice',
      declaration: { earlier: ['a', 'a'], later: ['c'] },
      reason: 'not-a-merge-or-split',
    },
    {
      case: 'a later unit named twice',
      declaration: { earlier: ['a'], later: ['c', 'c'] },
      reason: 'not-a-merge-or-split',
    },
  ])('refuses a declaration with $case and classifies its units by id', ({ declaration, reason }) => {
    const traced = traceUnits([unit('a'), unit('b')], [unit('a'), unit('c'), unit('d')], [declaration]);
    expect(traced.refused).toEqual([{ declaration, reason }]);
    expect(traced.groups.map((g) => [g.change, g.earlier, g.later])).toEqual([
      ['same', ['a'], ['a']],
      ['removed', ['b'], []],
      ['added', [], ['c']],
      ['added', [], ['d']],
    ]);
  });

  it.each([
    {
      case: 'two declarations sharing an earlier unit',
      declarations: [
        { earlier: ['a'], later: ['c'] },
        { earlier: ['a', 'b'], later: ['d'] },
      ],
    },
    {
      case: 'two declarations sharing a later unit',
      declarations: [
        { earlier: ['a'], later: ['c', 'd'] },
        { earlier: ['b'], later: ['d'] },
      ],
    },
  ])('refuses both of $case: chained they would be several into several', ({ declarations }) => {
    const traced = traceUnits([unit('a'), unit('b')], [unit('c'), unit('d')], declarations);
    expect(traced.refused).toEqual(
      declarations.map((declaration) => ({ declaration, reason: 'overlapping-declarations' })),
    );
    expect(traced.groups.every((g) => !g.compared)).toBe(true);
    expect(traced.groups.map((g) => g.change)).toEqual(['removed', 'removed', 'added', 'added']);
  });

  it('keeps a good declaration when another is refused', () => {
    const traced = traceUnits(
      [unit('a'), unit('b')],
      [unit('c'), unit('d')],
      [
        { earlier: ['a', 'b'], later: ['c'] },
        { earlier: ['zz'], later: ['d'] },
      ],
    );
    expect(traced.refused.map((r) => r.reason)).toEqual(['unknown-unit']);
    expect(traced.groups.map((g) => g.change)).toEqual(['merged', 'added']);
  });

  const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 });
  it('puts every unit of either wave in exactly one group, whatever is declared', () => {
    fc.assert(
      fc.property(
        ids,
        ids,
        fc.array(fc.record({ earlier: ids, later: ids }), { maxLength: 3 }),
        fc.boolean(),
        (earlierIds, laterIds, declarations, rename) => {
          const earlier = earlierIds.map((id) => unit(id));
          const later = laterIds.map((id) => unit(id, rename ? `${id}!` : id.toUpperCase()));
          const { groups } = traceUnits(earlier, later, declarations);
          expect(groups.flatMap((g) => g.earlier).sort()).toEqual([...earlierIds].sort());
          expect(groups.flatMap((g) => g.later).sort()).toEqual([...laterIds].sort());
          for (const g of groups) {
            // Only a group with whole units on both sides is ever compared.
            expect(g.compared).toBe(g.earlier.length > 0 && g.later.length > 0);
            if (g.change === 'same') expect(rename).toBe(false);
          }
        },
      ),
    );
  });
});
