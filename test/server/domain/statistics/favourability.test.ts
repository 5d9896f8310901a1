import { describe, it, expect } from 'vitest';
import {
  classifyItemResponse,
  classifyScaleScore,
  favourability,
  isPolarised,
  itemFavourability,
} from '../../../../server/domain/statistics/favourability';

describe('classifyItemResponse', () => {
  it.each([
    { value: 5, expected: 'favourable' },
    { value: 4, expected: 'favourable' },
    { value: 3, expected: 'neutral' },
    { value: 2, expected: 'unfavourable' },
    { value: 1, expected: 'unfavourable' },
    { value: 0, expected: null },
    { value: 6, expected: null },
    { value: Number.NaN, expected: null },
  ])('classifies the answer $value as $expected', ({ value, expected }) => {
    expect(classifyItemResponse(value)).toBe(expected);
  });
});

describe('classifyScaleScore', () => {
  it.each([
    { score: 100, expected: 'favourable' },
    { score: 75, expected: 'favourable' },
    { score: 74.99999999999999, expected: 'favourable' },
    { score: 74.9, expected: 'neutral' },
    { score: 50, expected: 'neutral' },
    { score: 25.1, expected: 'neutral' },
    { score: 25, expected: 'unfavourable' },
    { score: 0, expected: 'unfavourable' },
    { score: -1, expected: null },
    { score: 100.5, expected: null },
  ])('classifies the score $score as $expected', ({ score, expected }) => {
    expect(classifyScaleScore(score)).toBe(expected);
  });
});

describe('favourability', () => {
  it('counts each class and attaches Wilson intervals', () => {
    // 3 favourable, 1 neutral, 1 unfavourable of 5: the favourable share has the Wilson 3/5 interval.
    const f = favourability([80, 100, 75, 50, 10]);
    expect(f.n).toBe(5);
    expect(f.favourable.successes).toBe(3);
    expect(f.favourable.p).toBe(0.6);
    expect(f.favourable.low).toBeCloseTo(0.230724, 6);
    expect(f.favourable.high).toBeCloseTo(0.882379, 6);
    expect(f.neutral.successes).toBe(1);
    expect(f.unfavourable.successes).toBe(1);
    expect(f.unfavourable.n).toBe(5);
  });

  it('leaves out scores outside 0–100', () => {
    const f = favourability([80, 120, -5, Number.NaN, 20]);
    expect(f.n).toBe(2);
    expect(f.favourable.p).toBe(0.5);
    expect(f.unfavourable.p).toBe(0.5);
  });

  it('has null shares when there are no scores', () => {
    const f = favourability([]);
    expect(f.n).toBe(0);
    expect(f.favourable).toEqual({ successes: 0, n: 0, p: null, low: null, high: null });
    expect(isPolarised(f)).toBe(false);
  });
});

describe('itemFavourability', () => {
  it('splits 1–5 answers into agree, neutral and disagree', () => {
    const f = itemFavourability([5, 4, 3, 3, 2, 1, 1, 4]);
    expect([f.favourable.successes, f.neutral.successes, f.unfavourable.successes]).toEqual([3, 2, 3]);
    expect(f.n).toBe(8);
  });
});

describe('isPolarised', () => {
  it.each([
    { case: 'a 40/20/40 split', scores: [90, 90, 50, 10, 10], expected: true },
    { case: 'exactly 30% at each pole', scores: [80, 80, 80, 50, 50, 50, 50, 0, 0, 0], expected: true },
    { case: 'a broadly favourable group', scores: [90, 90, 80, 50, 10], expected: false },
    { case: 'everyone in the middle', scores: [50, 50, 60], expected: false },
    { case: 'a broadly unfavourable group', scores: [10, 10, 20, 50, 80], expected: false },
  ])('is $expected for $case', ({ scores, expected }) => {
    expect(isPolarised(favourability(scores))).toBe(expected);
  });
});
