import { describe, expect, it } from 'vitest';
import { comparedUnits, keyOf, type Wave } from '../../../../server/domain/waves/compared-units';
import type { LineageGroup } from '../../../../server/domain/waves/unit-lineage';
import type { DisclosureDecision } from '../../../../server/domain/waves/wave-disclosure';

const group = (earlier: string[], later: string[], compared = true): LineageGroup => ({
  change: 'same',
  reason: 'same-id-same-name',
  earlier,
  later,
  compared,
});
const decision = (shown: boolean): DisclosureDecision => ({
  shown,
  reason: shown ? 'shown' : 'below-minimum-later',
  earlierCount: 10,
  laterCount: 10,
});
/** Figures whose n says which wave and units they were asked for. */
const figuresOf = (wave: Wave, ids: readonly string[]) => ({
  n: { earlier: 100, later: 200 }[wave] + ids.length,
  dimensions: {},
  scales: { asked: { n: ids.length, mean: ids.join('').length, sd: 1 } },
});

describe('comparedUnits', () => {
  it('keeps the groups compared and shown, in order, with each wave asked for its own units', () => {
    const units = comparedUnits(
      [group(['a'], ['a']), group(['b'], ['b']), group(['x', 'y'], ['z']), group([], ['n'], false)],
      [decision(true), decision(false), decision(true), decision(true)],
      figuresOf,
    );
    expect(units).toEqual([
      { key: 'a', earlier: figuresOf('earlier', ['a']), later: figuresOf('later', ['a']) },
      { key: 'x+y>z', earlier: figuresOf('earlier', ['x', 'y']), later: figuresOf('later', ['z']) },
    ]);
  });

  it('passes on a wave without figures as null', () => {
    const [unit] = comparedUnits([group(['a'], ['a'])], [decision(true)], (wave) =>
      wave === 'earlier' ? null : figuresOf(wave, ['a']),
    );
    expect(unit!.earlier).toBeNull();
  });

  it('refuses decisions that do not match the groups one for one', () => {
    expect(() => comparedUnits([group(['a'], ['a'])], [], figuresOf)).toThrow(
      new RangeError('1 groups but 0 disclosure decisions'),
    );
  });

  it.each([
    { earlier: ['a'], later: ['a'], key: 'a' },
    { earlier: ['a'], later: ['b'], key: 'a>b' },
    { earlier: ['a', 'b'], later: ['c'], key: 'a+b>c' },
    { earlier: ['a'], later: ['a', 'b'], key: 'a>a+b' },
    { earlier: ['a', 'b'], later: ['a'], key: 'a+b>a' },
  ])('keys $earlier → $later as $key', ({ earlier, later, key }) => {
    expect(keyOf({ earlier, later })).toBe(key);
  });
});
