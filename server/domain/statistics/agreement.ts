// Within-group agreement and group-mean reliability: rwg and rwg(J) (James, Demaree & Wolf 1984), r*wg(J)
// (Lindell, Brandt & Whitney 1999), AD (Burke & Dunlap 2002), ICC(1)/ICC(2) from one-way ANOVA (Bliese 2000).

import { mean, summarizeSample, variance, type SampleSummary } from './descriptive';

/** σ²_EU = (A² − 1)/12: the variance of a uniform ("no agreement") answer over A response options. */
function uniformVariance(options: number): number | null {
  return options >= 2 && Number.isFinite(options) ? (options * options - 1) / 12 : null;
}

/** Mean of the item variances, null for an empty list or any variance that is negative or not finite. */
function meanItemVariance(itemVariances: readonly number[]): number | null {
  if (itemVariances.some((v) => !(v >= 0 && Number.isFinite(v)))) return null;
  return mean(itemVariances);
}

/**
 * Single-item agreement rwg = 1 − s²/σ²_EU, truncated to [0, 1] as James et al. recommend, because an
 * observed variance above the uniform one (a split group) is "no agreement", not negative agreement.
 * Null when n < 2 or fewer than 2 response options.
 * @example rwg([4, 4, 5, 5]) // 1 − (1/3)/2 = 0.8333
 */
export function rwg(values: readonly number[], options = 5): number | null {
  const s2 = variance(values);
  const expected = uniformVariance(options);
  if (s2 === null || expected === null) return null;
  return Math.min(1, Math.max(0, 1 - s2 / expected));
}

/**
 * Multi-item agreement rwg(J) = J(1 − s̄²/σ²)/[J(1 − s̄²/σ²) + s̄²/σ²], where s̄² is the mean of the J item
 * variances within the group. Returns 0 once s̄² ≥ σ², where the formula would leave [0, 1].
 * @example rwgJ([0.5, 1, 0.3]) // s̄²/σ² = 0.3, so 2.1 / 2.4 = 0.875
 */
export function rwgJ(itemVariances: readonly number[], options = 5): number | null {
  const s2 = meanItemVariance(itemVariances);
  const expected = uniformVariance(options);
  if (s2 === null || expected === null) return null;
  const ratio = s2 / expected;
  if (ratio >= 1) return 0;
  const j = itemVariances.length;
  return (j * (1 - ratio)) / (j * (1 - ratio) + ratio);
}

/**
 * Lindell's r*wg(J) = 1 − s̄²/σ²_EU, which, unlike rwg(J), does not grow with the number of items.
 * Lindell leaves it untruncated (negative means more dissent than random answering); we truncate at 0
 * so every agreement index shares the same [0, 1] scale and "no agreement" reads the same everywhere.
 */
export function rStarWgJ(itemVariances: readonly number[], options = 5): number | null {
  const s2 = meanItemVariance(itemVariances);
  const expected = uniformVariance(options);
  if (s2 === null || expected === null) return null;
  return Math.max(0, 1 - s2 / expected);
}

/**
 * Average deviation AD_M = Σ|xᵢ − x̄|/n (Burke & Dunlap), in the units of the response scale, so it reads
 * directly against their c/6 rule of thumb (0.83 on a 5-point scale). Null for an empty sample.
 */
export function averageDeviation(values: readonly number[]): number | null {
  const m = mean(values);
  if (m === null) return null;
  return values.reduce((sum, x) => sum + Math.abs(x - m), 0) / values.length;
}

export interface IccResult {
  /** ICC(1): share of individual variance due to group membership; may be negative, reported as is. */
  icc1: number | null;
  /** ICC(2): reliability of the group means. */
  icc2: number | null;
  /** Between-groups mean square; null with fewer than 2 non-empty groups. */
  msb: number | null;
  /** Within-groups mean square; null when every group has a single member. */
  msw: number | null;
}

/**
 * ICC(1) = (MSB − MSW)/(MSB + (k₀ − 1)MSW) and ICC(2) = (MSB − MSW)/MSB from a one-way ANOVA, with the
 * unequal-size group size k₀ = (N − Σnᵢ²/N)/(G − 1). Empty groups are ignored.
 * @example iccFromGroups([[1,2,3],[4,5,6],[7,8,9]]) // MSB 27, MSW 1, ICC(1) 26/29, ICC(2) 26/27
 */
export function iccFromGroups(groups: readonly (readonly number[])[]): IccResult {
  return iccFromSummaries(groups.map(summarizeSample));
}

/**
 * The same ICCs from each group's n, mean and variance, as running totals give them: the one-way ANOVA
 * needs nothing else (SSB = Σnᵢ(Mᵢ − M)², SSW = Σ(nᵢ − 1)sᵢ²). The list version summarises and calls this.
 */
export function iccFromSummaries(groups: readonly SampleSummary[]): IccResult {
  // Only an empty group has no mean.
  const nonEmpty = groups.filter((group): group is SampleSummary & { mean: number } => group.mean !== null);
  const g = nonEmpty.length;
  const total = nonEmpty.reduce((sum, group) => sum + group.n, 0);
  if (total === 0) return { icc1: null, icc2: null, msb: null, msw: null };
  const grand = nonEmpty.reduce((sum, group) => sum + group.n * group.mean, 0) / total;

  let ssBetween = 0;
  let ssWithin = 0;
  for (const group of nonEmpty) {
    ssBetween += group.n * (group.mean - grand) ** 2;
    // A group of one has no variance and adds nothing within.
    ssWithin += (group.variance ?? 0) * (group.n - 1);
  }
  const msb = g >= 2 ? ssBetween / (g - 1) : null;
  const msw = total - g >= 1 ? ssWithin / (total - g) : null;
  if (msb === null || msw === null) return { icc1: null, icc2: null, msb, msw };

  const k0 = (total - nonEmpty.reduce((sum, group) => sum + group.n ** 2, 0) / total) / (g - 1);
  const icc1Denominator = msb + (k0 - 1) * msw;
  return {
    icc1: icc1Denominator > 0 ? (msb - msw) / icc1Denominator : null,
    icc2: msb > 0 ? (msb - msw) / msb : null,
    msb,
    msw,
  };
}
