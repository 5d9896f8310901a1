import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  discloseGroups,
  discloseOrganization,
  type UnitCount,
} from '../../../../server/domain/waves/wave-disclosure';
import { traceUnits } from '../../../../server/domain/waves/unit-lineage';

const MIN = 5;
/** A unit shown by its wave's report exactly when it reaches the minimum, as the report does. */
const u = (id: string, count: number, shown = count >= MIN): UnitCount => ({ id, count, shown });
const group = (earlier: string[], later: string[], compared = true) => ({ earlier, later, compared });

describe('discloseGroups', () => {
  it.each([
    {
      case: 'a unit shown in both waves, same count',
      g: group(['a'], ['a']),
      e: [u('a', 12)],
      l: [u('a', 12)],
      reason: 'shown',
    },
    {
      case: 'a unit at exactly the minimum in both',
      g: group(['a'], ['a']),
      e: [u('a', 5)],
      l: [u('a', 5)],
      reason: 'shown',
    },
    {
      case: 'a unit grown by the minimum',
      g: group(['a'], ['a']),
      e: [u('a', 7)],
      l: [u('a', 12)],
      reason: 'shown',
    },
    {
      case: 'a unit below the minimum earlier',
      g: group(['a'], ['a']),
      e: [u('a', 4)],
      l: [u('a', 4)],
      reason: 'below-minimum-earlier',
    },
    {
      case: 'a unit below the minimum later',
      g: group(['a'], ['a']),
      e: [u('a', 12)],
      l: [u('a', 4)],
      reason: 'below-minimum-later',
    },
    {
      case: 'a unit hidden by its report though large enough',
      g: group(['a'], ['a']),
      e: [u('a', 9, false)],
      l: [u('a', 9)],
      reason: 'below-minimum-earlier',
    },
    {
      case: 'a unit marked shown though too small',
      g: group(['a'], ['a']),
      e: [u('a', 9)],
      l: [u('a', 4, true)],
      reason: 'below-minimum-later',
    },
    {
      case: 'a unit missing from a wave',
      g: group(['a'], ['a']),
      e: [],
      l: [u('a', 9)],
      reason: 'below-minimum-earlier',
    },
    { case: 'an added unit', g: group([], ['a'], false), e: [], l: [u('a', 9)], reason: 'not-compared' },
    { case: 'a removed unit', g: group(['a'], [], false), e: [u('a', 9)], l: [], reason: 'not-compared' },
    {
      case: 'a group marked not compared',
      g: group(['a'], ['a'], false),
      e: [u('a', 9)],
      l: [u('a', 9)],
      reason: 'not-compared',
    },
    {
      case: 'a merge of two shown units',
      g: group(['a', 'b'], ['c']),
      e: [u('a', 6), u('b', 6)],
      l: [u('c', 12)],
      reason: 'shown',
    },
    {
      case: 'a merge of two hidden units together reaching the minimum',
      g: group(['a', 'b'], ['c']),
      e: [u('a', 3), u('b', 3)],
      l: [u('c', 6)],
      reason: 'shown',
    },
    {
      case: 'a merge of hidden units together below the minimum',
      g: group(['a', 'b'], ['c']),
      e: [u('a', 2), u('b', 2)],
      l: [u('c', 4)],
      reason: 'below-minimum-earlier',
    },
    {
      case: 'a group said compared with no earlier units',
      g: group([], ['a']),
      e: [],
      l: [u('a', 9)],
      reason: 'not-compared',
    },
    {
      case: 'a group said compared with no later units',
      g: group(['a'], []),
      e: [u('a', 9)],
      l: [],
      reason: 'not-compared',
    },
    {
      case: 'a merge with a unit nobody answered for',
      g: group(['a', 'gone'], ['c']),
      e: [u('a', 9)],
      l: [u('c', 9)],
      reason: 'shown',
    },
    {
      case: 'a merge of a shown unit and one of exactly the minimum its report hid',
      g: group(['a', 'b'], ['c']),
      e: [u('a', 9), u('b', 5, false)],
      l: [u('c', 14)],
      reason: 'shown',
    },
    {
      case: 'a merge of a shown unit and a hidden one of 3',
      g: group(['a', 'b'], ['c']),
      e: [u('a', 9), u('b', 3)],
      l: [u('c', 12)],
      reason: 'hidden-part-earlier',
    },
    {
      case: 'a merge of a shown unit and two hidden ones of 3 (6 together)',
      g: group(['a', 'b', 'x'], ['c']),
      e: [u('a', 9), u('b', 3), u('x', 3)],
      l: [u('c', 15)],
      reason: 'shown',
    },
  ])('$case: $reason', ({ g, e, l, reason }) => {
    const [decision] = discloseGroups([g], e, l, MIN);
    expect(decision!.reason).toBe(reason);
    expect(decision!.shown).toBe(reason === 'shown');
  });

  it('counts each side as the sum of its units', () => {
    const [d] = discloseGroups([group(['a', 'b'], ['c'])], [u('a', 6), u('b', 7)], [u('c', 13)], MIN);
    expect(d).toEqual({ shown: true, reason: 'shown', earlierCount: 13, laterCount: 13 });
  });

  describe('wave attacks', () => {
    it.each([
      { case: 'one person added (5 → 6)', before: 5, after: 6 },
      { case: 'one person left (6 → 5)', before: 6, after: 5 },
      { case: 'four people added (12 → 16)', before: 12, after: 16 },
    ])(
      'shows a unit whose count moved by a few, both its figures being ones the reports show: $case',
      ({ before, after }) => {
        // Differencing the joiner out needs everyone else to answer both waves alike, and the two reports
        // side by side allow it as much: the comparison adds no figure (MODEL.md "Waves", anonymity).
        const [d] = discloseGroups([group(['a'], ['a'])], [u('a', before)], [u('a', after)], MIN);
        expect(d).toEqual({ shown: true, reason: 'shown', earlierCount: before, laterCount: after });
      },
    );

    it('shows the organization row when one person was added', () => {
      expect(discloseOrganization(40, 41, MIN)).toEqual({
        shown: true,
        reason: 'shown',
        earlierCount: 40,
        laterCount: 41,
      });
    });

    it('refuses a declared split into a shown part and a hidden part of 3', () => {
      // Wave 1: Sales 12. Wave 2: Sales 9 (kept its id) and Key accounts 3 (hidden). The combined group's
      // later figure minus Sales' own later figure would be Key accounts' three people.
      const lineage = traceUnits(
        [{ id: 'sales', name: 'Sales' }],
        [
          { id: 'sales', name: 'Sales' },
          { id: 'key', name: 'Key accounts' },
        ],
        [{ earlier: ['sales'], later: ['sales', 'key'] }],
      );
      const decisions = discloseGroups(lineage.groups, [u('sales', 12)], [u('sales', 9), u('key', 3)], MIN);
      expect(decisions).toEqual([
        { shown: false, reason: 'hidden-part-later', earlierCount: 12, laterCount: 12 },
      ]);
    });

    it('compares the same split left undeclared as Sales with itself, both shown, and never the hidden part', () => {
      const lineage = traceUnits(
        [{ id: 'sales', name: 'Sales' }],
        [
          { id: 'sales', name: 'Sales' },
          { id: 'key', name: 'Key accounts' },
        ],
      );
      const decisions = discloseGroups(lineage.groups, [u('sales', 12)], [u('sales', 9), u('key', 3)], MIN);
      expect(decisions.map((d) => d.reason)).toEqual(['shown', 'not-compared']);
    });

    it('shows a split into two shown parts whose total did not move', () => {
      const decisions = discloseGroups(
        [group(['sales'], ['north', 'south'])],
        [u('sales', 12)],
        [u('north', 6), u('south', 6)],
        MIN,
      );
      expect(decisions[0]!.shown).toBe(true);
    });

    it('refuses a merge of a shown unit with a hidden one of 3 in the earlier wave', () => {
      const [d] = discloseGroups([group(['a', 'b'], ['a'])], [u('a', 9), u('b', 3)], [u('a', 12)], MIN);
      expect(d!.reason).toBe('hidden-part-earlier');
    });
  });

  it.each([
    { before: 4, after: 40, reason: 'below-minimum-earlier' },
    { before: 40, after: 4, reason: 'below-minimum-later' },
    { before: 40, after: 40, reason: 'shown' },
    { before: 5, after: 5, reason: 'shown' },
    { before: 10, after: 5, reason: 'shown' },
    { before: 40, after: 45, reason: 'shown' },
    { before: 40, after: 44, reason: 'shown' },
  ])('decides the organization row: $before → $after is $reason', ({ before, after, reason }) => {
    expect(discloseOrganization(before, after, MIN)).toEqual({
      shown: reason === 'shown',
      reason,
      earlierCount: before,
      laterCount: after,
    });
  });

  const side = fc.array(fc.record({ count: fc.integer({ min: 0, max: 20 }), shown: fc.boolean() }), {
    minLength: 1,
    maxLength: 3,
  });
  it('never shows a group below the minimum, or with a hidden part below it', () => {
    fc.assert(
      fc.property(side, side, fc.integer({ min: 3, max: 10 }), (before, after, min) => {
        const e = before.map((x, i) => ({ id: `e${i}`, ...x }));
        const l = after.map((x, i) => ({ id: `l${i}`, ...x }));
        const [d] = discloseGroups(
          [
            group(
              e.map((x) => x.id),
              l.map((x) => x.id),
            ),
          ],
          e,
          l,
          min,
        );
        if (!d!.shown) return;
        for (const units of [e, l]) {
          const total = units.reduce((s, x) => s + x.count, 0);
          expect(total).toBeGreaterThanOrEqual(min);
          if (units.length === 1) expect(units[0]!.shown && units[0]!.count >= min).toBe(true);
          const hidden = units.filter((x) => !x.shown || x.count < min).reduce((s, x) => s + x.count, 0);
          expect(hidden === 0 || hidden >= min).toBe(true);
        }
      }),
    );
  });
});
