// Internal consistency of a multi-item scale: Cronbach's alpha (Cronbach 1951) and corrected item-total
// correlations (each item against the sum of the other items, so an item is not correlated with itself).

import { crossSpread } from './cross-spread';
import { correlation, correlationFromSums, variance } from './descriptive';
import { rememberedFisherFQuantile } from './remembered-quantiles';
import type { CrossMoments } from './moments';

export interface AlphaResult {
  /** Null when k < 2, n < 2, rows have unequal lengths, or the total score has zero variance. */
  alpha: number | null;
  /** Number of items (length of the first row). */
  k: number;
  /** Number of respondents (rows). */
  n: number;
  /** Corrected item-total correlation per item; null where the item or the rest-score is constant. */
  itemTotal: (number | null)[];
}

/**
 * Cronbach's alpha, α = k/(k − 1)·(1 − Σs²ᵢ/s²ₓ), from complete cases: one row per respondent, one
 * column per item. Alpha may be negative (items that covary negatively); that is reported, not clipped.
 * @example cronbachAlpha([[1,2,2],[2,2,3],[3,4,3],[4,4,4]]) // alpha 27/29 ≈ 0.931
 */
export function cronbachAlpha(rows: readonly (readonly number[])[]): AlphaResult {
  const n = rows.length;
  const k = rows[0]?.length ?? 0;
  if (rows.some((row) => row.length !== k)) {
    const none = Array.from({ length: k }, () => null);
    return alphaOf(k, n, none, 0, null);
  }

  const items = Array.from({ length: k }, (_, j) => rows.map((row) => row[j] ?? 0));
  const totals = rows.map((row) => row.reduce((sum, x) => sum + x, 0));
  const itemTotal = items.map((item, j) =>
    correlation(
      item,
      // Stryker disable next-line OptionalChaining: equivalent, every row exists at its own index
      totals.map((total, i) => total - (rows[i]?.[j] ?? 0)),
    ),
  );
  const itemVarianceSum = items.reduce((sum, item) => sum + (variance(item) ?? 0), 0);
  return alphaOf(k, n, itemTotal, itemVarianceSum, variance(totals));
}

/**
 * The same α and item-total correlations from cross moments of the k items over the complete cases
 * (moments.ts), as answers arrive. α and every correlation are ratios of spreads, so the items may be held
 * on any one scale (0–100 scores or 1–5 answers) and the exact integer spreads make a constant item, rest
 * score or total exactly constant, as the list path finds it. Unlike the list path, which cannot know k
 * without a row, it reports the k items it holds even before anyone is counted.
 */
export function cronbachAlphaFromMoments(m: CrossMoments): AlphaResult {
  const { k, n } = m;
  // Every spread of a sum of items is a sum of entries of this matrix (n(n − 1) times the covariances).
  const indices = Array.from({ length: k }, (_, i) => i);
  const spread = indices.map((i) => indices.map((j) => crossSpread(m, i, j)));
  const rowSums = spread.map((row) => row.reduce((sum, x) => sum + x, 0n));
  const total = rowSums.reduce((sum, x) => sum + x, 0n);
  const itemTotal = spread.map((row, j) => {
    const own = row[j]!;
    // Item j against the rest: cov(xⱼ, T − xⱼ) and var(T − xⱼ) = var(T) − 2·cov(xⱼ, T) + var(xⱼ).
    const withRest = rowSums[j]! - own;
    const rest = total - 2n * rowSums[j]! + own;
    return correlationFromSums(Number(withRest), Number(own), Number(rest));
  });
  const itemSpreadSum = spread.reduce((sum, row, j) => sum + row[j]!, 0n);
  // Spreads are n(n − 1) times the variances, so their ratio is the ratio of the variances.
  return alphaOf(k, n, itemTotal, Number(itemSpreadSum), Number(total));
}

/**
 * The rule both paths share once they have the item variances' sum and the total's variance (or the same
 * multiple of both): no α for fewer than two items or people or for a total that never varies.
 */
function alphaOf(
  k: number,
  n: number,
  itemTotal: (number | null)[],
  itemVarianceSum: number,
  totalVariance: number | null,
): AlphaResult {
  if (k < 2 || n < 2 || totalVariance === null || totalVariance === 0)
    return { alpha: null, k, n, itemTotal };
  return { alpha: (k / (k - 1)) * (1 - itemVarianceSum / totalVariance), k, n, itemTotal };
}

/**
 * Feldt's (1965) confidence interval for α from n respondents and k items: (1 − α)/(1 − α̂) follows
 * F(n − 1, (n − 1)(k − 1)), so α lies in [1 − (1 − α̂)·F(1 − γ/2), 1 − (1 − α̂)·F(γ/2)].
 * @example alphaInterval(0.8, 50, 3) // ≈ { low: 0.69, high: 0.88 }
 */
export function alphaInterval(
  alpha: number,
  n: number,
  k: number,
  level = 0.95,
): { low: number; high: number } | null {
  if (n < 2 || k < 2 || !(level > 0 && level < 1)) return null;
  const d1 = n - 1;
  const d2 = (n - 1) * (k - 1);
  const upperF = rememberedFisherFQuantile(1 - (1 - level) / 2, d1, d2);
  const lowerF = rememberedFisherFQuantile((1 - level) / 2, d1, d2);
  // Stryker disable next-line LogicalOperator: equivalent, the two quantiles are null together
  if (upperF === null || lowerF === null) return null;
  return { low: 1 - (1 - alpha) * upperF, high: 1 - (1 - alpha) * lowerF };
}
