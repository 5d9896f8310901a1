// Which answers of each response a data export may show: exactly those the report's figures use (the release
// rule of release.ts, MODEL.md §5.2), worked out without a list of responses. A first pass over the stored
// responses counts the people behind each figure per reporting unit (c); a later one walks them in the same
// stored order and lets each response into a figure while fewer than ⌊c/m⌋·m have been let in. That is
// releaseResponses' own choice of the earliest whole batches, one response at a time. Both are given what a
// response answered as counts per slot of the release plan (countAnswered's row), however it was read.

import type { ReleasePlan } from './release';

/** The people behind each figure, per reporting unit: what the walk needs to know before it starts. */
export interface FigureCounts {
  plan: ReleasePlan;
  /** Per unit id, the number of people behind each slot's figure (indexed by slot). */
  contributors: ReadonlyMap<string, Int32Array>;
}

export interface FigureCounter {
  /** Counts one stored response, filed under its reporting unit, by how many questions of each slot it answered. */
  add(unit: string, answered: Uint16Array): void;
  counts(): FigureCounts;
}

export function createFigureCounter(plan: ReleasePlan): FigureCounter {
  const contributors = new Map<string, Int32Array>();
  return {
    add(unit, answered) {
      let own = contributors.get(unit);
      if (!own) contributors.set(unit, (own = new Int32Array(plan.slots)));
      for (const { slot, needed } of plan.figures) if (answered[slot]! >= needed) own[slot]!++;
    },
    counts: () => ({ plan, contributors }),
  };
}

export interface ReleaseWalk {
  /**
   * The figures the next stored response is let into, as one flag per slot of the release plan, given how
   * many questions of each slot it answered (every response must be passed, in stored order, from the
   * first). The array is reused by the next call.
   */
  next(unit: string, answered: Uint16Array): Uint8Array;
}

export function createReleaseWalk(counts: FigureCounts, minGroupSize: number): ReleaseWalk {
  const { plan, contributors } = counts;
  const taken = new Map<string, Int32Array>();
  const released = new Uint8Array(plan.slots);
  return {
    next(unit, answered) {
      const behind = contributors.get(unit);
      let own = taken.get(unit);
      if (!own) taken.set(unit, (own = new Int32Array(plan.slots)));
      released.fill(0);
      for (const { slot, needed } of plan.figures) {
        if (answered[slot]! < needed) continue;
        // A unit the first pass never saw (stored after it) has no batch yet: nothing of it is let in.
        const batches = Math.floor((behind?.[slot] ?? 0) / minGroupSize) * minGroupSize;
        if (own[slot]! >= batches) continue;
        own[slot]!++;
        released[slot] = 1;
      }
      return released;
    },
  };
}
