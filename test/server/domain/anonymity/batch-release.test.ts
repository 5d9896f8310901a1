import { describe, expect, it } from 'vitest';
import { createBatchRelease } from '../../../../server/domain/anonymity/batch-release';
import type { ReleasePlan } from '../../../../server/domain/anonymity/release';

// Slot 0: a two-item scale (one answer short of it counts for nothing); slot 1: a profile question.
const PLAN: ReleasePlan = {
  slotOf: new Map([
    ['a1', 0],
    ['a2', 0],
    ['p', 1],
  ]),
  slots: 2,
  figures: [
    { slot: 1, needed: 1 },
    { slot: 0, needed: 2 },
  ],
  reliability: [{ slot: 0, needed: 2 }],
};
const row = (scale: number, profile: number) => Uint16Array.of(scale, profile);

describe('the release rule as answers arrive', () => {
  it("lets a unit's people into a figure only by whole batches, and other units wait apart", () => {
    const release = createBatchRelease(PLAN, 2);
    expect(release.add(0, 0, row(2, 1))).toEqual([]);
    expect(release.add(1, 1, row(2, 1))).toEqual([]);
    expect(release.waiting()).toBe(2);
    expect(release.add(2, 0, row(2, 0))).toEqual([
      { index: 0, figures: [0], reliability: [0] },
      { index: 2, figures: [0], reliability: [0] },
    ]);
    // Response 0's profile answer still waits for a second profile answer in its unit.
    expect(release.add(3, 0, row(1, 1))).toEqual([
      { index: 0, figures: [1], reliability: [] },
      { index: 3, figures: [1], reliability: [] },
    ]);
    expect(release.waiting()).toBe(1);
  });

  it('never lets in someone who answered too little of a scale to be scored on it', () => {
    const release = createBatchRelease(PLAN, 2);
    release.add(0, 0, row(1, 0));
    expect(release.add(1, 0, row(1, 0))).toEqual([]);
    expect(release.waiting()).toBe(0);
  });

  it('lists the responses a batch lets in by their place in stored order, whichever figure filled first', () => {
    const release = createBatchRelease(PLAN, 2);
    release.add(0, 0, row(2, 0));
    release.add(1, 0, row(0, 0));
    release.add(2, 0, row(0, 1));
    // The profile figure (first in the plan) fills with 2 and 3, the scale's with 0 and 3.
    expect(release.add(3, 0, row(2, 1)).map((r) => r.index)).toEqual([0, 2, 3]);
  });
});
