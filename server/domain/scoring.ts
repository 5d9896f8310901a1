// Scores one response on the barrier model's 0–100 scales: reverse-coding (x' = 6 − x), percent of
// maximum possible (25·(x' − 1)), "don't know" as missing, and a scale score only from enough answers.

import type { BarrierModel, DimensionId } from './barrier-model';
import type { Question, Questionnaire } from './questionnaire';
import type { Answers } from './validate-answers';

export interface ResponseScore {
  /** 0–100 per scored item; null when skipped or "don't know". */
  items: Record<string, number | null>;
  /** 0–100 per scale; null when too few of its items were answered. */
  scales: Record<string, number | null>;
  /** Equal-weight mean of the dimension's available scale scores. */
  dimensions: Partial<Record<DimensionId, number | null>>;
}

/** A scale score needs at least half its items, and never fewer than two (one item is not a scale). */
export function minimumAnswered(itemCount: number): number {
  return Math.min(itemCount, Math.max(2, Math.ceil(itemCount / 2)));
}

/**
 * The 0–100 score of one item, or null when it does not count.
 * @example scoreItem({ role: 'likert', reverse: true, ... }, 2) // → 75: disagreeing with a negative statement
 */
export function scoreItem(question: Question, value: unknown): number | null {
  if (question.role === 'likert') {
    if (typeof value !== 'number') return null;
    const keyed = question.reverse ? 6 - value : value;
    return 25 * (keyed - 1);
  }
  if (question.role === 'knowledge') {
    if (value === undefined || value === 'dk') return null;
    return value === question.correctAnswer ? 100 : 0;
  }
  return null;
}

const meanOf = (xs: number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

export function scoreResponse(questionnaire: Questionnaire, model: BarrierModel, answers: Answers): ResponseScore {
  const items: Record<string, number | null> = {};
  const byScale = new Map<string, { scores: number[]; total: number }>();
  for (const question of questionnaire.questions) {
    if (question.scale === null || (question.role !== 'likert' && question.role !== 'knowledge')) continue;
    const score = scoreItem(question, answers[question.id]);
    items[question.id] = score;
    const entry = byScale.get(question.scale) ?? { scores: [], total: 0 };
    entry.total += 1;
    if (score !== null) entry.scores.push(score);
    byScale.set(question.scale, entry);
  }
  const scales: Record<string, number | null> = {};
  for (const [scale, { scores, total }] of byScale) {
    scales[scale] = scores.length >= minimumAnswered(total) ? meanOf(scores) : null;
  }
  const dimensions: Partial<Record<DimensionId, number | null>> = {};
  for (const dimension of model.dimensions) {
    const present = dimension.scales.filter((s) => s.id in scales);
    if (present.length === 0) continue;
    dimensions[dimension.id] = meanOf(present.map((s) => scales[s.id]).filter((v): v is number => v != null));
  }
  return { items, scales, dimensions };
}
