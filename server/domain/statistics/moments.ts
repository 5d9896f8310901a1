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
  // Moving the part into the bigint sooner or at the very limit changes no sum, only how long it stays a
  // double; what the tests hold is that it moves before it could round (both signs).
  // Stryker disable next-line ConditionalExpression,EqualityOperator,UnaryOperator: equivalent, see above
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

/**
 * Sums over people of k integer-held values each, and of every product of two of them: what correlations,
 * covariances and Cronbach's α need. `products[i * k + j]` (i ≤ j) sums xᵢ·xⱼ; each is exact like `Moments`.
 */
export interface CrossMoments {
  k: number;
  n: number;
  sums: number[];
  /** The upper triangle, row by row, i ≤ j; read it through `crossProduct`. */
  products: Moments[];
}

export const emptyCrossMoments = (k: number): CrossMoments => ({
  k,
  n: 0,
  sums: new Array<number>(k).fill(0),
  products: Array.from({ length: k * k }, () => emptyMoments()),
});

/** Adds (weight 1) or takes away (weight −1) one person's k values. */
export function addCross(m: CrossMoments, values: readonly number[], weight: 1 | -1 = 1): void {
  if (values.length !== m.k) throw new RangeError(`Expected ${m.k} values, got ${values.length}`);
  // Checked before anything is added: a refused person leaves the totals as they were.
  const bad = values.find((x) => !Number.isSafeInteger(x));
  if (bad !== undefined) throw new RangeError(`Moments hold integers only, not ${bad}`);
  m.n += weight;
  for (let i = 0; i < m.k; i++) {
    const x = values[i]!;
    m.sums[i]! += weight * x;
    for (let j = i; j < m.k; j++) {
      const p = m.products[i * m.k + j]!;
      p.recent += weight * x * values[j]!;
      settle(p);
    }
  }
}

/** Σ xᵢ·xⱼ over the people counted, exactly. */
export function crossProduct(m: CrossMoments, i: number, j: number): bigint {
  // Stryker disable next-line EqualityOperator: equivalent, i = j is the same cell either way
  const [a, b] = i <= j ? [i, j] : [j, i];
  return squaresOf(m.products[a * m.k + b]!);
}

/**
 * The sample covariance (n − 1 denominator) of values i and j, each divided by its factor; null when n < 2.
 * On exact integers, (n·Σxᵢxⱼ − ΣxᵢΣxⱼ) / (n(n − 1)), so a constant value has exactly no variance.
 */
export function crossCovariance(
  m: CrossMoments,
  i: number,
  j: number,
  factors: readonly number[] = [],
): number | null {
  if (m.n < 2) return null;
  const spread = BigInt(m.n) * crossProduct(m, i, j) - BigInt(m.sums[i]!) * BigInt(m.sums[j]!);
  return Number(spread) / (m.n * (m.n - 1)) / ((factors[i] ?? 1) * (factors[j] ?? 1));
}
