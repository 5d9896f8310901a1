// Favourable / neutral / unfavourable shares, the usual staff-survey reporting split (agree = 4–5,
// neutral = 3, disagree = 1–2), each share with a Wilson interval; 0–100 scores use the equivalent cut-offs.

import { wilsonInterval, type ProportionEstimate } from './intervals';

export type FavourabilityClass = 'favourable' | 'neutral' | 'unfavourable';

export interface Favourability {
  /** Number of valid values classified (out-of-range and non-finite values are left out). */
  n: number;
  favourable: ProportionEstimate;
  neutral: ProportionEstimate;
  unfavourable: ProportionEstimate;
}

// Scale scores are means of item answers rescaled to 0–100, so 75 can arrive as 74.99999999999999.
const TOLERANCE = 1e-9;

/** A 1–5 item answer: ≥ 4 favourable, ≤ 2 unfavourable, otherwise neutral; null outside 1–5. */
export function classifyItemResponse(value: number): FavourabilityClass | null {
  if (!(value >= 1 && value <= 5)) return null;
  if (value >= 4 - TOLERANCE) return 'favourable';
  if (value <= 2 + TOLERANCE) return 'unfavourable';
  return 'neutral';
}

/**
 * A respondent's 0–100 scale score: ≥ 75 (a mean of 4 on 1–5) favourable, ≤ 25 (a mean of 2)
 * unfavourable, otherwise neutral; null outside 0–100.
 */
export function classifyScaleScore(score: number): FavourabilityClass | null {
  if (!(score >= 0 && score <= 100)) return null;
  if (score >= 75 - TOLERANCE) return 'favourable';
  if (score <= 25 + TOLERANCE) return 'unfavourable';
  return 'neutral';
}

function tally(values: readonly number[], classify: (x: number) => FavourabilityClass | null): Favourability {
  const counts: Record<FavourabilityClass, number> = { favourable: 0, neutral: 0, unfavourable: 0 };
  for (const value of values) {
    const c = classify(value);
    if (c !== null) counts[c] += 1;
  }
  return favourabilityOfCounts(counts);
}

/** The split from counts of each class already taken: what a figure kept up to date per answer holds. */
export function favourabilityOfCounts(counts: Readonly<Record<FavourabilityClass, number>>): Favourability {
  const n = counts.favourable + counts.neutral + counts.unfavourable;
  return {
    n,
    favourable: wilsonInterval(counts.favourable, n),
    neutral: wilsonInterval(counts.neutral, n),
    unfavourable: wilsonInterval(counts.unfavourable, n),
  };
}

/** Favourability split of respondents' 0–100 scale scores, each share with a 95% Wilson interval. */
export function favourability(scores: readonly number[]): Favourability {
  return tally(scores, classifyScaleScore);
}

/** Favourability split of answers to one 1–5 item, each share with a 95% Wilson interval. */
export function itemFavourability(values: readonly number[]): Favourability {
  return tally(values, classifyItemResponse);
}

/**
 * A polarised group: at least 30% favourable and at least 30% unfavourable. A middling mean can hide
 * such a split, so it is flagged separately. False when there are no valid values.
 */
export function isPolarised(f: Favourability): boolean {
  return (f.favourable.p ?? 0) >= 0.3 && (f.unfavourable.p ?? 0) >= 0.3;
}
