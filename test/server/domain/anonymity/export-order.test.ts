import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../server/demo/synthesize-responses';
import {
  createShuffle,
  positionRanges,
  randomBelow,
  shuffledPositions,
} from '../../../../server/domain/anonymity/export-order';

const seeded32 = (seed: number) => {
  const random = seededRandom(seed);
  return () => Math.floor(random() * 2 ** 32);
};

describe('shuffledPositions', () => {
  it.each([0, 1, 2, 10, 1000])('gives each of %i stored responses its own place', (n) => {
    const at = shuffledPositions(n, seeded32(n));
    expect([...at].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
  });

  it('puts the latest arrival in every place about equally often, the last place no more than any other', () => {
    const n = 5;
    const random32 = seeded32(42);
    const counts = new Array<number>(n).fill(0);
    const draws = 20_000;
    for (let i = 0; i < draws; i++) counts[shuffledPositions(n, random32)[n - 1]!]!++;
    for (const count of counts) expect(Math.abs(count - draws / n)).toBeLessThan(draws / n / 10);
  });

  it('draws a different order on each download', () => {
    const random32 = seeded32(3);
    expect([...shuffledPositions(50, random32)]).not.toEqual([...shuffledPositions(50, random32)]);
  });
});

describe('createShuffle', () => {
  it('draws the same order a slice at a time as all at once, and says when it is done', () => {
    const shuffle = createShuffle(1000, seeded32(9));
    const steps: boolean[] = [];
    for (let i = 0; i < 5; i++) steps.push(shuffle.step(300));
    expect(steps).toEqual([false, false, false, true, true]);
    expect([...shuffle.at]).toEqual([...shuffledPositions(1000, seeded32(9))]);
  });

  it.each([0, 1])('is done at once with %i responses', (n) => {
    expect(createShuffle(n, seeded32(1)).step(1)).toBe(true);
  });
});

describe('randomBelow', () => {
  it('draws again rather than fold a draw above the largest multiple of the bound', () => {
    // 2³² is 1 more than a multiple of 3, so the top draw would make 0 a little likelier: it is drawn again.
    const draws = [2 ** 32 - 1, 5];
    expect(randomBelow(3, () => draws.shift()!)).toBe(2);
  });

  it.each([
    [1, 123456, 0],
    [10, 37, 7],
  ])('maps a draw into [0, %i)', (bound, draw, expected) => {
    expect(randomBelow(bound, () => draw)).toBe(expected);
  });
});

describe('positionRanges', () => {
  it.each([
    [0, 3, []],
    [5, 5, [{ from: 0, to: 5 }]],
    [
      7,
      3,
      [
        { from: 0, to: 3 },
        { from: 3, to: 6 },
        { from: 6, to: 7 },
      ],
    ],
  ])('cuts %i positions into ranges of at most %i', (n, per, ranges) => {
    expect(positionRanges(n, per)).toEqual(ranges);
  });
});
