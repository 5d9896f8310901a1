// The release rule (release.ts, MODEL.md §5.2) applied as answers arrive instead of over the whole list:
// of the people behind a figure in a reporting unit, the first ⌊c/m⌋·m in stored order are used. Taken one
// response at a time that is "wait until m are waiting, then let all m in": each unit keeps, per figure, at
// most m − 1 responses waiting, so the state never grows with the number of responses, and the set released
// after any response is exactly the one releaseResponses gives for the list up to it.

import type { ReleasePlan } from './release';

/** What one response brought in: for each response it released, the figure and reliability slots let in. */
export interface Released {
  index: number;
  figures: number[];
  reliability: number[];
}

export interface BatchRelease {
  /**
   * Files the response stored at `index` (0, 1, 2… in stored order) under `unit`, with how many questions of
   * each slot it answered (release.ts countAnswered), and returns the responses whose answers it released,
   * itself among them when its batch filled: in stored order, each with the slots let in.
   */
  add(index: number, unit: number, answered: Uint16Array): Released[];
  /** Responses waiting in some figure of some unit: none of them is in that figure yet. */
  waiting(): number;
  /** Per unit, per figure then per reliability figure, the responses waiting: what a checkpoint keeps. */
  queues(): [number, number[][]][];
}

export function createBatchRelease(
  plan: ReleasePlan,
  minGroupSize: number,
  /** The queues of a release taken up again (from `queues()`), for the same plan and minimum. */
  from: readonly [number, number[][]][] = [],
): BatchRelease {
  /** Per unit, per figure (then per reliability figure), the responses waiting for their batch to fill. */
  const queues = new Map<number, number[][]>(from.map(([unit, own]) => [unit, own.map((q) => [...q])]));
  const kinds = [...plan.figures, ...plan.reliability];
  const figureCount = plan.figures.length;
  const queuesOf = (unit: number) => {
    let own = queues.get(unit);
    if (!own) queues.set(unit, (own = kinds.map(() => [])));
    return own;
  };
  return {
    add(index, unit, answered) {
      const own = queuesOf(unit);
      // Most responses release nothing: the map is made only when a batch fills.
      let released: Map<number, Released> | null = null;
      for (let k = 0; k < kinds.length; k++) {
        const { slot, needed } = kinds[k]!;
        if (answered[slot]! < needed) continue;
        const queue = own[k]!;
        queue.push(index);
        if (queue.length < minGroupSize) continue;
        released ??= new Map();
        for (const i of queue) {
          let entry = released.get(i);
          if (!entry) released.set(i, (entry = { index: i, figures: [], reliability: [] }));
          (k < figureCount ? entry.figures : entry.reliability).push(slot);
        }
        queue.length = 0;
      }
      return released === null ? [] : [...released.values()].sort((a, b) => a.index - b.index);
    },
    queues: () => [...queues].map(([unit, own]) => [unit, own.map((q) => [...q])]),
    waiting() {
      const waiting = new Set<number>();
      for (const own of queues.values()) for (const queue of own) for (const i of queue) waiting.add(i);
      return waiting.size;
    },
  };
}
