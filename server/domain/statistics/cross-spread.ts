// The co-spread of two of the values kept in cross moments: n·Σxᵢxⱼ − Σxᵢ·Σxⱼ, which is n(n − 1) times
// their sample covariance, as an exact integer. Correlations and α are ratios of such spreads, so they can be
// formed without dividing first, and a value or a sum of values that never varies has exactly none.

import { crossProduct, type CrossMoments } from './moments';

/** n·Σxᵢxⱼ − Σxᵢ·Σxⱼ over the people counted in `m`: 0n exactly when value i or j is constant. */
export function crossSpread(m: CrossMoments, i: number, j: number): bigint {
  return BigInt(m.n) * crossProduct(m, i, j) - BigInt(m.sums[i]!) * BigInt(m.sums[j]!);
}
