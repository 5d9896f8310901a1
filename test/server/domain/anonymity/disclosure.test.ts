import { describe, expect, it } from 'vitest';
import { hiddenGroups } from '../../../../server/domain/anonymity/disclosure';

/** Groups a, b, c, … with the given response counts. */
const groups = (...counts: number[]) => counts.map((n, i) => ({ id: String.fromCharCode(97 + i), n }));

describe('hiddenGroups', () => {
  it.each([
    { situation: 'every group meets the minimum', counts: [5, 8, 12], hidden: [] },
    {
      situation: 'one group is below the minimum, so the next-smallest is hidden with it',
      counts: [2, 6, 9],
      hidden: ['a', 'b'],
    },
    { situation: 'two small groups together reach the minimum', counts: [2, 3, 9], hidden: ['a', 'b'] },
    {
      situation: 'two small groups stay below the minimum together',
      counts: [1, 1, 10, 20],
      hidden: ['a', 'b', 'c'],
    },
    { situation: 'the small group is listed last', counts: [9, 6, 4], hidden: ['b', 'c'] },
    { situation: 'every group is small', counts: [1, 2], hidden: ['a', 'b'] },
    { situation: 'a single small group has nothing to hide behind', counts: [3], hidden: ['a'] },
  ])('hides $hidden when $situation (counts $counts, minimum 5)', ({ counts, hidden }) => {
    expect([...hiddenGroups(groups(...counts), 5)].sort()).toEqual(hidden);
  });

  it.each([
    { counts: [0, 7, 9], hidden: ['a', 'b'] },
    { counts: [0, 0, 6], hidden: ['a', 'b', 'c'] },
  ])(
    'protects a group nobody answered in yet as it protects one with a few ($counts)',
    ({ counts, hidden }) => {
      expect([...hiddenGroups(groups(...counts), 5)].sort()).toEqual(hidden);
    },
  );

  it('hides the same groups whether a small group has no response or its first, so that first one is not seen', () => {
    expect(hiddenGroups(groups(0, 6, 9), 5)).toEqual(hiddenGroups(groups(1, 6, 9), 5));
  });

  it('keeps hiding next-smallest groups until the hidden total reaches the minimum', () => {
    // Hidden 1 → add 2 (total 3) → still below 10 → add 4 (total 7) → add 12 (total 19).
    const result = hiddenGroups(
      [
        { id: 'one', n: 1 },
        { id: 'two', n: 2 },
        { id: 'four', n: 4 },
        { id: 'twelve', n: 12 },
        { id: 'thirty', n: 30 },
      ],
      10,
    );
    expect([...result].sort()).toEqual(['four', 'one', 'twelve', 'two']);
  });

  it('breaks ties between equally small shown groups by id, so the result does not depend on order', () => {
    const forward = hiddenGroups(
      [
        { id: 'x', n: 2 },
        { id: 'b', n: 6 },
        { id: 'a', n: 6 },
      ],
      5,
    );
    const backward = hiddenGroups(
      [
        { id: 'a', n: 6 },
        { id: 'b', n: 6 },
        { id: 'x', n: 2 },
      ],
      5,
    );
    expect([...forward].sort()).toEqual(['a', 'x']);
    expect([...backward].sort()).toEqual(['a', 'x']);
  });

  it('uses the minimum it is given', () => {
    expect([...hiddenGroups(groups(3, 4, 8), 3)]).toEqual([]);
    expect([...hiddenGroups(groups(3, 4, 8), 4)].sort()).toEqual(['a', 'b']);
  });

  it('hides nothing when there are no groups', () => {
    expect(hiddenGroups([], 5).size).toBe(0);
  });
});
