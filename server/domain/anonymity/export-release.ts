// Which answers of each response a data export may show: exactly those the report's figures use (the release
// rule of release.ts, MODEL.md §5.2), worked out without a list of responses. A first pass over the stored
// responses counts the people behind each figure per reporting unit (c); a second walks them in the same
// stored order and lets each response into a figure while fewer than ⌊c/m⌋·m have been let in. That is
// releaseResponses' own choice of the earliest whole batches, one response at a time.

import type { SurveyResponse } from '../instrument/response';
import type { ResponseScore } from '../instrument/scoring';
import type { AnswerValue, Answers } from '../instrument/validate-answers';
import { countAnswered, releasePlan, type ReleasePlan } from './release';
import type { Questionnaire } from '../instrument/questionnaire';

/** The people behind each figure, per reporting unit: what the walk needs to know before it starts. */
export interface FigureCounts {
  plan: ReleasePlan;
  /** Per unit id, the number of people behind each slot's figure (indexed by slot). */
  contributors: ReadonlyMap<string, Int32Array>;
}

export interface FigureCounter {
  /** Counts one stored response, filed under its reporting unit. */
  add(unit: string, answers: SurveyResponse['answers']): void;
  counts(): FigureCounts;
}

export function createFigureCounter(questionnaire: Questionnaire): FigureCounter {
  const plan = releasePlan(questionnaire);
  const contributors = new Map<string, Int32Array>();
  const answered = new Uint16Array(plan.slots);
  return {
    add(unit, answers) {
      let own = contributors.get(unit);
      if (!own) contributors.set(unit, (own = new Int32Array(plan.slots)));
      countAnswered(plan, answers, answered.fill(0));
      for (const { slot, needed } of plan.figures) if (answered[slot]! >= needed) own[slot]!++;
    },
    counts: () => ({ plan, contributors }),
  };
}

export interface ReleaseWalk {
  /**
   * The figures the next stored response is let into, as one flag per slot of the release plan (every
   * response must be passed, in stored order, from the first). The array is reused by the next call.
   */
  next(unit: string, answers: SurveyResponse['answers']): Uint8Array;
}

export function createReleaseWalk(counts: FigureCounts, minGroupSize: number): ReleaseWalk {
  const { plan, contributors } = counts;
  const taken = new Map<string, Int32Array>();
  const answered = new Uint16Array(plan.slots);
  const released = new Uint8Array(plan.slots);
  return {
    next(unit, answers) {
      const behind = contributors.get(unit);
      let own = taken.get(unit);
      if (!own) taken.set(unit, (own = new Int32Array(plan.slots)));
      countAnswered(plan, answers, answered.fill(0));
      released.fill(0);
      for (const { slot, needed } of plan.figures) {
        if (answered[slot]! < needed) continue;
        // A unit the first pass never saw (stored after it) has no batch yet: nothing of it is let in.
        const batches = Math.floor((behind?.[slot] ?? 0) / minGroupSize) * minGroupSize;
        if (own[slot]! >= batches) continue;
        own[slot]!++;
        released[slot] = 1;
      }
      return released;
    },
  };
}

/**
 * The answers of the figures flagged in `released` (a walk's flags); comments belong to no figure. A "don't
 * know" goes with its figure: shown where the figure is released, not where it is not (the report passes a
 * response released whole along as it is, but no figure reads a "don't know" it holds for a figure it is not
 * in, so leaving those out shows nothing the report does not use).
 */
export function releasedAnswers(
  plan: ReleasePlan,
  answers: SurveyResponse['answers'],
  released: Uint8Array,
): Answers {
  const shown: Answers = {};
  for (const id in answers) {
    const slot = plan.slotOf.get(id);
    if (slot !== undefined && released[slot] === 1) shown[id] = answers[id]!;
  }
  return shown;
}

/** One response as the export sees it: an answer or a scale score where its figure is released, else nothing. */
export interface ReleasedView {
  answer(questionId: string): AnswerValue | undefined;
  scale(scaleId: string): number | null;
}

/**
 * Views responses through a walk's flags without copying their answers: `score` is the score of all of its
 * answers, and a scale's score is shown where its figure is released. That is the score of its released
 * answers: a released scale keeps every answer it has, and one not released keeps none, so no score.
 */
export function createReleasedView(questionnaire: Questionnaire) {
  const plan = releasePlan(questionnaire);
  const scaleSlot = new Map<string, number>();
  for (const q of questionnaire.questions) {
    const slot = plan.slotOf.get(q.id);
    if (q.scale !== null && slot !== undefined && (q.role === 'likert' || q.role === 'knowledge')) {
      scaleSlot.set(q.scale, slot);
    }
  }
  return (answers: SurveyResponse['answers'], released: Uint8Array, score: ResponseScore): ReleasedView => ({
    answer(questionId) {
      const slot = plan.slotOf.get(questionId);
      return slot !== undefined && released[slot] === 1 ? answers[questionId] : undefined;
    },
    scale(scaleId) {
      const slot = scaleSlot.get(scaleId);
      return slot !== undefined && released[slot] === 1 ? (score.scales[scaleId] ?? null) : null;
    },
  });
}
