// Internal consistency of a multi-item scale: Cronbach's alpha (Cronbach 1951) and corrected item-total
// correlations (each item against the sum of the other items, so an item is not correlated with itself).

import { correlation, variance } from './descriptive';
import { fisherFQuantile } from './distributions';

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
  const empty: AlphaResult = { alpha: null, k, n, itemTotal: Array.from({ length: k }, () => null) };
  if (rows.some((row) => row.length !== k)) return empty;

  const items = Array.from({ length: k }, (_, j) => rows.map((row) => row[j] ?? 0));
  const totals = rows.map((row) => row.reduce((sum, x) => sum + x, 0));
  const itemTotal = items.map((item, j) =>
    correlation(
      item,
      // Stryker disable next-line OptionalChaining: equivalent, every row exists at its own index
      totals.map((total, i) => total - (rows[i]?.[j] ?? 0)),
    ),
  );
  if (k < 2 || n < 2) return { ...empty, itemTotal };

  const totalVariance = variance(totals);
  if (totalVariance === null || totalVariance === 0) return { ...empty, itemTotal };
  const itemVarianceSum = items.reduce((sum, item) => sum + (variance(item) ?? 0), 0);
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
  const upperF = fisherFQuantile(1 - (1 - level) / 2, d1, d2);
  const lowerF = fisherFQuantile((1 - level) / 2, d1, d2);
  // Stryker disable next-line LogicalOperator: equivalent, the two quantiles are null together
  if (upperF === null || lowerF === null) return null;
  return { low: 1 - (1 - alpha) * upperF, high: 1 - (1 - alpha) * lowerF };
}
