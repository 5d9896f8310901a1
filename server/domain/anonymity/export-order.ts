// The order a data export lists responses in: a uniformly random one, drawn afresh for every download, so
// that no row's place says when it arrived (stored order would put the latest batch last, and a reader who
// knows who answered late could read their row off the end). Drawn as a permutation of stored positions
// in a typed array (4 bytes a response), which the export then writes out range by range.

/** A shuffle drawn a slice at a time, so that whoever runs it can serve other work between slices. */
export interface Shuffle {
  /** `at[i]` is where stored response i is written, once `step` has said the shuffle is done. */
  at: Uint32Array;
  /** Makes up to `swaps` more swaps; true once the permutation is complete. */
  step(swaps: number): boolean;
}

/**
 * A uniformly random permutation of 0…n−1 (Fisher–Yates, from the last place down), drawn in steps.
 * `random32` gives uniform 32-bit unsigned integers (a cryptographic source in the server).
 */
export function createShuffle(n: number, random32: () => number): Shuffle {
  const at = new Uint32Array(n);
  for (let i = 0; i < n; i++) at[i] = i;
  let i = n - 1;
  return {
    at,
    step(swaps) {
      for (const end = Math.max(0, i - swaps); i > end; i--) {
        const j = randomBelow(i + 1, random32);
        const swap = at[i]!;
        at[i] = at[j]!;
        at[j] = swap;
      }
      return i <= 0;
    },
  };
}

/** The whole permutation at once (see createShuffle). */
export function shuffledPositions(n: number, random32: () => number): Uint32Array {
  const shuffle = createShuffle(n, random32);
  shuffle.step(n);
  return shuffle.at;
}

const RANGE = 2 ** 32;

/** A uniform integer in [0, bound): draws above the largest multiple of `bound` are drawn again, not folded. */
export function randomBelow(bound: number, random32: () => number): number {
  const limit = RANGE - (RANGE % bound);
  for (;;) {
    const draw = random32();
    if (draw < limit) return draw % bound;
  }
}

/**
 * Consecutive ranges of output positions, each small enough to hold in memory at once: the export reads the
 * stored responses once per range and writes the range's rows in order.
 */
export function positionRanges(n: number, perRange: number): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  for (let from = 0; from < n; from += perRange) ranges.push({ from, to: Math.min(n, from + perRange) });
  return ranges;
}
