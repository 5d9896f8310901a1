// Scores one response on the barrier model's 0–100 scales: reverse-coding (x' = 6 − x), percent of
// maximum possible (25·(x' − 1)), "don't know" as missing, and a scale score only from enough answers.

import { decidingScales, type BarrierModel, type DimensionId } from './barrier-model';
import type { Question, Questionnaire } from './questionnaire';
import type { Answers } from './validate-answers';

export interface ResponseScore {
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

const meanOf = (xs: number[]): number | null =>
  xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;

export interface ScoringPlan {
  /** Scored questions, each with the position of its scale in `scales`. */
  items: { question: Question; scale: number }[];
  scales: { id: string; total: number }[];
  /** Per dimension present in the questionnaire, the positions of its scales. */
  dimensions: { id: DimensionId; scales: number[] }[];
}

// A campaign's report scores every response with the same questionnaire and model: work out once which
// items feed which scale, instead of once per response.
const plans = new WeakMap<Questionnaire, WeakMap<BarrierModel, ScoringPlan>>();

/** Which items feed which scale, and which scales decide each dimension: worked out once per pair. */
export function scoringPlan(questionnaire: Questionnaire, model: BarrierModel): ScoringPlan {
  let byModel = plans.get(questionnaire);
  if (!byModel) plans.set(questionnaire, (byModel = new WeakMap()));
  const cached = byModel.get(model);
  if (cached) return cached;
  const scales: ScoringPlan['scales'] = [];
  const position = new Map<string, number>();
  const items: ScoringPlan['items'] = [];
  for (const question of questionnaire.questions) {
    if (question.scale === null || (question.role !== 'likert' && question.role !== 'knowledge')) continue;
    let index = position.get(question.scale);
    if (index === undefined) {
      index = scales.push({ id: question.scale, total: 0 }) - 1;
      position.set(question.scale, index);
    }
    scales[index]!.total += 1;
    items.push({ question, scale: index });
  }
  const dimensions = model.dimensions
    .map((d) => ({
      id: d.id,
      scales: decidingScales(d)
        .map((s) => position.get(s.id))
        .filter((i): i is number => i !== undefined),
    }))
    .filter((d) => d.scales.length > 0);
  const plan = { items, scales, dimensions };
  byModel.set(model, plan);
  return plan;
}

export function scoreResponse(
  questionnaire: Questionnaire,
  model: BarrierModel,
  answers: Answers,
): ResponseScore {
  const plan = scoringPlan(questionnaire, model);
  const sums = new Array<number>(plan.scales.length).fill(0);
  const answered = new Array<number>(plan.scales.length).fill(0);
  for (const { question, scale } of plan.items) {
    const score = scoreItem(question, answers[question.id]);
    if (score === null) continue;
    sums[scale]! += score;
    answered[scale]! += 1;
  }
  const scaleScores = plan.scales.map((s, i) =>
    answered[i]! >= minimumAnswered(s.total) ? sums[i]! / answered[i]! : null,
  );
  const scales: Record<string, number | null> = {};
  plan.scales.forEach((s, i) => (scales[s.id] = scaleScores[i]!));
  const dimensions: Partial<Record<DimensionId, number | null>> = {};
  for (const d of plan.dimensions) {
    dimensions[d.id] = meanOf(d.scales.map((i) => scaleScores[i]!).filter((v): v is number => v !== null));
  }
  return { scales, dimensions };
}

/** 0–100 per scored item (null when skipped or "don't know"), for item-level statistics such as α. */
export function scoreItems(
  questionnaire: Questionnaire,
  model: BarrierModel,
  answers: Answers,
): Record<string, number | null> {
  const items: Record<string, number | null> = {};
  for (const { question } of scoringPlan(questionnaire, model).items)
    items[question.id] = scoreItem(question, answers[question.id]);
  return items;
}
