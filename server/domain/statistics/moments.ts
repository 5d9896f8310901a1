// Count, sum and sum of squares of values held as integers (a score times a common factor, so 62.5 is held
// as 3750 with the factor 60). Integer sums are exact, so a mean or spread comes out the same whatever the
// order values arrived in, and whether they were summed one at a time as answers came in or all at once
// from the stored responses: a figure can be kept up to date per answer and still equal a recomputation.

/** Below this every partial sum of squares is an exact integer in a double; beyond it, it moves to a bigint. */
const EXACT_LIMIT = 2 ** 52;

export interface Moments {
  n: number;
  /** Sum of the integer values: exact while below 2^53, which 100 × 5,040 × 10^7 values stay well under. */
  sum: number;
  /** Sum of squares, in two parts: `squares` holds what outgrew `recent`, which stays an exact integer. */
  squares: bigint;
  recent: number;
}

export const emptyMoments = (): Moments => ({ n: 0, sum: 0, squares: 0n, recent: 0 });

function settle(m: Moments): void {
  if (m.recent >= EXACT_LIMIT || m.recent <= -EXACT_LIMIT) {
    m.squares += BigInt(m.recent);
    m.recent = 0;
  }
}

/** Adds (weight 1) or takes away (weight −1) one integer value. */
export function addMoment(m: Moments, value: number, weight: 1 | -1 = 1): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Moments hold integers only, not ${value}`);
  m.n += weight;
  m.sum += weight * value;
  m.recent += weight * value * value;
  settle(m);
}

/** Adds every value counted in `from` to `into` (both sums are exact, so the order never matters). */
export function mergeMoments(into: Moments, from: Moments): void {
  into.n += from.n;
  into.sum += from.sum;
  into.squares += from.squares;
  into.recent += from.recent;
  settle(into);
}

const squaresOf = (m: Moments) => m.squares + BigInt(m.recent);

/** The mean of the values divided by `factor`; null when there are none. */
export function momentsMean(m: Moments, factor: number): number | null {
  return m.n === 0 ? null : m.sum / m.n / factor;
}

/**
 * The sample variance (n − 1 denominator) of the values divided by `factor`; null when n < 2. Computed as
 * (n·Σx² − (Σx)²) / (n(n − 1)) on exact integers, so a constant sample gives exactly 0.
 */
export function momentsVariance(m: Moments, factor: number): number | null {
  if (m.n < 2) return null;
  const spread = BigInt(m.n) * squaresOf(m) - BigInt(m.sum) * BigInt(m.sum);
  return Number(spread) / (m.n * (m.n - 1)) / (factor * factor);
}
